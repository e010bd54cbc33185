/**
 * Joint purchases in the core, against a real SQLite file with the fake clock: needs and the
 * proposal, the purchase form and its validation, posts, joining, the tipping point, the waiting
 * list with expiring offers, closing with the exact split, cancelling, the organiser's CSV and
 * authorisation, /hankinnat and the /omat section.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, terminalActor, testClock, testCore, textOf } from "../support/core.js";
import { actionsOf, addChannels, dmsTo, GROUP, memberOf, plain, press, STAFF, type } from "../support/purchases.js";
import { expireOffers, runDeadlines } from "../../src/core/features/purchases/service.js";
import { renderPurchasePost } from "../../src/core/features/purchases/render.js";

afterAll(cleanupDatabases);

const HOUR = 3_600_000;
const ONE_LINER =
  "/hankinta nimi=Järjestysmieskoulutus tyyppi=jarjestysmies min=15 max=15 hinta=1800 määräaika=31.1.2027";

async function setup(env: Record<string, string> = {}) {
  const clock = testClock("2026-11-23T08:00:00Z");
  const t = await testCore({ clock, env });
  await addChannels(t.db);
  return t;
}

describe("needs", () => {
  it("6 + 5 + 4 seats of the same course match each other and lead to a one-tap proposal to every owner", async () => {
    const { core, db } = await setup();
    const aino = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const bertta = await memberOf(core, "Bertta", "Manna ry");
    const cecilia = await memberOf(core, "Cecilia", "Pelastusarmeija");
    const dora = await memberOf(core, "Dora", "Dila");

    const first = await core.handle(command(aino, "/tarve jarjestysmies 6 31.3.2027 Lahti"));
    expect(textOf(first)).toContain(
      "Harjulan Setlementti ry tarvitsee kurssin Järjestysmieskoulutus 6 osallistujalle 31.3.2027 mennessä (Lahti)",
    );
    expect(textOf(first)).toContain("Muilla ei vielä ole samaa tarvetta");

    // Another course, and the same course far later (more than 60 days apart), do not match.
    await core.handle(command(dora, "/tarve hygieniapassi 8 31.3.2027 Lahti"));
    await core.handle(command(dora, "/tarve Järjestysmieskoulutus 9 30.9.2027 Lahti"));
    expect(await dmsTo(db, "Aino")).toEqual([]);

    const second = await core.handle(command(bertta, "/tarve Järjestysmieskoulutus 5 15.4.2027 Hollola"));
    expect(textOf(second)).toContain("Harjulan Setlementti ry: 6 osallistujaa 31.3.2027 mennessä (Lahti)");
    expect(textOf(second)).toContain("Yhteensä 11 osallistujaa");
    expect(actionsOf(second)).toEqual([]);
    const toAino = await dmsTo(db, "Aino");
    expect(toAino).toHaveLength(1);
    expect(toAino[0]!.plain).toContain("Manna ry tarvitsee saman kurssin");
    expect(toAino[0]!.actions).toEqual([]);

    const third = await core.handle(command(cecilia, "/tarve jarjestysmies 4 1.3.2027 Lahti"));
    expect(textOf(third)).toContain("Yhdessä teitä on 15");
    const needs = await db.need.findMany({ where: { courseType: { key: "jarjestysmies" } }, orderBy: { id: "asc" } });
    const [needA, , needB, needC] = needs;
    expect(actionsOf(third)).toEqual([`pu:propose:${needC!.id}`]);
    const ainoNow = await dmsTo(db, "Aino");
    expect(ainoNow).toHaveLength(2);
    expect(ainoNow[1]!.actions).toEqual([`pu:propose:${needA!.id}`]);
    const berttaDms = await dmsTo(db, "Bertta");
    expect(berttaDms).toHaveLength(1);
    expect(berttaDms[0]!.actions).toEqual([`pu:propose:${needB!.id}`]);
    expect(berttaDms[0]!.plain).toContain("Pelastusarmeija tarvitsee saman kurssin");
    expect(await dmsTo(db, "Dora")).toEqual([]);
    for (const n of [needA, needB, needC])
      expect((await db.need.findUniqueOrThrow({ where: { id: n!.id } })).proposedAt).not.toBeNull();

    // Someone else's proposal button is refused.
    const forged = await press(core, dora, `pu:propose:${needA!.id}`);
    expect(textOf(forged)).toContain("ei ole oikeutta");

    // Bertta taps: the purchase form starts prefilled and asks only the price, its kind and the deadline.
    const tap = await press(core, bertta, `pu:propose:${needB!.id}`);
    expect(textOf(tap)).toContain("Mukana 3 järjestön tarpeet, yhteensä 15 osallistujaa");
    expect(textOf(tap)).toContain("Paljonko kurssi maksaa");
    expect(textOf(await type(core, bertta, "1 800"))).toContain("Onko 1 800 € koko kurssin hinta");
    expect(textOf(await press(core, bertta, "pu:a:mode:total"))).toContain("Mihin mennessä");
    const summary = await type(core, bertta, "31.1.2027");
    expect(textOf(summary)).toContain("Esikatselu");
    expect(textOf(summary)).toContain("Paikkoja varattu 0. Kurssi tarvitsee vähintään 15 ja sille mahtuu 15.");
    expect(actionsOf(summary)).toEqual(["pu:publish", "pu:details"]);
    const published = await press(core, bertta, "pu:publish");
    expect(textOf(published)).toContain("Julkaistu!");
    expect(textOf(published)).toContain("Kutsuin mukaan 2 järjestöä");
    const p = await db.purchase.findFirstOrThrow();
    expect(p).toMatchObject({
      courseName: "Järjestysmieskoulutus",
      minSeats: 15,
      maxSeats: 15,
      priceMode: "total",
      priceCents: 180_000,
      place: "Hollola",
      organiserId: (await db.identity.findFirstOrThrow({ where: { externalUserId: "Bertta" } })).memberId,
    });
    expect(await db.need.count({ where: { purchaseId: p.id, status: "purchased" } })).toBe(3);
    const invite = (await dmsTo(db, "Aino")).at(-1)!;
    expect(invite.plain).toContain("Yhteishankinta alkoi teidän tarpeestanne (6 osallistujaa)");
    expect(invite.actions).toEqual([`pu:seats:${p.id}:6`, `pu:join:${p.id}`]);
    expect((await dmsTo(db, "Cecilia")).at(-1)!.actions).toEqual([`pu:seats:${p.id}:4`, `pu:join:${p.id}`]);
    // A second tap on an old proposal points to the purchase instead of starting another.
    const again = await press(core, aino, `pu:propose:${needA!.id}`);
    expect(textOf(again)).toContain(`(#${p.id})`);
    expect(await db.purchase.count()).toBe(1);
  });

  it("asks step by step, refuses nonsense, and needs an organisation", async () => {
    const { core, db } = await setup();
    const loner = terminalActor("Yksinäinen");
    expect(textOf(await core.handle(command(loner, "/tarve")))).toContain("/organisaatio");
    expect(textOf(await core.handle(command(loner, "/need hygieniapassi 6 31.3.2027 Lahti")))).toContain(
      "/organisaatio",
    );
    expect(await db.need.count()).toBe(0);

    const aino = await memberOf(core, "Aino", "Manna ry");
    const start = await core.handle(command(aino, "/tarve"));
    expect(actionsOf(start)).toContain("pu:a:course:hygieniapassi");
    expect(textOf(await press(core, aino, "pu:a:course:hygieniapassi"))).toContain("Montako osallistujaa");
    expect(textOf(await type(core, aino, "viisi"))).toContain("numeroina");
    expect(textOf(await type(core, aino, "-1"))).toContain("välillä 1–500");
    expect(textOf(await type(core, aino, "1e9"))).toContain("välillä 1–500");
    expect(textOf(await type(core, aino, "NaN"))).toContain("numeroina");
    expect(textOf(await type(core, aino, "6"))).toContain("Mihin mennessä");
    expect(textOf(await type(core, aino, "1.1.2000"))).toContain("jo mennyt");
    const where = await type(core, aino, "31.3.2027");
    expect(actionsOf(where)).toContain("pu:a:municipality:Hollola");
    // A stale button of an earlier step does nothing.
    expect((await press(core, aino, "pu:a:course:atk")).toast).toContain("ei ole enää voimassa");
    expect(textOf(await press(core, aino, "pu:a:municipality:Hollola"))).toContain(
      "Manna ry tarvitsee kurssin Hygieniapassi 6 osallistujalle 31.3.2027 mennessä (Hollola)",
    );
    const need = await db.need.findFirstOrThrow({ include: { courseType: true } });
    expect(need).toMatchObject({
      seats: 6,
      municipality: "Hollola",
      status: "open",
      courseType: { key: "hygieniapassi" },
    });
    expect(need.neededBy.toISOString()).toBe("2027-03-31T20:59:59.000Z");

    // One line with a course that is not a type: free text, matched only by the same text.
    const bertta = await memberOf(core, "Bertta", "Dila");
    expect(textOf(await core.handle(command(bertta, "/tarve Excel aloittelijoille 3 1.2.2027")))).toContain(
      "Excel aloittelijoille 3 osallistujalle 1.2.2027 mennessä (Lahti)",
    );
    const cecilia = await memberOf(core, "Cecilia", "Pelastusarmeija");
    expect(textOf(await core.handle(command(cecilia, "/tarve excel ALOITTELIJOILLE 4 15.2.2027 Lahti")))).toContain(
      "Dila: 3 osallistujaa",
    );
    const bad = await core.handle(command(cecilia, "/tarve hygieniapassi viisi 1.1.2000 Lahti"));
    expect(textOf(bad)).toContain("numeroina");
    expect(textOf(bad)).toContain("jo mennyt");
    expect(await db.need.count()).toBe(3);
  });
});

describe("the purchase form", () => {
  it("explains nonsense clearly and creates nothing", async () => {
    const { core, db } = await setup();
    const org = await memberOf(core, "Olli", "Harjulan Setlementti ry");
    const cases: [string, string][] = [
      [
        "/hankinta nimi=Kurssi min=20 max=10 hinta=100 määräaika=31.1.2027",
        "Enimmäismäärä (10) ei voi olla pienempi kuin vähimmäismäärä (20)",
      ],
      ["/hankinta nimi=Kurssi min=5 max=10 hinta=0 määräaika=31.1.2027", "enemmän kuin 0 €"],
      ["/hankinta nimi=Kurssi min=5 max=10 hinta=-100 määräaika=31.1.2027", "enemmän kuin 0 €"],
      ["/hankinta nimi=Kurssi min=5 max=10 hinta=100 määräaika=1.1.2026", "jo mennyt"],
      ["/hankinta nimi=Kurssi min=5 max=1e9 hinta=100 määräaika=31.1.2027", "välillä 1–500"],
      ["/hankinta nimi=Kurssi min=viisi max=10 hinta=100 määräaika=31.1.2027", "numeroina"],
      ["/hankinta nimi=Kurssi min=-1 max=10 hinta=100 määräaika=31.1.2027", "välillä 1–500"],
      ["/hankinta nimi=Kurssi min=NaN max=10 hinta=NaN määräaika=31.1.2027", "numeroina"],
      ["/hankinta nimi=Kurssi min=5 max=10 määräaika=31.1.2027", "Hinta: puuttuu"],
      [
        "/hankinta nimi=Kurssi min=5 max=10 hinta=100 määräaika=31.1.2027 katto=20",
        "Katto per järjestö: Määrän pitää olla välillä 1–10",
      ],
      ["/hankinta nimi=Kurssi min=5 max=10 paikkahinta=200000 määräaika=31.1.2027", "liian suuri"],
      ["/hankinta nimi=Kurssi min=5 max=10 hinta=100 määräaika=31.1.2027 pvm=1.1.2027", "määräajan jälkeen"],
      ["/hankinta nimi=Kurssi min=5 max=10 hinta=100 määräaika=31.1.2027 väri=sininen", "En tunne näitä kenttiä: väri"],
      [
        "/hankinta nimi=Kurssi min=5 max=10 hinta=100 määräaika=31.1.2027 tyyppi=sukellus",
        "En tunne tätä kurssityyppiä",
      ],
    ];
    for (const [input, expected] of cases) {
      const out = await core.handle(command(org, input));
      expect(textOf(out), input).toContain(expected);
      expect(textOf(out), input).toContain("Esimerkki:");
    }
    expect(await db.purchase.count()).toBe(0);
    expect(textOf(await core.handle(command(org, "/hankinta ohje")))).toContain("Esimerkki: /hankinta nimi=");
  });

  it("guided dialog with typed, validated answers; details are optional; publishing posts it to both channels", async () => {
    const { core, db } = await setup();
    const olli = await memberOf(core, "Olli", "Harjulan Setlementti ry");
    expect(textOf(await core.handle(command(terminalActor("Yksin"), "/hankinta")))).toContain("/organisaatio");
    expect(textOf(await core.handle(command(olli, "/hankinta")))).toContain("Mikä kurssi");
    expect(textOf(await type(core, olli, "Hygieniapassikoulutus kevät 2027"))).toContain("Minkä tyyppinen");
    expect(textOf(await press(core, olli, "pu:a:type:hygieniapassi"))).toContain("vähintään tarvitaan");
    expect(textOf(await type(core, olli, "viisi"))).toContain("numeroina");
    expect(textOf(await type(core, olli, "10"))).toContain("enintään");
    expect(textOf(await type(core, olli, "5"))).toContain("ei voi olla pienempi");
    expect(textOf(await type(core, olli, "20"))).toContain("Paljonko");
    expect(textOf(await type(core, olli, "0"))).toContain("enemmän kuin 0");
    expect(textOf(await type(core, olli, "45,50/hlö"))).toContain("Mihin mennessä"); // per seat: no question about the kind
    expect(textOf(await type(core, olli, "31.2.2027"))).toContain(
      "Päivää 31.2.2027 ei ole: siinä kuussa on vain 28 päivää",
    );
    const summary = await type(core, olli, "15.1.2027");
    expect(textOf(summary)).toContain("Hinta 45,50 € per osallistuja");
    const details = await press(core, olli, "pu:details");
    expect(textOf(details)).toContain("Kuka kouluttaa");
    expect(actionsOf(details)).toEqual(["pu:a:provider:-"]);
    expect(textOf(await type(core, olli, "Lahden Koulutus Oy"))).toContain("Milloin kurssi");
    expect(textOf(await type(core, olli, "1.1.2027"))).toContain("määräajan jälkeen");
    expect(textOf(await type(core, olli, "20.1.2027 klo 9.00"))).toContain("Missä kurssi");
    await press(core, olli, "pu:a:place:-");
    expect(textOf(await type(core, olli, "30"))).toContain("välillä 1–20");
    await type(core, olli, "8");
    const final = await type(core, olli, "60");
    expect(textOf(final)).toContain("säästätte 14,50 € per paikka");
    expect(actionsOf(final)).toEqual(["pu:publish"]);
    const published = await press(core, olli, "pu:publish");
    expect(textOf(published)).toContain("Julkaistu");
    expect(actionsOf(published)).toEqual(expect.arrayContaining(["pu:join:1", "pu:csv:1", "pu:cancel:1"]));
    expect(await db.purchase.findFirstOrThrow()).toMatchObject({
      courseName: "Hygieniapassikoulutus kevät 2027",
      provider: "Lahden Koulutus Oy",
      minSeats: 10,
      maxSeats: 20,
      priceMode: "per_seat",
      priceCents: 4550,
      perOrgCap: 8,
      soloPriceCents: 6000,
      place: "",
      courseDate: new Date("2027-01-20T07:00:00Z"),
      deadline: new Date("2027-01-15T21:59:59Z"),
    });
    const posts = await db.outboxMessage.findMany({ where: { op: "post", entityType: "purchase" } });
    expect(posts.map((p) => `${p.platform}:${p.chatId}`).sort()).toEqual([`slack:${STAFF}`, `telegram:${GROUP}`]);
    expect(await db.dialog.count()).toBe(0);
    expect((await press(core, olli, "pu:publish")).toast).toContain("ei ole enää voimassa");
  });
});

describe("a joint purchase from start to end", () => {
  it("tips on the third organisation (each told once), waiting list with an expiring offer, closes with the exact split", async () => {
    const { core, db, deps, clock } = await setup();
    const olli = await memberOf(core, "Olli", "Sosiaalialan osaamiskeskus Verso");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const a2 = await memberOf(core, "Anu", "Harjulan Setlementti ry", { languageHint: "en" });
    const b = await memberOf(core, "Bertta", "Manna ry", { languageHint: "sv" });
    const c = await memberOf(core, "Cecilia", "Pelastusarmeija");
    const d = await memberOf(core, "Dora", "Dila");
    const e = await memberOf(core, "Eero", "Avainsäätiö");
    // The one-line form previews first; the button publishes.
    expect(textOf(await core.handle(command(olli, ONE_LINER)))).toContain("Esikatselu");
    expect(await db.purchase.count()).toBe(0);
    const out = await press(core, olli, "pu:publish");
    expect(textOf(out)).toContain("Julkaistu");
    const p0 = await db.purchase.findFirstOrThrow();
    const id = p0.id;

    // The live post: seats, what is missing, price per seat now and at the maximum, deadline, a join button.
    const post = (await renderPurchasePost(deps, id, "fi", "telegram"))!;
    const postText = textOf({ replies: [{ message: post }] });
    expect(postText).toContain("Paikkoja varattu 0. Kurssi tarvitsee vähintään 15 ja sille mahtuu 15.");
    expect(postText).toContain("Vielä 15 osallistujaa puuttuu");
    expect(postText).toContain("Kurssin hinta yhteensä 1 800 €");
    expect(postText).toContain("Yksi paikka maksaa 120 € (15 osallistujaa)");
    expect(postText).toContain("Ilmoittautuminen viimeistään 31.1.2027");
    expect(post.buttons).toEqual([[{ label: "Liity mukaan", action: `pu:join:${id}` }]]);

    const choose = await press(core, a, `pu:join:${id}`);
    expect(actionsOf(choose)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `pu:seats:${id}:${n}`));
    expect(textOf(await type(core, a, "6"))).toContain("Harjulan Setlementti ry on mukana 6 paikalla");
    expect(textOf(await press(core, b, `pu:seats:${id}:5`))).toContain("Manna ry är med med 5 platser");
    expect(await db.outboxMessage.count({ where: { op: "edit_post" } })).toBeGreaterThan(0);
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    // Too many for what is left: a member of the same organisation cannot exceed the maximum.
    expect(textOf(await press(core, a2, `pu:seats:${id}:11`))).toContain("at most 10");
    const tipping = await press(core, c, `pu:seats:${id}:4`);
    expect(textOf(tipping)).toContain("Kurssi toteutuu!");
    const tipped = await db.purchase.findUniqueOrThrow({ where: { id } });
    expect(tipped).toMatchObject({ status: "tipped", committedSeats: 15 });
    expect(tipped.tippedAt).toEqual(clock.now());
    const tippingDms = async (chat: string) =>
      (await dmsTo(db, chat)).filter((m) => /Kurssi toteutuu!|Kursen blir av!|The course will happen!/.test(m.plain));
    expect(await tippingDms("Aino")).toHaveLength(1);
    expect((await tippingDms("Bertta"))[0]!.plain).toContain("Minsta antalet, 15 deltagare"); // her own language
    expect(await tippingDms("Cecilia")).toHaveLength(1);
    expect(await tippingDms("Olli")).toHaveLength(1);

    // A fourth organisation waits; the course is full.
    expect(textOf(await press(core, d, `pu:join:${id}`))).toContain("Kurssi on nyt täynnä");
    expect(textOf(await press(core, d, `pu:seats:${id}:4`))).toContain("jonossa sijalla 1");
    expect(textOf(await press(core, e, `pu:seats:${id}:2`))).toContain("jonossa sijalla 2");
    expect(plain((await renderPurchasePost(deps, id, "fi", "telegram"))!)).toContain(
      "Jonossa 2 järjestöä, 6 paikkaa.\n",
    );

    // Cecilia withdraws: Dila, first in line, is offered the four seats, with 24 hours to confirm.
    expect(textOf(await press(core, c, `pu:seats:${id}:0`))).toContain("Pelastusarmeija ei ole enää mukana");
    const offer = (await dmsTo(db, "Dora")).at(-1)!;
    expect(offer.plain).toContain("4 paikkaa");
    expect(offer.plain).toContain("Vahvista viimeistään 24.11.2026 klo 10.00");
    expect(offer.actions).toEqual([`pu:confirm:${id}`, `pu:decline:${id}`]);
    expect(await db.purchaseSeat.findFirstOrThrow({ where: { organisation: { name: "Dila" } } })).toMatchObject({
      status: "offered",
      seats: 4,
    });
    // The offered seats are held: nobody else can take them meanwhile.
    expect(textOf(await press(core, a, `pu:seats:${id}:8`))).toContain("enintään 6");
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).committedSeats).toBe(11);
    // The minimum was reached once: going below it again does not announce anything again.
    expect(await tippingDms("Aino")).toHaveLength(1);

    // Dora does not confirm in time: the offer passes to Avainsäätiö.
    clock.advance(23 * HOUR);
    expect(await expireOffers(deps)).toBe(0);
    clock.advance(2 * HOUR);
    expect(await expireOffers(deps)).toBe(1);
    expect(await expireOffers(deps)).toBe(0);
    expect((await dmsTo(db, "Dora")).at(-1)!.plain).toContain("Paikkatarjous vanheni");
    expect(textOf(await press(core, d, `pu:confirm:${id}`))).toContain("Sinulla ei ole vahvistettavaa");
    expect((await dmsTo(db, "Eero")).at(-1)!.actions).toEqual([`pu:confirm:${id}`, `pu:decline:${id}`]);
    expect(textOf(await press(core, e, `pu:confirm:${id}`))).toContain("Avainsäätiö on mukana 2 paikalla");
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).committedSeats).toBe(13);
    // Cecilia comes back for the last two seats.
    expect(textOf(await press(core, c, `pu:seats:${id}:2`))).toContain("Pelastusarmeija on mukana 2 paikalla");
    expect(await tippingDms("Cecilia")).toHaveLength(1);

    // The deadline: the purchase closes and every organisation gets the split, summing to exactly 1 800 €.
    clock.set("2027-01-31T21:59:59Z");
    expect(textOf(await press(core, d, `pu:seats:${id}:1`))).toContain("ei voi enää ilmoittautua");
    expect(await runDeadlines(deps)).toBe(1);
    expect(await runDeadlines(deps)).toBe(0);
    const closed = await db.purchase.findUniqueOrThrow({
      where: { id },
      include: { seats: { include: { organisation: true }, orderBy: { id: "asc" } } },
    });
    expect(closed.status).toBe("closed");
    const shares = closed.seats
      .filter((s) => s.status === "committed")
      .map((s) => [s.organisation.name, s.seats, s.shareCents]);
    expect(shares).toEqual([
      ["Harjulan Setlementti ry", 6, 72_000],
      ["Manna ry", 5, 60_000],
      ["Pelastusarmeija", 2, 24_000],
      ["Avainsäätiö", 2, 24_000],
    ]);
    expect(shares.reduce((n, s) => n + (s[2] as number), 0)).toBe(180_000);
    const split = (await dmsTo(db, "Aino")).at(-1)!.plain;
    expect(split).toContain("Yhteensä 1 800 € (15 osallistujaa)");
    expect(split).toContain("Järjestösi osuus: 720 € (6 paikkaa)");
    expect((await dmsTo(db, "Bertta")).at(-1)!.plain).toContain("Din organisations andel: 600 € (5 platser)");
    const csv = await db.outboxMessage.findFirstOrThrow({ where: { op: "file", chatId: "Olli" } });
    const file = JSON.parse(csv.payload) as { filename: string; content: string };
    expect(file.content.split("\r\n")).toEqual([
      "\uFEFFJärjestö;Paikat;Yhteyshenkilö;Kanava;Tila;Osuus (€)", // a BOM, ";" and a decimal comma: Excel in Finnish opens it in columns
      "Harjulan Setlementti ry;6;Aino;terminal;mukana;720,00",
      "Manna ry;5;Bertta;terminal;mukana;600,00",
      "Avainsäätiö;2;Eero;terminal;mukana;240,00",
      "Pelastusarmeija;2;Cecilia;terminal;mukana;240,00", // rejoined last: arrival order
      "",
    ]);
    const finalPost = (await renderPurchasePost(deps, id, "fi", "slack"))!;
    expect(finalPost.buttons).toEqual([]);
    expect(plain(finalPost)).toContain("Ilmoittautuminen päättyi: kurssi toteutuu, 15 osallistujaa.");
  });

  it("a purchase that misses its minimum is cancelled at the deadline: everyone told, nobody owes anything", async () => {
    // Offers last 72 hours, but never beyond the deadline.
    const { core, db, deps, clock } = await setup({ WAITLIST_CONFIRM_HOURS: "72" });
    const olli = await memberOf(core, "Olli", "Sosiaalialan osaamiskeskus Verso");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const b = await memberOf(core, "Bertta", "Manna ry");
    const c = await memberOf(core, "Cecilia", "Pelastusarmeija");
    await core.handle(command(a, "/tarve hygieniapassi 3 20.12.2026"));
    await core.handle(command(olli, "/hankinta nimi=Hygieniapassi min=10 max=10 paikkahinta=45 määräaika=24.11.2026"));
    await press(core, olli, "pu:publish");
    const p = await db.purchase.findFirstOrThrow();
    await press(core, a, `pu:seats:${p.id}:3`);
    await press(core, b, `pu:seats:${p.id}:6`);
    await press(core, c, `pu:seats:${p.id}:2`); // 2 > 1 free: Pelastusarmeija waits, and the free seat is offered at once
    const row = await db.purchaseSeat.findFirstOrThrow({ where: { organisation: { name: "Pelastusarmeija" } } });
    expect(row).toMatchObject({ status: "offered", seats: 1, offerExpiresAt: new Date("2026-11-24T21:59:59Z") });
    expect(textOf(await press(core, olli, `pu:close:${p.id}`))).toContain("9/10");
    clock.set("2026-11-24T21:59:59Z");
    await Promise.all(core.registry.jobs.filter((j) => j.name.startsWith("purchases-")).map((j) => j.run(deps)));
    const cancelled = await db.purchase.findUniqueOrThrow({ where: { id: p.id } });
    expect(cancelled).toMatchObject({ status: "cancelled", committedSeats: 9 });
    for (const who of ["Aino", "Bertta", "Cecilia", "Olli"]) {
      const last = (await dmsTo(db, who)).at(-1)!.plain;
      expect(last, who).toContain("Yhteishankinta peruttiin");
      expect(last, who).toContain("Kenenkään ei tarvitse maksaa mitään");
    }
    expect(await db.purchaseSeat.count({ where: { shareCents: { not: null } } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { op: "file" } })).toBe(0);
    expect(plain((await renderPurchasePost(deps, p.id, "fi", "telegram"))!)).toContain("Peruttu");
    expect(await db.need.count({ where: { status: "open" } })).toBe(1);
    expect(await runDeadlines(deps)).toBe(0);
  });
});

describe("seats: rules and authorisation", () => {
  it("per-organisation cap, partial offers, declining, changing; only members of the organisation change its seats", async () => {
    const { core, db } = await setup({ WAITLIST_CONFIRM_HOURS: "48" });
    const olli = await memberOf(core, "Olli", "Dila");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const b = await memberOf(core, "Bertta", "Manna ry");
    const c = await memberOf(core, "Cecilia", "Pelastusarmeija");
    await core.handle(command(olli, "/hankinta nimi=Ensiapu min=4 max=8 hinta=960 määräaika=31.1.2027 katto=5"));
    await press(core, olli, "pu:publish");
    const id = (await db.purchase.findFirstOrThrow()).id;
    expect(textOf(await press(core, a, `pu:seats:${id}:6`))).toContain("enintään 5 paikkaa");
    expect(textOf(await press(core, a, `pu:seats:${id}:5`))).toContain("mukana 5 paikalla");
    expect(textOf(await press(core, a, `pu:seats:${id}:5`))).toContain("Ei muutosta");
    expect(textOf(await press(core, b, `pu:seats:${id}:3`))).toContain("mukana 3 paikalla");
    // Full: Pelastusarmeija waits for 4.
    expect(textOf(await press(core, c, `pu:seats:${id}:4`))).toContain("jonossa sijalla 1");
    // Aino goes down to 3: two seats free up and are offered to the first in line (fewer than asked).
    expect(textOf(await press(core, a, `pu:seats:${id}:3`))).toContain("mukana 3 paikalla");
    const offer = (await dmsTo(db, "Cecilia")).at(-1)!;
    expect(offer.plain).toContain("2 paikkaa (toivoitte 4)");
    expect(offer.plain).toContain("25.11.2026 klo 10.00"); // 48 hours, from configuration
    expect(textOf(await press(core, c, `pu:decline:${id}`))).toContain("Pelastusarmeija ei ole enää mukana");
    expect(
      await db.purchaseSeat.findFirstOrThrow({ where: { organisation: { name: "Pelastusarmeija" } } }),
    ).toMatchObject({ status: "withdrawn" });
    // The freed seats can be taken again by anyone now.
    expect(textOf(await press(core, b, `pu:seats:${id}:5`))).toContain("mukana 5 paikalla");
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).committedSeats).toBe(8);
    // Withdrawing and rejoining puts an organisation at the end of the line.
    expect(textOf(await press(core, c, `pu:seats:${id}:1`))).toContain("jonossa sijalla 1");
    // Decline is only for offers: it never withdraws committed seats.
    expect(textOf(await press(core, a, `pu:decline:${id}`))).toContain("Sinulla ei ole vahvistettavaa");
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).committedSeats).toBe(8);

    // One row per organisation: a second member of Manna ry changes the same row.
    const b2 = await memberOf(core, "Bea", "Manna ry");
    expect(textOf(await press(core, b2, `pu:join:${id}`))).toContain("Manna ry on mukana 5 paikalla");
    expect(textOf(await press(core, b2, `pu:seats:${id}:4`))).toContain("Manna ry on mukana 4 paikalla");
    expect(await db.purchaseSeat.count({ where: { organisation: { name: "Manna ry" } } })).toBe(1);
    // The freed seat went to Pelastusarmeija; a member without an organisation cannot join.
    expect(
      await db.purchaseSeat.findFirstOrThrow({ where: { organisation: { name: "Pelastusarmeija" } } }),
    ).toMatchObject({ status: "offered", seats: 1 });
    const loner = terminalActor("Yksin");
    expect(textOf(await press(core, loner, `pu:seats:${id}:1`))).toContain("/organisaatio");
    expect(textOf(await press(core, loner, `pu:join:${id}`))).toContain("/organisaatio");
    // Forged buttons.
    for (const forged of [
      `pu:seats:${id}:-1`,
      `pu:seats:${id}:abc`,
      "pu:seats:999999:1",
      "pu:join:x",
      "pu:confirm:",
      "pu:zzz",
    ]) {
      expect((await press(core, a, forged)).toast, forged).toContain("ei ole enää voimassa");
    }
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).committedSeats).toBe(7);
  });

  it("only the organiser or staff get the CSV, close or cancel; cancel asks first", async () => {
    const { core, db } = await setup({ STAFF_ADMINS: "terminal:Kaisa" });
    const olli = await memberOf(core, "Olli", "Dila");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const kaisa = terminalActor("Kaisa");
    await core.handle(command(olli, "/hankinta nimi=ATK-kurssi min=3 max=4 hinta=400 määräaika=31.1.2027"));
    await press(core, olli, "pu:publish");
    const id = (await db.purchase.findFirstOrThrow()).id;
    await press(core, a, `pu:seats:${id}:2`);
    for (const attempt of [`pu:csv:${id}`, `pu:close:${id}`, `pu:cancel:${id}`, `pu:cancelok:${id}`]) {
      const out = await press(core, a, attempt);
      expect(textOf(out), attempt).toContain("vain hankinnan järjestäjä");
      expect(
        out.replies.some((r) => r.file),
        attempt,
      ).toBe(false);
    }
    expect(textOf(await core.handle(command(a, `/hankinta csv ${id}`)))).toContain("vain hankinnan järjestäjä");
    const own = await press(core, olli, `pu:csv:${id}`);
    expect(own.replies[0]!.file).toMatchObject({
      filename: `yhteishankinta-${id}.csv`,
      mimeType: "text/csv; charset=utf-8",
    });
    expect(own.replies[0]!.file!.content).toContain("Harjulan Setlementti ry;2;Aino;terminal;mukana;");
    const staff = await core.handle(command(kaisa, `/hankinta csv ${id}`));
    expect(staff.replies[0]!.file!.content).toContain("Harjulan Setlementti ry;2;Aino");
    // Cancelling asks first; then everyone who joined is told.
    const ask = await press(core, olli, `pu:cancel:${id}`);
    expect(actionsOf(ask)).toEqual([`pu:cancelok:${id}`]);
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    expect(textOf(await press(core, olli, `pu:cancelok:${id}`))).toContain("peruttiin");
    expect((await dmsTo(db, "Aino")).at(-1)!.plain).toContain("Järjestäjä perui hankinnan");
    expect(textOf(await press(core, olli, `pu:cancelok:${id}`))).toContain("ei voi enää");
  });

  it("the organiser may close early once the minimum is reached", async () => {
    const { core, db } = await setup();
    const olli = await memberOf(core, "Olli", "Dila");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const b = await memberOf(core, "Bertta", "Manna ry");
    await core.handle(command(olli, "/hankinta nimi=ATK-kurssi min=3 max=6 hinta=100 määräaika=31.1.2027"));
    await press(core, olli, "pu:publish");
    const id = (await db.purchase.findFirstOrThrow()).id;
    await press(core, a, `pu:seats:${id}:1`);
    await press(core, b, `pu:seats:${id}:1`);
    await press(core, a, `pu:seats:${id}:2`);
    expect(textOf(await core.handle(command(olli, `/hankinta sulje ${id}`)))).toContain("suljettiin");
    const rows = await db.purchaseSeat.findMany({ where: { purchaseId: id }, orderBy: { id: "asc" } });
    // 100 € over 2 + 1 seats: 66.67 + 33.33 = 100.00 exactly.
    expect(rows.map((r) => r.shareCents)).toEqual([6667, 3333]);
    expect(await db.outboxMessage.count({ where: { op: "file", chatId: "Olli" } })).toBe(1);
  });

  it("a per-seat price: the total is the seat price times the seats, split to the cent", async () => {
    const { core, db, deps, clock } = await setup();
    const olli = await memberOf(core, "Olli", "Dila");
    const orgs = ["Harjulan Setlementti ry", "Manna ry", "Pelastusarmeija"];
    const members = [];
    for (const [i, org] of orgs.entries()) members.push(await memberOf(core, `M${i}`, org));
    await core.handle(command(olli, "/hankinta nimi=Ensiapu min=3 max=9 paikkahinta=45,50 määräaika=31.1.2027"));
    await press(core, olli, "pu:publish");
    const id = (await db.purchase.findFirstOrThrow()).id;
    for (const [i, m] of members.entries()) await press(core, m, `pu:seats:${id}:${i + 1}`);
    clock.set("2027-02-01T00:00:00Z");
    expect(await runDeadlines(deps)).toBe(1);
    const rows = await db.purchaseSeat.findMany({ where: { purchaseId: id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.shareCents)).toEqual([4550, 9100, 13_650]);
    expect((await dmsTo(db, "M2")).at(-1)!.plain).toContain("Yhteensä 273 € (6 osallistujaa)");
  });
});

describe("lists and course types", () => {
  it("/hankinnat lists open purchases; /omat shows the organisation's purchases and needs", async () => {
    const { core, db, clock } = await setup();
    const olli = await memberOf(core, "Olli", "Dila");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    expect(textOf(await core.handle(command(a, "/hankinnat")))).toContain("Avoimia yhteishankintoja ei nyt ole");
    await core.handle(command(olli, "/hankinta nimi=ATK-kurssi min=2 max=4 hinta=400 määräaika=31.1.2027"));
    await press(core, olli, "pu:publish");
    await core.handle(command(olli, "/purchase name=First aid min=2 max=4 price=300 deadline=1.12.2026"));
    await press(core, olli, "pu:publish");
    const list = await core.handle(command(a, "/purchases"));
    expect(textOf(list)).toContain("#2 First aid");
    expect(textOf(list).indexOf("#2")).toBeLessThan(textOf(list).indexOf("#1")); // nearest deadline first
    expect(actionsOf(list)).toEqual(["pu:join:2", "pu:join:1"]);
    await press(core, a, "pu:seats:1:2");
    await core.handle(command(a, "/tarve ensiapu 4 1.4.2027 Lahti"));
    const section = core.registry.mineSections.find((s) => s.order === 20)!;
    const { buildContext } = await import("../../src/core/app/router.js");
    const ctx = await buildContext(core.deps, core.registry, command(a, "/omat"));
    const mine = (await section.render(ctx))!;
    const mineText = textOf({ replies: [{ message: mine }] });
    expect(mineText).toContain("ATK-kurssi – mukana 2 paikalla · toteutuu");
    expect(mineText).toContain("Ensiapukurssi (EA1): 4 osallistujaa 1.4.2027 mennessä (Lahti)");
    expect(mineText).not.toContain("First aid");
    const viaCommand = await core.handle(command(a, "/omat"));
    expect(textOf(viaCommand)).toContain("ATK-kurssi");
    clock.set("2026-12-02T00:00:00Z");
    expect(textOf(await core.handle(command(a, "/hankinnat")))).not.toContain("First aid");
    expect(textOf(await core.handle(command(a, "/hankinta 1")))).toContain("Yhteishankinta #1:");
    expect(await db.purchase.count()).toBe(2);
  });

  it("staff add course types; members only see them", async () => {
    const { core, db } = await setup({ STAFF_ADMINS: "terminal:Kaisa" });
    const kaisa = terminalActor("Kaisa");
    const a = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    expect(textOf(await core.handle(command(a, "/kurssityyppi")))).toContain("hygieniapassi – Hygieniapassi");
    expect(textOf(await core.handle(command(a, "/kurssityyppi anniskelu Anniskelupassi 10")))).toContain(
      "henkilökunnalle",
    );
    expect(textOf(await core.handle(command(kaisa, "/kurssityyppi anniskelu Anniskelupassi 1e9")))).toContain(
      "välillä 1–500",
    );
    expect(textOf(await core.handle(command(kaisa, "/kurssityyppi X! Huono 10")))).toContain("/kurssityyppi avain");
    expect(textOf(await core.handle(command(kaisa, "/kurssityyppi anniskelu Anniskelupassi 10")))).toContain("Lisätty");
    expect(textOf(await core.handle(command(kaisa, "/coursetype anniskelu Anniskelupassikoulutus 8")))).toContain(
      "Päivitetty",
    );
    expect(await db.courseType.findUniqueOrThrow({ where: { key: "anniskelu" } })).toMatchObject({
      name: "Anniskelupassikoulutus",
      usualMinSeats: 8,
    });
    // The new type is offered in the need dialog and matches needs with its own minimum (8).
    expect(actionsOf(await core.handle(command(a, "/tarve")))).toContain("pu:a:course:anniskelu");
    await core.handle(command(a, "/keskeyta"));
    const b = await memberOf(core, "Bertta", "Manna ry");
    await core.handle(command(a, "/tarve anniskelu 4 1.3.2027 Lahti"));
    expect(actionsOf(await core.handle(command(b, "/tarve anniskelu 4 1.3.2027 Lahti")))[0]).toMatch(/^pu:propose:/);
  });
});
