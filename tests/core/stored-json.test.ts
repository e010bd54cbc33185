/**
 * JSON the database keeps between steps (a guided conversation's state, an outbox message) is
 * checked when it is read back: what does not fit is dropped or refused, never half-used.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { recordingNotifier } from "../support/notifier.js";
import { deliverDue } from "../../src/core/delivery/outbox.js";

afterAll(cleanupDatabases);

describe("stored JSON", () => {
  it("a conversation whose stored state no longer fits its flow is dropped, and the member is answered as if none were open", async () => {
    const { core, db, log } = await testCore();
    const aino = terminalActor("Aino");
    await core.handle(command(aino, "/pyyda"));
    expect(await db.dialog.count()).toBe(1);
    await db.dialog.updateMany({ data: { data: JSON.stringify({ category: "no-such-category", title: 42 }) } });

    const answer = textOf(await core.handle(privately(aino, { type: "text", text: "Tarvitsemme pakettiauton" })));
    expect(answer).toContain("En ihan ymmärtänyt");
    expect(await db.dialog.count()).toBe(0);
    expect(await db.helpRequest.count()).toBe(0);
    expect(log.entries.some((e) => e.level === "warn" && e.msg?.includes("dialog state"))).toBe(true);

    // A fresh start works as before.
    await core.handle(command(aino, "/pyyda"));
    expect(await db.dialog.count()).toBe(1);
  });

  it("a button for a conversation whose stored state is damaged is stale, not a crash", async () => {
    const { core, db } = await testCore();
    const aino = terminalActor("Aino");
    await core.handle(command(aino, "/pyyda"));
    await db.dialog.updateMany({ data: { step: "details", data: JSON.stringify({ title: ["not", "a", "title"] }) } });
    const out = await core.handle(privately(aino, { type: "action", action: "ask:skip" }));
    expect(out.toast).toBeTruthy();
    expect(await db.helpRequest.count()).toBe(0);
    // Not even JSON: no conversation at all.
    await db.dialog.updateMany({ data: { data: "not json at all" } });
    expect((await core.handle(privately(aino, { type: "action", action: "ask:skip" }))).toast).toBeTruthy();
  });

  it("an outbox message whose payload is not a message is refused for good, not sent half-formed", async () => {
    const { deps, db, clock, core } = await testCore();
    const base = { platform: "telegram", chatId: "501", availableAt: clock.now() };
    await db.outboxMessage.create({
      data: { ...base, op: "send", payload: JSON.stringify({ text: "not a list of spans" }) },
    });
    await db.outboxMessage.create({ data: { ...base, chatId: "502", op: "file", payload: "{ broken" } });
    await db.outboxMessage.create({
      data: { ...base, chatId: "503", op: "send", payload: JSON.stringify({ text: ["hei ", { b: "Aino" }] }) },
    });
    const telegram = recordingNotifier("telegram");
    const report = await deliverDue(deps, { telegram }, { workerId: "w", renderers: core.registry.postRenderers });
    expect(report).toEqual({ sent: 1, retried: 0, failed: 2 });
    expect(telegram.texts()).toEqual(["hei Aino"]);
    const failed = await db.outboxMessage.findMany({ where: { status: "failed" }, orderBy: { id: "asc" } });
    expect(failed.map((r) => r.lastError)).toEqual([
      expect.stringContaining("does not fit"),
      expect.stringContaining("does not fit"),
    ]);
  });
});
