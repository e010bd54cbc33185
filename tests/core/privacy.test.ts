/**
 * The confidentiality guard (issue 11) as a table: generated identity codes (their check
 * characters computed here, independently of the product) in every shape a person types or
 * pastes, what organisations really write that must pass, near-misses, and the client-contact
 * corpus in tests/core/privacy-corpus.txt.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { guardText } from "../../src/core/privacy/index.js";

const CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const SIGNS: [string, number][] = [
  ["+", 1800],
  ["-", 1900],
  ["Y", 1900],
  ["X", 1900],
  ["W", 1900],
  ["V", 1900],
  ["U", 1900],
  ["A", 2000],
  ["B", 2000],
  ["C", 2000],
  ["D", 2000],
  ["E", 2000],
  ["F", 2000],
];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

interface Code {
  date: string;
  sign: string;
  nnn: string;
  check: string;
}

/** Valid codes for every century sign: varied dates (leap day too), individual numbers, letter and digit check characters. */
function generateCodes(): Code[] {
  const out: Code[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (const [sign, century] of SIGNS) {
    const wanted = { letter: 0, digit: 0 };
    for (let i = 0; wanted.letter < 3 || wanted.digit < 2; i++) {
      const year = century + (next() % 100);
      const month = 1 + (next() % 12);
      const day = i === 0 && year % 4 === 0 && year % 100 !== 0 ? 29 : 1 + (next() % 28);
      const m = i === 0 && day === 29 ? 2 : month;
      const date = `${pad(day)}${pad(m)}${pad(year % 100)}`;
      const nnn = pad(2 + (next() % 898), 3);
      const check = CHECK[Number(date + nnn) % 31]!;
      const kind = /\d/.test(check) ? "digit" : "letter";
      if ((kind === "digit" && wanted.digit >= 2) || (kind === "letter" && wanted.letter >= 3)) continue;
      wanted[kind]++;
      out.push({ date, sign, nnn, check });
    }
  }
  return out;
}

const FULLWIDTH = (s: string) =>
  s.replace(/[0-9A-Za-z+-]/g, (c) => String.fromCharCode(c === "-" ? 0xff0d : c.charCodeAt(0) + 0xfee0));
const ARABIC_INDIC = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
const DASHES = ["\u2013", "\u2212", "\u2011", "\u2012", "\u2010", "\u2014", "\ufe63", "\uff0d", "\u2796"];

/** Every shape of one code that the guard must refuse. */
function shapes(c: Code): [string, string][] {
  const canonical = `${c.date}${c.sign}${c.nnn}${c.check}`;
  const [dd, mm, yy] = [c.date.slice(0, 2), c.date.slice(2, 4), c.date.slice(4, 6)];
  const yyyy = `${SIGNS.find(([s]) => s === c.sign)![1] / 100}${yy}`;
  const rest = `${c.sign}${c.nnn}${c.check}`;
  const out: [string, string][] = [
    ["dotted date", `${dd}.${mm}.${yy}${rest}`],
    ["dotted date, spaced", `${dd}. ${mm}. ${yy} ${c.sign} ${c.nnn}${c.check}`],
    ["dotted date, four-digit year", `${dd}.${mm}.${yyyy}${rest}`],
    ["dotted date, four-digit year, no sign", `${dd}.${mm}.${yyyy} ${c.nnn}${c.check}`],
    ["dotted date, no sign", `${dd}.${mm}.${yy} ${c.nnn}${c.check}`],
    ["dotted date, one-digit day and month", `${Number(dd)}.${Number(mm)}.${yy}${rest}`],
    ["slashed date", `${dd}/${mm}/${yy}${rest}`],
    ["spaced date", `${dd} ${mm} ${yy}${rest}`],
    ["dashed date", `${dd}-${mm}-${yy}${rest}`],
    ["dotted date, lower case, in a sentence", `Asiakkaan hetu on ${dd}.${mm}.${yy}${rest.toLowerCase()}.`],
    ["dash before check", `${c.date}${c.sign}${c.nnn}-${c.check}`],
    ["canonical", canonical],
    ["lower case", canonical.toLowerCase()],
    ["in a sentence", `Asiakas ${canonical} tarvitsee kyydin.`],
    ["spaced sign", `${c.date} ${c.sign} ${c.nnn}${c.check}`],
    ["space after sign", `${c.date}${c.sign} ${c.nnn}${c.check}`],
    ["no separator", `${c.date}${c.nnn}${c.check}`],
    ["space instead of sign", `${c.date} ${c.nnn}${c.check}`],
    ["space before check", `${c.date}${c.sign}${c.nnn} ${c.check}`],
    ["full-width", FULLWIDTH(canonical)],
    ["Arabic-Indic digits", ARABIC_INDIC(canonical)],
    ["zero-width inside", [...canonical].join("\u200b")],
    ["soft hyphens inside", `${c.date}\u00ad${c.sign}${c.nnn}\u00ad${c.check}`],
    ["no-break spaces around sign", `${c.date}\u00a0${c.sign}\u202f${c.nnn}${c.check}`],
    ["glued to letters", `hetu${canonical}kiitos`],
    ["glued, no separator", `hetu${c.date}${c.nnn}${c.check.toLowerCase()}kiitos`],
    ["in parentheses", `(${canonical})`],
    ["after a colon", `hetu:${canonical}`],
    ["line breaks around", `rivi\n${canonical}\nrivi`],
  ];
  if (c.sign === "-")
    for (const d of DASHES)
      out.push([`dash U+${d.codePointAt(0)!.toString(16).toUpperCase()}`, `${c.date}${d}${c.nnn}${c.check}`]);
  if (c.sign === "A") out.push(["Cyrillic A as the sign", `${c.date}\u0410${c.nnn}${c.check}`]);
  return out;
}

const codes = generateCodes();

describe("identity codes: zero false negatives", () => {
  it("generates codes for all thirteen century signs, letter and digit check characters", () => {
    expect(new Set(codes.map((c) => c.sign)).size).toBe(13);
    expect(codes.some((c) => /\d/.test(c.check))).toBe(true);
    expect(codes.some((c) => /[A-Z]/.test(c.check))).toBe(true);
  });

  const table = codes.flatMap((c) =>
    shapes(c).map(([shape, text]) => [`${c.date}${c.sign}${c.nnn}${c.check} ${shape}`, text] as const),
  );
  it.each(table)("refuses %s", (_label, text) => {
    expect(guardText(text, "test")).toEqual({ ok: false, reason: "identity_code" });
  });
});

describe("identity codes: near-misses (a typo of a real code) are refused too", () => {
  const nearMisses = codes.flatMap((c) => {
    const wrong = CHECK[(CHECK.indexOf(c.check) + 1) % 31]!;
    const dotted = `${c.date.slice(0, 2)}.${c.date.slice(2, 4)}.${c.date.slice(4)}`;
    return [
      `${c.date}${c.sign}${c.nnn}${wrong}`,
      `${c.date} ${c.sign} ${c.nnn}${wrong}`.toLowerCase(),
      `${dotted}${c.sign}${c.nnn}${wrong}`,
    ];
  });
  it.each(nearMisses)("refuses %s", (text) => {
    expect(guardText(text, "test")).toEqual({ ok: false, reason: "identity_code" });
  });
  it("a wrong check letter glued on without the sign is a near-miss; a wrong digit without the sign is just a number", () => {
    expect(guardText("131052308A", "t").ok).toBe(false);
    expect(guardText("1310523080", "t").ok).toBe(true);
  });
  it("an impossible date is not a code, whatever the check character", () => {
    expect(guardText("310252-308T", "t").ok).toBe(true); // 31 February
    expect(guardText("290223A123B", "t").ok).toBe(true); // 2023 is no leap year
    expect(guardText("131352-308T", "t").ok).toBe(true); // month 13
  });
});

describe("identity codes: no false positives on what organisations write", () => {
  const allowed = [
    "Kurssi pidetään 12.03.2027 klo 9–15.",
    "12.3.2027",
    "2027-03-12",
    "12/03/2027",
    "ma 12.3. klo 10.00–12.30",
    "klo 10-12",
    "09:00-16:00",
    "Hinta 1 234,50 € (alv 0 %)",
    "hinta 120000 snt",
    "1200,00 EUR",
    "15 x 80 € = 1 200 €",
    "Y-tunnus 1234567-8",
    "Y-tunnus: 2345678-9, ALV-rek.",
    "FO-nummer 1234567-8",
    "FI21 1234 5600 0007 85",
    "FI2112345600000785",
    "IBAN FI49 5000 9420 0287 30, BIC OKOYFIHH",
    "Viitenumero 12345 67890 12",
    "viite 1234561",
    "Tilausnumero 2024-11-0042",
    "Tilaus #100234567",
    "Laskun numero 20241203-17",
    "Order A-20241203-17",
    "Lasku 24001234",
    "puh. 03 812 3456",
    "Puh. 0401234567",
    "puh 0501234567",
    "tel. +358 40 123 4567",
    "vaihde 010 123 4567",
    "Soita 044-555 1234",
    "Ring 019 123 456",
    "Call us on +358 3 812 3456",
    "Tarvitsemme 2 käsiparia 14.12.",
    "Postinumero 15110 Lahti",
    "Sali 2, kerros 3, ovi 4",
    "13.10.25 100 kpl",
    "12.3.24 klo 100 A-sali",
    "12.3.24 120 5",
    "Kurssi 1.2.2027 – 15 paikkaa, 120 € / hlö",
    "Päivät 12.3.-14.3.2027, 20 osallistujaa",
    "12.03.2027 10:00-12:00 sali 3B",
    "Toimitus 14.12.2026 300 kpl",
  ];
  it.each(allowed)("allows %s", (text) => {
    expect(guardText(text, "test")).toEqual({ ok: true, text });
  });
});

describe("clients' contact details: the corpus both ways", () => {
  const corpus = readFileSync(path.join(import.meta.dirname, "privacy-corpus.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const m = /^(refuse|allow) \| (.+)$/.exec(l);
      if (!m) throw new Error(`privacy-corpus.txt: cannot read "${l}"`);
      return [m[1] as "refuse" | "allow", m[2]!] as const;
    });
  it("holds sentences both ways in Finnish, Swedish and English", () => {
    expect(corpus.filter(([w]) => w === "refuse").length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter(([w]) => w === "allow").length).toBeGreaterThanOrEqual(15);
  });
  it.each(corpus)("%s: %s", (want, text) => {
    const result = guardText(text, "test");
    if (want === "refuse") expect(result).toEqual({ ok: false, reason: "client_contact" });
    else expect(result).toEqual({ ok: true, text });
  });
});

describe("hostile findings: every class of input, not only the example", () => {
  // 131052-308T, 24121988-451D, 300499-2229 are valid codes.
  const codes = [
    "131052_308T",
    "131052.308T",
    "131052/308T",
    "131052*308T",
    "131052\\-308T",
    "131052--308T",
    "1 3 1 0 5 2 - 3 0 8 T",
    "1 3 1 0 5 2 3 0 8 T",
    "131052-3 0 8T",
    "1310 52-308T",
    "2412 88-451D",
    "300499 - 222 - 9",
    "24121988-451D",
    "24121988451D",
    "24.12.88/451D",
    "13.10.-52 308T",
    "131O52-3O8T",
    "0101O5A123P",
    "l31052-308T",
    "13105Z-308T",
    "241288&#45;451D",
    "241288%2D451D",
    "syntynyt 13.10.1952, tunnuksen loppuosa 308T",
    // invisible and combining characters (F6)
    "1\ufe0f31052-308T",
    "13105\u03012-308T",
    "131052-308T\u0307",
    "131052-308Ţ",
    "131052\u2800308T",
    "1\u0301 3\u0301 10\u0301 52-308T",
    "1\u20e33\u20e31\u20e30\u20e35\u20e32\u20e3-3\u20e30\u20e38\u20e3T",
    "1\u00a03\u00a01\u00a00\u00a05\u00a02\u00a0-\u00a03\u00a00\u00a08\u00a0T",
    "1\t3\t1\t0\t5\t2\t-\t3\t0\t8\tT",
  ];
  it.each(codes)("identity code %j is refused", (code) => {
    expect(guardText(`Asiakkaan hetu ${code} tarvitsee kyydin`, "test")).toEqual({
      ok: false,
      reason: "identity_code",
    });
  });
  const contacts = [
    "asiakkaan puh 040\u2800123\u28004567",
    "puh 040\u0301 123 4567 asiakkaan",
    "asiakkaan puh 0\u20e34\u20e30\u20e3 123 4567",
  ];
  it.each(contacts)("a client's number with invisible characters %j is refused", (text) => {
    expect(guardText(text, "test")).toEqual({ ok: false, reason: "client_contact" });
  });
  const identities = [
    "Matti Virtanen (45 v.) Lahdesta, alkoholiongelma, asunnoton, tarvitsee talvitakin",
    "Liisa Korhonen, 17, raskaana, lastensuojelun asiakas, tarvitsee vaatteita",
    "asiakas Matti V. Hollolasta, syntynyt 13.10.1952, diabeetikko",
    "Paikka sopisi asiakkaallemme Jussi Mäkiselle (diagnoosi F32.1, masennus)",
  ];
  it.each(identities)("a named client with their situation is refused: %s", (text) => {
    expect(guardText(text, "test")).toEqual({ ok: false, reason: "client_identity" });
  });
  const fine = [
    "Ohjaajamme Matti Virtanen kertoo päihdetyöstä torstaina.",
    "Asiakas on asunnoton ja tarvitsee talvitakin.",
    "Matti Virtanen tarvitsee talvitakin.",
    "Toiminnanjohtaja Liisa Korhonen esittelee päihdetyötä.",
    "Suomen Punainen Risti auttaa asunnottomia Lahdessa.",
    "Mielenterveyskuntoutujien kerho, ohjaaja Anne Koski.",
    "Kurssi 12.03.2027 klo 9.00–15.00, 20 paikkaa, hinta 100 €.",
    "Tilaus 2024 11 0042, 12 kpl à 3,50 €.",
    "Ruokajako 1.12. klo 10, jonossa 120 kävijää, kassit 5 € / 2 kpl.",
  ];
  it.each(fine)("an organisation's ordinary sentence passes: %s", (text) => {
    expect(guardText(text, "test")).toEqual({ ok: true, text });
  });
});
