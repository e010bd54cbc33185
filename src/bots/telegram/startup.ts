/**
 * Every Bot API call made at start or in the background is either essential or not.
 *
 * Essential: getMe with the configured token. A 401 there means the token is wrong and nothing
 * can work, so the start stops with one clear line. (getMe failing for another reason, such as a
 * 5xx or a timeout, is not: polling asks for it again before its first fetch.)
 *
 * Not essential: the command menus, the bot's descriptions, the first look at the community
 * group, deleteWebhook/setWebhook. A failure is logged as a warning, the bot carries on, and the
 * call is tried again later with a growing pause. A method the Bot API server does not know
 * (404, e.g. an older self-hosted server) is skipped for good.
 */
import { GrammyError, HttpError } from "grammy";
import type { Logger } from "../../core/app/contract.js";
import { MkError } from "../../core/errors.js";

export interface RetryPolicy {
  /** Pause before the first retry; doubles up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Each attempt is abandoned after this long (a hanging server must not hold up the start). */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { firstDelayMs: 60_000, maxDelayMs: 60 * 60_000, timeoutMs: 15_000 };

/** The token was refused (401): the only Telegram failure that stops the start. */
export class TelegramTokenRefused extends MkError {
  constructor(cause: unknown) {
    super(
      "TOKEN_REFUSED",
      "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized). Copy the token again from @BotFather (/mybots → API Token).",
      { cause },
    );
  }
}

export function isUnknownMethod(err: unknown): boolean {
  return (
    err instanceof GrammyError && (err.error_code === 404 || /method not found|unknown method/i.test(err.description))
  );
}

export function describeError(err: unknown): string {
  if (err instanceof GrammyError) return `${err.error_code} ${err.description}`;
  if (err instanceof HttpError) return `network: ${(err.error as Error | undefined)?.message ?? err.message}`;
  return err instanceof Error ? err.message : String(err);
}

/** Runs non-essential calls: the first attempt now, retries in the background until they succeed. */
export function createBackgroundCalls(log: Logger, policy: RetryPolicy = DEFAULT_RETRY) {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  async function attempt(
    name: string,
    call: (signal: AbortSignal) => Promise<unknown>,
    delay: number,
    retried: boolean,
  ): Promise<boolean> {
    if (stopped) return false;
    try {
      await call(AbortSignal.timeout(policy.timeoutMs));
      if (retried) log.info({ call: name }, "telegram: a call that had failed went through now");
      return true;
    } catch (err) {
      if (stopped) return false;
      if (isUnknownMethod(err)) {
        log.warn(
          { call: name, err: describeError(err) },
          "telegram: the Bot API server does not know this method; skipped",
        );
        return false;
      }
      log.warn(
        { call: name, err: describeError(err), retryInMs: delay },
        "telegram: a non-essential call failed; the bot carries on and tries it again later",
      );
      const timer = setTimeout(() => {
        timers.delete(timer);
        void attempt(name, call, Math.min(delay * 2, policy.maxDelayMs), true);
      }, delay);
      timer.unref();
      timers.add(timer);
      return false;
    }
  }

  return {
    /** Tries `call` once now (resolves with whether it worked, never rejects) and again later if it failed. */
    run(name: string, call: (signal: AbortSignal) => Promise<unknown>): Promise<boolean> {
      return attempt(name, call, policy.firstDelayMs, false);
    },
    stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
