/**
 * Clients' contact details. The rule (documented in src/core/privacy/README.md):
 *
 * A text is refused when it holds **contact details** — a phone number, an e-mail address or a
 * street address — and the word nearest to them makes them **someone else's**: a client or a third
 * person ("asiakas", "asiakkaan", "nuori", "hänen", "perhe", "klient", "hans", "client", "his/her",
 * a first name…). It is allowed when the nearest such word makes them **the organisation's or the
 * writer's own** ("toimistomme", "meille", "ry", "minulle", "vårt kontor", "our office"…), or when
 * nothing says whose they are (an event's street address, a phone number to call).
 *
 * Not contact details: an e-mail to a role mailbox (info@, toimisto@, kanslia@, office@…, always
 * an organisation's), business ids (Y-tunnus 1234567-8), IBANs, dates and times.
 *
 * The rule is a heuristic by nature; tests/core/privacy-corpus.txt holds real-looking sentences
 * both ways. Grow it whenever a case is found.
 */
import { normaliseWords } from "./normalise.js";

/** How far (in characters) a word can be from the contact details and still say whose they are. */
const REACH = 160;

const PHONE =
  /(?<![\d+])(?:(?:\+|00)\d{2,3}[ -]?(?:\(0\)[ -]?)?\d{1,3}(?:[ -]?\d){4,9}|0\d{1,3}(?:[ /-]?\d){5,8}|\(0\d{1,3}\)[ -]?\d(?:[ -]?\d){4,7})(?!\d)/g;
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\.\p{L}{2,24}/gu;
/**
 * E-mail addresses written so that machines would not read them: "matti(at)gmail.com",
 * "matti [at] gmail [dot] com", "matti(a)gmail.com", "matti ät gmail piste com", "matti @ gmail.com",
 * "matti at gmail dot com" (the bare word needs a dot or a dot word in the domain).
 */
const OPEN = "[\\(\\[\\{<]";
const CLOSE = "[\\)\\]\\}>]";
const AT_WORD = "(?:at|a|ät|@|miukumauku|kissanhäntä|snabel-a)";
const DOT_WORD = "(?:dot|piste|punkt|pist)";
const OBFUSCATED_EMAIL = new RegExp(
  `(?<![\\p{L}\\d._%+-])([\\p{L}\\d._%+-]{1,64})` +
    `(?:\\s*${OPEN}\\s*${AT_WORD}\\s*${CLOSE}\\s*|\\s+(?:at|ät)\\s+|\\s+@\\s*|\\s*@\\s+)` +
    `[\\p{L}\\d-]{1,63}(?:(?:\\.|\\s*${OPEN}\\s*${DOT_WORD}\\s*${CLOSE}\\s*|\\s+${DOT_WORD}\\s+)[\\p{L}\\d-]{1,63}){1,8}(?![\\p{L}\\d])`,
  "gu",
);
const STREET_SUFFIX =
  "katu|tie|kuja|polku|väylä|raitti|kaari|kaarre|rinne|piha|aukio|puisto|puistikko|ranta|mäki|tori|penger|laakso|niitty|harju|ahde|vainio|kulma|gata|gatan|väg|vägen|gränd|stig|stigen|allé|backe|backen|torget|strand|stranden|street|road|avenue|lane|drive|close|way";
const STREET = new RegExp(
  `(?<![\\p{L}-])\\p{L}[\\p{L}-]{0,40}?(?:${STREET_SUFFIX})\\.?\\s+\\d{1,4}(?:\\s?[a-h])?(?:\\s?\\d{1,3})?(?!\\d)`,
  "gu",
);
/** English addresses put the number first: "10 Downing Street", "5 High Rd". */
const STREET_NUMBER_FIRST =
  /(?<![\p{L}\d])\d{1,4}[a-h]?,?\s+(?:\p{L}[\p{L}'-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|pl|court|ct|terrace|crescent|gardens)\.?(?![\p{L}\d])/gu;
const ADDRESS_WORDS =
  /(?<!\p{L})(?:osoit(?:e|teessa|teeseen|teesta|teen)|kotiosoite|adress(?:en)?|bor på|lives at|home address|address)\s*:?\s+[\p{L}\d .,-]{2,30}?\d{1,4}/gu;

const ROLE_MAILBOX =
  /^(?:info|toimisto|kanslia|kansli|office|contact|kontakt|yhteys|yhteystiedot|asiakaspalvelu|palvelu|palvelut|posti|kirjaamo|registry|hallinto|tiimi|team|hr|laskutus|billing|admin|support|tuki|vapaaehtoiset|vapaaehtoistoiminta|volunteers|noreply|no-reply|jasenet|jasenpalvelu|kundtjanst|kundtjänst|hello|hei|moi|myynti|sales|tilaukset|orders|viestinta|press|media|koulutus|kurssit|hankinnat|ruokajako|ruoka-apu|toiminta|nuoriso|etsiva|paja|työpaja|tyopaja)(?:[._-][\p{L}\d]+)?$/u;

/** Not contact details even if they look like a phone number: Y-tunnus, IBAN, dates, times. */
const NOT_CONTACT = [
  /(?<!\d)\d{7}-\d(?!\d)/g, // Y-tunnus
  /(?<![\p{L}\d])[a-z]{2}\d{2}(?: ?[\da-z]{4}){2,7}(?: ?[\da-z]{1,4})?(?![\p{L}\d])/gu, // IBAN
  /(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d)/g, // dates
  /(?<!\d)\d{1,2}[.:]\d{2}(?:\s?-\s?\d{1,2}[.:]\d{2})?(?!\d)/g, // times
  /(?:y-tunnus|ly-tunnus|fo-nummer|business id|org\.? ?nr|viite(?:numero)?|ref(?:erence)?|tilaus(?:numero)?|lasku(?:numero)?|order|invoice|faktura|beställning)\s*(?:nro|no|nr|#)?[:.]?\s*[\d -]{4,30}/gu,
];

const CLIENT_WORDS = [
  // Finnish
  "asiak(?!aspalvel)\\p{L}*",
  "nuor(?!iso)\\p{L}*",
  "hän",
  "hänen",
  "hänet",
  "hänelle",
  "häneen",
  "häntä",
  "hänestä",
  "häneltä",
  "henkilö(?!kun)\\p{L}*",
  "kuntoutuja\\p{L}*",
  "työnhakija\\p{L}*",
  "työtön\\p{L}*",
  "työttömä\\p{L}*",
  "perhe\\p{L}*",
  "perhee\\p{L}*",
  "äiti\\p{L}*",
  "äidi\\p{L}*",
  "isä",
  "isän",
  "isälle",
  "isää",
  "lapsi",
  "lapse\\p{L}*",
  "lasta",
  "lasten",
  "poika\\p{L}*",
  "poja\\p{L}*",
  "tyttö\\p{L}*",
  "tytö\\p{L}*",
  "vanhem\\p{L}*",
  "oppila\\p{L}*",
  "opiskelija\\p{L}*",
  "potila\\p{L}*",
  "vanhus\\p{L}*",
  "vanhukse\\p{L}*",
  "mummo\\p{L}*",
  "mummu\\p{L}*",
  "ukki\\p{L}*",
  "vaari\\p{L}*",
  "miehe\\p{L}*",
  "nainen",
  "naise\\p{L}*",
  "veli",
  "veljen",
  "veljelle",
  "sisko\\p{L}*",
  "sisar\\p{L}*",
  "osallistuja\\p{L}*",
  "hakija\\p{L}*",
  "omaise\\p{L}*",
  "omainen",
  "kävijä\\p{L}*",
  "tuettava\\p{L}*",
  "kotiosoite\\p{L}*",
  // Swedish
  "klient\\p{L}*",
  "kund(?!tjänst)\\p{L}*",
  "ungdom(?!sgård)\\p{L}*",
  "han",
  "hans",
  "hon",
  "hennes",
  "henne",
  "honom",
  "personen\\p{L}*",
  "familj\\p{L}*",
  "mamma\\p{L}*",
  "pappa\\p{L}*",
  "barn\\p{L}*",
  "pojke\\p{L}*",
  "flicka\\p{L}*",
  "deltagare\\p{L}*",
  "brukare\\p{L}*",
  "patient\\p{L}*",
  "elev\\p{L}*",
  "arbetssökande",
  "anhörig\\p{L}*",
  // English
  "client\\p{L}*",
  "customer\\p{L}*",
  "youth",
  "young person",
  "young people",
  "his",
  "her",
  "hers",
  "him",
  "he",
  "she",
  "family",
  "mother",
  "father",
  "mum",
  "mom",
  "dad",
  "son",
  "daughter",
  "child\\p{L}*",
  "kid\\p{L}*",
  "participant\\p{L}*",
  "jobseeker\\p{L}*",
  "pupil\\p{L}*",
  "relative\\p{L}*",
];
const OWN_WORDS = [
  // Finnish
  "toimisto\\p{L}*",
  "yhdistys\\p{L}*",
  "yhdistykse\\p{L}*",
  "ry",
  "rf",
  "järjestö\\p{L}*",
  "vastaanot\\p{L}*",
  "asiakaspalvelu\\p{L}*",
  "kanslia\\p{L}*",
  "vaihde\\p{L}*",
  "päivystys\\p{L}*",
  "meidän",
  "meille",
  "meihin",
  "meitä",
  "meiltä",
  "meillä",
  "me",
  "minu\\p{L}*",
  "minulle",
  "minä",
  "mun",
  "mulle",
  "multa",
  "minulta",
  "\\p{L}+mme",
  "\\p{L}+ni",
  "nuoriso\\p{L}*",
  "henkilökun\\p{L}*",
  "keskus\\p{L}*",
  "keskukse\\p{L}*",
  "työpaja\\p{L}*",
  "seurakun\\p{L}*",
  "toimipist\\p{L}*",
  "myymälä\\p{L}*",
  "kirpputori\\p{L}*",
  "kahvila\\p{L}*",
  "ota yhteyttä",
  "ottakaa yhteyttä",
  "yhteyshenkilö\\p{L}*",
  "säätiö\\p{L}*",
  "osuuskun\\p{L}*",
  "oy",
  "kaupun\\p{L}*",
  "kunta",
  "kunnan",
  // Swedish
  "kontor\\p{L}*",
  "förening\\p{L}*",
  "vår",
  "vårt",
  "våra",
  "oss",
  "mig",
  "mitt",
  "min",
  "jag",
  "kansli\\p{L}*",
  "kundtjänst\\p{L}*",
  "växel\\p{L}*",
  "reception\\p{L}*",
  "organisation\\p{L}*",
  "ungdomsgård\\p{L}*",
  "kontakta oss",
  "stiftelse\\p{L}*",
  // English
  "office\\p{L}*",
  "our",
  "ours",
  "us",
  "we",
  "me",
  "my",
  "organi[sz]ation\\p{L}*",
  "association\\p{L}*",
  "charity",
  "reception",
  "contact us",
  "centre",
  "center",
  "helpdesk",
  "foundation",
];

const wordsRegex = (words: string[]) => new RegExp(`(?<![\\p{L}\\d])(?:${words.join("|")})(?![\\p{L}\\d])`, "gu");
const CLIENT = wordsRegex(CLIENT_WORDS);
const OWN = wordsRegex(OWN_WORDS);

/**
 * Common first names (Finnish, Finland-Swedish, a few English): a capitalised one next to contact
 * details makes them a person's. Also with a Finnish case ending ("Matin", "Annalle").
 */
const FIRST_NAMES = [
  "Aada",
  "Aino",
  "Aleksi",
  "Anna",
  "Anne",
  "Anni",
  "Antti",
  "Ari",
  "Arja",
  "Eeva",
  "Eetu",
  "Eino",
  "Elina",
  "Ella",
  "Emilia",
  "Emma",
  "Eveliina",
  "Hanna",
  "Heikki",
  "Helena",
  "Helmi",
  "Henna",
  "Iida",
  "Ilkka",
  "Jaana",
  "Jani",
  "Janne",
  "Jari",
  "Jenna",
  "Jere",
  "Johanna",
  "Joni",
  "Jonna",
  "Juha",
  "Juho",
  "Jukka",
  "Jussi",
  "Kaisa",
  "Kalle",
  "Kari",
  "Katja",
  "Kati",
  "Kimmo",
  "Kirsi",
  "Laura",
  "Leena",
  "Lotta",
  "Maija",
  "Marja",
  "Markku",
  "Marko",
  "Matti",
  "Mervi",
  "Mika",
  "Mikko",
  "Minna",
  "Niko",
  "Noora",
  "Oona",
  "Olli",
  "Oskari",
  "Otto",
  "Paula",
  "Pekka",
  "Petri",
  "Pirjo",
  "Riikka",
  "Riitta",
  "Sami",
  "Sanna",
  "Sari",
  "Satu",
  "Seppo",
  "Siiri",
  "Suvi",
  "Teemu",
  "Timo",
  "Tuomas",
  "Tuula",
  "Veera",
  "Ville",
  "Aleksandra",
  "Ahmed",
  "Mohamed",
  "Ali",
  "Fatima",
  "Erik",
  "Johan",
  "Karl",
  "Lars",
  "Nils",
  "Sven",
  "Anders",
  "Astrid",
  "Ebba",
  "Elsa",
  "Freja",
  "Ingrid",
  "Karin",
  "Linnea",
  "Maja",
  "Saga",
  "John",
  "James",
  "Michael",
  "David",
  "Sarah",
  "Mary",
  "Emily",
  "Jessica",
];
// Finnish consonant gradation before an ending: Matti → Matin, Jukka → Jukan, Kaisa stays.
const STEMS = FIRST_NAMES.flatMap((n) => [
  n,
  n.replace(/(kk|pp|tt)([aeiouyäö])$/, (_, c: string, v: string) => `${c[0]}${v}`),
]);
const NAME = new RegExp(`(?<![\\p{L}\\d])(?:${[...new Set(STEMS)].join("|")})\\p{Ll}{0,6}(?![\\p{L}\\d])`, "gu");

type Span = { start: number; end: number };

function spans(re: RegExp, s: string): Span[] {
  return [...s.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => " ".repeat(m.length));
}

/** Distance from the contact details to the nearest marker not inside them (Infinity if none within reach). */
function nearest(item: Span, markers: Span[]): number {
  let best = Infinity;
  for (const m of markers) {
    if (m.start >= item.start && m.end <= item.end) continue;
    const d = m.end <= item.start ? item.start - m.end : m.start >= item.end ? m.start - item.end : 0;
    if (d < best) best = d;
  }
  return best <= REACH ? best : Infinity;
}

/** The contact details found in `text` (phone numbers, personal e-mail addresses, street addresses). */
export function findContactDetails(text: string): Span[] {
  let s = normaliseWords(text).toLowerCase();
  const items: Span[] = [];
  for (const m of s.matchAll(EMAIL)) {
    const local = m[0].split("@")[0]!;
    if (!ROLE_MAILBOX.test(local)) items.push({ start: m.index, end: m.index + m[0].length });
  }
  s = blank(s, EMAIL); // e-mail addresses hold no phone numbers or streets
  for (const m of s.matchAll(OBFUSCATED_EMAIL)) {
    if (!ROLE_MAILBOX.test(m[1]!)) items.push({ start: m.index, end: m.index + m[0].length });
  }
  s = blank(s, OBFUSCATED_EMAIL);
  for (const re of NOT_CONTACT) s = blank(s, re);
  items.push(...spans(PHONE, s), ...spans(STREET, s), ...spans(STREET_NUMBER_FIRST, s), ...spans(ADDRESS_WORDS, s));
  return items;
}

/**
 * True when `text` holds someone else's contact details: a client's or a third person's (see
 * the module comment for the rule).
 */
export function containsClientContact(text: string): boolean {
  const items = findContactDetails(text);
  if (!items.length) return false;
  const cased = normaliseWords(text);
  const words = cased.toLowerCase();
  const client = [...spans(CLIENT, words), ...spans(NAME, cased)];
  const own = spans(OWN, words).filter((o) => !client.some((c) => c.start === o.start));
  return items.some((item) => {
    const dClient = nearest(item, client);
    return dClient !== Infinity && dClient < nearest(item, own);
  });
}
