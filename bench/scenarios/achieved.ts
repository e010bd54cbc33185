/**
 * The portal's public "what the network achieved" page (/tulokset) and its chart images: what a
 * request costs in CPU (this process and its chart worker together, `process.cpuUsage`) when
 * nothing is cached, when the figures are cached, and when the charts are cached; and how many
 * drawings and 503 answers a burst of requests for many different custom periods makes (the
 * bound: one chart worker at a time, a short queue, an LRU of periods). In-process, over the
 * report tests' seeded history (tests/core/report-fixtures.ts). Run with `--only achieved`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createPortalHandler } from "../../src/http/portal/handler.js";
import { createPortalSearch } from "../../src/core/features/portal/search.js";
import { createPublicReport } from "../../src/core/features/report/public.js";
import { renderCharts } from "../../src/core/features/report/charts.js";
import { testConfig, testLogger } from "../../tests/support/core.js";
import { seedHistory } from "../../tests/core/report-fixtures.js";
import type { Scenario } from "../lib/context.js";
import { freshDb } from "../lib/seed.js";

const NOW = new Date("2026-11-20T10:00:00Z");

/** CPU milliseconds (user + system, all threads of this process) spent by `fn`. */
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

export const achieved: Scenario = {
  id: "achieved",
  title: "Portal: what the network achieved (/tulokset), cost per request and the bound on drawing",
  async run(ctx) {
    const { url, db } = await freshDb();
    await seedHistory(db);
    let draws = 0;
    const deps = { db, now: () => NOW, config: { ...testConfig(), databaseUrl: url }, log: testLogger() };
    const handler = createPortalHandler({
      deps,
      search: createPortalSearch(),
      achieved: createPublicReport(deps, {
        timeZone: "Europe/Helsinki",
        render: (specs) => {
          draws++;
          return renderCharts(specs);
        },
      }),
    });
    const server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      return res.status;
    };
    try {
      const n = ctx.quick ? 10 : 50;
      const page = "/tulokset?jakso=kuukausi&lang=fi";
      const charts = ["avunpyynnot-viikoittain", "saasto-kertyma", "avunpyynnot-kunnittain"].map(
        (c) => `/tulokset/${c}.png?jakso=kuukausi&lang=fi`,
      );
      const coldPage = await cpuMs(() => get(page));
      const coldCharts = await cpuMs(async () => {
        for (const c of charts) await get(c);
      });
      const warmPage =
        (await cpuMs(async () => {
          for (let i = 0; i < n; i++) await get(page);
        })) / n;
      const warmCharts =
        (await cpuMs(async () => {
          for (let i = 0; i < n; i++) for (const c of charts) await get(c);
        })) / n;

      // A burst: 30 different custom periods' charts at once.
      const burst = 30;
      const drawsBefore = draws;
      const statuses = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          get(`/tulokset/saasto-kertyma.svg?jakso=oma&alku=2026-01-${String(i + 1).padStart(2, "0")}&loppu=2026-11-20`),
        ),
      );
      const served = statuses.filter((s) => s === 200).length;
      const busy = statuses.filter((s) => s === 503).length;
      ctx.report.table({
        title: "Portal /tulokset: CPU ms per request (this process and its chart worker), seeded history",
        columns: ["request", "CPU ms", "ratio to cached"],
        rows: [
          ["page, nothing cached", coldPage.toFixed(1), (coldPage / warmPage).toFixed(1)],
          ["page, figures cached", warmPage.toFixed(1), "1.0"],
          ["3 chart PNGs, nothing drawn yet", coldCharts.toFixed(1), (coldCharts / warmCharts).toFixed(1)],
          ["3 chart PNGs, cached", warmCharts.toFixed(1), "1.0"],
        ],
        note: `A burst of ${burst} different custom periods' charts: ${draws - drawsBefore} drawings, ${served} served, ${busy} answered 503 (figures: 2 at a time and 8 waiting; charts: 1 worker at a time and 8 waiting).`,
      });
      ctx.report.figure("Portal /tulokset", `drawings for a burst of ${burst} periods`, draws - drawsBefore, "");
      ctx.report.figure("Portal /tulokset", "cached page CPU", warmPage, "ms");
      ctx.log(
        `  page cold ${coldPage.toFixed(1)} ms, cached ${warmPage.toFixed(1)} ms; charts cold ${coldCharts.toFixed(1)} ms, cached ${warmCharts.toFixed(1)} ms; burst ${served} served, ${busy} busy, ${draws - drawsBefore} drawings`,
      );
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
      await db.$disconnect();
    }
  },
};
