/**
 * Builds the whole product from a parsed configuration: database → core → adapters → workers.
 * `src/main.ts` calls this with process.env and the process's streams; tests call it directly.
 */
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { MkError } from "./core/errors.js";
import { databaseHealth, openDatabase, type Db } from "./db/client.js";
import {
  createHttpServer,
  healthHandler,
  type HealthReport,
  type HttpHandler,
  type HttpServer,
} from "./http/server.js";
import type { Config } from "./core/config.js";
import type { CoreDeps, Logger, Notifier } from "./core/app/contract.js";
import { createCore, defaultFeatures, type Core } from "./core/app/index.js";
import { createPortalSearch } from "./core/features/portal/search.js";
import { createPortalHandler } from "./http/portal/handler.js";
import { reportUnreachable, syncChannels } from "./core/delivery/channels.js";
import { currentChatId } from "./core/delivery/outbox.js";
import { seedReferenceData } from "./core/seed.js";
import { createDigestSender, sendDigestNow, type DigestSender } from "./core/features/digest/index.js";
import { createOutboxWorker, type OutboxWorker } from "./core/delivery/worker.js";
import { createScheduler, type CronTask, type Scheduler } from "./core/jobs/scheduler.js";
import {
  createTerminalAdapter,
  TERMINAL_COMMUNITY,
  TERMINAL_STAFF,
  type TerminalAdapter,
} from "./bots/terminal/adapter.js";
// The platform adapters are imported only when their settings are there (below): grammY and
// @slack/bolt with their HTTP and WebSocket clients cost memory and start-up time a process
// without them should not pay (the benchmark's footprint breakdown: Bolt alone ≈ 25 MB).
import type { TelegramAdapter, TelegramAdapterOptions } from "./bots/telegram/index.js";
import type { SlackAdapter } from "./bots/slack/index.js";

/** The data folder: the SQLite database's folder, or ./data next to a PostgreSQL installation. */
function dataFolder(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) return path.resolve("data");
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  return file === ":memory:" ? path.resolve("data") : path.dirname(path.resolve(file));
}

export interface AppOptions {
  config: Config;
  log: Logger;
  now?: () => Date;
  /** Run the terminal adapter (default: only when neither Telegram nor Slack is configured). */
  terminal?: boolean;
  io?: { input: Readable; output: Writable };
  /** Outbox polling interval (tests use a short one). */
  outboxIntervalMs?: number;
  /** Start node-cron (default true; tests drive jobs with a fake clock instead). */
  scheduler?: boolean;
  /** At shutdown, how long /healthz answers 503 before the server stops taking requests (default 0). */
  drainMs?: number;
  /** Telegram tuning (tests: short pauses for polling conflicts and retried calls). */
  telegram?: Pick<TelegramAdapterOptions, "polling" | "retry" | "answerWithinMs">;
}

export interface App {
  db: Db;
  core: Core;
  deps: CoreDeps;
  worker: OutboxWorker;
  scheduler: Scheduler;
  /** Sends the weekly digest through this app's notifiers (the cron task, the staff command and the catch-up job use it). */
  digest: DigestSender;
  terminal?: TerminalAdapter;
  telegram?: TelegramAdapter;
  slack?: SlackAdapter;
  /** The HTTP server on PORT, when something needs it (webhook, Slack HTTP mode, PORT set). */
  http?: HttpServer;
  /** What /healthz reports. */
  health(): Promise<HealthReport>;
  /** The portal's public web page as a handler of the HTTP server on PORT (absent with PORTAL=off). */
  portal?: HttpHandler;
  start(): Promise<void>;
  /** Stops taking updates, finishes what is in flight (bounded), closes the database. */
  stop(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, log } = options;
  const now = options.now ?? (() => new Date());
  const db = await openDatabase(config.databaseUrl);
  await seedReferenceData(db);
  const deps: CoreDeps = { db, config, now, log };
  // Filled below as each platform's adapter is created; the digest sender and the outbox worker
  // read it only after `start()`.
  const notifiers: Partial<Record<string, Notifier>> = {};
  const digest = createDigestSender(notifiers);
  // One search cache shared by /etsi, /ohjaa and the web page (it checks the database before each search).
  const portalSearch = createPortalSearch();
  const core = createCore(deps, defaultFeatures({ digest, portalSearch, reportNotifiers: notifiers }));
  const portal = config.portal ? createPortalHandler({ deps, search: portalSearch }) : undefined;

  const useTerminal = options.terminal ?? (!config.telegram && !config.slack);
  let terminal: TerminalAdapter | undefined;
  if (useTerminal) {
    terminal = createTerminalAdapter(
      core,
      {
        input: options.io?.input ?? process.stdin,
        output: options.io?.output ?? process.stdout,
        afterEach: async () => {
          await worker.drain();
        },
      },
      { filesRoot: path.join(dataFolder(config.databaseUrl), "charts") },
    );
    notifiers.terminal = terminal.notifier;
    await syncChannels(db, "terminal", [
      { platform: "terminal", chatId: TERMINAL_COMMUNITY, kind: "community" },
      { platform: "terminal", chatId: TERMINAL_STAFF, kind: "staff" },
    ]);
  }

  let telegram: TelegramAdapter | undefined;
  if (config.telegram) {
    const { createTelegramAdapter } = await import("./bots/telegram/index.js");
    telegram = createTelegramAdapter({ core, config: config.telegram, log, ...options.telegram });
    notifiers.telegram = telegram.notifier;
    // A group that became a supergroup keeps its new id even while the setting still names the old one.
    const configured = config.telegram.communityChatId;
    const community = configured ? await currentChatId(db, "telegram", configured) : undefined;
    if (community && community !== configured) {
      log.warn(
        { configured, current: community },
        `TELEGRAM_COMMUNITY_CHAT_ID names a group that became a supergroup: using ${community}; please update the setting`,
      );
    }
    await syncChannels(
      db,
      "telegram",
      community
        ? [{ platform: "telegram", chatId: community, kind: "community", threadId: config.telegram.communityThreadId }]
        : [],
    );
  }

  let slack: SlackAdapter | undefined;
  if (config.slack) {
    const { createSlackAdapter } = await import("./bots/slack/index.js");
    slack = createSlackAdapter({ core, config: config.slack, log });
    notifiers.slack = slack.notifier;
    await syncChannels(
      db,
      "slack",
      config.slack.staffChannelId ? [{ platform: "slack", chatId: config.slack.staffChannelId, kind: "staff" }] : [],
    );
  }

  const worker = createOutboxWorker(deps, notifiers, core.registry.postRenderers, {
    intervalMs: options.outboxIntervalMs ?? 1000,
    onGone: (platform, chatId, reason) => reportUnreachable(deps, platform, chatId, reason),
  });
  const cronTasks: CronTask[] = [
    {
      name: "digest",
      expression: config.digest.cron,
      timezone: config.digest.timezone,
      run: async () => void (await sendDigestNow(deps, digest)),
    },
  ];
  const scheduler = createScheduler(deps, core.registry.jobs, cronTasks);

  async function health(): Promise<HealthReport> {
    const d = await databaseHealth(db);
    const checks: HealthReport["checks"] = {
      database: { ok: d.reachable, ...(d.reachable ? {} : { detail: d.detail }) },
      migrations: { ok: d.migrationsCurrent, ...(d.reachable && !d.migrationsCurrent ? { detail: d.detail } : {}) },
    };
    if (telegram) checks.telegram = { ok: telegram.connected() };
    if (slack) checks.slack = { ok: slack.connected() };
    return { ok: Object.values(checks).every((c) => c.ok), checks };
  }

  // One HTTP server, an explicit ordered list of handlers (first to take a request wins).
  let http: HttpServer | undefined;
  if (config.httpServer) {
    const handlers: HttpHandler[] = [
      healthHandler({ isReady: () => http!.ready, check: health }),
      ...(telegram?.webhookHandler ? [telegram.webhookHandler] : []),
      ...(slack?.httpHandler ? [slack.httpHandler] : []),
      ...(portal ? [portal] : []),
    ];
    http = createHttpServer(handlers, { port: config.port, log });
  }

  /**
   * A port already in use is fatal only when Telegram's webhook or Slack's HTTP mode needs it;
   * with only the portal (and /healthz) on it, the bot warns in one line and carries on.
   */
  async function listenOrWarn(server: HttpServer): Promise<void> {
    try {
      await server.listen();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why =
        code === "EADDRINUSE" ? "is already in use" : `could not be opened (${code ?? (err as Error).message})`;
      if (config.httpRequired)
        throw new MkError(
          "HTTP_PORT",
          `PORT ${config.port} ${why}: the Telegram webhook or Slack's HTTP mode needs it.`,
        );
      log.warn(
        { port: config.port },
        `PORT ${config.port} ${why}: the portal web page is off this time (set PORT to a free port, or PORTAL=off).`,
      );
      http = undefined;
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    db,
    core,
    deps,
    worker,
    scheduler,
    digest,
    ...(terminal ? { terminal } : {}),
    ...(telegram ? { telegram } : {}),
    ...(slack ? { slack } : {}),
    ...(http ? { http } : {}),
    health,
    ...(portal ? { portal } : {}),
    async start() {
      worker.start();
      // Listening first: Telegram may send the first update as soon as the webhook is set.
      if (http) await listenOrWarn(http);
      // Telegram and Slack connect at the same time (neither needs the other): serving begins
      // after the slower of the two, not after both in turn. A failure of either stops the start.
      const platforms = await Promise.allSettled([telegram?.start(), slack?.start()]);
      const failed = platforms.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
      if (options.scheduler !== false) await scheduler.start();
    },
    stop() {
      stopping ??= (async () => {
        // The load balancer sees 503 first, then the server stops taking requests and finishes
        // those in flight (a webhook update is answered only after it was handled).
        await http?.drain(options.drainMs ?? 0);
        await http?.close();
        await Promise.allSettled([telegram?.stop(), slack?.stop(), scheduler.stop()]);
        await core.flush().catch(() => {});
        await Promise.race([worker.stop(), new Promise((r) => setTimeout(r, 5000).unref())]);
        await db.$disconnect();
      })();
      return stopping;
    },
  };
}
