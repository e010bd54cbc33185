/**
 * Time-driven work, with node-cron: the features' periodic jobs every minute (and once at
 * start-up, to catch up after downtime), plus any cron tasks features add (the weekly digest).
 * node-cron persists nothing; exactly-once lives in the database (see `PeriodicJob` in src/core/app/contract.ts).
 */
import { safeError } from "../privacy/logs.js";
import cron, { type ScheduledTask } from "node-cron";
import type { CoreDeps, PeriodicJob } from "../app/contract.js";
import { runPeriodicJobs } from "./periodic.js";

export interface CronTask {
  name: string;
  expression: string;
  timezone: string;
  run(): Promise<void>;
}

export interface Scheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** `jobs`: the periodic jobs of the core's registry (`core.registry.jobs`). */
export function createScheduler(deps: CoreDeps, jobs: readonly PeriodicJob[], tasks: CronTask[] = []): Scheduler {
  const scheduled: ScheduledTask[] = [];
  let inFlight: Promise<unknown> = Promise.resolve();
  const guarded = (fn: () => Promise<void>, name: string) => async () => {
    const p = fn().catch((err) => deps.log.error({ task: name, err: safeError(err) }, "scheduled task failed"));
    inFlight = Promise.all([inFlight, p]);
    await p;
  };
  return {
    async start() {
      if (!cron.validate(deps.config.digest.cron))
        throw new Error(`DIGEST_CRON: "${deps.config.digest.cron}" is not a valid cron expression`);
      const periodic = guarded(() => runPeriodicJobs(deps, jobs), "periodic");
      scheduled.push(cron.schedule("* * * * *", periodic, { name: "periodic", noOverlap: true }));
      for (const task of tasks) {
        scheduled.push(
          cron.schedule(task.expression, guarded(task.run, task.name), {
            name: task.name,
            timezone: task.timezone,
            noOverlap: true,
          }),
        );
      }
      await periodic();
    },
    async stop() {
      for (const s of scheduled) await s.destroy();
      await inFlight;
    },
  };
}
