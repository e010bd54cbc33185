/**
 * The Telegram bot: grammY with auto-retry (waits out 429s), a dedupe on update_id in the
 * database (redeliveries act once), one feature composer per feature and one error boundary.
 * Long polling through @grammyjs/runner (concurrent, sequential per chat) or a webhook.
 */
import { safeError } from "../../core/privacy/logs.js";
import { Api, Bot, GrammyError, webhookCallback, type Context } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { Core } from "../../core/app/index.js";
import type { Logger, Notifier } from "../../core/app/contract.js";
import type { Config } from "../../core/config.js";
import { pathOf, type HttpHandler } from "../../http/server.js";
import { LOCALES } from "../../core/types.js";
import { t } from "../../core/i18n/index.js";
import { answerPressesInTime, createDispatcher, startLink } from "./dispatch.js";
import { createTelegramNotifier } from "./notifier.js";
import { createPoller, type PollingOptions } from "./polling.js";
import { createBackgroundCalls, describeError, TelegramTokenRefused, type RetryPolicy } from "./startup.js";

const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;
/** grammY types its signals with the abort-controller shim; Node's own AbortSignal is the same at runtime. */
const sig = (signal: AbortSignal) => signal as unknown as Parameters<Api["getMe"]>[0];

export interface TelegramAdapter {
  bot: Bot;
  notifier: Notifier;
  /** Resolves when no update is being handled (used at shutdown and by tests). */
  idle(): Promise<void>;
  /** In webhook mode: takes `POST /telegram` on the shared HTTP server (src/http/server.ts). */
  webhookHandler?: HttpHandler;
  /** Started and taking updates (polling: the runner runs; webhook: the webhook is set). */
  connected(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** True while long polling is meant to run (also while it waits out a 409 Conflict). */
  polling(): boolean;
}

export interface TelegramAdapterOptions {
  core: Core;
  config: NonNullable<Config["telegram"]>;
  log: Logger;
  /** Known bot info (tests), so no getMe call is needed at start. */
  botInfo?: ConstructorParameters<typeof Bot>[1] extends infer O
    ? O extends { botInfo?: infer B }
      ? B
      : never
    : never;
  /** Tuning for tests: polling conflicts and retries of non-essential calls. */
  polling?: Pick<PollingOptions, "conflictBackoffMs" | "noticeAfterMs" | "restartDelayMs">;
  retry?: RetryPolicy;
  /** A button press is answered by itself after this long if its work has not answered it (default 700 ms). */
  answerWithinMs?: number;
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { core, config, log } = options;
  const bot = new Bot(config.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) },
  });
  // Answers to the person in front of the bot: auto-retry waits out 429s and retries failures.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  const d = createDispatcher(core, { log });
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  bot.use(async (_ctx, next) => {
    inFlight++;
    try {
      await next();
    } finally {
      if (--inFlight === 0) for (const w of waiters.splice(0)) w();
    }
  });
  // Before the per-chat queue: every press is answered in time however busy its group is.
  bot.use(answerPressesInTime({ withinMs: options.answerWithinMs ?? 700, log }));
  // A press in a group by someone Telegram refused a private message to: answer with a deep link
  // that opens the private chat and continues this press on Start; no work, nothing in the group.
  bot.on("callback_query:data", async (ctx, next) => {
    if (ctx.chat?.type === "private" || ctx.from.is_bot) return next();
    if ((await core.privateChat("telegram", String(ctx.from.id))) !== "closed") return next();
    const token = await core.createStartLink("telegram", String(ctx.from.id), ctx.callbackQuery.data);
    await ctx.answerCallbackQuery(token ? { url: startLink(ctx, token) } : {});
  });
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  // Each update acts once, even when Telegram (or a restarted poller) delivers it again, and
  // across instances behind a load balancer (an instance that dies mid-update is taken over from).
  bot.use(async (ctx, next) => {
    // A webhook update is answered after its "handled" mark is written; a polled one needs no wait.
    const waitForMark = config.webhook !== undefined;
    if ((await core.handleOnce("telegram", String(ctx.update.update_id), next, { waitForMark })) === "duplicate") {
      log.debug({ updateId: ctx.update.update_id }, "duplicate update ignored");
    }
  });
  // A group became a supergroup: Telegram says so in both chats (also in privacy mode).
  bot.on(["message:migrate_to_chat_id", "message:migrate_from_chat_id"], async (ctx) => {
    const m = ctx.message;
    const [from, to] = m.migrate_to_chat_id ? [m.chat.id, m.migrate_to_chat_id] : [m.migrate_from_chat_id!, m.chat.id];
    log.warn(
      { from, to },
      "telegram: a group became a supergroup; posts go to the new id (update TELEGRAM_COMMUNITY_CHAT_ID)",
    );
    await core.chatMigrated("telegram", String(from), String(to));
  });
  // Start from a deep link made for a press in a group: continue that press.
  bot.command("start", async (ctx, next) => {
    if (ctx.chat.type !== "private" || !ctx.match) return next();
    const action = await core.takeStartLink("telegram", String(ctx.from!.id), ctx.match.trim());
    if (!action) return next();
    await d.continueAction(ctx, action);
  });
  // Every command, button and text goes to the core, which routes it by its features' registry
  // (the command names and button prefixes are known in one place only).
  // In groups the bot takes only what is meant for it: a command addressed to another bot, a bare
  // command it does not know (likely another bot's) and chatter that is not a reply to the bot
  // are ignored silently, and create nothing (no member, no identity).
  bot.on("message:text", (ctx) => {
    const text = ctx.message.text;
    const inGroup = ctx.chat.type !== "private";
    if (text.startsWith("/")) {
      const m = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?/.exec(text);
      const addressee = m?.[2];
      if (addressee && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return;
      if (inGroup && !addressee && !core.registry.commands.has((m?.[1] ?? "").toLowerCase())) return;
      return d.command(ctx);
    }
    if (inGroup && ctx.message.reply_to_message?.from?.id !== ctx.me.id) return;
    return d.text(ctx);
  });
  bot.on("callback_query:data", (ctx) => d.action(ctx));

  bot.catch((err) => {
    log.error({ err: safeError(err.error), updateId: err.ctx.update.update_id }, "telegram update failed");
  });

  // Messages from the outbox and the digest: 429s are waited out here, but 5xx and lost answers
  // go back to the caller, whose ledger decides whether sending again is safe.
  const deliveryApi = new Api(config.token, { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) });
  deliveryApi.config.use(
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }),
  );
  const notifier = createTelegramNotifier(deliveryApi);
  let webhookSet = false;
  // Start-up and background calls that are not essential: no auto-retry (they are retried later
  // by createBackgroundCalls, never in front of the start).
  const setupApi = new Api(config.token, { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) });
  const background = createBackgroundCalls(log, options.retry);
  const poller = createPoller(bot, {
    log,
    now: core.now,
    allowedUpdates: ALLOWED_UPDATES,
    ...options.polling,
    onLongConflict: async (since) => {
      const when = `${since.toISOString().slice(0, 16).replace("T", " ")} UTC`;
      await core.tellStaff("tg-staff-polling-conflict", { since: when });
    },
  });

  /** getMe: a refused token stops the start; any other failure is left to polling, which asks again. */
  async function identify() {
    if (options.botInfo) return;
    try {
      bot.botInfo = await setupApi.getMe(sig(AbortSignal.timeout(options.retry?.timeoutMs ?? 15_000)));
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 401) throw new TelegramTokenRefused(err);
      log.warn(
        { err: describeError(err) },
        "telegram: getMe failed; the bot starts anyway and asks again before polling",
      );
    }
  }

  function registerCommands() {
    for (const locale of LOCALES) {
      const commands = core.commandMenu(locale);
      void background.run(`setMyCommands ${locale}`, (signal) =>
        setupApi.setMyCommands(commands, locale === "fi" ? {} : { language_code: locale }, sig(signal)),
      );
    }
  }

  /**
   * The bot's profile texts: the description (what an empty chat shows, ≤ 512 characters) and the
   * short description (the profile page, ≤ 120), Finnish as the default and Swedish and English
   * for people whose Telegram speaks them. Not essential: a failure is retried later.
   */
  function registerDescriptions() {
    for (const locale of LOCALES) {
      const lang = locale === "fi" ? {} : { language_code: locale };
      void background.run(`setMyDescription ${locale}`, (signal) =>
        setupApi.setMyDescription(t(locale, "tg-bot-description"), lang, sig(signal)),
      );
      void background.run(`setMyShortDescription ${locale}`, (signal) =>
        setupApi.setMyShortDescription(t(locale, "tg-bot-short-description"), lang, sig(signal)),
      );
    }
  }

  const idle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => waiters.push(r)));
  // Webhook: each request is answered after its update was handled, so Telegram sends a chat's
  // next update only then (order kept across instances); a handler slower than grammY's timeout
  // is answered anyway and finishes in the background, so Telegram does not send it again.
  // Telegram POSTs to exactly the path of TELEGRAM_WEBHOOK_URL.
  const webhookPath = config.webhook ? new URL(config.webhook.url).pathname : "";
  const handleWebhook = config.webhook
    ? webhookCallback(bot, "http", { secretToken: config.webhook.secret, onTimeout: "return" })
    : undefined;
  return {
    bot,
    notifier,
    idle,
    ...(handleWebhook
      ? {
          webhookHandler: async (req, res) => {
            if (req.method !== "POST" || pathOf(req) !== webhookPath) return false;
            await handleWebhook(req, res);
            return true;
          },
        }
      : {}),
    connected: () => webhookSet || poller.isRunning(),
    polling: () => poller.isRunning(),
    async start() {
      await identify();
      registerCommands();
      registerDescriptions();
      if (config.webhook) {
        const webhook = config.webhook;
        // Every instance behind the load balancer sets the same webhook; "already set" is fine.
        await background.run("setWebhook", (signal) =>
          setupApi.setWebhook(
            webhook.url,
            { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] },
            sig(signal),
          ),
        );
        webhookSet = true;
        log.info({ mode: "webhook", path: webhookPath }, "telegram bot started");
        return;
      }
      // A webhook left from webhook mode makes getUpdates answer 409 until it is deleted.
      await background.run("deleteWebhook", (signal) => setupApi.deleteWebhook({}, sig(signal)));
      poller.start();
      log.info(
        { mode: "polling", username: bot.isInited() ? bot.botInfo.username : undefined },
        "telegram bot started",
      );
    },
    async stop() {
      webhookSet = false;
      background.stop();
      await poller.stop();
      await Promise.race([idle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}
