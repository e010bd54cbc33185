/**
 * An error that escapes every handler (src/main.ts): a known platform failure is logged as a
 * warning and the bot carries on; anything else is a bug, logged at error level with its stack
 * frames (and without any member text its message quoted), and the process exits with code 1 for
 * its supervisor (systemd Restart=always) to start it again. The real process, as `npm start`
 * runs it; a preloaded module (tests/support/escape-on-signal.mjs) lets the error escape on SIGUSR2.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startTelegramEmulator, TEST_TOKEN, makeUser, type TelegramEmulator } from "../emulators/telegram/server.js";
import { cleanupDatabases, freshDatabaseUrl } from "../support/db.js";
import { killProducts, spawnProduct } from "../support/product.js";

let tg: TelegramEmulator | undefined;
afterEach(async () => {
  killProducts();
  await tg?.close();
});
afterAll(cleanupDatabases);

async function startProduct(escape: "bug" | "platform") {
  tg = await startTelegramEmulator();
  const child = spawnProduct(
    {
      PORTAL: "off",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      DATABASE_URL: await freshDatabaseUrl(),
      LOG_LEVEL: "info",
      MK_ESCAPE: escape,
    },
    { preload: ["./tests/support/escape-on-signal.mjs"] },
  );
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const deadline = Date.now() + 40_000;
  while (!stderr.includes("mahdollisuudet-bot started")) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the product did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, exited, stderr: () => stderr };
}

const lines = (s: string) =>
  s
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { level: number; msg: string; err?: { name?: string; stack?: string } });

describe("an error that escapes every handler", () => {
  it("an unknown bug: logged at error level with its stack, no member text, and the process exits with code 1", async () => {
    const p = await startProduct("bug");
    p.child.kill("SIGUSR2");
    expect(await Promise.race([p.exited, new Promise((r) => setTimeout(() => r("still running"), 30_000))])).toBe(1);
    const logged = lines(p.stderr()).find((l) => l.msg === "unexpected error: restarting");
    expect(logged, p.stderr()).toBeDefined();
    expect(logged!.level).toBe(50); // pino's error
    expect(logged!.err?.name).toBe("TypeError");
    expect(logged!.err?.stack).toMatch(/escape-on-signal\.mjs/);
    expect(p.stderr()).not.toContain("Kuukkeli");
    expect(p.stderr()).not.toContain("131052");
    expect(lines(p.stderr()).some((l) => l.msg === "shutting down")).toBe(true); // a clean shutdown first
  }, 60_000);

  it("a known platform failure: a warning, and the bot carries on answering", async () => {
    const p = await startProduct("platform");
    p.child.kill("SIGUSR2");
    const deadline = Date.now() + 10_000;
    while (!p.stderr().includes("a platform failure escaped its handler")) {
      if (Date.now() > deadline) throw new Error(p.stderr());
      await new Promise((r) => setTimeout(r, 50));
    }
    const anna = makeUser(7401, "Anna", { language_code: "fi" });
    tg!.createPrivateChat(anna, { started: true });
    tg!.sendText({ from: anna, text: "/start" });
    expect((await tg!.waitForMessage(anna.id, undefined, { timeoutMs: 20_000 })).text).toBeTruthy();
    expect(p.child.exitCode).toBeNull();
    expect(lines(p.stderr()).find((l) => l.msg.includes("platform failure"))!.level).toBe(40);
  }, 60_000);
});
