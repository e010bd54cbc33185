/**
 * The product as `npm start` runs it (src/main.ts through tsx) in a child process, for the e2e
 * tests: this machine's platform, database and log settings left out, a free port, and every
 * process started here killed by `killProducts` (call it in afterEach).
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const started: ChildProcess[] = [];

export function spawnProduct(
  env: Record<string, string>,
  options: { preload?: string[]; stdio?: StdioOptions } = {},
): ChildProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|LOG_LEVEL)/.test(k)),
  );
  const preload = (options.preload ?? []).flatMap((p) => ["--import", p]);
  const child = spawn(process.execPath, ["--import", "tsx", ...preload, "src/main.ts"], {
    cwd: ROOT,
    env: { ...clean, PORT: "0", ...env },
    stdio: options.stdio ?? ["ignore", "ignore", "pipe"],
  });
  started.push(child);
  return child;
}

/** Kills (SIGKILL) every product process started here that is still running. */
export function killProducts(): void {
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
}
