/**
 * What real Telegram does to a running bot and must not break it: a second poller (409 Conflict),
 * failing non-essential calls at start, commands for other bots, busy groups and late callback
 * answers, members who never opened a private chat, group → supergroup migrations.
 * All through the real grammY bot (long polling via @grammyjs/runner) against the emulator.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { STAFF_CHANNEL_ID, startHarness, type Harness } from "../support/harness.js";
import { TEST_TOKEN } from "../emulators/telegram/server.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const FAST = {
  polling: { conflictBackoffMs: { min: 20, max: 200 }, noticeAfterMs: 5 * 60_000, restartDelayMs: { min: 50, max: 200 } },
  retry: { firstDelayMs: 100, maxDelayMs: 400, timeoutMs: 2000 },
};

/** Another instance polling the same token: getUpdates in a loop, confirming nothing. */
function secondPoller(apiRoot: string) {
  let running = true;
  let conflicts = 0;
  const done = (async () => {
    while (running) {
      const res = await fetch(`${apiRoot}/bot${TEST_TOKEN}/getUpdates?timeout=1&limit=1&offset=-1`).catch(() => undefined);
      const body = (await res?.json().catch(() => undefined)) as { error_code?: number } | undefined;
      if (body?.error_code === 409) conflicts++;
    }
  })();
  return {
    conflicts: () => conflicts,
    async stop() {
      running = false;
      await done;
    },
  };
}

describe("a second poller (409 Conflict)", () => {
  it("for 10 s: the bot warns, stays up, tells staff once when it lasts, and answers again when the other stops", async () => {
    h = await startHarness({ telegramTuning: FAST });
    const anna = h.telegramUser(7001, "Anna");
    expect((await h.tgSay(anna, "/start")).text).toBeTruthy();

    const other = secondPoller(h.tg.apiRoot);
    const until = Date.now() + 10_000;
    let advanced = false;
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      // A few minutes pass on the core's clock while the conflict goes on.
      if (!advanced && h.log.entries.some((e) => /another instance is polling this bot/.test(e.msg ?? ""))) {
        h.clock.advance(6 * 60_000);
        advanced = true;
      }
    }
    await other.stop();
    expect(other.conflicts()).toBeGreaterThan(0); // the two really competed

    expect(h.app.telegram!.polling()).toBe(true);
    const warnings = h.log.entries.filter((e) => e.level === "warn" && /another instance is polling this bot/.test(e.msg ?? ""));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);

    const reply = await h.tgSay(anna, "/apua");
    expect(reply.text).toBeTruthy();
    expect(h.log.entries.some((e) => /polling again/.test(e.msg ?? ""))).toBe(true);

    await h.settle();
    const notices = h.sl.messages(STAFF_CHANNEL_ID).filter((m) => /409 Conflict/.test(JSON.stringify(m)));
    expect(notices).toHaveLength(1);
  }, 40_000);
});

describe("start-up calls", () => {
  it("a 500 on every non-essential call at start: the bot starts, serves, and sets its menus later", async () => {
    h = await startHarness({ telegramTuning: FAST, telegramFaults: (tg) => {
      tg.failNext("setMyCommands", { error_code: 500, description: "Internal Server Error" }, 6);
      tg.failNext("deleteWebhook", { error_code: 502, description: "Bad Gateway" }, 2);
      tg.failNext("getChat", { error_code: 500, description: "Internal Server Error" }, 2);
    } });
    const anna = h.telegramUser(7002, "Anna");
    expect((await h.tgSay(anna, "/start")).text).toBeTruthy();
    expect(h.log.entries.some((e) => e.level === "warn" && /non-essential call failed/.test(e.msg ?? ""))).toBe(true);
    await h.tg.waitFor(() => h!.tg.commands("").length > 0 && h!.tg.commands("en").length > 0, 5000);
    expect(h.tg.commands("").map((c) => c.command)).toContain("pyyda");
  });

  it("a Bot API server that does not know setMyCommands (404): skipped with a warning, the bot serves", async () => {
    h = await startHarness({ telegramTuning: FAST, telegramFaults: (tg) => tg.failNext("setMyCommands", { error_code: 404, description: "Not Found" }, 100) });
    const anna = h.telegramUser(7003, "Anna");
    expect((await h.tgSay(anna, "/start")).text).toBeTruthy();
    expect(h.log.entries.some((e) => /does not know this method/.test(e.msg ?? ""))).toBe(true);
    expect(h.tg.calls("setMyCommands")).toBe(3); // once per language, never retried
  });
});
