/**
 * Long polling that survives what Telegram does to it.
 *
 * - 409 Conflict on getUpdates (another instance polls the same token, or a webhook is set):
 *   @grammyjs/runner treats it as unrecoverable and rejects its task, which nothing awaits, so
 *   the process died. Here getUpdates waits and asks again with a growing pause, logs one warning
 *   per conflict, tells staff once when it lasts longer than `noticeAfterMs`, and polls normally
 *   as soon as the other poller is gone.
 * - Anything else that ends the runner (a revoked token, a failing getMe before the first fetch):
 *   logged, and polling starts again after a pause instead of the process exiting.
 */
import { safeError } from "../../core/privacy/logs.js";
import { GrammyError, type Bot, type Transformer } from "grammy";
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Logger } from "../../core/app/contract.js";

export interface PollingOptions {
  log: Logger;
  /** The core's clock: decides when a conflict has lasted long enough to tell staff. */
  now: () => Date;
  /** First and largest pause between getUpdates calls while another poller holds the token. */
  conflictBackoffMs?: { min: number; max: number };
  /** Tell staff once when a conflict has lasted this long (default 5 minutes). */
  noticeAfterMs?: number;
  /** Called once per conflict that lasts longer than `noticeAfterMs`. Failures are logged. */
  onLongConflict?: (since: Date) => Promise<void>;
  /** Pause before polling again after the runner stopped on its own (default 5 s, doubling to 5 min). */
  restartDelayMs?: { min: number; max: number };
  allowedUpdates: readonly string[];
}

export interface Poller {
  start(): void;
  stop(): Promise<void>;
  /** True while long polling is meant to run (also while it waits out a conflict). */
  isRunning(): boolean;
  /** When the current conflict started, if getUpdates is in one now. */
  conflictSince(): Date | undefined;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

export function createPoller(bot: Bot, options: PollingOptions): Poller {
  const { log, now } = options;
  const backoff = options.conflictBackoffMs ?? { min: 1000, max: 30_000 };
  const noticeAfterMs = options.noticeAfterMs ?? 5 * 60_000;
  const restart = options.restartDelayMs ?? { min: 5000, max: 5 * 60_000 };
  let since: Date | undefined;
  let noticed = false;

  const conflictGuard: Transformer = async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    let pause = backoff.min;
    for (;;) {
      const res = await prev(method, payload, signal);
      if (res.ok || res.error_code !== 409 || signal?.aborted) {
        if (res.ok && since) {
          log.info(
            { conflictMs: now().getTime() - since.getTime() },
            "telegram: polling again, the other instance is gone",
          );
          since = undefined;
          noticed = false;
        }
        return res;
      }
      if (!since) {
        since = now();
        log.warn(
          { description: res.description },
          /webhook/i.test(res.description)
            ? "telegram: a webhook is set for this bot, so getUpdates is refused; retrying (is another instance running in webhook mode?)"
            : "telegram: another instance is polling this bot (409 Conflict); retrying until it stops",
        );
      } else if (!noticed && now().getTime() - since.getTime() >= noticeAfterMs) {
        noticed = true;
        log.warn({ since: since.toISOString() }, "telegram: the polling conflict goes on; staff are told");
        await options
          .onLongConflict?.(since)
          .catch((err: unknown) =>
            log.warn({ err: safeError(err) }, "telegram: could not tell staff about the polling conflict"),
          );
      }
      await sleep(pause, signal as AbortSignal | undefined);
      pause = Math.min(pause * 2, backoff.max);
    }
  };
  bot.api.config.use(conflictGuard);

  let runner: RunnerHandle | undefined;
  let wanted = false;
  let timer: NodeJS.Timeout | undefined;
  let delay = restart.min;

  function launch() {
    if (!wanted) return;
    const handle = run(bot, { runner: { silent: true, fetch: { allowed_updates: options.allowedUpdates as never } } });
    runner = handle;
    handle.task()?.then(
      () => {
        delay = restart.min;
      },
      (err: unknown) => {
        if (!wanted || runner !== handle) return;
        const unauthorized = err instanceof GrammyError && err.error_code === 401;
        log.error(
          { err: err instanceof Error ? err.message : String(err), retryInMs: delay },
          unauthorized
            ? "telegram: the bot token was refused while polling (revoked in @BotFather?); trying again later"
            : "telegram: polling stopped; starting it again",
        );
        timer = setTimeout(launch, delay);
        delay = Math.min(delay * 2, restart.max);
      },
    );
  }

  return {
    start() {
      wanted = true;
      launch();
    },
    async stop() {
      wanted = false;
      clearTimeout(timer);
      if (runner?.isRunning()) await runner.stop();
    },
    isRunning: () => wanted,
    conflictSince: () => since,
  };
}
