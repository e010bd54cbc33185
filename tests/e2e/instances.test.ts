/**
 * Three product processes on one PostgreSQL database behind a round-robin load balancer (a small
 * proxy in this test), with the Telegram emulator delivering through a webhook and the Slack
 * emulator in HTTP mode. Members ask, offer, accept and join a joint purchase across all three;
 * one process is killed with SIGKILL in the middle of a burst. Afterwards every update was
 * handled exactly once, every outbox message was delivered, the digest reached every recipient
 * once, no seat was oversold, and each chat got its messages in order.
 * (Runs in the "postgresql" project.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Update, User } from "grammy/types";
import { startTelegramEmulator, TEST_TOKEN, makeUser, type TelegramEmulator } from "../emulators/telegram/server.js";
import { startSlackEmulator, type SlackEmulator } from "../emulators/slack/server.js";
import { cleanupDatabases, freshDatabaseUrl, testProvider } from "../support/db.js";
import { freePort, SIGNING_SECRET, WEBHOOK_SECRET, slackText } from "../support/harness.js";
import { startBalancer } from "../support/balancer.js";
import { openDatabase, type Db } from "../../src/db/client.js";

const root = path.resolve(import.meta.dirname, "../..");
const GROUP = -1003141592653;
const STAFF = "C0STAFFLB1";
const children: ChildProcess[] = [];
const closers: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const close of closers.splice(0).reverse()) await close().catch(() => {});
});
afterAll(cleanupDatabases);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

describe.runIf(testProvider === "postgresql")("three instances behind a load balancer, one killed mid-burst", () => {
  it(
    "every update handled once, every message delivered in order, one digest each, no seat oversold",
    { timeout: 300_000 },
    async () => {
      const tg: TelegramEmulator = await startTelegramEmulator({
        webhook: { retryBaseMs: 300, retryMaxMs: 3000, timeoutMs: 30_000 },
      });
      // Slack waits 3 s for an ack; this test is about correctness on a busy machine, not latency.
      const sl: SlackEmulator = await startSlackEmulator({ ackTimeoutMs: 20_000 });
      closers.push(
        () => tg.close(),
        () => sl.close(),
      );
      tg.createGroup({ id: GROUP, type: "supergroup", title: "Mahdollisuudet käyttöön! -yhteisö" });
      sl.addChannel({ id: STAFF, name: "mk-henkilokunta", members: [] });
      const staff = "U0STAFFLB1";
      sl.addUser({ id: staff, name: "kaisa", real_name: "Kaisa" });
      sl.joinChannel(STAFF, staff);

      const databaseUrl = await freshDatabaseUrl();
      const ports = [await freePort(), await freePort(), await freePort()];
      const balancer = await startBalancer(ports);
      closers.push(balancer.close);

      const clean = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|PORT$|DIGEST_)/.test(k)),
      );
      const logs: string[] = ["", "", ""];
      const start = (i: number) => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
          cwd: root,
          env: {
            ...clean,
            DATABASE_URL: databaseUrl,
            PORT: String(ports[i]),
            TELEGRAM_BOT_TOKEN: TEST_TOKEN,
            TELEGRAM_API_ROOT: tg.apiRoot,
            TELEGRAM_COMMUNITY_CHAT_ID: String(GROUP),
            TELEGRAM_WEBHOOK_URL: `${balancer.url}/telegram`,
            TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
            SLACK_BOT_TOKEN: sl.botToken,
            SLACK_SIGNING_SECRET: SIGNING_SECRET,
            SLACK_API_URL: sl.apiUrl,
            SLACK_STAFF_CHANNEL_ID: STAFF,
            // Never due by itself this week (Sunday 23:59 UTC): staff send it now, from three places at once.
            DIGEST_CRON: "59 23 * * 0",
            DIGEST_TIMEZONE: "UTC",
            DIGEST_SKIP_EMPTY: "false",
            HELP_REQUESTS_PER_DAY: "100",
            SHUTDOWN_DRAIN_SECONDS: "0",
            LOG_LEVEL: "warn",
          },
          stdio: ["ignore", "ignore", "pipe"],
        });
        child.stderr!.on("data", (d) => (logs[i] += String(d)));
        children.push(child);
        return child;
      };
      const procs = [0, 1, 2].map(start);
      for (const [i, port] of ports.entries()) {
        await until(
          `instance ${i} healthy (log: ${logs[i]!.slice(-500)})`,
          async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200,
          120_000,
        );
      }
      sl.useHttp({ url: `${balancer.url}/slack/events`, signingSecret: SIGNING_SECRET });
      const db: Db = await openDatabase(databaseUrl, { migrate: false });
      closers.push(() => db.$disconnect());

      // --- members, each in an organisation, subscribed to the digest -----------------------------
      const users: User[] = [1, 2, 3, 4, 5, 6].map((i) => {
        const u = makeUser(7000 + i, `Jäsen${i}`, { language_code: "fi", username: `jasen${i}` });
        tg.createPrivateChat(u, { started: true });
        return u;
      });
      const sent: Update[] = [];
      const say = (u: User, text: string) => sent.push(tg.sendText({ from: u, chatId: u.id, text }));
      const repliesTo = (u: User) => tg.messages(u.id).length;
      for (const [i, u] of users.entries()) {
        say(u, `/organisaatio Yhdistys ${i + 1} ry`);
        say(u, "/tilaa");
      }
      await until("setup answered", () => users.every((u) => repliesTo(u) >= 2), 60_000);
      const before = repliesTo(users[0]!);
      say(users[0]!, "/hankinta nimi=Hygieniapassi min=2 max=4 hinta=800 määräaika=31.1.2027");
      // The one-line form shows a preview first; publishing is the preview's button.
      await until("the preview", () => repliesTo(users[0]!) > before, 60_000);
      tg.pressButton({
        from: users[0]!,
        chatId: users[0]!.id,
        messageId: tg.lastMessage(users[0]!.id)!.message_id,
        data: "pu:publish",
        unchecked: true,
      });
      const purchase = await until("the purchase", async () => (await db.purchase.findFirst()) ?? undefined, 60_000);

      // Staff ask from Slack, through the balancer. (Slack never sends a slash command again: one in
      // flight at a killed instance is lost with it, so these go before the burst.)
      for (const n of [1, 2]) {
        const r = await sl.slashCommand({
          user: staff,
          channel: STAFF,
          command: "/mk",
          text: `pyyda Henkilökunnan pyyntö ${n}: kyyti torstaina`,
        });
        expect(r.acked, String(r.error)).toBe(true);
      }

      // --- the burst: everyone asks and joins the purchase; one instance is killed meanwhile -------
      const pressed: string[] = [];
      // A button pressed on the member's latest private message (the callback data is what counts).
      const press = (u: User, data: string) =>
        pressed.push(
          tg.pressButton({ from: u, chatId: u.id, messageId: tg.lastMessage(u.id)!.message_id, data, unchecked: true }),
        );
      for (const [i, u] of users.entries()) {
        say(u, `/pyyda Tarvitsemme apua asiassa numero ${i + 1} ensi viikolla`);
        press(u, `pu:seats:${purchase.id}:1`);
        say(u, `/pyyda Toinen pyyntö numero ${i + 1}: lainaksi peräkärry`);
      }
      await sleep(400);
      procs[1]!.kill("SIGKILL");
      await until("the killed instance gone", () => procs[1]!.signalCode === "SIGKILL", 10_000);
      // Outbox rows the killed instance was sending when it died are in doubt: the platform may
      // have the message or not. The outbox delivers at least once (README), so another instance
      // sends them again when their 60-second lease runs out, and these alone may arrive twice. A
      // live instance's sends take milliseconds: rows still "sending" seconds later are the dead one's.
      await sleep(3_000);
      const inDoubt = await db.outboxMessage.findMany({ where: { status: "sending" } });
      await until("the asks recorded", async () => (await db.helpRequest.count()) === users.length * 2 + 2, 90_000);

      // --- offers and accepts across the two remaining instances -----------------------------------
      const requests = await db.helpRequest.findMany({
        where: { asker: { identities: { some: { platform: "telegram" } } } },
        include: { asker: { include: { identities: true } } },
        orderBy: { id: "asc" },
      });
      const byUser = new Map(
        users.map((u) => [
          u.id,
          requests.filter((r) => r.asker!.identities.some((x) => x.externalUserId === String(u.id))),
        ]),
      );
      for (const [i, u] of users.entries()) {
        const other = byUser.get(users[(i + 1) % users.length]!.id)![0]!;
        press(u, `hr:offer:${other.id}`);
        press(u, `hr:send:${other.id}`);
      }
      const offers = await until(
        "six offers",
        async () => {
          const o = await db.helpOffer.findMany({ where: { status: "pending" } });
          return o.length === users.length && o;
        },
        90_000,
      );
      for (const offer of offers) {
        const request = requests.find((r) => r.id === offer.requestId)!;
        const asker = users.find((u) => request.asker!.identities.some((x) => x.externalUserId === String(u.id)))!;
        press(asker, `hr:accept:${offer.id}`);
      }
      await until(
        "the offers accepted",
        async () => (await db.helpOffer.count({ where: { status: "accepted" } })) === users.length,
        90_000,
      );

      // --- staff send the digest now, three times at once (any instance may take each) -------------
      const sends = await Promise.all(
        [1, 2, 3].map(() => sl.slashCommand({ user: staff, channel: STAFF, command: "/mk", text: "kooste laheta" })),
      );
      for (const s of sends) expect(s.acked).toBe(true);

      // --- quiet: every update delivered and answered, every outbox row and digest row settled ----
      await until(
        "Telegram has nothing left to deliver",
        () => tg.pendingUpdates().length === 0 && tg.stats().pendingUpdates === 0,
        120_000,
      );
      await until(
        "the outbox drained (a dead instance's claims run out after their lease)",
        async () => (await db.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } })) === 0,
        150_000,
      );
      await until(
        "the digest run finished",
        async () => (await db.jobRun.findFirst({ where: { job: "digest" } }))?.finishedAt,
        120_000,
      );

      // Every update handled exactly once: each recorded once and released, and each had its effect once.
      const ids = [...sent.map((u) => String(u.update_id))];
      const processed = await db.processedUpdate.findMany({ where: { platform: "telegram" } });
      for (const id of ids)
        expect(
          processed.filter((p) => p.externalId === id),
          `update ${id}`,
        ).toHaveLength(1);
      expect(processed.filter((p) => p.claimedUntil !== null)).toEqual([]);
      expect(pressed.every((q) => tg.callbackAnswer(q) !== undefined)).toBe(true);
      const titles = (await db.helpRequest.findMany()).map((r) => r.title);
      expect(new Set(titles).size).toBe(titles.length);
      expect(titles).toHaveLength(users.length * 2 + 2);
      for (const u of users) {
        const created = tg
          .messages(u.id)
          .filter((m) => m.text?.includes("Kiitos! Pyyntösi on nyt verkoston nähtävillä"));
        expect(created, `${u.first_name}'s confirmations`).toHaveLength(2);
      }

      // Every outbox message delivered, none failed; each request posted once in the group and the
      // staff channel — twice at most where the killed instance was sending that very post.
      expect(await db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
      const isDigest = (text: string | undefined) => /Viikkokooste \d/.test(text ?? "");
      const requestIds = new Map((await db.helpRequest.findMany()).map((r) => [r.title, r.id]));
      const posts = (platform: string, chatId: string, title: string) => {
        const doubtful = inDoubt.some(
          (r) =>
            r.platform === platform && r.chatId === chatId && r.op === "post" && r.entityId === requestIds.get(title),
        );
        return doubtful ? [1, 2] : [1];
      };
      for (const title of titles) {
        expect(posts("telegram", String(GROUP), title), `group post of "${title}"`).toContain(
          tg.messages(GROUP).filter((m) => !isDigest(m.text) && m.text?.includes(title)).length,
        );
        expect(posts("slack", STAFF, title), `staff post of "${title}"`).toContain(
          sl.messages(STAFF).filter((m) => !isDigest(slackText(m as never)) && slackText(m as never).includes(title))
            .length,
        );
      }
      // In doubt is only what the dead process had in flight (its worker sends one row at a time).
      expect(inDoubt.length).toBeLessThanOrEqual(2);
      // Per-chat order: a chat's messages went out one after another, in the order they were written.
      const rows = await db.outboxMessage.findMany({ where: { op: "send" }, orderBy: { id: "asc" } });
      const lastSent = new Map<string, number>();
      for (const r of rows) {
        const key = `${r.platform}:${r.chatId}`;
        expect(r.sentAt!.getTime(), `outbox ${r.id} in ${key}`).toBeGreaterThanOrEqual(lastSent.get(key) ?? 0);
        lastSent.set(key, r.sentAt!.getTime());
      }

      // One digest per recipient: the group, the staff channel and every subscriber, once each.
      const run = (await db.jobRun.findFirst({ where: { job: "digest" }, include: { deliveries: true } }))!;
      expect(run.deliveries.length).toBeGreaterThanOrEqual(users.length + 2);
      expect(run.deliveries.every((d) => d.status === "sent")).toBe(true);
      expect(tg.messages(GROUP).filter((m) => isDigest(m.text))).toHaveLength(1);
      expect(sl.messages(STAFF).filter((m) => isDigest(slackText(m as never)))).toHaveLength(1);
      for (const u of users)
        expect(
          tg.messages(u.id).filter((m) => isDigest(m.text)),
          `${u.first_name}'s digest`,
        ).toHaveLength(1);

      // No seat oversold: at most the maximum committed, the counter and the rows agree, the rest wait.
      const p = await db.purchase.findUniqueOrThrow({ where: { id: purchase.id }, include: { seats: true } });
      const committed = p.seats.filter((s) => s.status === "committed");
      expect(p.committedSeats).toBe(4);
      expect(committed.reduce((n, s) => n + s.seats, 0)).toBe(4);
      expect(p.seats.filter((s) => s.status === "waiting")).toHaveLength(users.length - 4);

      // The instances that lived report healthy; nothing was logged as an error.
      for (const i of [0, 2]) expect((await fetch(`http://127.0.0.1:${ports[i]}/healthz`)).status).toBe(200);
      for (const i of [0, 2]) expect(logs[i]!.split("\n").filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
    },
  );
});
