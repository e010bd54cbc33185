/**
 * The whole product against local platform emulators: the real grammY bot (long polling through
 * @grammyjs/runner) and the real Bolt app (Socket Mode) talk to tests/emulators over HTTP and
 * WebSocket, on a fresh SQLite file, with a controllable clock for the core.
 *
 *   const h = await startHarness();
 *   const anna = h.telegramUser(1001, "Anna");
 *   const reply = await h.tgSay(anna, "/start");
 *   await h.settle();   // deliver everything the outbox holds
 *   await h.stop();
 */
import type { User } from "grammy/types";
import { createApp, type App, type AppOptions } from "../../src/app.js";
import { parseConfig } from "../../src/core/config.js";
import {
  startTelegramEmulator,
  TEST_TOKEN,
  makeUser,
  type TelegramEmulator,
  type TelegramEmulatorOptions,
  type SentMessage,
} from "../emulators/telegram/server.js";
import { startSlackEmulator, type SlackEmulator } from "../emulators/slack/server.js";
import { freshDatabaseUrl } from "./db.js";
import { testClock, testLogger, type TestClock } from "./core.js";

export const COMMUNITY_CHAT_ID = -1001234567890;
export const STAFF_CHANNEL_ID = "C0STAFF001";
export const GENERAL_CHANNEL_ID = "C0GENERAL1";

export interface HarnessOptions {
  env?: Record<string, string>;
  clock?: TestClock;
  telegram?: boolean;
  slack?: boolean;
  /** Reuse an existing database (e.g. to "restart" the product on the same data). */
  databaseUrl?: string;
  /** Slack over Socket Mode (default) or signed HTTP requests on a local port. */
  slackMode?: "socket" | "http";
  /** Telegram over long polling (default) or a webhook on a local port with a secret token. */
  telegramMode?: "polling" | "webhook";
  /** Let the Telegram emulator's outages and rate limits run on the test clock too. */
  telegramOnTestClock?: boolean;
  /** The Slack staff channel: private, and whether the app was invited (default: public, invited). */
  slackStaffChannel?: { private?: boolean; botMember?: boolean };
  /**
   * Telegram adapter tuning (polling conflicts, retries of non-essential calls). Button presses are
   * answered by themselves after 5 s here (0.7 s in production) so a loaded test machine does not
   * turn toasts into late private messages; tests of that deadline set `answerWithinMs`.
   */
  telegramTuning?: AppOptions["telegram"];
  /** Telegram emulator options (e.g. a short callback-answer window, privacy mode). */
  telegramEmulator?: TelegramEmulatorOptions;
  /** Faults to arm on the Telegram emulator before the product starts. */
  telegramFaults?: (tg: TelegramEmulator) => void;
}

export const SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543";
export const WEBHOOK_SECRET = "mk-webhook-secret_123";

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Harness {
  tg: TelegramEmulator;
  sl: SlackEmulator;
  app: App;
  clock: TestClock;
  log: ReturnType<typeof testLogger>;
  databaseUrl: string;
  /** The port of the webhook / Slack HTTP receiver, when one is used. */
  port: number;
  /** A Telegram user with a started private chat. */
  telegramUser(id: number, firstName: string, extra?: Partial<User>): User;
  /** A Slack user; `staff` puts them in the staff channel. */
  slackUser(id: string, name: string, options?: { staff?: boolean }): string;
  /** Sends a text as a Telegram user (private chat by default) and waits for the bot's next message there. */
  tgSay(from: User, text: string, chatId?: number): Promise<SentMessage>;
  /** Presses a button (by callback data or label) and waits until the press was answered. */
  tgPress(
    from: User,
    button: { data?: string; label?: string; chatId?: number; messageId?: number; unchecked?: boolean },
  ): Promise<void>;
  /** `/mk <text>` as a Slack user; returns the ack's payload text (blocks flattened). */
  slack(
    user: string,
    text: string,
    channel?: string,
  ): Promise<{ text: string; payload: Record<string, unknown> | undefined }>;
  /** Delivers everything due in the outbox now. */
  settle(): Promise<void>;
  /** Restarts the product on the same database and emulators (a new process, as far as the product knows). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Every text of a Slack payload: its text and the text of its blocks. */
export function slackText(payload: Record<string, unknown> | undefined): string {
  if (!payload) return "";
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Record<string, unknown>;
    if (typeof o.text === "string") parts.push(o.text);
    for (const [k, val] of Object.entries(o)) if (k !== "text" || typeof val !== "string") walk(val);
  };
  walk(payload.blocks ?? []);
  return parts.join("\n") || String(payload.text ?? "");
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = options.clock ?? testClock();
  const log = testLogger();
  const tg = await startTelegramEmulator({
    ...(options.telegramOnTestClock ? { now: () => clock.now().getTime() } : {}),
    ...options.telegramEmulator,
  });
  const sl = await startSlackEmulator();
  tg.createGroup({ id: COMMUNITY_CHAT_ID, type: "supergroup", title: "Mahdollisuudet käyttöön! -yhteisö" });
  sl.addChannel({
    id: STAFF_CHANNEL_ID,
    name: "mk-henkilokunta",
    members: [],
    ...(options.slackStaffChannel?.private ? { is_private: true } : {}),
    ...(options.slackStaffChannel?.botMember === false ? { botMember: false } : {}),
  });
  sl.addChannel({ id: GENERAL_CHANNEL_ID, name: "yleinen", members: [] });
  options.telegramFaults?.(tg);
  const databaseUrl = options.databaseUrl ?? (await freshDatabaseUrl());
  // The HTTP server runs only when a mode needs it (never on a fixed port: suites run side by side).
  const needsPort = options.slackMode === "http" || options.telegramMode === "webhook";
  const port = needsPort ? await freePort() : 0;
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    // PORT=0: the portal is on by default, and suites run side by side (never a fixed port).
    PORT: needsPort ? String(port) : "0",
    ...(options.telegramMode === "webhook"
      ? { TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET }
      : {}),
    ...(options.telegram !== false
      ? {
          TELEGRAM_BOT_TOKEN: TEST_TOKEN,
          TELEGRAM_API_ROOT: tg.apiRoot,
          TELEGRAM_COMMUNITY_CHAT_ID: String(COMMUNITY_CHAT_ID),
        }
      : {}),
    ...(options.slack !== false
      ? {
          SLACK_BOT_TOKEN: sl.botToken,
          ...(options.slackMode === "http"
            ? { SLACK_SIGNING_SECRET: SIGNING_SECRET }
            : { SLACK_APP_TOKEN: sl.appToken }),
          SLACK_API_URL: sl.apiUrl,
          SLACK_STAFF_CHANNEL_ID: STAFF_CHANNEL_ID,
        }
      : {}),
    ...options.env,
  };
  const config = parseConfig(env);
  let app: App;
  const boot = async () => {
    app = await createApp({
      config,
      log,
      now: clock.now,
      terminal: false,
      scheduler: false,
      outboxIntervalMs: 25,
      telegram: { answerWithinMs: 5000, ...options.telegramTuning },
    });
    await app.start();
    if (options.slack !== false && options.slackMode === "http")
      sl.useHttp({ url: `http://127.0.0.1:${port}/slack/events`, signingSecret: SIGNING_SECRET });
    else if (options.slack !== false) await sl.waitForConnection(5000);
  };
  await boot();

  const h: Harness = {
    tg,
    sl,
    get app() {
      return app;
    },
    clock,
    log,
    databaseUrl,
    port,
    telegramUser(id, firstName, extra = {}) {
      const user = makeUser(id, firstName, { language_code: "fi", ...extra });
      tg.createPrivateChat(user, { started: true });
      return user;
    },
    slackUser(id, name, opts = {}) {
      sl.addUser({ id, name, real_name: name });
      if (opts.staff) sl.joinChannel(STAFF_CHANNEL_ID, id);
      return id;
    },
    async tgSay(from, text, chatId) {
      const chat = chatId ?? from.id;
      const after = tg.mark();
      tg.sendText({ from, chatId: chat, text });
      const first = await tg.waitForMessage(chat, undefined, { after, timeoutMs: 10_000 });
      await app.telegram!.idle(); // every reply to this update has been sent
      return first;
    },
    async tgPress(from, button) {
      const id = tg.pressButton({
        from,
        ...(button.chatId !== undefined ? { chatId: button.chatId } : {}),
        ...(button.messageId !== undefined ? { messageId: button.messageId } : {}),
        ...(button.data !== undefined ? { data: button.data } : {}),
        ...(button.label !== undefined ? { buttonText: button.label } : {}),
        ...(button.unchecked ? { unchecked: true } : {}),
      });
      await tg.waitForCallbackAnswer(id, 10_000);
      await app.telegram!.idle();
    },
    async slack(user, text, channel = STAFF_CHANNEL_ID) {
      const result = await sl.slashCommand({ user, channel, command: "/mk", text });
      if (!result.acked) throw new Error(`/mk ${text} was not acknowledged: ${String(result.error)}`);
      return {
        text: slackText(result.payload as Record<string, unknown> | undefined),
        payload: result.payload as Record<string, unknown> | undefined,
      };
    },
    async settle() {
      await app.worker.drain();
    },
    async restart() {
      await app.stop();
      await boot();
    },
    async stop() {
      await app.stop();
      await Promise.all([tg.close(), sl.close()]);
    },
  };
  return h;
}
