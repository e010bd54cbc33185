/**
 * A second product process without platforms: the product's `openDatabase` and core on the same
 * database file, for the two-process concurrency check.
 */
import { nowMs } from "../lib/stats.js";
import { parseConfig } from "../../src/core/config.js";
import { openDatabase } from "../../src/db/client.js";
import { createCore } from "../../src/core/app/index.js";
import type { CoreDeps, Interaction, Logger } from "../../src/core/app/contract.js";
import { memory, send, serve } from "./ipc.js";

const config = parseConfig(process.env);
const counts = { warn: 0, error: 0 };
const log: Logger = {
  info: () => {},
  debug: () => {},
  warn: () => void counts.warn++,
  error: (o, m) => {
    counts.error++;
    process.stderr.write(`${m ?? ""} ${JSON.stringify(o)}\n`);
  },
};
const db = await openDatabase(config.databaseUrl);
const deps: CoreDeps = { db, config, now: () => new Date(), log };
const core = createCore(deps);

serve({
  rss: () => memory(),
  log: () => counts,
  outbox: async () => {
    const rows = await db.outboxMessage.groupBy({
      by: ["status"],
      where: { platform: "terminal" },
      _count: { _all: true },
    });
    return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  },
  core: async (args) => {
    const interactions = args.interactions as Interaction[];
    const t0 = nowMs();
    const results = await Promise.all(
      interactions.map(async (i) => {
        const s = nowMs();
        const outcome = await core.handle(i);
        return { ms: nowMs() - s, toast: outcome.toast ?? null, replies: outcome.replies.length };
      }),
    );
    return { totalMs: nowMs() - t0, results };
  },
  stop: async () => {
    await db.$disconnect();
  },
});
send({ event: "ready", readyAtMs: nowMs(), processStartMs: performance.timeOrigin });
