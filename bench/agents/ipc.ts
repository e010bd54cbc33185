/**
 * The child side of the benchmark's agents: a tiny request/response protocol over Node's IPC
 * channel, and a stamp of when each Telegram update finished (for handling latency).
 */
import type { Bot } from "grammy";
import { nowMs } from "../lib/stats.js";

export type Handler = (args: Record<string, unknown>) => unknown;

interface Request {
  id: number;
  cmd: string;
  args?: Record<string, unknown>;
}

export function send(message: Record<string, unknown>): void {
  process.send?.(message);
}

/** Answers the parent's requests with the given handlers; `stop` ends the process after its handler. */
export function serve(handlers: Record<string, Handler>): void {
  process.on("message", async (raw: unknown) => {
    const req = raw as Request;
    if (typeof req?.id !== "number") return;
    try {
      const handler = handlers[req.cmd];
      if (!handler) throw new Error(`unknown agent command ${req.cmd}`);
      const result = await handler(req.args ?? {});
      send({ id: req.id, ok: true, result: result ?? null });
      if (req.cmd === "stop") setTimeout(() => process.exit(0), 50);
    } catch (err) {
      send({ id: req.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  });
  // The parent went away: do not linger.
  process.on("disconnect", () => process.exit(0));
}

export function memory() {
  const m = process.memoryUsage();
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
  };
}

/**
 * Wraps `bot.handleUpdate` (which @grammyjs/runner calls for every update) to record when each
 * update's handling finished: all middleware ran and every reply the handler awaited was answered
 * by the Bot API. Adds nothing to the bot's middleware stack.
 */
export function trackUpdates(bot: Bot) {
  let stamps: [number, number][] = [];
  let handled = 0;
  let failed = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const original = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    try {
      await original(update, webhookReplyEnvelope);
    } catch (err) {
      failed++;
      throw err;
    } finally {
      stamps.push([update.update_id, nowMs()]);
      handled++;
      for (let i = waiters.length - 1; i >= 0; i--) {
        if (handled >= waiters[i]!.count) waiters.splice(i, 1)[0]!.resolve();
      }
    }
  };
  return {
    handlers: {
      handled: () => ({ handled, failed }),
      /** Resolves once `count` updates in total have been handled. */
      expect: (args: Record<string, unknown>) =>
        new Promise<{ handled: number }>((resolve) => {
          const count = Number(args.count);
          if (handled >= count) return resolve({ handled });
          waiters.push({ count, resolve: () => resolve({ handled }) });
        }),
      /** The stamps recorded since the last call: [update_id, finishedAtMs][]. */
      stamps: () => {
        const out = stamps;
        stamps = [];
        return out;
      },
    } satisfies Record<string, Handler>,
  };
}
