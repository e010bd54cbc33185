/**
 * Tools where people look, in the terminal: the staff channel's post of a request carries the
 * staff buttons (hide, close, reopen); an organiser finds the participant list, closing and
 * cancelling through /omat; a slightly different spelling of an existing organisation offers
 * that one instead of a duplicate.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";

afterAll(cleanupDatabases);

describe("everyday tools in the terminal", () => {
  it("staff hide, close and reopen from the staff channel's post; the community post has no staff buttons", async () => {
    const term = await terminal();
    const { type, press } = term;
    const posted = await type("/organisaatio Manna ry", "/pyyda Kaksi käsiparia perjantaiksi");
    const community = posted.slice(posted.indexOf("[yhteisöryhmä #"), posted.indexOf("[henkilökunnan kanava #"));
    expect(community).toContain("[1] Voin auttaa");
    expect(community).not.toContain("Piilota");
    expect(posted).toMatch(/\[henkilökunnan kanava #\d+\][^]*\[1\] Voin auttaa\n {2}\[2\] Piilota {2}\[3\] Sulje/);

    await type("/kayttaja Kaisa");
    const closed = await press("Sulje");
    expect(closed).toMatch(/\[henkilökunnan kanava #\d+ muokattu\][^]*Tila: Suljettu[^]*\[1\] Avaa uudelleen/);
    const reopened = await press("Avaa uudelleen");
    expect(reopened).toMatch(/\[henkilökunnan kanava #\d+ muokattu\][^]*Tila: Avoin/);
    expect(await press("Piilota")).toContain("Miksi pyyntö piilotetaan");
    expect(await type("Myynti-ilmoitus")).toContain("on piilotettu");
    expect((await term.db.helpRequest.findFirstOrThrow()).status).toBe("hidden");

    // Someone who is not staff is refused, whatever they press.
    await type("/kayttaja Olli");
    await press("Avaa uudelleen");
    expect((await term.db.helpRequest.findFirstOrThrow()).status).toBe("hidden");
    await term.end();
  });

  it("the organiser finds the CSV, closing and cancelling through /omat", async () => {
    const term = await terminal();
    const { type, press } = term;
    await type("/organisaatio Manna ry", "/hankinta nimi=Hygieniapassi min=2 max=10 hinta=450 määräaika=31.1.2027");
    await press("Julkaise"); // the one-line form previews first
    const mine = await type("/omat");
    expect(mine).toContain("Järjestäjälle #1: lista, sulje, peru");
    const tools = await press("Järjestäjälle #1: lista, sulje, peru");
    expect(tools).toContain("Osallistujalista (CSV)");
    expect(tools).toContain("Sulje ilmoittautuminen");
    expect(tools).toContain("Peru hankinta");
    expect(await press("Osallistujalista (CSV)")).toContain("📎 ");
    await type("/omat");
    await press("Järjestäjälle #1: lista, sulje, peru");
    expect(await press("Peru hankinta")).toContain("Haluatko varmasti perua");
    await press("Kyllä, peru hankinta");
    expect((await term.db.purchase.findFirstOrThrow()).status).toBe("cancelled");
    // Someone else's /omat has no organiser tools for it.
    await type("/kayttaja Pekka", "/organisaatio Dila");
    expect(await type("/omat")).not.toContain("Järjestäjälle");
    await term.end();
  });

  it('"Manna ry., Lahti" offers the existing Manna ry instead of a duplicate; a different name is added after all', async () => {
    const term = await terminal();
    const { type, press } = term;
    const asked = await type("/organisaatio Manna ry., Lahti");
    expect(asked).toContain("Verkostossa on jo järjestö Manna ry (Lahti). Tarkoititko sitä?");
    expect(asked).toContain("[#1] Kyllä, liityn: Manna ry");
    expect(await press("Kyllä, liityn: Manna ry")).toContain("Olet nyt mukana järjestössä Manna ry");
    expect(await term.db.organisation.count({ where: { name: { contains: "Manna" } } })).toBe(1);

    // A typed "ei" adds the new name after all.
    expect(await type("/organisaatio Mana ry, Hollola")).toContain("Tarkoititko sitä?");
    expect(await type("ei")).toContain("Olet nyt mukana järjestössä Mana ry");
    expect(await term.db.organisation.findUniqueOrThrow({ where: { name: "Mana ry" } })).toMatchObject({
      municipality: "Hollola",
    });
    await term.end();
  });
});
