/**
 * Where the heap goes during a phase, for the analysis of RSS: V8's sampling heap profiler,
 * also keeping the samples of objects that a minor GC let through and a major GC later freed
 * (what fills the old generation with garbage between major GCs and drives RSS up). Returns
 * the allocation sites with the most sampled bytes.
 */
import { Session } from "node:inspector/promises";

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

let session: Session | undefined;

export async function heapSampleStart(): Promise<void> {
  session = new Session();
  session.connect();
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  } as never);
}

export async function heapSampleStop(top = 25): Promise<{ totalMb: number; sites: [number, string][] }> {
  if (!session) throw new Error("heapSampleStart first");
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: Node } };
  session.disconnect();
  session = undefined;
  const bySite = new Map<string, number>();
  let total = 0;
  const walk = (node: Node, stack: string[]) => {
    const f = node.callFrame;
    const here = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/main\//, "")}:${f.lineNumber + 1}`;
    const path = [...stack, here].slice(-4);
    if (node.selfSize) {
      const key = path.reverse().join(" < ");
      bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const c of node.children) walk(c, path);
  };
  walk(profile.head, []);
  const MB = 2 ** 20;
  return {
    totalMb: total / MB,
    sites: [...bySite]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [v / MB, k]),
  };
}
