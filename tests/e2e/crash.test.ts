/**
 * A hard kill (SIGKILL) of the real process after a help request was committed but before its
 * group post got through: the next start posts it, once. The product runs as `npm start` would
 * run it (a child process), talking to the Telegram emulator in this test process.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startTelegramEmulator, TEST_TOKEN, makeUser, type TelegramEmulator } from "../emulators/telegram/server.js";
import { cleanupDatabases, freshDatabaseUrl } from "../support/db.js";
import { openDatabase } from "../../src/db/client.js";
import { killProducts, spawnProduct } from "../support/product.js";

const GROUP = -1009876543210;
let tg: TelegramEmulator | undefined;

afterEach(async () => {
  killProducts();
  await tg?.close();
});
afterAll(cleanupDatabases);

function startProduct(databaseUrl: string): ChildProcess {
  return spawnProduct(
    {
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: tg!.apiRoot,
      TELEGRAM_COMMUNITY_CHAT_ID: String(GROUP),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "silent",
    },
    { stdio: ["ignore", "ignore", "inherit"] },
  );
}

describe("crash safety", () => {
  it("SIGKILL after committing a help request and before posting it: posted after restart, once", async () => {
    tg = await startTelegramEmulator();
    tg.createGroup({ id: GROUP, type: "supergroup", title: "Yhteisö" });
    const anna = makeUser(6001, "Anna", { language_code: "fi" });
    tg.createPrivateChat(anna, { started: true });
    const url = await freshDatabaseUrl();
    // The group cannot be reached for now (Telegram answers 500 to every post there).
    tg.failNext(
      "sendMessage",
      { error_code: 500, description: "Internal Server Error" },
      1000,
      (p) => String(p.chat_id) === String(GROUP),
    );

    const first = startProduct(url);
    const before = tg.mark();
    tg.sendText({ from: anna, text: "/pyyda Tarvitsemme pakettiauton lauantaiksi" });
    await tg.waitForMessage(anna.id, undefined, { after: before, timeoutMs: 20_000 });
    const db = await openDatabase(url, { migrate: false });
    try {
      const deadline = Date.now() + 10_000;
      let pending = 0;
      while (Date.now() < deadline) {
        pending = await db.outboxMessage.count({
          where: { platform: "telegram", chatId: String(GROUP), status: "pending", attempts: { gt: 0 } },
        });
        if (pending) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await db.helpRequest.count()).toBe(1);
      expect(pending).toBe(1); // committed, tried, not yet posted
      first.kill("SIGKILL");
      await new Promise((r) => first.once("exit", r));
      expect(tg.messages(GROUP)).toHaveLength(0);

      tg.clearFaults(); // the group is reachable again
      startProduct(url);
      const post = await tg.waitForMessage(GROUP, undefined, { timeoutMs: 20_000 });
      expect(post.text).toContain("Tarvitsemme pakettiauton lauantaiksi");
      await new Promise((r) => setTimeout(r, 1500)); // let a second post show up if there were one
      expect(tg.messages(GROUP)).toHaveLength(1);
      expect(await db.outboxMessage.count({ where: { chatId: String(GROUP), status: "sent" } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});
