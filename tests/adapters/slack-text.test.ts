/**
 * Slack's text encoding at the edge: what Slack sends is decoded into what the person typed
 * (entities, links, mentions, special words), and everything the app sends is escaped exactly
 * once, cut without splitting an escape sequence.
 */
import { describe, expect, it } from "vitest";
import { cachedNames, cutEscaped, decodeSlackText, escapeSlack, type SlackNames } from "../../src/bots/slack/text.js";
import { renderBlocks, SLACK_SECTION_LIMIT } from "../../src/bots/slack/render.js";
import { startSlackEmulator } from "../emulators/slack/server.js";
import { readManifest } from "../emulators/slack/manifest.js";

const names: SlackNames = {
  user: async (id) => ({ U0MAIJA001: "Maija Virtanen" })[id],
  channel: async (id) => ({ C0YLEINEN1: "yleinen" })[id],
};

describe("decoding what Slack sends", () => {
  const cases: [string, string, string][] = [
    ["entities", "Tilat &amp; välineet &lt;3 &gt; 2", "Tilat & välineet <3 > 2"],
    ["an escaped entity stays one", "&amp;lt; on &amp;amp;", "&lt; on &amp;"],
    ["a bare link", "katso <https://mk.example.fi/ohje>", "katso https://mk.example.fi/ohje"],
    ["a link typed without scheme", "katso <http://www.lahti.fi|www.lahti.fi>", "katso www.lahti.fi"],
    [
      "a labelled link",
      "<https://mk.example.fi/a?b=1&amp;c=2|Ohje &amp; lomake>",
      "Ohje & lomake (https://mk.example.fi/a?b=1&c=2)",
    ],
    ["a mention looked up", "kiitos <@U0MAIJA001>!", "kiitos @Maija Virtanen!"],
    ["a mention with a label", "kiitos <@U0TUNTEMAT|pekka>", "kiitos @pekka"],
    ["an unknown mention", "kiitos <@U0TUNTEMAT>", "kiitos @U0TUNTEMAT"],
    ["special mentions", "<!channel> <!here> <!everyone> <!here|here>", "@channel @here @everyone @here"],
    ["a user group", "<!subteam^S0123ABC|@tiimi> ja <!subteam^S0123ABC>", "@tiimi ja @S0123ABC"],
    ["a date", "<!date^1392734382^{date_short}|Feb 18, 2014> klo 10", "Feb 18, 2014 klo 10"],
    ["channels", "<#C0YLEINEN1|yleinen> ja <#C0YLEINEN1>", "#yleinen ja #yleinen"],
    ["an e-mail", "<mailto:kaisa@manna.fi|kaisa@manna.fi>", "kaisa@manna.fi"],
    ["an e-mail with a label", "<mailto:kaisa@manna.fi|Kaisa>", "Kaisa (kaisa@manna.fi)"],
    ["a stray bracket", "a < b > c", "a < b > c"],
  ];
  for (const [label, wire, plain] of cases) {
    it(label, async () => {
      expect(await decodeSlackText(wire, names)).toBe(plain);
    });
  }

  it("asks for each name once per request and falls back when the lookup fails", async () => {
    const asked: string[] = [];
    const lookup = cachedNames({
      user: async (id) => {
        asked.push(id);
        if (id === "U0RIKKI001") throw new Error("user_not_found");
        return "Maija";
      },
      channel: async () => undefined,
    });
    expect(await decodeSlackText("<@U0MAIJA001> <@U0MAIJA001> <@U0RIKKI001|rikki>", lookup)).toBe(
      "@Maija @Maija @rikki",
    );
    expect(asked).toEqual(["U0MAIJA001", "U0RIKKI001"]);
  });
});

describe("escaping what the app sends", () => {
  it("escapes &, < and > once, in blocks and in the fallback text", () => {
    const [part] = renderBlocks({
      text: ["Tilat & välineet <!channel> ", { b: "<@U0MAIJA001>" }],
      buttons: [[{ label: "A & <B>", action: "x" }]],
    });
    const section = (part!.blocks[0] as { text: { text: string } }).text.text;
    expect(section).toContain("Tilat &amp; välineet &lt;!channel&gt;");
    expect(section).toContain("&lt;@U0MAIJA001&gt;");
    expect(part!.text).toBe("Tilat &amp; välineet &lt;!channel&gt; &lt;@U0MAIJA001&gt;");
    const button = (part!.blocks[1] as { elements: { text: { text: string } }[] }).elements[0]!.text.text;
    expect(button).toBe("A &amp; &lt;B&gt;");
  });

  it("never cuts an escape sequence in two", () => {
    expect(cutEscaped(escapeSlack("ab&"), 4)).toBe("ab");
    expect(cutEscaped(escapeSlack("ab&"), 7)).toBe("ab&amp;");
    expect(cutEscaped("x🙂", 2)).toBe("x");
    const many = "&".repeat(5000);
    for (const part of renderBlocks({ text: [many] })) {
      expect(part.text).toMatch(/^(&amp;)+$/);
      for (const block of part.blocks) {
        const text = (block as { text: { text: string } }).text.text;
        expect(text.length).toBeLessThanOrEqual(SLACK_SECTION_LIMIT);
        expect(text).toMatch(/^(&amp;)+$/);
      }
    }
    const sections = renderBlocks({ text: [many] }).flatMap((p) => p.blocks);
    const shown = sections.map((b) => (b as { text: { text: string } }).text.text.replace(/&amp;/g, "&")).join("");
    expect(shown).toBe(many); // nothing lost: the long text went into more sections
  });
});

describe("the Slack emulator is as strict as Slack", () => {
  it("reads the bot scopes and should_escape from the manifest", () => {
    const m = readManifest();
    expect(m.botScopes).toEqual(expect.arrayContaining(["chat:write", "channels:join", "users:read", "commands"]));
    expect(m.shouldEscape["/mk"]).toBe(false);
  });

  it("encodes typed text like Slack: entities everywhere, links and mentions in messages", async () => {
    const emu = await startSlackEmulator();
    try {
      emu.addUser({ id: "U0MAIJA001", name: "maija", real_name: "Maija Virtanen" });
      emu.addChannel({ id: "C0YLEINEN1", name: "yleinen" });
      const typed =
        "Tilat & <välineet> @maija @channel #yleinen https://x.fi/?a=1&b=2, www.lahti.fi ja kaisa@manna.fi.";
      expect(emu.encodeTyped(typed, "message")).toBe(
        "Tilat &amp; &lt;välineet&gt; <@U0MAIJA001> <!channel> <#C0YLEINEN1|yleinen> <https://x.fi/?a=1&amp;b=2>, <http://www.lahti.fi|www.lahti.fi> ja <mailto:kaisa@manna.fi|kaisa@manna.fi>.",
      );
      expect(emu.encodeTyped("@maija & @channel", "command")).toBe("<@U0MAIJA001|maija> &amp; <!channel>");
      expect(emu.encodeTyped("@maija & <!channel>", "none")).toBe("@maija &amp; &lt;!channel&gt;");
    } finally {
      await emu.close();
    }
  });

  it("refuses calls without their scope, hides private channels, wants ids in chat.update", async () => {
    const emu = await startSlackEmulator();
    try {
      emu.addChannel({ id: "C0SALAINEN", name: "salainen", is_private: true, botMember: false });
      emu.addChannel({ id: "C0JULKINEN", name: "julkinen", botMember: false });
      const call = async (method: string, params: Record<string, unknown>) =>
        (await emu.api(method, params, `Bearer ${emu.botToken}`)) as Record<string, unknown>;
      expect(await call("reactions.add", { channel: "C0JULKINEN", timestamp: "1.1", name: "x" })).toMatchObject({
        ok: false,
        error: "missing_scope",
      });
      expect(await call("conversations.members", { channel: "C0SALAINEN" })).toMatchObject({
        ok: false,
        error: "channel_not_found",
      });
      expect(await call("chat.postMessage", { channel: "C0SALAINEN", text: "x" })).toMatchObject({
        ok: false,
        error: "channel_not_found",
      });
      expect(await call("chat.postMessage", { channel: "C0JULKINEN", text: "x" })).toMatchObject({
        ok: false,
        error: "not_in_channel",
      });
      expect(await call("conversations.join", { channel: "C0JULKINEN" })).toMatchObject({ ok: true });
      const posted = await call("chat.postMessage", { channel: "#julkinen", text: "x" });
      expect(posted).toMatchObject({ ok: true });
      expect(await call("chat.update", { channel: "#julkinen", ts: posted.ts, text: "y" })).toMatchObject({
        ok: false,
        error: "channel_not_found",
      });
      expect(await call("chat.update", { channel: "C0JULKINEN", ts: posted.ts, text: "y" })).toMatchObject({
        ok: true,
      });
      emu.setScopes(["chat:write"]);
      expect(await call("conversations.join", { channel: "C0JULKINEN" })).toMatchObject({
        ok: false,
        error: "missing_scope",
        needed: "channels:join",
      });
    } finally {
      await emu.close();
    }
  });
});
