/**
 * Texts that read right, in Finnish, Swedish and English: each wording bug found by reading the
 * bot as a newcomer, and the plain-language rules kept across every message file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, terminalActor, testCore, textOf } from "../support/core.js";
import { addChannels, memberOf, plain, press, type } from "../support/purchases.js";
import { parseUntil } from "../../src/core/features/help-requests/validate.js";
import { parseFutureDate } from "../../src/core/features/purchases/parse.js";
import { swedishGenitive, t } from "../../src/core/i18n/index.js";
import { renderRequestPost } from "../../src/core/features/help-requests/render.js";
import { renderPurchasePost } from "../../src/core/features/purchases/render.js";

afterAll(cleanupDatabases);

const TZ = "Europe/Helsinki";
const NOW = new Date("2026-11-23T08:00:00Z");
const locales = new URL("../../src/core/i18n/locales/", import.meta.url);
/** The message files read through for plain language: all of them; a new file is read before it is added here. */
const CHECKED = new Set([
  "basics.ftl",
  "common.ftl",
  "deletion.ftl",
  "digest.ftl",
  "everyday.ftl",
  "help-requests.ftl",
  "member-data.ftl",
  "needs-purchases.ftl",
  "portal.ftl",
  "privacy.ftl",
  "purchases.ftl",
  "report.ftl",
  "slack-setup.ftl",
  "telegram-platform.ftl",
  "terminal.ftl",
  "web.ftl",
]);
const files = (locale: string) =>
  readdirSync(new URL(`${locale}/`, locales))
    .filter((f) => CHECKED.has(f))
    .map((f) => [f, readFileSync(new URL(`${locale}/${f}`, locales), "utf8")] as const);

describe("plain words", () => {
  it("Finnish has no abbreviations like hlö or esim., and every language its own quotation marks", () => {
    for (const [file, text] of files("fi")) {
      expect(text, file).not.toMatch(/\bhlö\b|\besim\.|\bym\.|\bmm\./);
      expect(text, file).not.toMatch(/"/);
      expect(text, file).not.toMatch(/“/);
    }
    for (const [file, text] of files("sv")) expect(text, file).not.toMatch(/"|\bt\.ex\.|\bpers\./);
    for (const [file, text] of files("en")) expect(text, file).not.toMatch(/"|\be\.g\./);
    expect(t("fi", "hr-expired-dm", { title: "Peräkärry" })).toContain("”Peräkärry”");
    expect(t("en", "hr-expired-dm", { title: "Trailer" })).toContain("“Trailer”");
  });

  it("every message file has been read through (a new one is added to CHECKED once it has been)", () => {
    for (const locale of ["fi", "sv", "en"])
      expect(
        readdirSync(new URL(`${locale}/`, locales)).filter((f) => !CHECKED.has(f)),
        locale,
      ).toEqual([]);
  });

  it("the portal counts search hits in the singular too, and quotes the words the reader's way", () => {
    expect(t("fi", "pt-find-title", { words: "eläimet", count: 1 })).toBe("Haku ”eläimet”: 1 osuma");
    expect(t("fi", "pt-find-title", { words: "eläimet", count: 3 })).toBe("Haku ”eläimet”: 3 osumaa");
    expect(t("sv", "pt-find-title", { words: "djur", count: 1 })).toBe("Sökning ”djur”: 1 träff");
    expect(t("en", "pt-find-title", { words: "animals", count: 2 })).toBe("Search “animals”: 2 results");
  });

  it("a day that does not exist is called that, in help requests and purchases", () => {
    const until = parseUntil("31.2.", NOW, TZ);
    expect(until).toMatchObject({ ok: false, error: "hr-error-until-no-such-day", args: { date: "31.2.", days: 28 } });
    if (until.ok) throw new Error("accepted");
    expect(t("fi", until.error, until.args)).toBe(
      "Päivää 31.2. ei ole: siinä kuussa on vain 28 päivää. Kirjoita toinen päivä, esimerkiksi 24.12.2026, tai päivien määrä, esimerkiksi 14.",
    );
    const deadline = parseFutureDate("31.4.2027", NOW, TZ);
    expect(deadline).toEqual({ ok: false, key: "pu-err-date-no-such-day", args: { date: "31.4.2027", days: 30 } });
    if (deadline.ok) throw new Error("accepted");
    expect(t("sv", deadline.key, deadline.args)).toBe(
      "Dagen 31.4.2027 finns inte: den månaden har bara 30 dagar. Kontrollera dag och månad.",
    );
    expect(parseFutureDate("13.13.2027", NOW, TZ)).toMatchObject({ ok: false, key: "pu-err-date-invalid" });
  });

  it("Swedish: the genitive of a name, and Status", () => {
    expect(swedishGenitive("Manna ry")).toBe("Manna ry:s");
    expect(swedishGenitive("SPR Kontti Laune")).toBe("SPR Kontti Launes");
    expect(swedishGenitive("Lahden 4H")).toBe("Lahden 4H:s");
    expect(swedishGenitive("Dila")).toBe("Dilas");
    expect(swedishGenitive("Lahtis")).toBe("Lahtis");
    expect(t("sv", "hr-button-as-organisation", { organisation: "Manna ry" })).toBe("I Manna ry:s namn");
    expect(t("sv", "hr-label-status")).toBe("Status");
    expect(t("en", "organisation-none")).toBe("You have not told us yet which organisation you are from.");
    expect(t("en", "hr-button-resolve")).toBe("Mark as resolved");
  });

  it("a resolved request: the status is one word, the thanks a hint after it; /omat lists it plainly", async () => {
    const { core, db, deps } = await testCore();
    await addChannels(db);
    const minna = await memberOf(core, "Minna", "Manna ry");
    await core.handle(command(minna, "/pyyda Kaksi käsiparia perjantaiksi"));
    const request = await db.helpRequest.findFirstOrThrow();
    await press(core, minna, `hr:resolve:${request.id}`);
    const post = plain((await renderRequestPost(deps, request.id, "fi", "telegram", "community"))!);
    expect(post).toContain("Tila: Ratkaistu – kiitos auttajille!");
    const mine = textOf(await core.handle(command(minna, "/omat")));
    expect(mine).toContain("Kaksi käsiparia perjantaiksi – Ratkaistu, ");
    expect(mine).not.toContain("!,");
  });

  it("a purchase: the day and the place on their own lines, the seats in words, the waiting list's seats, a full course's price once, course names translated", async () => {
    const { core, db, deps } = await testCore();
    await addChannels(db);
    const olli = await memberOf(core, "Olli", "Manna ry");
    await core.handle(
      command(
        olli,
        "/hankinta nimi=Hygieniapassi tyyppi=hygieniapassi min=2 max=3 hinta=300 määräaika=31.1.2027 pvm=15.2.2027 paikka=Lahti",
      ),
    );
    await press(core, olli, "pu:publish");
    const p = await db.purchase.findFirstOrThrow();
    const post = () => renderPurchasePost(deps, p.id, "fi", "telegram").then((m) => plain(m!));
    const open = await post();
    expect(open).toContain("Kurssipäivä: 15.2.2027\nPaikka: Lahti\n");
    expect(open).not.toContain("Kurssi: Lahti");
    expect(open).toContain("Paikkoja varattu 0. Kurssi tarvitsee vähintään 2 ja sille mahtuu 3.");
    expect(open).toContain("Tyyppi: Hygieniapassi");
    expect(plain((await renderPurchasePost(deps, p.id, "sv", "telegram"))!)).toContain("Typ: Hygienpass");
    expect(plain((await renderPurchasePost(deps, p.id, "en", "telegram"))!)).toContain("Type: Hygiene passport");

    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const b = await memberOf(core, "Bertta", "Pelastusarmeija");
    await press(core, a, `pu:seats:${p.id}:2`);
    await press(core, b, `pu:seats:${p.id}:1`);
    const full = await post();
    expect(full).toContain("Yksi paikka maksaa 100 € (3 osallistujaa).");
    expect(full.match(/100 €/g)).toHaveLength(1);
    const c = await memberOf(core, "Cecilia", "Dila");
    await press(core, c, `pu:join:${p.id}`);
    await type(core, c, "2");
    expect(await post()).toContain("Jonossa yksi järjestö, 2 paikkaa.");
  });

  it("/organisaatio in English says “us”; the need lists count participants, not “hlö”", async () => {
    const { core } = await testCore();
    const en = terminalActor("Sam", { languageHint: "en" });
    expect(textOf(await core.handle(command(en, "/organisation")))).toContain("You have not told us yet");
    const a = await memberOf(core, "Aino", "Manna ry");
    const b = await memberOf(core, "Bertta", "Dila");
    await core.handle(command(a, "/tarve hygieniapassi 4 31.3.2027 Lahti"));
    expect(textOf(await core.handle(command(b, "/tarve hygieniapassi 3 31.3.2027 Lahti")))).toContain(
      "Manna ry: 4 osallistujaa 31.3.2027 mennessä",
    );
  });

  it("the purchase preview names the course once; /hankinta ohje shows an example before the details; buttons name course types in the reader's language", async () => {
    const { core, db } = await testCore();
    await addChannels(db);
    const olli = await memberOf(core, "Olli", "Manna ry");
    await core.handle(command(olli, "/hankinta"));
    await type(core, olli, "Hygieniapassi");
    await press(core, olli, "pu:a:type:hygieniapassi");
    for (const answer of ["10", "12", "900"]) await type(core, olli, answer);
    await press(core, olli, "pu:a:mode:total");
    const preview = textOf(await type(core, olli, "31.1.2027"));
    expect(preview).toContain("Esikatselu: Hygieniapassi\n");
    expect(preview).not.toContain("HygieniapassiHygieniapassi");

    const help = textOf(await core.handle(command(olli, "/hankinta ohje")));
    expect(help.indexOf("Esimerkki: /hankinta nimi=")).toBeGreaterThan(0);
    expect(help.indexOf("Esimerkki:")).toBeLessThan(help.indexOf("• nimi – kurssin nimi"));

    const sv = await memberOf(core, "Stina", "Dila", { languageHint: "sv" });
    const labels = (await core.handle(command(sv, "/need"))).replies.flatMap((r) =>
      (r.message.buttons ?? []).flat().map((b) => b.label),
    );
    expect(labels).toContain("Hygienpass");
    expect(labels).toContain("Ordningsvaktsutbildning");
  });

  it("/hankinnat gives the organiser the tools of their own purchase, and nobody else", async () => {
    const { core, db } = await testCore();
    await addChannels(db);
    const olli = await memberOf(core, "Olli", "Manna ry");
    await core.handle(command(olli, "/hankinta nimi=Ensiapukurssi min=2 max=10 hinta=450 määräaika=31.1.2027"));
    await press(core, olli, "pu:publish");
    const p = await db.purchase.findFirstOrThrow();
    const actions = (out: Awaited<ReturnType<typeof core.handle>>) =>
      out.replies.flatMap((r) => (r.message.buttons ?? []).flat().map((b) => b.action));
    expect(actions(await core.handle(command(olli, "/hankinnat")))).toContain(`pu:show:${p.id}`);
    const tools = actions(await press(core, olli, `pu:show:${p.id}`));
    expect(tools).toEqual(expect.arrayContaining([`pu:csv:${p.id}`, `pu:close:${p.id}`, `pu:cancel:${p.id}`]));
    const aino = await memberOf(core, "Aino", "Dila");
    expect(actions(await core.handle(command(aino, "/hankinnat")))).not.toContain(`pu:show:${p.id}`);
  });
});
