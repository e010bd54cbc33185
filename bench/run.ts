/**
 * `npm run bench` — the performance benchmark. Not a test: it measures, compares side
 * by side in the same run, and reports; it never fails on a missed target.
 *
 *   npm run bench                         all scenarios, default sizes (≈ 6 minutes)
 *   npm run bench -- --large              also the largest sizes (30 000 digest recipients, …)
 *   npm run bench -- --only telegram,slack   (telegram, slack, digest, purchases, footprint, dbsize,
 *                                            instances, portal; experiments only when named)
 *   npm run bench -- --profile            product processes under node --cpu-prof; summary printed
 *   npm run bench -- --quick              small and short, to try the benchmark itself
 *
 * Writes bench/results/latest.json (and a copy named by date) and prints the tables.
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { RESULTS } from "./lib/agent.js";
import type { BenchContext, Scenario } from "./lib/context.js";
import { Report } from "./lib/report.js";
import { mainThreadProfile, summariseProfiles } from "./lib/profile.js";
import { cleanupDatabases } from "../tests/support/db.js";
import { telegramThroughput } from "./scenarios/telegram-throughput.js";
import { slackAck } from "./scenarios/slack-ack.js";
import { digestDelivery } from "./scenarios/digest.js";
import { purchaseConcurrency } from "./scenarios/purchases.js";
import { footprint } from "./scenarios/footprint.js";
import { dbScaling } from "./scenarios/db-scaling.js";
import { experiments, statements } from "./scenarios/experiments.js";
import { instances } from "./scenarios/instances.js";
import { achieved } from "./scenarios/achieved.js";
import { portal } from "./scenarios/portal.js";

const SCENARIOS: Scenario[] = [
  telegramThroughput,
  slackAck,
  digestDelivery,
  purchaseConcurrency,
  footprint,
  dbScaling,
  instances,
  portal,
];
/** Run only when named with --only. */
const EXTRA: Scenario[] = [experiments, statements, achieved];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const next = process.argv[i + 1];
  return next && !next.startsWith("--") ? next : "";
}

const only = arg("only")?.split(",").filter(Boolean);
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const profileDir = arg("profile") !== undefined ? path.join(RESULTS, "profiles", stamp) : undefined;
const report = new Report();
const t0 = Date.now();
const ctx: BenchContext = {
  report,
  large: arg("large") !== undefined,
  quick: arg("quick") !== undefined,
  ...(profileDir ? { profileDir } : {}),
  log: (m) => process.stdout.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}\n`),
};

const chosen = only ? [...SCENARIOS, ...EXTRA].filter((s) => only.includes(s.id)) : SCENARIOS;
if (!chosen.length) {
  process.stderr.write(
    `No scenario matches --only ${only?.join(",")}. Scenarios: ${[...SCENARIOS, ...EXTRA].map((s) => s.id).join(", ")}\n`,
  );
  process.exit(2);
}
ctx.log(
  `mahdollisuudet-bot benchmark: ${chosen.map((s) => s.id).join(", ")}${ctx.large ? " (--large)" : ""}${ctx.quick ? " (--quick)" : ""}`,
);
if (process.env.BENCH_PRODUCT_NODE_ARGS) {
  report.note(`product processes started with node ${process.env.BENCH_PRODUCT_NODE_ARGS} (BENCH_PRODUCT_NODE_ARGS)`);
  ctx.log(`product processes started with node ${process.env.BENCH_PRODUCT_NODE_ARGS}`);
}
for (const s of chosen) {
  ctx.log(s.title);
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  try {
    await s.run(ctx);
  } catch (err) {
    report.error(s.id, err);
    ctx.log(`  FAILED: ${(err as Error).stack ?? String(err)}`);
  }
  const seconds = (Date.now() - started) / 1000;
  // The machine is shared: a load average well above what this run causes means other work competed.
  const load = `load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`;
  report.note(`${s.id}: ${seconds.toFixed(0)} s, ${load}`);
  ctx.log(`  (${seconds.toFixed(0)} s; ${load})`);
}
cleanupDatabases();

if (profileDir) {
  for (const agent of readdirSync(profileDir)) {
    const main = mainThreadProfile(path.join(profileDir, agent));
    if (!main) continue;
    const summary = summariseProfiles([main], 15);
    report.table({
      title: `CPU profile of ${agent} (main thread, ${(summary.totalMs / 1000).toFixed(1)} s sampled): top self time`,
      columns: ["self %", "self ms", "function", "where"],
      rows: summary.rows,
      note: `File: ${path.relative(process.cwd(), main)}`,
    });
  }
}

mkdirSync(RESULTS, { recursive: true });
const latest = path.join(RESULTS, "latest.json");
report.write(latest, {
  options: { large: ctx.large, quick: ctx.quick, only: only ?? null, profile: Boolean(profileDir) },
  totalSeconds: (Date.now() - t0) / 1000,
});
copyFileSync(latest, path.join(RESULTS, `run-${stamp}.json`));
process.stdout.write(
  `\n${report.render()}\n\nWritten ${path.relative(process.cwd(), latest)} (${((Date.now() - t0) / 1000).toFixed(0)} s).\n`,
);
process.exit(0);
