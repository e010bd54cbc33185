/**
 * Runs the outbox delivery in the background: on a timer (messages queued by other processes,
 * retries) and at once whenever this process puts something in the outbox. Several processes may run one each; rows are claimed in the database.
 */
import { safeError } from "../privacy/logs.js";
import { randomUUID } from "node:crypto";
import type { CoreDeps, Notifier, PostRenderer } from "../app/contract.js";
import { deliverDue, onEnqueue, type DeliveryReport } from "./outbox.js";

export interface OutboxWorker {
  start(): void;
  kick(): void;
  /** Delivers until nothing is due now (used at the end of a terminal session and in tests). */
  drain(maxRounds?: number): Promise<DeliveryReport>;
  stop(): Promise<void>;
}

export function createOutboxWorker(
  deps: CoreDeps,
  notifiers: Partial<Record<string, Notifier>>,
  /** How records look in group posts (`core.registry.postRenderers`). */
  renderers: ReadonlyMap<string, PostRenderer>,
  options: { intervalMs?: number; onGone?: (platform: string, chatId: string, reason: string) => Promise<void> } = {},
): OutboxWorker {
  const workerId = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let again = false;

  const round = () =>
    deliverDue(deps, notifiers, { workerId, renderers, ...(options.onGone ? { onGone: options.onGone } : {}) }).catch(
      (err) => {
        deps.log.error({ err: safeError(err) }, "outbox round failed");
        return { sent: 0, retried: 0, failed: 0 };
      },
    );

  const tick = () => {
    if (stopped) return;
    again = true;
    running = running.then(async () => {
      while (again && !stopped) {
        again = false;
        const r = await round();
        if (r.sent > 0) again = true;
      }
    });
  };

  return {
    start() {
      unsubscribe = onEnqueue(deps.db, tick);
      timer = setInterval(tick, options.intervalMs ?? 1000);
      timer.unref();
      tick();
    },
    kick: tick,
    async drain(maxRounds = 50) {
      const total: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
      for (let i = 0; i < maxRounds; i++) {
        // Each round queues behind whatever the timer or an enqueue started meanwhile: a round
        // running beside a background one would find its rows claimed, report nothing sent and
        // end the drain while the background round is still sending them.
        const step = running.then(round);
        running = step;
        const r = await step;
        total.sent += r.sent;
        total.retried += r.retried;
        total.failed += r.failed;
        if (r.sent === 0) break;
      }
      return total;
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
