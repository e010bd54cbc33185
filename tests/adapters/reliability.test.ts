/** Nothing lost: the outbox through the real Telegram notifier (grammY) against the emulator's faults. */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, startHarness, type Harness } from "../support/harness.js";
import { enqueueMessage } from "../../src/core/delivery/outbox.js";
import { tooManyRequests } from "../emulators/telegram/server.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

describe("outbox through grammY", () => {
  it("a Telegram outage (5xx for 2 minutes of fake time) delays but loses no message, and none is doubled", async () => {
    h = await startHarness({ slack: false, telegramOnTestClock: true });
    await h.app.worker.stop(); // drive deliveries by hand with the fake clock
    const outageEnd = h.clock.now().getTime() + 120_000;
    h.tg.outage(outageEnd);
    const db = h.app.db;
    for (const n of [1, 2, 3]) {
      await enqueueMessage(
        db,
        "telegram",
        { chatId: String(COMMUNITY_CHAT_ID) },
        { text: [`Tiedote ${n}`] },
        h.clock.now(),
      );
    }
    while (h.clock.now().getTime() < outageEnd) {
      await h.app.worker.drain();
      h.clock.advance(10_000);
    }
    expect(h.tg.messages(COMMUNITY_CHAT_ID)).toHaveLength(0);
    const first = await db.outboxMessage.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(first.status).toBe("pending");
    expect(first.attempts).toBeGreaterThan(0);
    for (let i = 0; i < 40 && h.tg.messages(COMMUNITY_CHAT_ID).length < 3; i++) {
      await h.app.worker.drain();
      h.clock.advance(15_000);
    }
    expect(h.tg.messages(COMMUNITY_CHAT_ID).map((m) => m.text)).toEqual(["Tiedote 1", "Tiedote 2", "Tiedote 3"]);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(3);
  });

  it("waits out a 429 with retry_after and delivers once", async () => {
    h = await startHarness({ slack: false });
    const anna = h.telegramUser(3001, "Anna");
    h.tg.failNext("sendMessage", tooManyRequests(1), 1, (p) => String(p.chat_id) === String(anna.id));
    await enqueueMessage(h.app.db, "telegram", { chatId: String(anna.id) }, { text: ["Hei!"] }, h.clock.now());
    await h.settle();
    await h.tg.waitForMessage(anna.id);
    expect(h.tg.messages(anna.id).map((m) => m.text)).toEqual(["Hei!"]);
  });

  it("a recipient who blocked the bot is recorded as failed, not retried forever, and staff are told", async () => {
    h = await startHarness();
    const anna = h.telegramUser(3002, "Anna");
    await h.tgSay(anna, "/start");
    h.tg.blockUser(anna.id);
    await enqueueMessage(h.app.db, "telegram", { chatId: String(anna.id) }, { text: ["Hei!"] }, h.clock.now());
    await h.settle();
    expect(await h.app.db.outboxMessage.findFirstOrThrow({ where: { chatId: String(anna.id) } })).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("blocked"),
    });
    await h.settle();
    const notice = await h.sl.waitForMessage(STAFF_CHANNEL_ID);
    expect(notice.text).toContain("Anna (telegram)");
    expect(notice.text).toContain("blocked");
  });

  it("a Slack staff channel that was archived is deactivated and no longer posted to", async () => {
    h = await startHarness({ telegram: false });
    h.sl.archiveChannel(STAFF_CHANNEL_ID);
    await enqueueMessage(
      h.app.db,
      "slack",
      { chatId: STAFF_CHANNEL_ID },
      { text: ["Hei henkilökunta"] },
      h.clock.now(),
    );
    await h.settle();
    expect(await h.app.db.channel.findFirstOrThrow({ where: { chatId: STAFF_CHANNEL_ID } })).toMatchObject({
      active: false,
    });
  });

  it("a send whose answer was lost is reported as in doubt, not silently retried by grammY", async () => {
    h = await startHarness({ slack: false });
    const anna = h.telegramUser(3003, "Anna");
    h.tg.failNext("sendMessage", "lose-response", 1, (p) => String(p.chat_id) === String(anna.id));
    const error = await h.app
      .telegram!.notifier.send({ chatId: String(anna.id) }, { text: ["Kerran"] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "in_doubt" });
    expect(h.tg.messages(anna.id).map((m) => m.text)).toEqual(["Kerran"]); // it did arrive, once
  });

  it("the weekly digest does not resend a message whose answer was lost (at most once)", async () => {
    h = await startHarness({ slack: false });
    const { sendDigestNow } = await import("../../src/core/features/digest/index.js");
    const { request, SLOT_TIME } = await import("../core/digest-fixtures.js");
    await request(h.app.db, { title: "Kaksi käsiparia muuttoon", org: "Manna ry", createdAt: "2026-11-20T09:00:00Z" });
    h.clock.set(SLOT_TIME);
    h.tg.failNext("sendMessage", "lose-response", 1, (p) => String(p.chat_id) === String(COMMUNITY_CHAT_ID));
    await sendDigestNow(h.app.deps, h.app.digest);
    await sendDigestNow(h.app.deps, h.app.digest);
    expect(h.tg.messages(COMMUNITY_CHAT_ID).filter((m) => m.text?.startsWith("Viikkokooste"))).toHaveLength(1);
    const row = await h.app.db.delivery.findFirstOrThrow({ where: { recipientKey: `telegram:${COMMUNITY_CHAT_ID}` } });
    expect(row).toMatchObject({ status: "skipped", error: expect.stringContaining("in doubt") });
  });
});
