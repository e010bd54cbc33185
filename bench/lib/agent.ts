/**
 * The parent side of the benchmark's agents: spawns `bench/agents/<x>.ts` (compiled, or through tsx) as a
 * separate process (so the product's numbers are its own, on its own core, and can be profiled
 * with --cpu-prof), talks to it over IPC and samples its RSS from /proc.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { openSync, readFileSync, closeSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nowMs } from "./stats.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const RESULTS = path.join(ROOT, "bench/results");

export interface AgentOptions {
  env: Record<string, string>;
  /** Write a V8 CPU profile of the child into this folder (node --cpu-prof). */
  cpuProfDir?: string;
  /** stdout+stderr of the child go here (default bench/results/logs/<name>.log). */
  logName: string;
  readyTimeoutMs?: number;
  /** Extra Node options, e.g. --expose-gc. */
  nodeArgs?: string[];
}

export interface Agent {
  pid: number;
  spawnedAtMs: number;
  ready: Record<string, unknown> & { readyAtMs: number; processStartMs: number };
  call<T = unknown>(cmd: string, args?: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  /** Current resident set size in bytes (from /proc, falls back to the child's own report). */
  rss(): Promise<number>;
  /** Peak RSS since the process started (VmHWM), bytes; undefined where /proc is missing. */
  peakRss(): number | undefined;
  /** Samples RSS every `everyMs` until the returned stop() is called; stop() gives the maximum. */
  sampleRss(everyMs?: number): { stop(): number; samples: number[] };
  stop(): Promise<void>;
  kill(): void;
  exited: Promise<number | null>;
  logFile: string;
}

export function procStatus(pid: number, field: string): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The product's agents (product.ts, core.ts) and the echo bot run as compiled JavaScript, like
 * `npm start`: the agent's own few files bundled by esbuild into bench/results/agents/, the
 * product imported from `dist/` (built by scripts/build.mjs when stale). Through tsx instead the
 * process would carry tsx's loader (a second V8 isolate, about +38 MB of RSS, slower start) that
 * the shipped product does not. BENCH_AGENT_TSX=1 runs the sources through tsx as before.
 */
const COMPILED = new Set(["product.ts", "core.ts", "echo.ts"]);
let compiled: Promise<Map<string, string> | null> | undefined;
let compiledOk: boolean | undefined;

function compileAgents(): Promise<Map<string, string> | null> {
  compiled ??= compile().then((m) => {
    compiledOk = m !== null;
    return m;
  });
  return compiled;
}

async function compile(): Promise<Map<string, string> | null> {
  if (process.env.BENCH_AGENT_TSX === "1") return null;
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), "--if-stale"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr || build.stdout}`);
  const outdir = path.join(RESULTS, "agents");
  const src = path.join(ROOT, "src") + path.sep;
  const require = createRequire(import.meta.url);
  const esbuild = require("esbuild") as typeof import("esbuild");
  await esbuild.build({
    entryPoints: [...COMPILED].map((s) => path.join(ROOT, "bench/agents", s)),
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
    plugins: [
      {
        name: "product-from-dist",
        setup(b) {
          // The product's modules come from dist/ (what npm start runs), not bundled from src/.
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            const abs = path.resolve(args.resolveDir, args.path);
            if (!abs.startsWith(src)) return undefined;
            return { path: path.join(ROOT, "dist", abs.slice(src.length)), external: true };
          });
        },
      },
    ],
  });
  return new Map([...COMPILED].map((s) => [s, path.join(outdir, s.replace(/\.ts$/, ".mjs"))]));
}

/** How the product's agents run in this benchmark run (for the report). */
export function agentRuntime(): string {
  return compiledOk === undefined ? "not started yet" : compiledOk ? "compiled dist/, no tsx" : "tsx, sources";
}

/** The environment a child gets: only what Node needs plus the given variables (nothing from the bench's own env). */
function childEnv(extra: Record<string, string>): Record<string, string> {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG", "TZ"];
  const env: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  return { ...env, NODE_ENV: "production", ...extra };
}

export async function spawnAgent(script: string, options: AgentOptions): Promise<Agent> {
  const logDir = path.join(RESULTS, "logs");
  mkdirSync(logDir, { recursive: true });
  const safeName = options.logName.replace(/[^A-Za-z0-9._-]+/g, "-");
  const logFile = path.join(logDir, `${safeName}.log`);
  const fd = openSync(logFile, "w");
  // BENCH_PRODUCT_NODE_ARGS (e.g. "--optimize-for-size"): Node/V8 options for the product's own
  // processes only (product.ts, core.ts), to measure what a start flag would change.
  const productArgs = /^(product|core)\.ts$/.test(script)
    ? (process.env.BENCH_PRODUCT_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)
    : [];
  const entry = COMPILED.has(script) ? (await compileAgents())?.get(script) : undefined;
  const nodeArgs = [...productArgs, ...(options.nodeArgs ?? []), ...(entry ? [] : ["--import", "tsx"])];
  if (options.cpuProfDir) {
    // One folder per agent: Node writes one profile per thread (tsx's module loader runs in a
    // worker thread); the main thread's file is the one whose name has thread id 0.
    const dir = path.join(options.cpuProfDir, safeName);
    mkdirSync(dir, { recursive: true });
    nodeArgs.push("--cpu-prof", "--cpu-prof-dir", dir);
  }
  const spawnedAtMs = nowMs();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry ?? path.join(ROOT, "bench/agents", script)], {
    cwd: ROOT,
    env: childEnv(options.env),
    stdio: ["ignore", fd, fd, "ipc"],
  });
  closeSync(fd);
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let readyResolve: (v: Agent["ready"]) => void;
  let readyReject: (e: Error) => void;
  const readyP = new Promise<Agent["ready"]>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  child.on("message", (raw) => {
    const m = raw as { id?: number; ok?: boolean; result?: unknown; error?: string; event?: string };
    if (m.event === "ready") return readyResolve(m as Agent["ready"]);
    if (m.event === "failed")
      return readyReject(
        new Error(`agent ${options.logName} failed to start: ${String((m as { error?: string }).error)}`),
      );
    if (typeof m.id === "number") {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(`agent ${options.logName}: ${m.error}`));
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      for (const p of pending.values())
        p.reject(new Error(`agent ${options.logName} exited (code ${code}); see ${logFile}`));
      pending.clear();
      readyReject(new Error(`agent ${options.logName} exited before it was ready (code ${code}); see ${logFile}`));
      resolve(code);
    }),
  );
  const timeout = setTimeout(
    () =>
      readyReject(
        new Error(`agent ${options.logName} not ready after ${options.readyTimeoutMs ?? 60_000} ms; see ${logFile}`),
      ),
    options.readyTimeoutMs ?? 60_000,
  );
  let ready: Agent["ready"];
  try {
    ready = await readyP;
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  } finally {
    clearTimeout(timeout);
  }
  const pid = child.pid!;

  const call = <T>(cmd: string, args: Record<string, unknown> = {}, timeoutMs = 600_000) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`agent ${options.logName}: ${cmd} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      child.send({ id, cmd, args });
    });

  return {
    pid,
    spawnedAtMs,
    ready,
    call,
    logFile,
    exited,
    async rss() {
      return procStatus(pid, "VmRSS") ?? (await call<{ rss: number }>("rss")).rss;
    },
    peakRss: () => procStatus(pid, "VmHWM"),
    sampleRss(everyMs = 200) {
      const samples: number[] = [];
      const take = () => {
        const v = procStatus(pid, "VmRSS");
        if (v !== undefined) samples.push(v);
      };
      take();
      const timer = setInterval(take, everyMs);
      return {
        samples,
        stop() {
          clearInterval(timer);
          take();
          return Math.max(...samples);
        },
      };
    },
    async stop() {
      if (child.exitCode !== null) return;
      await call("stop", {}, 30_000).catch(() => {});
      const t = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(t);
    },
    kill() {
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** RSS of a plain Node process with no loader and no code (bytes), for comparison. */
export async function plainNodeRss(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1500));
  const rss = procStatus(child.pid!, "VmRSS") ?? NaN;
  child.kill("SIGKILL");
  return rss;
}
