/**
 * The emulator is as strict as Telegram where the bot has been caught out: privacy-mode delivery
 * in groups, the callback-answer window and its URL rule, two pollers, the entity cap, and what a
 * migrated group still allows. Driven through the real grammY Bot / Api.
 */
import { Api, Bot, GrammyError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEFAULT_BOT_USERNAME,
  MAX_ENTITIES,
  TEST_TOKEN,
  makeUser,
  startTelegramEmulator,
  type TelegramEmulator,
} from "./server.js";

let emu: TelegramEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const GROUP = -1007770001234;
const anna = makeUser(8001, "Anna");

describe("privacy mode in groups (Bot API FAQ)", () => {
  it("a command for this bot always arrives; a bare one only while no other bot posted after this one; chatter never", async () => {
    emu = await startTelegramEmulator();
    emu.createGroup({ id: GROUP, type: "supergroup", title: "Ryhmä" });
    const api = new Api(TEST_TOKEN, { apiRoot: emu.apiRoot });
    const delivered = (text: string) =>
      emu!.sendText({ from: anna, chatId: GROUP, text }) && emu!.pendingUpdates().some((u) => u.message?.text === text);

    expect(delivered(`/ohje@${DEFAULT_BOT_USERNAME}`)).toBe(true);
    expect(delivered("/ohje@OtherBot")).toBe(false);
    expect(delivered("Moi kaikki")).toBe(false);
    expect(delivered("/avoimet")).toBe(true);
    emu.otherBotPosted(GROUP);
    expect(delivered("/pyyda")).toBe(false); // another bot was the last to post
    expect(delivered(`/pyyda@${DEFAULT_BOT_USERNAME}`)).toBe(true);
    await api.sendMessage(GROUP, "Hei!");
    expect(delivered("/omat")).toBe(true); // this bot posted last again
  });

  it("with privacy mode off, everything arrives", async () => {
    emu = await startTelegramEmulator({ privacyMode: false });
    emu.createGroup({ id: GROUP, type: "supergroup", title: "Ryhmä" });
    emu.otherBotPosted(GROUP);
    emu.sendText({ from: anna, chatId: GROUP, text: "/ban@OtherBot" });
    emu.sendText({ from: anna, chatId: GROUP, text: "Moi" });
    expect(emu.pendingUpdates().map((u) => u.message?.text)).toEqual(["/ban@OtherBot", "Moi"]);
  });
});

describe("callback answers", () => {
  it("a late answer is refused with Telegram's error; the window is configurable", async () => {
    emu = await startTelegramEmulator({ callbackQueryTtlMs: 50 });
    emu.createPrivateChat(anna, { started: true });
    const api = new Api(TEST_TOKEN, { apiRoot: emu.apiRoot });
    await api.sendMessage(anna.id, "Valitse", {
      reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "x:1" }]] },
    });
    const id = emu.pressButton({ from: anna, data: "x:1" });
    await new Promise((r) => setTimeout(r, 120));
    const err = await api.answerCallbackQuery(id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).description).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
  });

  it("a url answer must be the bot's own deep link", async () => {
    emu = await startTelegramEmulator();
    emu.createPrivateChat(anna, { started: true });
    const api = new Api(TEST_TOKEN, { apiRoot: emu.apiRoot });
    await api.sendMessage(anna.id, "Valitse", {
      reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "x:1" }]] },
    });
    const bad = emu.pressButton({ from: anna, data: "x:1" });
    const err = await api.answerCallbackQuery(bad, { url: "https://example.com/" }).catch((e: unknown) => e);
    expect((err as GrammyError).description).toBe("Bad Request: URL_INVALID");
    const good = emu.pressButton({ from: anna, data: "x:1" });
    await api.answerCallbackQuery(good, { url: `https://t.me/${DEFAULT_BOT_USERNAME}?start=abc_DEF-123` });
    expect(emu.callbackAnswer(good)?.url).toContain("?start=abc_DEF-123");
  });
});

describe("two pollers", () => {
  it("a second long poll ends the first with 409 Conflict", async () => {
    emu = await startTelegramEmulator();
    const first = new Api(TEST_TOKEN, { apiRoot: emu.apiRoot });
    const pending = first.getUpdates({ timeout: 5 }).catch((e: unknown) => e);
    await emu.waitFor(() => emu!.hasPendingPoll(), 3000);
    const second = new Bot(TEST_TOKEN, { client: { apiRoot: emu.apiRoot }, botInfo: emu.botInfo });
    const secondPoll = second.api.getUpdates({ timeout: 1 });
    const err = await pending;
    expect((err as GrammyError).error_code).toBe(409);
    expect((err as GrammyError).description).toMatch(/terminated by other getUpdates request/);
    await secondPoll;
  });
});

describe("formatting entities", () => {
  it("Telegram keeps the first 100 and drops the rest without an error", async () => {
    emu = await startTelegramEmulator();
    emu.createPrivateChat(anna, { started: true });
    const api = new Api(TEST_TOKEN, { apiRoot: emu.apiRoot });
    const html = Array.from({ length: 130 }, (_, i) => `<b>${i}</b>`).join(" ");
    const sent = await api.sendMessage(anna.id, html, { parse_mode: "HTML" });
    expect(sent.entities).toHaveLength(MAX_ENTITIES);
    expect(MAX_ENTITIES).toBe(100);
  });
});

describe("a group that became a supergroup", () => {
  it("nothing new can be posted to the old id, but the bot's old messages can still be edited there", async () => {
    emu = await startTelegramEmulator();
    const OLD = -4007770;
    emu.createGroup({ id: OLD, type: "group", title: "Vanha" });
    const api = new Api(TEST_TOKEN, { apiRoot: emu.apiRoot });
    const old = await api.sendMessage(OLD, "Ilmoitus");
    emu.migrateGroup(OLD, GROUP, { notify: false });
    const err = await api.sendMessage(OLD, "Uusi").catch((e: unknown) => e);
    expect((err as GrammyError).parameters.migrate_to_chat_id).toBe(GROUP);
    await api.editMessageText(OLD, old.message_id, "Ilmoitus (päivitetty)");
    expect(emu.messages(OLD)[0]!.text).toBe("Ilmoitus (päivitetty)");
  });
});
