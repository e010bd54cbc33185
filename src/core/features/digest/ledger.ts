/**
 * The run of a week and its per-recipient ledger: one `JobRun` row per (job, ISO week), one
 * `Delivery` row per recipient, written so that any number of processes can help at once.
 */
import type { CoreDeps } from "../../app/contract.js";
import { isUniqueViolation } from "../../errors.js";
import { gatherDigest } from "./build.js";
import { digestRecipientKeys } from "./recipients.js";
import { digestWindow, slotTime } from "./schedule.js";

export const DIGEST_JOB = "digest";

/**
 * Finds this week's run, or creates it when the slot time has passed (or `force`). Returns null
 * when the digest is not due yet. Whether the week was empty is decided before the insert, so an
 * empty week's run is born finished and nobody ever writes a ledger for it.
 */
export async function openRun(deps: CoreDeps, slot: string, force: boolean) {
  const { db } = deps;
  const existing = await db.jobRun.findUnique({ where: { job_slot: { job: DIGEST_JOB, slot } } });
  if (existing) return existing;
  const now = deps.now();
  const at = slotTime(deps.config.digest, slot);
  if (!force && (at === null || now.getTime() < at.getTime() - 5_000)) return null;
  const data = await gatherDigest(db, digestWindow(deps.config.digest, slot, now), now);
  const empty = !data.activity && deps.config.digest.skipEmpty;
  try {
    const run = await db.jobRun.create({
      data: { job: DIGEST_JOB, slot, startedAt: now, finishedAt: empty ? now : null },
    });
    deps.log.info({ slot, runId: run.id, empty }, "digest run started");
    return run;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Another process created it a moment ago: help it instead.
    return db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: DIGEST_JOB, slot } } });
  }
}

/**
 * Writes a ledger row for every current recipient that has none yet. Every sender of an
 * unfinished run does this (one insert per recipient, a duplicate is refused by the unique
 * index), so a crash halfway through writing the ledger loses nobody. No transaction spans
 * several statements: a second process only ever waits for one short write.
 */
export async function ensureLedger(deps: CoreDeps, runId: number, platforms: string[]) {
  const keys = await digestRecipientKeys(deps.db, platforms);
  const have = new Set(
    (await deps.db.delivery.findMany({ where: { runId }, select: { recipientKey: true } })).map((d) => d.recipientKey),
  );
  for (const recipientKey of keys) {
    if (have.has(recipientKey)) continue;
    try {
      await deps.db.delivery.create({ data: { runId, recipientKey, createdAt: deps.now() } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
}

/** Runs of earlier weeks that never finished (e.g. the machine was off): their digest is stale, so the rest is skipped. */
export async function closeStaleRuns(deps: CoreDeps, slot: string) {
  const { db } = deps;
  const now = deps.now();
  const stale = await db.jobRun.findMany({ where: { job: DIGEST_JOB, finishedAt: null, slot: { not: slot } } });
  for (const run of stale) {
    const { count } = await db.delivery.updateMany({
      where: { runId: run.id, OR: [{ status: "pending" }, { status: "sending", claimedUntil: { lt: now } }] },
      data: { status: "skipped", error: "the week ended before it could be sent", claimedUntil: null },
    });
    if (count) deps.log.warn({ slot: run.slot, skipped: count }, "stale digest run closed");
    await finishIfDone(deps, run.id);
  }
}

export async function finishIfDone(deps: CoreDeps, runId: number): Promise<boolean> {
  const open = await deps.db.delivery.count({ where: { runId, status: { in: ["pending", "sending"] } } });
  if (open) return false;
  await deps.db.jobRun.updateMany({ where: { id: runId, finishedAt: null }, data: { finishedAt: deps.now() } });
  return true;
}

export async function totals(deps: CoreDeps, runId: number) {
  const rows = await deps.db.delivery.groupBy({ by: ["status"], where: { runId }, _count: { _all: true } });
  const n = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
  return { sent: n("sent"), skipped: n("skipped"), failed: n("failed"), pending: n("pending") + n("sending") };
}

/** For a run already marked finished: "empty" or "already_finished", or null when a late ledger row still waits. */
export async function finishedOutcome(deps: CoreDeps, runId: number): Promise<"empty" | "already_finished" | null> {
  const { db } = deps;
  // Normally nothing is left; a row added by a helper just as the run was marked finished is.
  const left = await db.delivery.count({ where: { runId, status: { in: ["pending", "sending"] } } });
  if (left) return null;
  const empty = (await db.delivery.count({ where: { runId } })) === 0;
  return empty ? "empty" : "already_finished";
}
