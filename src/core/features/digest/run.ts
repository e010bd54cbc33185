/**
 * Sending the weekly digest exactly once per recipient per week, whatever happens: two processes
 * at once, a restart in the middle, the machine off at the slot time.
 *
 * - One `JobRun` row per (job "digest", slot = ISO week): the second inserter gets P2002 and
 *   joins in as a helper. Each sender of an unfinished run makes sure every recipient has a row
 *   in the per-recipient ledger (`Delivery`, unique per run and recipient).
 * - A ledger row is claimed with a conditional update (pending → sending, claimedBy,
 *   claimedUntil) before anything is sent, so two senders never take the same recipient.
 * - A long digest goes out as several platform messages; each part is recorded (`partsSent`)
 *   as soon as the platform confirms it. One process sends one message at a time, so a hard kill
 *   leaves at most one message in doubt.
 *
 * In-doubt policy: a row found in "sending" whose claim has expired belonged to a process that
 * died (or stalled) while one message was in flight. Sends are not idempotent on Telegram or
 * Slack and we cannot ask whether it arrived, so that one message is NOT sent again: the row is
 * marked "skipped" and a warning is logged. (In a multi-part digest only that part is skipped;
 * the later parts, which were certainly not sent, still go out.) A duplicate digest in a group of a hundred people is worse than
 * one recipient missing one week's digest, and "nobody twice" is the promise. This also makes a
 * false alarm harmless: if the first process was only slow, its own later updates are
 * conditional on still holding the claim, so at worst the in-flight message was delivered once.
 *
 * Errors the platform reports are not in doubt: a 429 was not taken (waited out and sent again),
 * "gone" and "rejected" are final, and "transient" (5xx, a failed connection) is retried in a
 * later round, MAX_ATTEMPTS times at most. Note that the platform clients retry network failures
 * themselves (grammY's auto-retry, Slack's WebClient); a response lost after the platform took the
 * message can be doubled there, below this ledger.
 */
import { randomUUID } from "node:crypto";
import type { CoreDeps, Notifier } from "../../app/contract.js";
import { Pacer, realPaceClock, type PaceClock } from "./pacing.js";
import { DigestBuilder } from "./parts.js";
import { closeStaleRuns, ensureLedger, finishedOutcome, finishIfDone, openRun, totals } from "./ledger.js";
import { serveRow, type SendContext } from "./send.js";
import { digestWindow, isDue } from "./schedule.js";

export { DIGEST_JOB } from "./ledger.js";
export { CLAIM_MS, MAX_ATTEMPTS, RENEW_AFTER_MS } from "./send.js";
export { DigestBuilder, digestParts, packLines, SHARED_MAX_AGE_MS, type DigestRecipient } from "./parts.js";
export { digestRecipientKeys } from "./recipients.js";

export type Notifiers = Partial<Record<string, Notifier>>;

export interface DigestRunOptions {
  /** The week to send (default: the current ISO week in the digest's time zone). */
  slot?: string;
  /** Start the run even before the slot time (staff "send now"). Still once per recipient per week. */
  force?: boolean;
  /** Identifies this sender in claims (default: random per call). */
  workerId?: string;
  /** Pacing between sends; shared by the senders of one process. */
  pacer?: Pacer;
  /** Clock and sleep for waits (pacing, 429s); tests pass a fake one. */
  pace?: PaceClock;
}

export interface DigestRunReport {
  slot: string;
  outcome: "not_due" | "empty" | "already_finished" | "ran";
  runId?: number;
  startedAt?: Date;
  finished: boolean;
  /** Counted over the whole run's ledger after this call. */
  totals: { sent: number; skipped: number; failed: number; pending: number };
  /** What this call itself sent (platform messages). */
  messagesSent: number;
}

/**
 * Sends the week's digest: starts the run when its slot time has passed (or `force`), or helps
 * finish a run another process started, then sends to every recipient not yet served. Safe to
 * call any number of times from any number of processes: each recipient gets the week's digest
 * at most once (see the in-doubt policy above), and all of them get it unless a platform refuses.
 *
 * A thrown error that is not a DeliveryError (a bug, the process being torn down) stops the call
 * and leaves the recipient being served "in doubt", exactly like a hard kill would.
 */
export async function runDigest(
  deps: CoreDeps,
  notifiers: Notifiers,
  options: DigestRunOptions = {},
): Promise<DigestRunReport> {
  const platforms = Object.keys(notifiers).filter((p) => notifiers[p]);
  const slot = options.slot ?? isDue(deps.config.digest, deps.now()).slot;
  const limitsOf = (platform: string) => notifiers[platform]?.limits;
  const pace = options.pace ?? realPaceClock;

  await closeStaleRuns(deps, slot);
  const run = await openRun(deps, slot, Boolean(options.force));
  if (!run) {
    return {
      slot,
      outcome: "not_due",
      finished: false,
      totals: { sent: 0, skipped: 0, failed: 0, pending: 0 },
      messagesSent: 0,
    };
  }
  const report = (outcome: DigestRunReport["outcome"], finished: boolean, messagesSent: number) =>
    totals(deps, run.id).then((t) => ({
      slot,
      outcome,
      runId: run.id,
      startedAt: run.startedAt,
      finished,
      totals: t,
      messagesSent,
    }));

  if (run.finishedAt) {
    const outcome = await finishedOutcome(deps, run.id);
    if (outcome) return report(outcome, true, 0);
  } else {
    await ensureLedger(deps, run.id, platforms);
  }
  const sender: SendContext = {
    deps,
    notifiers,
    platforms,
    builder: new DigestBuilder(deps, digestWindow(deps.config.digest, slot, run.startedAt), limitsOf),
    pacer: options.pacer ?? new Pacer(pace, limitsOf),
    pace,
    workerId: options.workerId ?? randomUUID(),
    slot,
  };
  const messagesSent = await serveDue(sender, run.id);
  const finished = await finishIfDone(deps, run.id);
  if (finished) deps.log.info({ slot, runId: run.id }, "digest run finished");
  return report("ran", finished, messagesSent);
}

/** Serves every due ledger row of the run, oldest first; a recipient deferred in this call is not tried again in it. */
async function serveDue(sender: SendContext, runId: number): Promise<number> {
  const deferred = new Set<number>();
  let messagesSent = 0;
  for (;;) {
    const now = sender.deps.now();
    const row = await sender.deps.db.delivery.findFirst({
      where: {
        runId,
        id: { notIn: [...deferred] },
        OR: [{ status: "pending" }, { status: "sending", claimedUntil: { lt: now } }],
      },
      orderBy: { id: "asc" },
    });
    if (!row) return messagesSent;
    const served = await serveRow(sender, row);
    messagesSent += served.sent;
    if (served.later) deferred.add(row.id);
  }
}
