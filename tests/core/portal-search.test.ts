/**
 * Search and referral in the portal (issue 15): Finnish inflected forms, typos, Swedish and
 * English words, filters; the index follows the database (a closed place disappears, a second
 * core on the same database sees the first one's changes); `/etsi` and `/ohjaa` through the core.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { seedPortalBulk, seedPortalStory, seedProfile } from "../support/portal-seed.js";
import { createPortalSearch } from "../../src/core/features/portal/search.js";
import { createCore } from "../../src/core/app/index.js";
import { openDatabase } from "../../src/db/client.js";
import { syncChannels } from "../../src/core/delivery/channels.js";

afterAll(cleanupDatabases);

async function setup() {
  const t = await testCore();
  await seedPortalStory(t.db, t.clock.now());
  const search = createPortalSearch();
  const find = async (q: string, filters = {}) =>
    (await search.search(t.deps, q, filters, 20)).hits.map((h) => h.doc.title);
  return { ...t, search, find };
}

describe("portal search", () => {
  it("matches Finnish inflected forms, typos, Swedish and English words", async () => {
    const { find } = await setup();
    for (const q of ["nuorille", "nuorten", "nuoret", "nuorille eläinten parissa"]) {
      expect(await find(q), q).toContain("Kaupunkikylä ry");
    }
    expect((await find("nuorille eläinten parissa Hollola"))[0]).toMatch(
      /Kaupunkikylä ry|Eläintenhoitaja kotieläinpihalle/,
    );
    expect(await find("eläimet")).toContain("Eläintenhoitaja kotieläinpihalle");
    expect(await find("kierrätysmyymälässä")).toContain("Myyjä kierrätysmyymälään");
    // Typos within reason.
    expect(await find("nuorile")).toContain("Kaupunkikylä ry");
    expect(await find("kierätys")).toContain("Pelastusarmeija");
    expect(await find("eläintenhoitja")).toContain("Eläintenhoitaja kotieläinpihalle");
    // Swedish and English words find Finnish profiles through the fixed lists.
    expect(await find("ungdomar djur")).toContain("Kaupunkikylä ry");
    expect(await find("invandrare")).toContain("Kankurin Ilo osuuskunta");
    expect(await find("work trial")).toContain("Eläintenhoitaja kotieläinpihalle");
    expect(await find("recycling")).toContain("Pelastusarmeija");
    // Nothing silly for unrelated words.
    expect(await find("avaruusraketti")).toEqual([]);
  });

  it("filters by municipality, target group and kind; publicOnly leaves out unpublished profiles and their places", async () => {
    const { find } = await setup();
    expect(await find("", { municipality: "Heinola" })).toEqual(["Pelastusarmeija"]);
    const young = await find("", { targetGroup: "youth" });
    expect(young).toContain("Lahden 4H-yhdistys");
    expect(young).toContain("Kankurin Ilo osuuskunta"); // "everyone" counts
    expect(young).not.toContain("Manna ry");
    expect(await find("", { kind: "wage_subsidy" })).toEqual(["Myyjä kierrätysmyymälään"]);
    expect(await find("metsätöitä")).toContain("Metsätöitä luonnossa");
    expect(await find("metsätöitä", { publicOnly: true })).not.toContain("Metsätöitä luonnossa");
    expect(await find("odottaa hyväksyntää")).not.toContain("Luonnosseura"); // an unpublished profile is never searched
  });

  it("follows the database: a closed or expired place leaves, another process's new profile appears", async () => {
    const { find, db, deps, clock, search, config } = await setup();
    expect(await find("ruoanjakaja")).toContain("Ruoanjakaja");
    await db.openPlace.updateMany({ where: { title: "Ruoanjakaja" }, data: { status: "filled" } });
    expect(await find("ruoanjakaja")).not.toContain("Ruoanjakaja");
    clock.advance(61 * 86_400_000);
    expect(await find("eläintenhoitaja")).toEqual([]); // past its end date, before any job ran
    // A second "process" on the same database file adds a profile; the first one's search sees it.
    const other = await openDatabase(config.databaseUrl, { migrate: false });
    await seedProfile(
      other,
      {
        name: "Avainsäätiö",
        about: "Asumisen tukea nuorille aikuisille.",
        targetGroups: ["youth"],
        municipalities: ["Lahti"],
      },
      clock.now(),
    );
    await other.$disconnect();
    expect((await search.search(deps, "asumisen", {}, 5)).hits.map((h) => h.doc.organisation)).toEqual(["Avainsäätiö"]);
  });

  it("/etsi through the core: filters by a named municipality, says when results are elsewhere, never crashes on nothing", async () => {
    const { core } = await setup();
    const anna = terminalActor("Anna");
    const out = textOf(await core.handle(command(anna, "/etsi nuorille eläinten parissa Hollola")));
    expect(out).toContain("Eläintenhoitaja kotieläinpihalle");
    expect(out).not.toContain("Lahden 4H-yhdistys"); // not in Hollola
    expect(out).toContain("Näin haet:");
    const elsewhere = textOf(await core.handle(command(anna, "/etsi kierrätys Hollola")));
    expect(elsewhere).toContain("Kunnasta Hollola ei löytynyt mitään");
    expect(elsewhere).toContain("Pelastusarmeija");
    expect(textOf(await core.handle(command(anna, "/etsi avaruusraketti")))).toContain("ei löytynyt mitään");
    expect(textOf(await core.handle(command(anna, "/find")))).toContain("/etsi nuorille");
  });

  it("/ohjaa ranks the fitting work-trial place first with why it fits, and is never empty", async () => {
    const { core, db } = await setup();
    await syncChannels(db, "terminal", [{ platform: "terminal", chatId: "henkilokunta", kind: "staff" }]);
    const worker = terminalActor("Tiina");
    const press = async (action: string) => textOf(await core.handle(privately(worker, { type: "action", action })));
    const say = async (text: string) => textOf(await core.handle(privately(worker, { type: "text", text })));
    expect(textOf(await core.handle(command(worker, "/ohjaa")))).toContain("ilman nimeä");
    await press("pr:v:0:young");
    await press("pr:v:1:Hollola");
    await press("pr:t:2:animals");
    await press("pr:d:2");
    // Free words pass the confidentiality guard.
    expect(await say("eläimet, asiakas 131052-308T")).toContain("henkilötunnus");
    await say("eläimet");
    await press("pr:v:4:part");
    await press("pr:v:5:fi");
    const result = await press("pr:d:6");
    expect(result).toContain("Nämä sopivat parhaiten");
    const first = result.indexOf("1. ");
    expect(result.slice(first, first + 80)).toContain("Eläintenhoitaja kotieläinpihalle");
    expect(result).toContain("paikka on kunnassa Hollola");
    expect(result).toContain("tarkoitettu: Nuoret");
    expect(result).toContain("20 h/vko sopii jaksamiseen");
    expect(result).toContain("Näin haet");
    expect(await db.dialog.count()).toBe(0); // nothing about the client stays

    // A situation nothing fits well: the nearest options and the staff offer.
    await core.handle(command(worker, "/ohjaa"));
    await press("pr:v:0:older");
    await press("pr:v:1:Sysmä");
    await press("pr:d:2");
    await press("pr:k:3");
    await press("pr:v:4:few");
    await press("pr:v:5:ru");
    const none = await core.handle(privately(worker, { type: "action", action: "pr:d:6" }));
    const noneText = textOf(none);
    expect(noneText).toContain("lähimmät vaihtoehdot");
    expect(noneText).toMatch(/1\. /);
    expect(noneText).toContain("henkilökunta auttaa");
    const help = none.replies[0]!.message.buttons!.flat().find((b) => b.action.startsWith("pt:rh:"))!;
    expect(await press(help.action)).toContain("lähti verkoston henkilökunnalle");
    const staffMsg = await db.outboxMessage.findFirstOrThrow({
      where: { payload: { contains: "etsii paikkaa asiakkaalle" } },
    });
    expect(staffMsg.payload).toContain("55 vuotta täyttänyt · Sysmä");
    expect(await press("pt:rh:9:99:x:y:z:w")).toBe(""); // a forged payload is refused (a toast only)
  });

  it("/ohjaa on an empty portal still answers with the staff offer", async () => {
    const t = await testCore();
    const worker = terminalActor("Tiina");
    const press = async (action: string) => textOf(await t.core.handle(privately(worker, { type: "action", action })));
    await t.core.handle(command(worker, "/ohjaa"));
    for (const a of ["pr:v:0:adult", "pr:v:1:Lahti", "pr:d:2", "pr:k:3", "pr:v:4:unsure", "pr:v:5:fi"]) await press(a);
    const out = await press("pr:d:6");
    expect(out).toContain("ei ole vielä sopivia");
    expect(out).toContain("henkilökunta auttaa");
  });

  it("bulk seeding (the benchmark's helper) builds organisations and places that search handles", async () => {
    const t = await testCore();
    await seedPortalBulk(t.db, { organisations: 100, places: 400, now: t.clock.now() });
    expect(await t.db.openPlace.count()).toBe(400);
    expect(await t.db.portalProfile.count({ where: { published: true } })).toBe(100);
    const search = createPortalSearch();
    const { total } = await search.search(t.deps, "kahvila", { municipality: "Lahti" }, 10);
    expect(total).toBeGreaterThan(0);
    const core = createCore(t.deps);
    expect(textOf(await core.handle(command(terminalActor("Anna"), "/etsi kahvilassa Lahti")))).toContain("kahvila");
  });
});
