/**
 * Needs and joint purchases (issue 11): one need per organisation per course and period (a
 * second /tarve updates it), /tarve alone lists them to change or delete, needs expire at their
 * date; a purchase that falls below its minimum again tells its participants once; the one-line
 * /hankinta previews first; a daily limit per organisation.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, testClock, testCore, textOf } from "../support/core.js";
import { actionsOf, addChannels, dmsTo, memberOf, press } from "../support/purchases.js";
import { runDeadlines } from "../../src/core/features/purchases/service.js";
import { t } from "../../src/core/i18n/index.js";

afterAll(cleanupDatabases);

async function setup() {
  const clock = testClock("2026-11-23T08:00:00Z");
  const c = await testCore({ clock });
  await addChannels(c.db);
  return c;
}

describe("needs: one per organisation per course and period", () => {
  it("a second /tarve for the same course updates the need instead of counting twice; another period is another need", async () => {
    const { core, db } = await setup();
    const aino = await memberOf(core, "Aino", "Manna ry");
    const ahti = await memberOf(core, "Ahti", "Manna ry");
    const bertta = await memberOf(core, "Bertta", "Apu ry");
    await core.handle(command(bertta, "/tarve hygieniapassi 5 31.3.2027 Lahti"));
    await core.handle(command(aino, "/tarve hygieniapassi 6 31.3.2027 Lahti"));
    const again = await core.handle(command(ahti, "/tarve Hygieniapassi 4 15.4.2027 Hollola"));
    expect(textOf(again)).toContain("Päivitin järjestösi Manna ry aiemman tarpeen: 4 paikkaa");
    const manna = await db.need.findMany({ where: { organisation: { name: "Manna ry" } } });
    expect(manna).toHaveLength(1);
    expect(manna[0]).toMatchObject({ seats: 4, municipality: "Hollola", status: "open" });
    // Bertta heard of Manna ry's need once, not again for the update.
    expect((await dmsTo(db, "Bertta")).filter((m) => m.plain.includes("Manna ry"))).toHaveLength(1);
    // The group counts Manna ry once: 5 + 4, not 5 + 6 + 4.
    expect(textOf(again)).toContain("9");
    // The same course half a year later is another need.
    await core.handle(command(aino, "/tarve hygieniapassi 3 30.9.2027 Lahti"));
    expect(await db.need.count({ where: { organisation: { name: "Manna ry" } } })).toBe(2);
  });

  it("needs expire at their date", async () => {
    const { core, db, deps, clock } = await setup();
    const aino = await memberOf(core, "Aino", "Manna ry");
    await core.handle(command(aino, "/tarve hygieniapassi 6 1.12.2026 Lahti"));
    await runDeadlines(deps);
    expect((await db.need.findFirstOrThrow()).status).toBe("open");
    clock.set("2026-12-02T08:00:00Z");
    await runDeadlines(deps);
    expect((await db.need.findFirstOrThrow()).status).toBe("closed");
  });
});

describe("joint purchases: falling below the minimum again", () => {
  it("participants are told once when a purchase that had reached its minimum falls below it again", async () => {
    const { core, db } = await setup();
    const olli = await memberOf(core, "Olli", "Harjulan Setlementti ry");
    const aino = await memberOf(core, "Aino", "Manna ry");
    const bertta = await memberOf(core, "Bertta", "Apu ry");
    await core.handle(
      command(olli, "/hankinta nimi=Ensiapukurssi tyyppi=ensiapu min=10 max=15 hinta=1200 määräaika=31.1.2027"),
    );
    if (await db.dialog.findFirst({ where: { flow: "pu-new" } })) await press(core, olli, "pu:publish");
    const p = await db.purchase.findFirstOrThrow();
    await core.handle(command(aino, `/hankinta ${p.id}`));
    const join = (who: typeof aino, n: number) => press(core, who, `pu:seats:${p.id}:${n}`);
    await join(aino, 6);
    await join(bertta, 4);
    expect((await db.purchase.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("tipped");
    const below = t("fi", "pu-below-title");
    const countBelow = async (who: string) => (await dmsTo(db, who)).filter((m) => m.plain.includes(below)).length;
    await join(bertta, 2); // 8 < 10
    await join(bertta, 1); // still below: not told again
    expect(await countBelow("Aino")).toBe(1);
    expect(await countBelow("Bertta")).toBe(1);
    expect(await countBelow("Olli")).toBe(1);
    expect((await db.purchase.findUniqueOrThrow({ where: { id: p.id } })).fellBelowAt).not.toBeNull();
    // Reaching it again and falling again tells nobody again: the tipping point and the fall, once each.
    await join(bertta, 5);
    await join(bertta, 1);
    expect(await countBelow("Aino")).toBe(1);
    const tipped = t("fi", "pu-tipped-title");
    expect((await dmsTo(db, "Aino")).filter((m) => m.plain.includes(tipped))).toHaveLength(1);
  });
});

describe("/tarve with no arguments: the organisation's needs, to change or delete", () => {
  it("lists own open needs with change and delete buttons; change asks again and updates; delete closes; others cannot touch them", async () => {
    const { core, db } = await setup();
    const aino = await memberOf(core, "Aino", "Manna ry");
    const bertta = await memberOf(core, "Bertta", "Apu ry");
    // Nothing yet: the guided question.
    expect(textOf(await core.handle(command(aino, "/tarve")))).toContain(t("fi", "pu-need-ask-course"));
    await core.handle(command(aino, "/keskeyta"));
    await core.handle(command(aino, "/tarve hygieniapassi 6 31.3.2027 Lahti"));
    await core.handle(command(aino, "/tarve ensiapu 3 30.4.2027 Lahti"));
    const [hyg, ea] = await db.need.findMany({ orderBy: { id: "asc" } });
    const list = await core.handle(command(aino, "/tarve"));
    expect(textOf(list)).toContain(t("fi", "pu-own-needs-title"));
    expect(textOf(list)).toContain("Hygieniapassi: 6 paikkaa");
    // Read in Swedish and English, the course names are the translations.
    for (const locale of ["sv", "en"] as const) {
      await db.member.update({
        where: { id: (await db.member.findFirstOrThrow({ where: { displayName: "Aino" } })).id },
        data: { locale },
      });
      const read = textOf(await core.handle(command(aino, "/tarve")));
      expect(read, locale).toContain(t(locale, "course-hygieniapassi"));
      expect(read, locale).toContain(t(locale, "course-ensiapu"));
      expect(read, locale).not.toContain("Ensiapukurssi");
    }
    await db.member.updateMany({ where: { displayName: "Aino" }, data: { locale: "fi" } });
    expect(actionsOf(list)).toEqual([
      `pu:neededit:${hyg!.id}`,
      `pu:needdel:${hyg!.id}`,
      `pu:neededit:${ea!.id}`,
      `pu:needdel:${ea!.id}`,
      "pu:neednew",
    ]);
    // Another organisation's member cannot change or delete them.
    expect((await press(core, bertta, `pu:needdel:${hyg!.id}`)).toast).toContain("ei ole enää voimassa");
    expect((await press(core, bertta, `pu:neededit:${hyg!.id}`)).toast).toContain("ei ole enää voimassa");
    // Change: seats, date and place again, the same need updated.
    await press(core, aino, `pu:neededit:${hyg!.id}`);
    await core.handle(privately(aino, { type: "text", text: "8" }));
    await core.handle(privately(aino, { type: "text", text: "30.6.2027" }));
    const changed = await core.handle(privately(aino, { type: "text", text: "Hollola" }));
    expect(textOf(changed)).toContain("Päivitin");
    expect(await db.need.findUniqueOrThrow({ where: { id: hyg!.id } })).toMatchObject({
      seats: 8,
      municipality: "Hollola",
      status: "open",
    });
    expect(await db.need.count()).toBe(2);
    // Delete.
    expect(textOf(await press(core, aino, `pu:needdel:${ea!.id}`))).toContain(
      t("fi", "pu-need-deleted", { id: ea!.id }),
    );
    expect((await db.need.findUniqueOrThrow({ where: { id: ea!.id } })).status).toBe("closed");
    expect(actionsOf(await core.handle(command(aino, "/tarve")))).toEqual([
      `pu:neededit:${hyg!.id}`,
      `pu:needdel:${hyg!.id}`,
      "pu:neednew",
    ]);
  });
});

describe("/hankinta in one line previews first; a daily limit per organisation", () => {
  it("the one-line form shows a preview and publishes only on the button; the fourth purchase in a day is refused", async () => {
    const { core, db, clock } = await setup();
    const aino = await memberOf(core, "Aino", "Manna ry");
    const line = (n: number) => `/hankinta nimi=Kurssi${n} tyyppi=ensiapu min=10 max=12 hinta=1200 määräaika=31.1.2027`;
    const preview = await core.handle(command(aino, line(1)));
    expect(textOf(preview)).toContain(t("fi", "pu-preview-title"));
    expect(actionsOf(preview)).toContain("pu:publish");
    expect(await db.purchase.count()).toBe(0);
    await press(core, aino, "pu:publish");
    expect(await db.purchase.count()).toBe(1);
    for (const n of [2, 3]) {
      await core.handle(command(aino, line(n)));
      await press(core, aino, "pu:publish");
    }
    expect(await db.purchase.count()).toBe(3);
    expect(textOf(await core.handle(command(aino, line(4))))).toContain(t("fi", "pu-error-flood", { limit: 3 }));
    expect(await db.purchase.count()).toBe(3);
    clock.advance(25 * 3_600_000);
    await core.handle(command(aino, line(4)));
    await press(core, aino, "pu:publish");
    expect(await db.purchase.count()).toBe(4);
  });
});
