/** What every scenario gets from bench/run.ts. */
import type { Report } from "./report.js";

export interface BenchOptions {
  /** --large: also the biggest sizes (30 000 digest recipients, …). */
  large: boolean;
  /** --quick: small sizes and short phases, to try the benchmark itself (numbers not for the report). */
  quick: boolean;
  /** --profile: run the product agents under `node --cpu-prof`, profiles into this folder. */
  profileDir?: string;
}

export interface BenchContext extends BenchOptions {
  report: Report;
  log(message: string): void;
}

export interface Scenario {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<void>;
}
