/**
 * The weekly digest through the real grammY bot and Bolt app against the platform emulators:
 * once per recipient per week across restarts and crashes, 403, migration, 429, long digests,
 * and the staff's `/mk kooste` in Slack.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, startHarness, type Harness } from "../support/harness.js";
import { tooManyRequests } from "../emulators/telegram/server.js";
import { sendDigestNow } from "../../src/core/features/digest/index.js";
import { CLAIM_MS } from "../../src/core/features/digest/run.js";
import { member, request, SLOT_TIME } from "../core/digest-fixtures.js";
import type { Db } from "../../src/db/client.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const isDigest = (text: string | undefined) => /^(Viikkokooste|Veckosammandrag|Weekly digest) /.test(text ?? "");
const tgDigests = (chatId: number) => h!.tg.messages(chatId).filter((m) => isDigest(m.text));
const slackDigests = (channel: string) => h!.sl.messages(channel).filter((m) => isDigest(m.text));
const slackDmDigests = (user: string) => h!.sl.dmMessages(user).filter((m) => isDigest(m.text));

/** Activity of the week before the slot, written straight into the database. */
async function someActivity(db: Db) {
  await request(db, { title: "Kaksi käsiparia muuttoon", org: "Manna ry", createdAt: "2026-11-14T05:00:00Z" });
  await request(db, {
    title: "Pakettiauto lainaan lauantaiksi",
    org: "Pelastusarmeija",
    createdAt: "2026-11-20T09:00:00Z",
  });
}

/** Telegram subscribers made straight in the database, each with a started private chat in the emulator. */
async function telegramSubscribers(n: number, firstId = 5001) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const user = h!.telegramUser(firstId + i, `Tilaaja${i}`);
    await member(h!.app.db, `Tilaaja${i}`, "telegram", String(user.id));
    ids.push(user.id);
  }
  return ids;
}

describe("weekly digest through grammY and Bolt", () => {
  it("Monday 08:00 Helsinki: one digest to the group, the staff channel and each subscriber; a restarted process sends nothing more; the unsubscribe button works", async () => {
    h = await startHarness();
    h.clock.set("2026-11-23T05:00:00Z"); // Monday 07:00 in Helsinki
    const anna = h.telegramUser(4001, "Anna");
    const start = await h.tgSay(anna, "/start");
    expect(JSON.stringify(start.reply_markup)).toContain("dg:sub");
    await h.tgPress(anna, { data: "dg:sub" });
    const erik = h.slackUser("U0ERIK", "Erik");
    const dm = h.sl.dmChannel(erik);
    await h.slack(erik, "kieli sv", dm);
    expect((await h.slack(erik, "tilaa", dm)).text).toContain("Fint!");
    await someActivity(h.app.db);

    expect((await sendDigestNow(h.app.deps, h.app.digest))!.outcome).toBe("not_due");
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(0);

    h.clock.set(SLOT_TIME);
    const report = await sendDigestNow(h.app.deps, h.app.digest);
    expect(report).toMatchObject({ slot: "2026-W48", outcome: "ran", finished: true, totals: { sent: 4, failed: 0 } });
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
    expect(tgDigests(COMMUNITY_CHAT_ID)[0]!.text).toContain(
      "Kaksi käsiparia muuttoon – Manna ry, Lahti · odottanut 9 päivää",
    );
    expect(tgDigests(anna.id)).toHaveLength(1);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(1);
    expect(slackDmDigests(erik)).toHaveLength(1);
    expect(slackDmDigests(erik)[0]!.text).toContain("Väntar på hjälp (2)");

    // A second process on the same database (the product restarted), at the next cron tick.
    await h.restart();
    h.clock.advance(60_000);
    expect((await sendDigestNow(h.app.deps, h.app.digest))!.outcome).toBe("already_finished");
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
    expect(tgDigests(anna.id)).toHaveLength(1);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(1);
    expect(slackDmDigests(erik)).toHaveLength(1);

    // The button under Anna's digest ends her subscription.
    const digest = tgDigests(anna.id)[0]!;
    await h.tgPress(anna, { data: "dg:unsub", messageId: digest.message_id });
    expect((await h.app.db.member.findFirstOrThrow({ where: { displayName: "Anna" } })).digestSubscribed).toBe(false);
  });

  it("the machine was off at 08:00: the scheduler's start-up catch-up sends the week's digest once, later that week", async () => {
    h = await startHarness({ slack: false });
    h.clock.set("2026-11-25T10:00:00Z"); // Wednesday
    await someActivity(h.app.db);
    const [anna] = await telegramSubscribers(1);
    await h.app.scheduler.start(); // runs the periodic jobs once at start-up, as after a reboot
    await h.app.scheduler.stop();
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
    expect(tgDigests(anna!)).toHaveLength(1);
    await h.restart();
    await h.app.scheduler.start();
    await h.app.scheduler.stop();
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
    expect(await h.app.db.jobRun.findFirstOrThrow()).toMatchObject({ slot: "2026-W48", finishedAt: expect.any(Date) });
  });

  it("killed halfway: after the restart the rest is sent, nobody twice; the one message in flight is not resent", async () => {
    h = await startHarness({ slack: false });
    h.clock.set(SLOT_TIME);
    await someActivity(h.app.db);
    const ids = await telegramSubscribers(5);
    // The fourth send (to the third subscriber) never gets an answer: the process is killed meanwhile.
    const victim = ids[2]!;
    h.tg.failNext("sendMessage", "hang", 1, (p) => String(p.chat_id) === String(victim));
    const dying = sendDigestNow(h.app.deps, h.app.digest).catch((err: unknown) => err);
    await h.tg.waitFor(
      () => h!.tg.requests("sendMessage").some((r) => String(r.params.chat_id) === String(victim)),
      10_000,
      "the hanging send",
    );
    await h.restart(); // a new process on the same database

    const soon = await sendDigestNow(h.app.deps, h.app.digest);
    expect(soon).toMatchObject({ finished: false, totals: { sent: 5, pending: 1 } });
    h.clock.advance(CLAIM_MS + 1000);
    const later = await sendDigestNow(h.app.deps, h.app.digest);
    expect(later).toMatchObject({ finished: true, totals: { sent: 5, skipped: 1, pending: 0 } });

    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
    for (const id of ids) expect(tgDigests(id)).toHaveLength(id === victim ? 0 : 1);
    expect(
      await h.app.db.delivery.findFirstOrThrow({ where: { recipientKey: { contains: "member:" }, status: "skipped" } }),
    ).toMatchObject({
      error: expect.stringContaining("in doubt"),
    });
    void dying; // the killed process's promise: it never returns before the emulator closes
  });

  it("a week with no activity sends nothing", async () => {
    h = await startHarness();
    h.clock.set(SLOT_TIME);
    await telegramSubscribers(2);
    expect((await sendDigestNow(h.app.deps, h.app.digest))!.outcome).toBe("empty");
    expect(h.tg.allSent().filter((m) => isDigest(m.text))).toHaveLength(0);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(0);
  });

  it("a subscriber who blocked the bot (403) is unsubscribed and staff are told in Slack; an archived Slack channel is deactivated", async () => {
    h = await startHarness();
    h.clock.set(SLOT_TIME);
    await someActivity(h.app.db);
    const [blocked, fine] = await telegramSubscribers(2);
    h.tg.blockUser(blocked!);
    const report = await sendDigestNow(h.app.deps, h.app.digest);
    expect(report!.totals).toMatchObject({ sent: 3, failed: 1 });
    expect(tgDigests(fine!)).toHaveLength(1);
    expect((await h.app.db.member.findFirstOrThrow({ where: { displayName: "Tilaaja0" } })).digestSubscribed).toBe(
      false,
    );
    await h.settle();
    const notice = await h.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => m.text.includes("Tilaaja0"));
    expect(notice.text).toContain("blocked");

    // Next week the staff channel has been archived: it is deactivated instead of retried.
    h.clock.set("2026-11-30T06:00:00Z");
    await request(h.app.db, { title: "Uusi pyyntö", org: "Dila", createdAt: "2026-11-27T09:00:00Z" });
    h.sl.archiveChannel(STAFF_CHANNEL_ID);
    const next = await sendDigestNow(h.app.deps, h.app.digest);
    expect(next!.totals).toMatchObject({ sent: 2, failed: 1 });
    expect(await h.app.db.channel.findFirstOrThrow({ where: { chatId: STAFF_CHANNEL_ID } })).toMatchObject({
      active: false,
    });
  });

  it("a group that became a supergroup gets the digest at its new id", async () => {
    h = await startHarness({ slack: false, env: { TELEGRAM_COMMUNITY_CHAT_ID: "-4001" } });
    h.tg.createGroup({ id: -4001, type: "group", title: "Vanha ryhmä" });
    h.tg.migrateGroup(-4001, -1004001000001, { notify: false });
    h.clock.set(SLOT_TIME);
    await someActivity(h.app.db);
    const report = await sendDigestNow(h.app.deps, h.app.digest);
    expect(report!.totals).toMatchObject({ sent: 1, failed: 0 });
    expect(tgDigests(-1004001000001)).toHaveLength(1);
    expect(await h.app.db.channel.findFirstOrThrow({ where: { platform: "telegram" } })).toMatchObject({
      chatId: "-1004001000001",
      active: true,
    });
  });

  it("429s with retry_after are waited out and every recipient still gets exactly one", async () => {
    h = await startHarness();
    h.clock.set(SLOT_TIME);
    await someActivity(h.app.db);
    const ids = await telegramSubscribers(3);
    h.tg.failNext("sendMessage", tooManyRequests(1), 2);
    h.sl.failNext("chat.postMessage", { status: 429, retryAfter: 1 }, 1);
    const report = await sendDigestNow(h.app.deps, h.app.digest);
    expect(report!.totals).toMatchObject({ sent: 5, failed: 0, pending: 0 });
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
    for (const id of ids) expect(tgDigests(id)).toHaveLength(1);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(1);
  });

  it("a digest longer than 4096 characters arrives as several well-formed messages; Slack takes it within its block limits", async () => {
    h = await startHarness();
    h.clock.set(SLOT_TIME);
    await someActivity(h.app.db);
    for (let i = 0; i < 45; i++) {
      await request(h.app.db, {
        title: `Pyyntö <${i}> & "apua" ${"tarvitsemme apua monessa asiassa ".repeat(3)}`.slice(0, 100),
        org: "Manna ry",
        createdAt: "2026-11-20T09:00:00Z",
      });
    }
    await sendDigestNow(h.app.deps, h.app.digest);
    const parts = h.tg.messages(COMMUNITY_CHAT_ID);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]!.text).toMatch(/^Viikkokooste/);
    for (const p of parts) {
      expect(p.parse_mode).toBe("HTML");
      expect([...p.text!].length).toBeLessThanOrEqual(4096);
      expect(p.entities.some((e) => e.type === "bold")).toBe(true); // tags arrived as formatting, not as text
      expect(p.text).not.toMatch(/<\/?b>|&amp;|&lt;/);
    }
    const whole = parts.map((p) => p.text).join("\n");
    expect(whole).toContain('Pyyntö <0> & "apua"');
    expect(whole).toContain("Viikon luvut:");
    expect(slackDigests(STAFF_CHANNEL_ID).length).toBeGreaterThanOrEqual(1);
    expect(slackDigests(STAFF_CHANNEL_ID)[0]!.blocks!.length).toBeLessThanOrEqual(50);
  });

  it("staff in Slack: /mk kooste esikatselu shows the coming digest without sending; /mk kooste laheta sends it once; others are refused", async () => {
    h = await startHarness();
    h.clock.set("2026-11-23T04:00:00Z"); // Monday 06:00 Helsinki
    await someActivity(h.app.db);
    const kaisa = h.slackUser("U0KAISA", "Kaisa", { staff: true });
    const ville = h.slackUser("U0VILLE", "Ville");
    expect((await h.slack(ville, "kooste laheta")).text).toContain("vain verkoston henkilökunnalle");

    const preview = await h.slack(kaisa, "kooste esikatselu");
    expect(preview.text).toContain("Esikatselu – tätä ei lähetetty");
    expect(await h.app.db.jobRun.count()).toBe(0);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(0);
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(0);

    await h.slack(kaisa, "kooste laheta");
    await h.sl.waitForCall(
      "chat.postMessage",
      (c) => String((c.params as { channel?: string }).channel) === STAFF_CHANNEL_ID,
      10_000,
    );
    await waitUntil(async () => (await h!.app.db.jobRun.findFirst())?.finishedAt != null);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(1);
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);

    await h.slack(kaisa, "kooste laheta");
    h.clock.set(SLOT_TIME); // the scheduled time comes: nothing more this week
    await sendDigestNow(h.app.deps, h.app.digest);
    expect(slackDigests(STAFF_CHANNEL_ID)).toHaveLength(1);
    expect(tgDigests(COMMUNITY_CHAT_ID)).toHaveLength(1);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}
