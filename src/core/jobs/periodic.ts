/**
 * Periodic work that features register (expiring requests, reminders, deadlines, retention).
 * The scheduler (src/core/jobs/scheduler.ts) runs every job once a minute and once at start-up, so
 * anything missed while the machine was off is caught up. Jobs must be idempotent and safe
 * to run in two processes at once: they change rows with conditional updates, never from
 * state kept in memory.
 */
import type { CoreDeps, Notifier } from "../app/contract.js";

export interface PeriodicJob {
  name: string;
  run(deps: CoreDeps): Promise<void>;
}

const jobs: PeriodicJob[] = [];

export function registerPeriodicJob(job: PeriodicJob): void {
  if (!jobs.some((j) => j.name === job.name)) jobs.push(job);
}

export function periodicJobs(): readonly PeriodicJob[] {
  return jobs;
}

/** Runs every registered job once; one failing job does not stop the others. */
export async function runPeriodicJobs(deps: CoreDeps): Promise<void> {
  for (const job of jobs) {
    try {
      await job.run(deps);
    } catch (err) {
      deps.log.error({ job: job.name, err: (err as Error).message }, "periodic job failed");
    }
  }
}

export type { Notifier };
