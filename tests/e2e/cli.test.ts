/** The product as a user starts it: `npm start` (tsx src/main.ts) in a child process. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "mk-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(env: Record<string, string>, input = "") {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|STAFF_ADMINS|DIGEST_|PORT$)/.test(k)),
  );
  return spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...clean, PORT: "0", DATABASE_URL: `file:${path.join(dir, "cli.db")}`, ...env },
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("npm start", () => {
  it("with no configuration talks in the terminal and exits cleanly at the end of input", () => {
    const run = start({}, "/start\n/ohje\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Hei Minna, tervetuloa Mahdollisuudet käyttöön! -verkoston bottiin!");
    expect(run.stdout).toContain("Mahdollisuudet käyttöön! -botti");
    expect(run.stdout).toContain("/pyyda");
    expect(run.stderr).toBe("");
  });

  it("keeps data between runs in the SQLite file", () => {
    start({}, "/kieli en\n");
    const run = start({}, "/help\n");
    expect(run.stdout).toContain("The Mahdollisuudet käyttöön! bot");
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: "abc" }, "TELEGRAM_BOT_TOKEN"],
    [{ DATABASE_URL: "nonsense://x" }, "DATABASE_URL"],
  ])("refuses a bad setting with one line naming the variable: %j", (env, variable) => {
    const run = start(env);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable}: `));
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it("stops cleanly on SIGTERM while waiting for input, and the next start continues", async () => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL)/.test(k)),
    );
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...clean, PORT: "0", DATABASE_URL: `file:${path.join(dir, "sigterm.db")}` },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stdin.write("/organisaatio Sammutus ry, Lahti\n");
    const deadline = Date.now() + 20_000;
    while (!out.includes("Sammutus ry") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain("Sammutus ry");
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(0);
    const again = start({ DATABASE_URL: `file:${path.join(dir, "sigterm.db")}` }, "/organisaatio\n");
    expect(again.stdout).toContain("Sammutus ry (Lahti)");
  });
});

describe("npm start: the portal next to the terminal", () => {
  async function freePort(): Promise<number> {
    const { createServer } = await import("node:net");
    return new Promise((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });
  }

  it("serves the public web page on PORT while the terminal talks", async () => {
    const port = await freePort();
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|PORT$)/.test(k)),
    );
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...clean, PORT: String(port), DATABASE_URL: `file:${path.join(dir, "portal.db")}` },
      stdio: ["pipe", "pipe", "pipe"],
    });
    try {
      let page: Response | undefined;
      for (let i = 0; i < 200 && !page; i++) {
        page = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined);
        if (!page) await new Promise((r) => setTimeout(r, 100));
      }
      expect(page?.status).toBe(200);
      expect(page?.headers.get("content-type")).toMatch(/text\/html/);
      expect(await page!.text()).toContain("Mahdollisuudet käyttöön!");
    } finally {
      child.stdin!.end("/start\n");
      await new Promise((r) => child.once("exit", r));
    }
  });

  it("with PORT already in use warns in one line and the terminal carries on", async () => {
    const { createServer } = await import("node:net");
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const run = start({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, "busy.db")}` }, "/start\n");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("tervetuloa");
      const lines = run.stderr.trim().split("\n").filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`PORT ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
