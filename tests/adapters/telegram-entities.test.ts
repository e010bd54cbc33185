/**
 * Telegram keeps at most 100 formatting entities in a message and silently drops the rest (the
 * emulator does the same). A longer message is split so every bold title and link keeps its
 * formatting: through the real grammY Api against the emulator.
 */
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import {
  MAX_ENTITIES,
  TEST_TOKEN,
  makeUser,
  startTelegramEmulator,
  type TelegramEmulator,
} from "../emulators/telegram/server.js";
import { createTelegramNotifier } from "../../src/bots/telegram/notifier.js";
import { splitByEntities } from "../../src/bots/telegram/render.js";
import type { RichText } from "../../src/core/types.js";

let tg: TelegramEmulator | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

async function sendToAnna(text: RichText) {
  tg = await startTelegramEmulator();
  const anna = makeUser(7301, "Anna");
  tg.createPrivateChat(anna, { started: true });
  const notifier = createTelegramNotifier(new Api(TEST_TOKEN, { apiRoot: tg.apiRoot }));
  await notifier.send({ chatId: String(anna.id) }, { text, buttons: [[{ label: "OK", action: "x:1" }]] });
  return tg.messages(anna.id);
}

describe("a message with more than 100 formatting entities", () => {
  it("a list of 150 bold titles and 30 links arrives in parts, none over the cap, nothing lost, items whole", async () => {
    const text: RichText = [{ b: "Avoimet pyynnöt" }, "\n"];
    for (let i = 1; i <= 150; i++) {
      text.push("• ", { b: `Pyyntö ${i}` }, ` (Lahti)`);
      if (i % 5 === 0) text.push(" ", { link: "lue", href: `https://example.org/${i}` });
      text.push("\n");
    }
    const sent = await sendToAnna(text);
    expect(sent.length).toBeGreaterThan(1);
    for (const m of sent) expect(m.entities.length).toBeLessThanOrEqual(MAX_ENTITIES);
    const entities = sent.flatMap((m) => m.entities);
    expect(entities.filter((e) => e.type === "bold")).toHaveLength(151);
    expect(entities.filter((e) => e.type === "text_link")).toHaveLength(30);
    const all = sent.map((m) => m.text).join("\n");
    for (let i = 1; i <= 150; i++) expect(all).toContain(`• Pyyntö ${i} (Lahti)`);
    // Cut at line breaks: every part starts with a whole item (or the title).
    for (const m of sent) expect(m.text).toMatch(/^(Avoimet pyynnöt|• Pyyntö \d+)/);
    // The buttons go with the last part only.
    expect(sent.map((m) => Boolean(m.reply_markup))).toEqual(sent.map((_, i) => i === sent.length - 1));
  });

  it("one line of 120 bold words, with no line break to cut at, is cut between spans", async () => {
    const text: RichText = [];
    for (let i = 1; i <= 120; i++) text.push({ b: `sana${i}` }, " ");
    const sent = await sendToAnna(text);
    expect(sent.map((m) => m.entities.length)).toEqual([100, 20]);
  });

  it("links that do not become entities (not http or tg) do not count; 100 entities stay one message", () => {
    const text: RichText = [];
    for (let i = 0; i < 100; i++) text.push({ b: `b${i}` }, { link: "x", href: "mailto:a@b.fi" }, "\n");
    expect(splitByEntities(text)).toHaveLength(1);
    expect(splitByEntities([...text, { i: "one more" }])).toHaveLength(2);
  });
});
