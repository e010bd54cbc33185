/**
 * The bad-input table through the real adapters: every command via grammY against the Telegram
 * emulator (which rejects malformed HTML and over-long texts like Telegram does) and via Bolt's
 * `/mk` against the Slack emulator (which validates Block Kit). Each gets an answer, nothing crashes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { startHarness } from "../support/harness.js";
import { BAD_TEXTS, badActions } from "../support/bad-input.js";
import { t } from "../../src/core/i18n/index.js";
import { PassThrough } from "node:stream";
import { createTerminalAdapter } from "../../src/bots/terminal/adapter.js";
import { testCore } from "../support/core.js";

afterAll(cleanupDatabases);

/** These walk every command of every feature with every bad input: they grow with the product. */
const BAD_INPUT_TIMEOUT_MS = 180_000;

const samples = BAD_TEXTS;
const skip = new Set(["poista_tiedot", "deletedata", "start"]);

describe("bad input through the adapters", () => {
  it("Telegram: every command with hostile arguments gets a well-formed answer", async () => {
    const h = await startHarness({ slack: false });
    try {
      const user = h.telegramUser(4001, "Testaaja");
      await h.tgSay(user, "/organisaatio Manna ry");
      const names = [...h.app.core.registry.commands.keys()].filter((n) => !skip.has(n));
      for (const name of names) {
        for (const [label, text] of samples) {
          const reply = await h.tgSay(user, `/${name} ${text}`);
          expect(reply.text, `/${name} ${label}`).toBeTruthy();
          expect(reply.text).not.toBe(t("fi", "error-internal"));
          await h.tgSay(user, "/keskeyta");
        }
      }
      const messageId = h.tg.lastMessage(user.id)!.message_id;
      for (const action of badActions([...h.app.core.registry.actions.keys()])) {
        await h.tgPress(user, { data: action.slice(0, 64), messageId, unchecked: true });
      }
      expect(h.tg.callbackAnswers().length).toBeGreaterThan(10); // every forged press was answered
      expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
      expect(h.tg.stats().internalErrors).toEqual([]);
    } finally {
      await h.stop();
    }
  }, BAD_INPUT_TIMEOUT_MS);

  it("Slack: every /mk subcommand with hostile arguments is acknowledged with valid blocks", async () => {
    const h = await startHarness({ telegram: false });
    try {
      const kaisa = h.slackUser("U0TESTI01", "Kaisa");
      await h.slack(kaisa, "organisaatio Manna ry");
      const names = [...h.app.core.registry.commands.keys()].filter((n) => !skip.has(n));
      for (const name of names) {
        for (const [label, text] of samples) {
          const res = await h.slack(kaisa, `${name} ${text}`);
          expect(res.text, `${name} ${label}`).toBeTruthy();
          expect(res.text).not.toContain(t("fi", "error-internal"));
          await h.slack(kaisa, "keskeyta");
        }
      }
      // Slack broadcast syntax in user text is escaped, never a real mention.
      const echoed = await h.slack(kaisa, "organisaatio <!channel> ry");
      expect(echoed.text).toContain("&lt;!channel&gt;");
      expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
    } finally {
      await h.stop();
    }
  }, BAD_INPUT_TIMEOUT_MS);

  it("terminal: every command with hostile arguments, and every number typed, gets an answer", async () => {
    const { core, log } = await testCore();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
    const terminal = createTerminalAdapter(core, { input: new PassThrough(), output });
    await terminal.line("/organisaatio Manna ry");
    const names = [...core.registry.commands.keys()].filter((n) => !skip.has(n));
    for (const name of names) {
      for (const [label, text] of samples) {
        const before = printed.length;
        await terminal.line(`/${name} ${text}`);
        const answer = printed.slice(before);
        expect(answer.trim(), `/${name} ${label}`).not.toBe("");
        expect(answer).not.toContain(t("fi", "error-internal"));
        for (const n of ["1", "2", "99"]) await terminal.line(n);
        await terminal.line("/keskeyta");
      }
    }
    expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
  }, BAD_INPUT_TIMEOUT_MS);
});
