/**
 * The Telegram bot: grammY with auto-retry (waits out 429s), a dedupe on update_id in the
 * database (redeliveries act once), one feature composer per feature and one error boundary.
 * Long polling through @grammyjs/runner (concurrent, sequential per chat) or a webhook.
 */
import { Api, Bot, Composer, webhookCallback, type Context } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import type { Core } from "../../core/app/index.js";
import type { Logger, Notifier } from "../../core/app/contract.js";
import type { Config } from "../../core/config.js";
import { pathOf, type HttpHandler } from "../../http/server.js";
import { LOCALES } from "../../core/types.js";
import { createDispatcher } from "./dispatch.js";
import { createTelegramNotifier } from "./notifier.js";
import { basicsFeature } from "./features/basics.js";
import { memberDataFeature } from "./features/member-data.js";
import { helpRequestsFeature } from "./features/help-requests.js";
import { digestFeature } from "./features/digest.js";
import { purchasesFeature } from "./features/purchases.js";

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
}

export interface TelegramAdapterOptions {
  core: Core;
  config: NonNullable<Config["telegram"]>;
  log: Logger;
  /** Known bot info (tests), so no getMe call is needed at start. */
  botInfo?: ConstructorParameters<typeof Bot>[1] extends infer O ? (O extends { botInfo?: infer B } ? B : never) : never;
}

/** Where Telegram POSTs updates in webhook mode (on PORT). */
export const TELEGRAM_WEBHOOK_PATH = "/telegram";

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { core, config, log } = options;
  const bot = new Bot(config.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) },
  });
  // Answers to the person in front of the bot: auto-retry waits out 429s and retries failures.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  const d = createDispatcher(core);
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
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  // Each update acts once, even when Telegram (or a restarted poller) delivers it again.
  bot.use(async (ctx, next) => {
    if (!(await core.firstDelivery("telegram", String(ctx.update.update_id)))) {
      log.debug({ updateId: ctx.update.update_id }, "duplicate update ignored");
      return;
    }
    await next();
  });
  const features = new Composer();
  features.use(basicsFeature(d));
  features.use(memberDataFeature(d));
  features.use(helpRequestsFeature(d));
  features.use(digestFeature(d));
  features.use(purchasesFeature(d));
  bot.use(features);
  // Anything not handled above: an unknown command, or free text for a guided conversation.
  bot.on("message:text", (ctx) => (ctx.message.text.startsWith("/") ? d.command(ctx) : d.text(ctx)));
  bot.on("callback_query:data", (ctx) => d.action(ctx));

  bot.catch((err) => {
    log.error({ err: err.error instanceof Error ? err.error.message : String(err.error), updateId: err.ctx.update.update_id }, "telegram update failed");
  });

  // Messages from the outbox and the digest: 429s are waited out here, but 5xx and lost answers
  // go back to the caller, whose ledger decides whether sending again is safe.
  const deliveryApi = new Api(config.token, { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}) });
  deliveryApi.config.use(
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }),
  );
  const notifier = createTelegramNotifier(deliveryApi);
  let runner: RunnerHandle | undefined;
  let webhookSet = false;

  async function registerCommands() {
    for (const locale of LOCALES) {
      const commands = core.commandMenu(locale);
      await bot.api.setMyCommands(commands, locale === "fi" ? {} : { language_code: locale });
    }
  }

  const idle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => waiters.push(r)));
  // Webhook: each request is answered after its update was handled, so Telegram sends a chat's
  // next update only then (order kept across instances); a handler slower than grammY's timeout
  // is answered anyway and finishes in the background, so Telegram does not send it again.
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
            if (req.method !== "POST" || pathOf(req) !== TELEGRAM_WEBHOOK_PATH) return false;
            await handleWebhook(req, res);
            return true;
          },
        }
      : {}),
    connected: () => webhookSet || Boolean(runner?.isRunning()),
    async start() {
      await bot.init();
      await registerCommands();
      if (config.webhook) {
        // Every instance behind the load balancer sets the same webhook; "already set" is fine.
        await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ["message", "callback_query", "my_chat_member"] });
        webhookSet = true;
        log.info({ mode: "webhook" }, "telegram bot started");
        return;
      }
      await bot.api.deleteWebhook();
      runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } } });
      log.info({ mode: "polling", username: bot.botInfo.username }, "telegram bot started");
    },
    async stop() {
      webhookSet = false;
      if (runner?.isRunning()) await runner.stop();
      await Promise.race([idle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}
