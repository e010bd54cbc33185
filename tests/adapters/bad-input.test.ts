/**
 * The bad-input table through the real adapters: every command via grammY against the Telegram
 * emulator (which rejects malformed HTML and over-long texts like Telegram does) and via Bolt's
 * `/mk` against the Slack emulator (which validates Block Kit). Each gets an answer, nothing crashes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { startHarness } from "../support/harness.js";
import { BAD_TEXTS, SLACK_WIRE_TEXTS, badActions } from "../support/bad-input.js";
import { t } from "../../src/core/i18n/index.js";
import { PassThrough } from "node:stream";
import { createTerminalAdapter } from "../../src/bots/terminal/adapter.js";
import { testCore } from "../support/core.js";

afterAll(cleanupDatabases);

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
  }, 240_000); // every command × every sample: long on a busy machine

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
      // Slack broadcast syntax typed by a member arrives encoded, and goes back escaped: never a real mention.
      const echoed = await h.slack(kaisa, "organisaatio <!channel> ry");
      expect(echoed.text).toContain("&lt;!channel&gt;");
      // What Slack itself sends in a message (wrapped mentions, special words, links) is
      // decoded into plain words, and nothing the app posts pings anyone.
      const dm = h.sl.dmChannel(kaisa);
      for (const [label, wire] of SLACK_WIRE_TEXTS) {
        const answers = () => h.sl.dmMessages(kaisa).filter((m) => m.user === h.sl.botUserId).length;
        const before = answers();
        await h.sl.userMessage({ user: kaisa, channel: dm, text: `!organisaatio ${wire}`, raw: true });
        await h.sl.waitFor(() => answers() > before || undefined, 10_000, `an answer to ${label}`);
      }
      const org = await h.app.db.organisation.findFirstOrThrow({ where: { name: { contains: "vinosti" } } });
      expect(org.name).toBe("<i>vinosti</i> & <!channel> ry");
      expect(h.sl.pings()).toEqual([]);
      expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
    } finally {
      await h.stop();
    }
  }, 240_000);

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
  }, 240_000);
});
