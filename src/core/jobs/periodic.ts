/**
 * Runs the periodic jobs the features contribute (see `PeriodicJob` in src/core/app/contract.ts);
 * the scheduler (src/core/jobs/scheduler.ts) calls this every minute and once at start-up.
 */
import { safeError } from "../privacy/logs.js";
import type { CoreDeps, PeriodicJob } from "../app/contract.js";

export type { PeriodicJob } from "../app/contract.js";

/** Runs every job once; one failing job does not stop the others. */
export async function runPeriodicJobs(deps: CoreDeps, jobs: readonly PeriodicJob[]): Promise<void> {
  for (const job of jobs) {
    try {
      await job.run(deps);
    } catch (err) {
      deps.log.error({ job: job.name, err: safeError(err) }, "periodic job failed");
    }
  }
}
