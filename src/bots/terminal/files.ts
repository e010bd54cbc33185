/**
 * Where the terminal keeps the pictures it cannot show (the report's charts): one folder per run
 * under a root folder (the data folder, next to the SQLite database), so the paths it prints stay
 * openable after the run ends. At the first file of a run, run folders older than a day are
 * removed: nothing piles up in /tmp or anywhere else for good.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Run folders older than this are removed when a later run saves its first file. */
export const TERMINAL_FILES_KEEP_MS = 24 * 3_600_000;

export interface TerminalFiles {
  /** Saves a file in this run's folder (a name used before in the run gets "-2", "-3"…); returns its path. */
  save(filename: string, content: Uint8Array): Promise<string>;
}

export function terminalFiles(root: string, now: () => number = Date.now): TerminalFiles {
  const stamp = new Date(now()).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  const runDir = path.join(root, `${stamp}-${randomBytes(3).toString("hex")}`);
  const used = new Set<string>();
  let ready: Promise<void> | undefined;
  const prepare = async () => {
    await mkdir(root, { recursive: true });
    await prune(root, now() - TERMINAL_FILES_KEEP_MS, runDir);
    await mkdir(runDir, { recursive: true });
  };
  return {
    async save(filename, content) {
      await (ready ??= prepare());
      const base = path.basename(filename).replace(/[^\p{L}\p{N}._-]/gu, "_") || "file";
      const ext = path.extname(base);
      const stem = base.slice(0, base.length - ext.length);
      let name = base;
      for (let k = 2; used.has(name); k++) name = `${stem}-${k}${ext}`;
      used.add(name);
      const saved = path.join(runDir, name);
      await writeFile(saved, content);
      return saved;
    },
  };
}

/** Removes the run folders under `root` last changed before `before` (never `keep`). */
async function prune(root: string, before: number, keep: string): Promise<void> {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const dir = path.join(root, entry.name);
    if (!entry.isDirectory() || dir === keep) continue;
    const info = await stat(dir).catch(() => null);
    if (info && info.mtimeMs < before) await rm(dir, { recursive: true, force: true });
  }
}
