/**
 * Numbers in the terminal: while a question waits for an answer, a typed number is that answer
 * (three days, six seats), never a press of some button above; buttons are then shown and pressed
 * as `#1`. Every dialog step that takes a number is answered with a bare number here.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";

afterAll(cleanupDatabases);

const DAY = 86_400_000;

async function memberOrganisation(term: Awaited<ReturnType<typeof terminal>>, name: string) {
  const identity = await term.db.identity.findFirstOrThrow({
    where: { platform: "terminal", externalUserId: name },
    include: { member: { include: { organisation: true } } },
  });
  return identity.member.organisation?.name ?? null;
}

describe("terminal: a number answers the open question", () => {
  it("help request: the days are the typed number; #N presses; the organisation list above is not pressed", async () => {
    const term = await terminal();
    const { type, press } = term;
    await type("/organisaatio Manna ry");
    const list = await type("/organisaatio");
    expect(list).toMatch(/\[3\] /); // the organisation list has numbered buttons, and no question is open
    const first = await type("/pyyda");
    expect(first).toContain("[#1] Keskeytä");
    expect(first).toContain("Odotan vastaustasi");
    await type("Kolme käsiparia ruoanjakoon");
    await press("Ohita");
    await press("Käsipareja ja vapaaehtoisia");
    await press("Lahti");
    // "4" is four days — not the fourth button ("Keskeytä"), which cancelled the request before.
    const afterDays = await type("4");
    expect(afterDays).not.toContain("Mitään ei tallennettu");
    expect(afterDays).toContain("6/6 Kenen nimissä");
    // A number is no answer to "in whose name": it says so and asks again; the list above is untouched.
    expect(await type("3")).toContain("6/6 Kenen nimissä");
    expect(await memberOrganisation(term, "Minna")).toBe("Manna ry");
    expect(await press("Järjestön nimissä: Manna ry")).toContain("Kiitos! Pyyntösi on nyt verkoston nähtävillä");
    const request = await term.db.helpRequest.findFirstOrThrow({ where: { title: "Kolme käsiparia ruoanjakoon" } });
    expect(request.expiresAt.getTime() - term.clock.now().getTime()).toBe(4 * DAY);

    // "3" means three days, not the 30-day button.
    await type("/pyyda", "Lainaksi peräkärry", "-", "kuljetus", "Hollola");
    await type("3");
    await press("Järjestön nimissä: Manna ry");
    const second = await term.db.helpRequest.findFirstOrThrow({ where: { title: "Lainaksi peräkärry" } });
    expect(second.expiresAt.getTime() - term.clock.now().getTime()).toBe(3 * DAY);

    // "#2" presses the second button while the question waits: 7 days.
    await type("/pyyda", "Tila kokoukselle", "-", "tila", "Lahti");
    const until = await type("#2");
    expect(until).toContain("6/6 Kenen nimissä");
    await type("#2"); // anonymously
    const third = await term.db.helpRequest.findFirstOrThrow({ where: { title: "Tila kokoukselle" } });
    expect(third.expiresAt.getTime() - term.clock.now().getTime()).toBe(7 * DAY);
    expect(third.askedAs).toBe("anonymous");
    await term.end();
  });

  it("a number presses only the buttons of the newest message, and only when no question is open", async () => {
    const term = await terminal();
    const { type } = term;
    await type("/organisaatio Manna ry");
    await type("/organisaatio");
    await type("/ohje"); // a newer message without buttons: the list is out of reach
    expect(await type("3")).toContain("Uusimmassa viestissä ei ole painiketta 3");
    expect(await type("#3")).toContain("Uusimmassa viestissä ei ole painiketta 3");
    expect(await memberOrganisation(term, "Minna")).toBe("Manna ry");
    // Right under the list, a number is a press (no question open).
    const list = await type("/organisaatio");
    const second = /\[2\] ([^\n(]+) \(/.exec(list)![1]!;
    expect(await type("2")).toContain(`Olet nyt mukana järjestössä ${second}`);
    expect(await memberOrganisation(term, "Minna")).toBe(second);
    // Switching to someone with an open question says so.
    await type("/pyyda");
    await type("/kayttaja Pekka");
    expect(await type("/kayttaja Minna")).toContain("Odotan vastaustasi");
    await term.end();
  });

  it("/tarve: the seat count is the typed number (it used to press a stale course button)", async () => {
    const term = await terminal();
    const { type, press } = term;
    await type("/organisaatio Manna ry");
    const course = await type("/tarve");
    expect(course).toContain("[#2] Hygieniapassi");
    await press("Hygieniapassi");
    const seats = await type("3");
    expect(seats).not.toContain("ei ole enää voimassa");
    expect(seats).toContain("Mihin mennessä");
    await type("31.3.2027");
    expect(await press("Hollola")).toContain("Tallennettu: Manna ry tarvitsee kurssin Hygieniapassi");
    const need = await term.db.need.findFirstOrThrow();
    expect(need).toMatchObject({ seats: 3, municipality: "Hollola" });
    await term.end();
  });

  it("/hankinta: every number of the form is typed (minimum, maximum, price, cap, solo price), then seats when joining", async () => {
    const term = await terminal();
    const { type, press } = term;
    await type("/organisaatio Manna ry");
    await type("/hankinta");
    await type("Hygieniapassikoulutus");
    await press("Hygieniapassi");
    expect(await type("8")).toContain("enintään");
    await type("12");
    await type("900");
    await press("Koko kurssi");
    expect(await type("31.1.2027")).toContain("Esikatselu");
    await press("Lisää tietoja (kouluttaja, päivä, paikka…)");
    await type("-"); // provider
    await type("-"); // course date
    await type("-"); // place
    await type("4"); // at most 4 seats per organisation
    expect(await type("95")).toContain("Esikatselu"); // alone a seat would cost 95 €
    await press("Julkaise");
    const p = await term.db.purchase.findFirstOrThrow();
    expect(p).toMatchObject({
      minSeats: 8,
      maxSeats: 12,
      priceCents: 90_000,
      priceMode: "total",
      perOrgCap: 4,
      soloPriceCents: 9_500,
    });

    // Another organisation joins with a typed seat count.
    await type("/kayttaja Pekka", "/organisaatio Dila", `/hankinta ${p.id}`);
    const chooser = await press("Liity mukaan");
    expect(chooser).toContain("Montako paikkaa Dila ottaa");
    expect(chooser).toContain("[#1] 1");
    expect(await type("3")).toContain("Dila on mukana 3 paikalla");
    expect((await term.db.purchase.findUniqueOrThrow({ where: { id: p.id } })).committedSeats).toBe(3);
    await term.end();
  });
});
