/**
 * Summarises V8 CPU profiles (.cpuprofile from `node --cpu-prof`): self time per function,
 * aggregated over every node with the same function name and location.
 *
 *   npx tsx bench/lib/profile.ts bench/results/profiles/<run>/s1-product-1000.cpuprofile [top]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./agent.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function where(url: string, line: number): string {
  if (!url) return "(native)";
  let p = url.replace(/^file:\/\//, "");
  if (p.startsWith(ROOT)) p = path.relative(ROOT, p);
  p = p.replace(/^node_modules\/(\.pnpm\/)?/, "");
  return `${p}:${line + 1}`;
}

/** The main thread's profile in a --cpu-prof-dir (CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile, thread 0). */
export function mainThreadProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const main = files.find((f) => f.split(".")[4] === "0") ?? files[0];
  return main ? path.join(dir, main) : undefined;
}

export function summariseProfiles(files: string[], top = 20) {
  const self = new Map<string, { ms: number; fn: string; at: string }>();
  let total = 0;
  for (const file of files) {
    const prof = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < prof.samples.length; i++) {
      const node = byId.get(prof.samples[i]!)!;
      const dt = (prof.timeDeltas[i] ?? 0) / 1000;
      total += dt;
      const fn = node.callFrame.functionName || "(anonymous)";
      const at = where(node.callFrame.url, node.callFrame.lineNumber);
      const key = `${fn}@${at}`;
      const e = self.get(key) ?? { ms: 0, fn, at };
      e.ms += dt;
      self.set(key, e);
    }
  }
  const sorted = [...self.values()].sort((a, b) => b.ms - a.ms);
  const rows = sorted.slice(0, top).map((e) => [`${((e.ms / total) * 100).toFixed(1)}`, e.ms.toFixed(0), e.fn, e.at]);
  return { totalMs: total, rows, all: sorted };
}

/** Self time grouped by package (node_modules/<pkg>), product source, Node internals and the rest. */
export function byPackage(files: string[]) {
  const { all, totalMs } = summariseProfiles(files, 0);
  const groups = new Map<string, number>();
  for (const e of all) {
    let g = "(other)";
    if (e.at === "(native)") g = e.fn.startsWith("(") ? e.fn : "(native)";
    else if (e.at.startsWith("node:")) g = "node internals";
    else if (e.at.startsWith("src/")) g = "product src/";
    else if (e.at.startsWith("bench/") || e.at.startsWith("tests/")) g = "bench/tests";
    else {
      const m = /^(@[^/]+\/[^/]+|[^/]+)/.exec(e.at);
      g = m ? m[1]! : "(other)";
    }
    groups.set(g, (groups.get(g) ?? 0) + e.ms);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([g, ms]) => [g, ((ms / totalMs) * 100).toFixed(1), ms.toFixed(0)]);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, "bench/"))) {
  const files = process.argv.slice(2).filter((a) => a.endsWith(".cpuprofile"));
  const top = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 25);
  const { rows, totalMs } = summariseProfiles(files, top);
  const { renderTable } = await import("./report.js");
  process.stdout.write(`Total sampled: ${(totalMs / 1000).toFixed(1)} s\n\n`);
  process.stdout.write(`${renderTable(["self %", "self ms", "function", "where"], rows)}\n\n`);
  process.stdout.write(`${renderTable(["group", "self %", "self ms"], byPackage(files))}\n`);
}
