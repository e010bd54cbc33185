/**
 * The real process (`src/main.ts`, as `npm start` runs it) at start: only a refused token or an
 * unusable database stops it, with one clear line and no stack trace; failing non-essential
 * calls do not.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startTelegramEmulator, makeUser, type TelegramEmulator } from "../emulators/telegram/server.js";
import { cleanupDatabases, freshDatabaseUrl } from "../support/db.js";

const root = path.resolve(import.meta.dirname, "../..");
let tg: TelegramEmulator | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});
afterAll(cleanupDatabases);

function runProduct(env: Record<string, string>, opts: { untilStderr?: RegExp; timeoutMs?: number } = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|LOG_LEVEL)/.test(k)),
  );
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...clean, PORT: "0", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("start-up failures that stop the process", () => {
  it("a token Telegram refuses (401 on getMe): exit 1 with one line naming TELEGRAM_BOT_TOKEN, no stack", async () => {
    tg = await startTelegramEmulator();
    const wrong = "7100000002:AAEmkVaaraTokenJokaEiKelpaa-0123456789";
    const { code, stderr } = await runProduct({
      TELEGRAM_BOT_TOKEN: wrong,
      TELEGRAM_API_ROOT: tg.apiRoot,
      DATABASE_URL: await freshDatabaseUrl(),
      LOG_LEVEL: "silent",
    });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Start-up failed: .*TELEGRAM_BOT_TOKEN.*401/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("a database that cannot be opened: exit 1 with one line, no stack", async () => {
    const dir = path.join(tmpdir(), `mk-notadir-${process.pid}-${Date.now()}`);
    mkdirSync(path.dirname(dir), { recursive: true });
    writeFileSync(dir, "not a directory");
    const { code, stderr } = await runProduct({ DATABASE_URL: `file:${dir}/sub/db.sqlite`, LOG_LEVEL: "silent" });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Start-up failed: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("start-up failures that do not", () => {
  it("500 on every non-essential call: the process starts and answers", async () => {
    tg = await startTelegramEmulator();
    for (const method of ["setMyCommands", "deleteWebhook", "getChat", "setMyDescription", "setMyShortDescription"]) {
      tg.failNext(method, { error_code: 500, description: "Internal Server Error" }, 1000);
    }
    const anna = makeUser(7101, "Anna", { language_code: "fi" });
    tg.createPrivateChat(anna, { started: true });
    const url = await freshDatabaseUrl();
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|LOG_LEVEL)/.test(k)),
    );
    const { TEST_TOKEN } = await import("../emulators/telegram/server.js");
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: {
        ...clean,
        PORT: "0",
        TELEGRAM_BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: tg.apiRoot,
        DATABASE_URL: url,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      tg.sendText({ from: anna, text: "/start" });
      const reply = await tg.waitForMessage(anna.id, undefined, { timeoutMs: 20_000 });
      expect(reply.text).toBeTruthy();
      expect(child.exitCode).toBeNull();
      expect(stderr).toMatch(/non-essential call failed/);
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  }, 60_000);
});
