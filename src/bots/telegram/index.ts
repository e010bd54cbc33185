/**
 * The Telegram bot: grammY with auto-retry (waits out 429s), a dedupe on update_id in the
 * database (redeliveries act once), one feature composer per feature and one error boundary.
 * Long polling through @grammyjs/runner (concurrent, sequential per chat) or a webhook.
 */
import { createServer, type Server } from "node:http";
import { Api, Bot, Composer, webhookCallback, type Context } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import type { Core } from "../../core/app/index.js";
import type { Logger, Notifier } from "../../core/app/contract.js";
import type { Config } from "../../core/config.js";
import { LOCALES } from "../../core/types.js";
import { createDispatcher } from "./dispatch.js";
import { createTelegramNotifier } from "./notifier.js";
import { basicsFeature } from "./features/basics.js";
import { memberDataFeature } from "./features/member-data.js";
import { helpRequestsFeature } from "./features/help-requests.js";
import { digestFeature } from "./features/digest.js";
import { purchasesFeature } from "./features/purchases.js";
import { portalFeature } from "./features/portal.js";

export interface TelegramAdapter {
  bot: Bot;
  notifier: Notifier;
  /** Resolves when no update is being handled (used at shutdown and by tests). */
  idle(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface TelegramAdapterOptions {
  core: Core;
  config: NonNullable<Config["telegram"]>;
  log: Logger;
  /** Known bot info (tests), so no getMe call is needed at start. */
  botInfo?: ConstructorParameters<typeof Bot>[1] extends infer O ? (O extends { botInfo?: infer B } ? B : never) : never;
  port?: number;
}

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
  features.use(portalFeature(d));
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
  let server: Server | undefined;

  async function registerCommands() {
    for (const locale of LOCALES) {
      const commands = core.commandMenu(locale);
      await bot.api.setMyCommands(commands, locale === "fi" ? {} : { language_code: locale });
    }
  }

  const idle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => waiters.push(r)));
  return {
    bot,
    notifier,
    idle,
    async start() {
      await bot.init();
      await registerCommands();
      if (config.webhook) {
        await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ["message", "callback_query", "my_chat_member"] });
        const handle = webhookCallback(bot, "http", { secretToken: config.webhook.secret, onTimeout: "return" });
        server = createServer((req, res) => {
          if (req.method === "POST" && req.url === "/telegram") return void handle(req, res);
          res.writeHead(404).end();
        });
        await new Promise<void>((resolve) => server!.listen(options.port ?? 3000, resolve));
        log.info({ mode: "webhook" }, "telegram bot started");
        return;
      }
      await bot.api.deleteWebhook();
      runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } } });
      log.info({ mode: "polling", username: bot.botInfo.username }, "telegram bot started");
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      if (server) await new Promise((r) => server!.close(r));
      await Promise.race([idle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}
