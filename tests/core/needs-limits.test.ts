/**
 * Needs and joint purchases (issue 11): one need per organisation per course and period (a
 * second /tarve updates it), needs expire at their date, a purchase that falls below its minimum
 * again tells its participants once.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, testClock, testCore, textOf } from "../support/core.js";
import { addChannels, dmsTo, memberOf, press } from "../support/purchases.js";
import { runDeadlines } from "../../src/core/features/purchases/purchases.js";
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
    expect(textOf(again)).toContain("Päivitin organisaatiosi Manna ry aiemman tarpeen: 4 paikkaa");
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
    await core.handle(command(olli, "/hankinta nimi=Ensiapukurssi tyyppi=ensiapu min=10 max=15 hinta=1200 määräaika=31.1.2027"));
    if (await db.dialog.findFirst({ where: { flow: "purchase" } })) await press(core, olli, "pu:publish");
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
