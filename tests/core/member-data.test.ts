import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { ANONYMISED_TEXT, applyRetention } from "../../src/core/features/member-data.js";

afterAll(cleanupDatabases);

async function withRequest(env: Record<string, string> = {}) {
  const t = await testCore({ env });
  const aino = terminalActor("Aino");
  await t.core.handle(command(aino, "/organisaatio Manna ry"));
  const member = await t.db.member.findFirstOrThrow();
  const request = await t.db.helpRequest.create({
    data: {
      askerId: member.id,
      organisationId: member.organisationId,
      title: "Kaksi käsiparia ruoanjakoon",
      details: "Perjantaina klo 12",
      category: "hands",
      municipality: "Lahti",
      expiresAt: new Date("2026-12-10T00:00:00Z"),
      status: "resolved",
      resolvedAt: t.clock.now(),
    },
  });
  return { ...t, aino, member, request };
}

describe("member data", () => {
  it("/omat_tiedot sends everything stored about the member as JSON", async () => {
    const { core, aino, request } = await withRequest();
    const out = await core.handle(command(aino, "/omat_tiedot"));
    const file = out.replies[0]!.file!;
    expect(file.filename).toBe("omat-tiedot.json");
    const data = JSON.parse(file.content as string);
    expect(data.member.displayName).toBe("Aino");
    expect(data.member.identities[0]).toMatchObject({ platform: "terminal", externalUserId: "Aino" });
    expect(data.member.organisation.name).toBe("Manna ry");
    expect(data.member.helpRequests.map((r: { id: number }) => r.id)).toEqual([request.id]);
  });

  it("/poista_tiedot deletes the identity after confirmation and keeps statistics", async () => {
    const { core, db, aino, member, request } = await withRequest();
    const ask = await core.handle(command(aino, "/poista_tiedot"));
    const [yes, no] = ask.replies[0]!.message.buttons![0]!;
    expect(textOf(await core.handle(privately(aino, { type: "action", action: no!.action })))).toContain("pysyvät");
    expect(await db.member.count()).toBe(1);

    // A forged button with another member's id deletes nobody.
    const other = terminalActor("Pekka");
    await core.handle(command(other, "/start"));
    const forged = await core.handle(privately(other, { type: "action", action: yes!.action }));
    expect(forged.toast).toContain("ei ole enää voimassa");
    expect(await db.member.count()).toBe(2);

    const done = await core.handle(privately(aino, { type: "action", action: yes!.action }));
    expect(textOf(done)).toContain("poistettu");
    expect(await db.member.findUnique({ where: { id: member.id } })).toBeNull();
    expect(await db.identity.count({ where: { externalUserId: "Aino" } })).toBe(0);
    const kept = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(kept).toMatchObject({ askerId: null, title: ANONYMISED_TEXT, details: "", status: "resolved" });
    expect(await db.helpRequest.count({ where: { status: "resolved" } })).toBe(1);
  });

  it("anonymises closed requests after the retention period, not before", async () => {
    const { deps, db, clock, request } = await withRequest({ RETENTION_MONTHS: "12" });
    clock.advance(300 * 24 * 3600_000);
    expect(await applyRetention(deps)).toBe(0);
    clock.advance(70 * 24 * 3600_000);
    expect(await applyRetention(deps)).toBe(1);
    expect(await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      askerId: null,
      title: ANONYMISED_TEXT,
    });
    expect(await applyRetention(deps)).toBe(0);
  });
});
