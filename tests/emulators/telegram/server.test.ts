import http from "node:http";
import type { AddressInfo } from "node:net";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile, webhookCallback } from "grammy";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  makeUser,
  startTelegramEmulator,
  TEST_BOT_ID,
  TEST_TOKEN,
  tooManyRequests,
  type TelegramEmulator,
  type TelegramEmulatorOptions,
} from "./server.js";

const aino = makeUser(1001, "Aino", { username: "aino_k", language_code: "fi" });
const bertil = makeUser(6_100_000_002, "Bertil", { language_code: "sv" }); // user ids exceed 32 bits
const GROUP = -4001234567; // basic group
const SUPERGROUP = -1001234567890; // beyond 32 bits

let emu: TelegramEmulator;
let running: Array<{ bot: Bot; done: Promise<void> }> = [];
let botErrors: unknown[] = [];

async function setup(opts?: TelegramEmulatorOptions): Promise<TelegramEmulator> {
  if (emu) await emu.close();
  emu = await startTelegramEmulator(opts);
  return emu;
}

beforeEach(async () => {
  running = [];
  botErrors = [];
  await setup();
});

afterEach(async () => {
  for (const r of running) {
    if (r.bot.isRunning()) await r.bot.stop();
    await r.done.catch(() => undefined);
  }
  await emu.close();
  expect(botErrors).toEqual([]);
  expect(emu.stats().internalErrors).toEqual([]);
});

function newBot(opts: { botInfo?: boolean } = {}): Bot {
  return new Bot(TEST_TOKEN, {
    client: { apiRoot: emu.apiRoot },
    ...(opts.botInfo === false ? {} : { botInfo: emu.botInfo }),
  });
}

function start(bot: Bot): Promise<void> {
  bot.catch((err) => {
    botErrors.push(err.error);
  });
  const done = bot.start();
  running.push({ bot, done });
  return done;
}

/** Plain HTTP call without keep-alive, to look at status codes and exact bodies. */
function rawCall(
  method: string,
  body: unknown,
  opts: { token?: string; contentType?: string } = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: http.IncomingHttpHeaders }> {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  const url = new URL(`${emu.apiRoot}/bot${opts.token ?? TEST_TOKEN}/${method}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": opts.contentType ?? "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
            headers: res.headers,
          });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

function httpGet(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

async function apiError(p: Promise<unknown>): Promise<GrammyError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GrammyError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

describe("telegram emulator: long polling with the real grammY bot", () => {
  it("delivers /start through bot.start() and records the HTML reply", async () => {
    const bot = newBot({ botInfo: false }); // exercises getMe
    bot.command("start", (ctx) =>
      ctx.reply(`Tervetuloa, <b>${ctx.from?.first_name ?? ""}</b>!`, { parse_mode: "HTML" }),
    );
    const update = emu.sendText({ from: aino, text: "/start" });
    expect((update.message?.entities ?? [])[0]).toEqual({ type: "bot_command", offset: 0, length: 6 });
    start(bot);

    const msg = await emu.waitForMessage(aino.id);
    expect(msg.text).toBe("Tervetuloa, Aino!");
    expect(msg.raw).toBe("Tervetuloa, <b>Aino</b>!");
    expect(msg.parse_mode).toBe("HTML");
    expect(msg.entities).toEqual([{ type: "bold", offset: 12, length: 4 }]);
    expect(msg.message.from?.id).toBe(TEST_BOT_ID);
    expect(msg.message.chat).toMatchObject({ id: aino.id, type: "private", first_name: "Aino" });
    expect(emu.calls("getMe")).toBe(1);
    expect(emu.calls("sendMessage")).toBe(1);

    // updates arriving while the bot is already long-polling
    const later = emu.mark();
    emu.sendText({ from: aino, text: "/start again" });
    await emu.waitForMessage(aino.id, undefined, { after: later });

    await running[0]?.bot.stop();
    expect(emu.pendingUpdates()).toEqual([]); // stop() confirmed the offset
    expect(emu.hasPendingPoll()).toBe(false);
  });

  it("round-trips an inline button: callback_query, answerCallbackQuery, edit", async () => {
    const bot = newBot();
    bot.command("menu", (ctx) =>
      ctx.reply("Osallistutko talkoisiin?", {
        reply_markup: new InlineKeyboard().text("Kyllä", "vote:yes").text("Ei", "vote:no"),
      }),
    );
    bot.callbackQuery(/^vote:(.+)$/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Kiitos!" });
      await ctx.editMessageText(`Valitsit: ${ctx.match[1] ?? ""}`);
    });
    start(bot);
    emu.sendText({ from: aino, text: "/menu" });
    const menu = await emu.waitForMessage(aino.id);
    expect(menu.message.reply_markup?.inline_keyboard[0]?.map((b) => b.text)).toEqual(["Kyllä", "Ei"]);

    const queryId = emu.pressButton({ from: aino, buttonText: "Kyllä" });
    const answer = await emu.waitForCallbackAnswer(queryId);
    expect(answer).toMatchObject({ text: "Kiitos!", data: "vote:yes", chat_id: aino.id, message_id: menu.message_id });

    await emu.waitFor(() => menu.text === "Valitsit: yes");
    expect(menu.history.map((v) => v.text)).toEqual(["Osallistutko talkoisiin?"]);
    expect(menu.reply_markup).toBeUndefined(); // editMessageText without reply_markup drops the keyboard
    expect(menu.edit_date).toBeTypeOf("number");

    // a query can be answered once
    const again = await apiError(bot.api.answerCallbackQuery(queryId));
    expect(again.description).toBe("Bad Request: query is too old and response timeout expired or query ID is invalid");
    // identical edit
    const same = await apiError(bot.api.editMessageText(aino.id, menu.message_id, "Valitsit: yes"));
    expect(same.error_code).toBe(400);
    expect(same.description).toMatch(
      /^Bad Request: message is not modified: specified new message content and reply markup are exactly the same/,
    );
    // pressing a button that isn't there is a test bug
    expect(() => emu.pressButton({ from: aino, messageId: menu.message_id, data: "vote:yes" })).toThrow(/no button/);
  });

  it("answers a second poller's conflict with 409 to the older one, like telegram-bot-api", async () => {
    const botA = newBot();
    const a = start(botA);
    await emu.waitFor(() => emu.hasPendingPoll());
    const botB = newBot();
    start(botB);
    const err = await apiError(a);
    expect(err.error_code).toBe(409);
    expect(err.description).toBe(
      "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    );
    await emu.waitFor(() => emu.hasPendingPoll()); // B now polls
    emu.sendText({ from: aino, text: "hei" });
    await emu.waitFor(() => emu.pendingUpdates().length === 0 || undefined);
  });

  it("refuses getUpdates while a webhook is set, and setWebhook terminates a pending poll", async () => {
    const bot = newBot();
    const polling = bot.api.getUpdates({ timeout: 10 });
    await emu.waitFor(() => emu.hasPendingPoll());
    await bot.api.setWebhook("http://127.0.0.1:9/hook");
    const terminated = await apiError(polling);
    expect(terminated).toMatchObject({ error_code: 409, description: "Conflict: terminated by setWebhook request" });
    const conflict = await apiError(bot.api.getUpdates());
    expect(conflict.description).toBe(
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url: "http://127.0.0.1:9/hook", pending_update_count: 0 });
    const del = await rawCall("deleteWebhook", { drop_pending_updates: true });
    expect(del.json).toEqual({ ok: true, result: true, description: "Webhook was deleted" });
    expect(await bot.api.getUpdates()).toEqual([]);
  });
});

describe("telegram emulator: getUpdates semantics", () => {
  it("confirms with offset, clamps limit, counts negative offsets from the end", async () => {
    const api = newBot().api;
    const ids = [1, 2, 3].map((i) => emu.sendText({ from: aino, text: `viesti ${i}` }).update_id);
    const first = await api.getUpdates();
    expect(first.map((u) => u.update_id)).toEqual(ids);
    expect(ids[1]).toBe((ids[0] as number) + 1);
    // not confirmed yet: delivered again
    expect((await api.getUpdates()).length).toBe(3);
    expect((await api.getUpdates({ offset: ids[1] })).map((u) => u.update_id)).toEqual(ids.slice(1));
    expect((await api.getUpdates({ offset: (ids[2] as number) + 1 })).length).toBe(0);
    expect(emu.pendingUpdates()).toEqual([]);

    for (let i = 0; i < 150; i++) emu.sendText({ from: aino, text: `m${i}` });
    expect((await api.getUpdates({ limit: 500 })).length).toBe(100);
    expect((await api.getUpdates({ limit: 0 })).length).toBe(1);
    const last = await api.getUpdates({ offset: -1 });
    expect(last.map((u) => u.message?.text)).toEqual(["m149"]);
    expect(emu.pendingUpdates().length).toBe(1);
  });

  it("long-polls until an update arrives and honours allowed_updates", async () => {
    const api = newBot().api;
    const t0 = Date.now();
    const poll = api.getUpdates({ timeout: 5, allowed_updates: ["callback_query", "message"] });
    await emu.waitFor(() => emu.hasPendingPoll());
    emu.sendText({ from: aino, text: "herätys" });
    const got = await poll;
    expect(got.map((u) => u.message?.text)).toEqual(["herätys"]);
    expect(Date.now() - t0).toBeLessThan(1000);

    await api.getUpdates({ offset: (got[0]?.update_id ?? 0) + 1, allowed_updates: ["callback_query"] });
    emu.sendText({ from: aino, text: "ei toimiteta" });
    expect(emu.droppedUpdates().map((u) => u.message?.text)).toEqual(["ei toimiteta"]);
    expect(await api.getUpdates()).toEqual([]);
    // an empty list resets to the default set
    await api.getUpdates({ allowed_updates: [] });
    emu.sendText({ from: aino, text: "taas" });
    expect((await api.getUpdates()).length).toBe(1);
  });

  it("builds updates without enqueuing them, for handleUpdate and redelivery", async () => {
    const bot = newBot();
    let seen = 0;
    bot.on("message:text", async (ctx) => {
      seen++;
      await ctx.reply("kuitattu");
    });
    const update = emu.buildTextUpdate({ from: aino, text: "sama päivitys" });
    expect(emu.pendingUpdates()).toEqual([]);
    await bot.handleUpdate(update);
    await bot.handleUpdate(update); // redelivered
    expect(seen).toBe(2);
    expect(emu.messages(aino.id).map((m) => m.text)).toEqual(["kuitattu", "kuitattu"]);
    expect(emu.transcript(aino.id).map((m) => m.text)).toEqual(["sama päivitys", "kuitattu", "kuitattu"]);
  });
});

describe("telegram emulator: validation like Telegram", () => {
  it("rejects bad HTML with 'can't parse entities' and counts length after parsing", async () => {
    const api = newBot().api;
    emu.createPrivateChat(aino);
    const html = (text: string) => apiError(api.sendMessage(aino.id, text, { parse_mode: "HTML" }));

    expect((await html("<b>avoin")).description).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    const br = await html("Hyvää<br>huomenta");
    expect(br).toBeInstanceOf(GrammyError);
    expect(br.error_code).toBe(400);
    expect(br.description).toBe(`Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 7`);
    expect((await html("<b><i>x</b></i>")).description).toBe(
      `Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`,
    );
    expect((await html("Tom & Jerry")).description).toMatch(
      /^Bad Request: can't parse entities: Unescaped character "&"/,
    );
    expect((await html("1 > 0")).description).toMatch(/^Bad Request: can't parse entities: Unescaped character ">"/);
    expect((await html("a&nbsp;b")).description).toMatch(/^Bad Request: can't parse entities:/);
    expect((await html('<span class="x">s</span>')).description).toBe(
      `Bad Request: can't parse entities: Tag "span" must have class "tg-spoiler" at byte offset 0`,
    );
    expect((await html("<b> </b>")).description).toBe("Bad Request: message text is empty");
    expect((await apiError(api.sendMessage(aino.id, "x".repeat(4097)))).description).toBe(
      "Bad Request: message is too long",
    );
    expect((await apiError(api.sendMessage(aino.id, "Hinta 5.50 €", { parse_mode: "MarkdownV2" }))).description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );

    // 4096 visible characters inside tags is fine; entities are decoded
    const long = await api.sendMessage(aino.id, `<b>${"x".repeat(4096)}</b>`, { parse_mode: "HTML" });
    expect(long.text?.length).toBe(4096);
    const ok = await api.sendMessage(
      aino.id,
      `a &lt; b &amp;&amp; c &gt; d &quot;e&quot; &#228;<a href="https://example.org/?a=1&amp;b=2">linkki</a>` +
        `<tg-spoiler>s</tg-spoiler><pre><code class="language-ts">let x</code></pre>`,
      { parse_mode: "HTML" },
    );
    expect(ok.text).toBe('a < b && c > d "e" älinkkislet x');
    expect(ok.entities).toEqual([
      { type: "text_link", offset: 20, length: 6, url: "https://example.org/?a=1&b=2" },
      { type: "spoiler", offset: 26, length: 1 },
      { type: "pre", offset: 27, length: 5, language: "ts" },
    ]);
  });

  it("keeps bare & and > literally when strictHtml is off (as the real server does)", async () => {
    await setup({ strictHtml: false });
    const api = newBot().api;
    emu.createPrivateChat(aino);
    const m = await api.sendMessage(aino.id, "Tom & Jerry > a&nbsp;b", { parse_mode: "HTML" });
    expect(m.text).toBe("Tom & Jerry > a&nbsp;b");
  });

  it("validates keyboards, edits, deletes, chats, tokens and methods", async () => {
    const api = newBot().api;
    emu.createPrivateChat(aino);
    const button = (data: string) => ({ reply_markup: new InlineKeyboard().text("Nappi", data) });
    expect((await apiError(api.sendMessage(aino.id, "x", button("a".repeat(65))))).description).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
    expect((await apiError(api.sendMessage(aino.id, "x", button("ä".repeat(33))))).description).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
    await api.sendMessage(aino.id, "x", button("ä".repeat(32))); // 64 bytes
    expect(
      (
        await apiError(
          api.sendMessage(aino.id, "x", { reply_markup: { inline_keyboard: [[{ text: "pelkkä" } as never]] } }),
        )
      ).description,
    ).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");

    expect((await apiError(api.sendMessage(42, "kuka?"))).description).toBe("Bad Request: chat not found");
    expect((await apiError(api.editMessageText(aino.id, 999, "uusi"))).description).toBe(
      "Bad Request: message to edit not found",
    );
    expect((await apiError(api.deleteMessage(aino.id, 999))).description).toBe(
      "Bad Request: message to delete not found",
    );
    expect((await apiError(api.sendMessage(aino.id, ""))).description).toBe("Bad Request: message text is empty");
    expect((await apiError(api.sendMessage(aino.id, "x", { parse_mode: "BBCode" as never }))).description).toBe(
      "Bad Request: unsupported parse_mode",
    );
    expect((await apiError(api.sendChatAction(aino.id, "dancing" as never))).description).toBe(
      "Bad Request: wrong parameter action in request",
    );
    await api.sendChatAction(aino.id, "typing");
    expect(emu.chatActions(aino.id).map((a) => a.action)).toEqual(["typing"]);

    const m = await api.sendMessage(aino.id, "poistettava");
    await api.deleteMessage(aino.id, m.message_id);
    expect(emu.messages(aino.id).some((x) => x.message_id === m.message_id)).toBe(false);
    expect(emu.messages(aino.id, { includeDeleted: true }).find((x) => x.message_id === m.message_id)?.deleted).toBe(
      true,
    );

    // user never started the bot
    emu.createPrivateChat(bertil, { started: false });
    expect(await apiError(api.sendMessage(bertil.id, "hei"))).toMatchObject({
      error_code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });

    // answerCallbackQuery text limit
    const q = emu.pressButton({ from: aino, data: "ä".repeat(32) });
    expect((await apiError(api.answerCallbackQuery(q, { text: "x".repeat(201) }))).description).toBe(
      "Bad Request: MESSAGE_TOO_LONG",
    );
    await api.answerCallbackQuery(q, { text: "x".repeat(200) });

    // tokens, methods, wire formats
    expect(await rawCall("getMe", {}, { token: "123456:wrong-but-well-formed-token-xxxxxxxxx" })).toMatchObject({
      status: 401,
      json: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    expect((await rawCall("getMe", {}, { token: "not-a-token" })).json.description).toBe(
      "Unauthorized: invalid token specified",
    );
    expect(await rawCall("fooBar", {})).toMatchObject({
      status: 404,
      json: { ok: false, error_code: 404, description: "Not Found" },
    });
    const form = await rawCall("SENDMESSAGE", `chat_id=${aino.id}&text=${encodeURIComponent("lomake ä")}`, {
      contentType: "application/x-www-form-urlencoded",
    });
    expect(form.json).toMatchObject({ ok: true, result: { text: "lomake ä" } });
    const query = await httpGet(`${emu.apiRoot}/bot${TEST_TOKEN}/getMe?x=1`);
    expect(JSON.parse(query.body.toString()).result.username).toBe("mk_testi_bot");
    expect(emu.calls("sendMessage")).toBeGreaterThan(5);
    expect(emu.requests("sendMessage").at(-1)?.params).toMatchObject({ text: "lomake ä" });
  });

  it("stores multipart sendDocument content and serves it back through getFile", async () => {
    const api = newBot().api;
    emu.createPrivateChat(aino);
    const csv = Buffer.from("nimi;puhelin\nAino;040 123\n", "utf8");
    const sent = await api.sendDocument(aino.id, new InputFile(csv, "jäsenet; 2025.csv"), {
      caption: "<b>Jäsenlista</b>",
      parse_mode: "HTML",
    });
    expect(sent.document?.file_name).toBe("jäsenet; 2025.csv");
    expect(sent.caption).toBe("Jäsenlista");
    const [doc] = emu.documents();
    expect(doc?.content.equals(csv)).toBe(true);
    expect(doc).toMatchObject({
      filename: "jäsenet; 2025.csv",
      mime_type: "text/csv",
      caption: "Jäsenlista",
      chat_id: aino.id,
    });
    expect(emu.lastMessage(aino.id)?.kind).toBe("document");
    expect(emu.requests("sendDocument")[0]?.params.document).toMatch(/^attach:\/\//);

    const file = await api.getFile(sent.document?.file_id ?? "");
    const download = await httpGet(`${emu.apiRoot}/file/bot${TEST_TOKEN}/${file.file_path ?? ""}`);
    expect(download.body.equals(csv)).toBe(true);

    // re-send by file_id, and an empty upload
    await api.sendDocument(aino.id, sent.document?.file_id ?? "");
    expect(emu.documents()[1]?.content.equals(csv)).toBe(true);
    expect((await apiError(api.sendDocument(aino.id, new InputFile(Buffer.alloc(0), "tyhjä.txt")))).description).toBe(
      "Bad Request: file must be non-empty",
    );
  });

  it("keeps bot commands per language and scope, with Telegram's validation", async () => {
    const api = newBot().api;
    emu.createPrivateChat(aino);
    emu.createGroup({ id: SUPERGROUP, title: "Kylätoimikunta", type: "supergroup", members: [aino] });
    await api.setMyCommands([
      { command: "start", description: "Aloita" },
      { command: "apua", description: "Ohjeet" },
    ]);
    await api.setMyCommands([{ command: "start", description: "Starta" }], { language_code: "sv" });
    await api.setMyCommands([{ command: "kokous", description: "Seuraava kokous" }], {
      scope: { type: "chat", chat_id: SUPERGROUP },
    });
    expect(emu.commands().map((c) => c.command)).toEqual(["start", "apua"]);
    expect(emu.commands("sv")).toEqual([{ command: "start", description: "Starta" }]);
    expect(await api.getMyCommands({ language_code: "sv" })).toEqual([{ command: "start", description: "Starta" }]);
    expect(await api.getMyCommands({ language_code: "en" })).toEqual([]); // exact match, no fallback
    expect(emu.effectiveCommands({ chatId: aino.id, languageCode: "en" }).map((c) => c.command)).toEqual([
      "start",
      "apua",
    ]);
    expect(emu.effectiveCommands({ chatId: aino.id, languageCode: "sv" })[0]?.description).toBe("Starta");
    expect(emu.effectiveCommands({ chatId: SUPERGROUP, userId: aino.id })[0]?.command).toBe("kokous");

    const invalid = (command: string, description = "kuvaus") =>
      apiError(api.setMyCommands([{ command, description }]));
    expect((await invalid("Apua")).description).toBe("Bad Request: BOT_COMMAND_INVALID");
    expect((await invalid("oma-tiedot")).description).toBe("Bad Request: BOT_COMMAND_INVALID");
    expect((await invalid("x".repeat(33))).description).toBe("Bad Request: command length must not exceed 32");
    expect((await invalid("ok", "")).description).toBe("Bad Request: command description must be non-empty");
    expect((await invalid("ok", "d".repeat(257))).description).toBe(
      "Bad Request: command description length must not exceed 256",
    );
    expect((await apiError(api.setMyCommands([], { language_code: "fin" as never }))).description).toBe(
      "Bad Request: invalid language code specified",
    );
    await api.deleteMyCommands({ language_code: "sv" });
    expect(emu.commands("sv")).toEqual([]);
  });
});

describe("telegram emulator: faults", () => {
  it("429 from failNext has Telegram's exact body and is waited out by auto-retry", async () => {
    emu.createPrivateChat(aino);
    emu.failNext("sendMessage", tooManyRequests(1));
    const raw = await rawCall("sendMessage", { chat_id: aino.id, text: "hei" });
    expect(raw.status).toBe(429);
    expect(raw.json).toEqual({
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    expect(emu.messages(aino.id)).toHaveLength(0);

    const bot = newBot();
    bot.api.config.use(autoRetry());
    emu.failNext("sendMessage", { error_code: 429, parameters: { retry_after: 1 } }); // description filled in
    const t0 = Date.now();
    await bot.api.sendMessage(aino.id, "uudestaan");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(emu.calls("sendMessage")).toBe(3);
    expect(emu.messages(aino.id).map((m) => m.text)).toEqual(["uudestaan"]);
  });

  it("403 for blocked, deactivated and kicked; blocking also emits my_chat_member", async () => {
    const bot = newBot();
    bot.api.config.use(autoRetry());
    emu.createPrivateChat(aino);
    emu.createPrivateChat(bertil);
    emu.blockUser(aino.id);
    const blocked = await apiError(bot.api.sendMessage(aino.id, "hei"));
    expect(blocked).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(emu.calls("sendMessage")).toBe(1); // not retried
    expect(emu.pendingUpdates()[0]?.my_chat_member?.new_chat_member.status).toBe("kicked");

    emu.deactivateUser(bertil.id);
    expect((await apiError(bot.api.sendMessage(bertil.id, "hei"))).description).toBe("Forbidden: user is deactivated");

    emu.createGroup({ id: GROUP, title: "Kerho", members: [aino] });
    emu.createGroup({ id: SUPERGROUP, title: "Iso kerho", type: "supergroup" });
    emu.kickFromGroup(GROUP);
    emu.kickFromGroup(SUPERGROUP);
    expect((await apiError(bot.api.sendMessage(GROUP, "hei"))).description).toBe(
      "Forbidden: bot was kicked from the group chat",
    );
    expect((await apiError(bot.api.sendMessage(SUPERGROUP, "hei"))).description).toBe(
      "Forbidden: bot was kicked from the supergroup chat",
    );
    // the user writes again: Telegram restarts the bot for them
    emu.sendText({ from: aino, text: "/start" });
    await bot.api.sendMessage(aino.id, "tervetuloa takaisin");
  });

  it("migration puts migrate_to_chat_id into err.parameters", async () => {
    const api = newBot().api;
    emu.createGroup({ id: GROUP, title: "Kerho", members: [aino] });
    await api.sendMessage(GROUP, "ennen");
    emu.migrateGroup(GROUP, SUPERGROUP);
    const err = await apiError(api.sendMessage(GROUP, "jälkeen"));
    expect(err.error_code).toBe(400);
    expect(err.description).toBe("Bad Request: group chat was upgraded to a supergroup chat");
    expect(err.parameters.migrate_to_chat_id).toBe(SUPERGROUP);
    const moved = await api.sendMessage(err.parameters.migrate_to_chat_id ?? 0, "jälkeen");
    expect(moved.chat).toMatchObject({ id: SUPERGROUP, type: "supergroup", title: "Kerho" });
    const service = emu.pendingUpdates().map((u) => u.message);
    expect(service.map((m) => m?.migrate_to_chat_id ?? m?.migrate_from_chat_id)).toEqual([SUPERGROUP, GROUP]);
  });

  it("outage and rate limits follow the injected clock", async () => {
    let now = 1_750_000_000_000;
    await setup({ now: () => now });
    const api = newBot().api;
    emu.createPrivateChat(aino);
    emu.createGroup({ id: GROUP, title: "Kerho" });

    emu.outage(now + 5000);
    expect(await apiError(api.getMe())).toMatchObject({ error_code: 500, description: "Internal Server Error" });
    now += 5000;
    await api.getMe();
    emu.outage(true, { status: 502 });
    expect(await rawCall("getMe", {})).toMatchObject({
      status: 502,
      json: { ok: false, error_code: 502, description: "Bad Gateway" },
    });
    emu.outage(false);

    emu.rateLimits({ perChat: 1, perChatBurst: 2, perGroupPerMinute: 20 });
    await api.sendMessage(aino.id, "1");
    await api.sendMessage(aino.id, "2");
    const flood = await apiError(api.sendMessage(aino.id, "3"));
    expect(flood).toMatchObject({
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    now += 1000;
    await api.sendMessage(aino.id, "3");

    emu.rateLimits({ perChat: 1000, perChatBurst: 1000, perGroupPerMinute: 20 });
    for (let i = 0; i < 20; i++) await api.sendMessage(GROUP, `viesti ${i}`);
    const groupFlood = await apiError(api.sendMessage(GROUP, "liikaa"));
    expect(groupFlood.parameters.retry_after).toBe(3); // 20/min = one every 3 s
    now += 3000;
    await api.sendMessage(GROUP, "taas");
    emu.rateLimits(false);
  });

  it("runs under vi.useFakeTimers(): fake time drives the clock, sockets keep real timers", async () => {
    vi.useFakeTimers({ now: new Date("2025-03-01T09:00:00Z") });
    try {
      await setup(); // default clock: the (faked) global Date.now
      const api = newBot().api;
      emu.createPrivateChat(aino);
      emu.outage(Date.now() + 60_000);
      expect((await apiError(api.getMe())).error_code).toBe(500);
      vi.setSystemTime(new Date("2025-03-01T09:01:00Z"));
      const m = await api.sendMessage(aino.id, "hei");
      expect(m.date).toBe(Date.UTC(2025, 2, 1, 9, 1, 0) / 1000);
      const poll = api.getUpdates({ timeout: 5 });
      await emu.waitFor(() => emu.hasPendingPoll());
      emu.sendText({ from: aino, text: "herää" });
      expect((await poll).map((u) => u.message?.date)).toEqual([m.date]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("lose-response processes the call but drops the answer (at-least-once sends)", async () => {
    const api = newBot().api;
    emu.createPrivateChat(aino);
    emu.failNext("sendMessage", "lose-response", 1, (p) => p.text === "tärkeä");
    await expect(api.sendMessage(aino.id, "tärkeä")).rejects.toBeInstanceOf(HttpError);
    expect(emu.messages(aino.id).map((m) => m.text)).toEqual(["tärkeä"]);
    emu.failNext("*", "reset");
    await expect(api.getMe()).rejects.toBeInstanceOf(HttpError);
    await api.getMe();
  });
});

describe("telegram emulator: groups, topics, webhooks", () => {
  it("applies privacy mode in groups and keeps forum topics", async () => {
    const bot = newBot();
    bot.on("message", (ctx) => ctx.reply(`sain: ${ctx.message.text ?? "?"}`));
    emu.createGroup({ id: SUPERGROUP, title: "Foorumi", type: "supergroup", isForum: true, members: [aino] });
    const topic = emu.createTopic(SUPERGROUP, "Talkoot");
    start(bot);
    emu.sendText({ from: aino, chatId: SUPERGROUP, text: "pelkkää juttua" });
    emu.sendText({ from: aino, chatId: SUPERGROUP, text: "/ilmoittaudu@mk_testi_bot", threadId: topic });
    const reply = await emu.waitForMessage(SUPERGROUP);
    expect(reply.text).toBe("sain: /ilmoittaudu@mk_testi_bot");
    expect(reply.message_thread_id).toBe(topic);
    expect(reply.message.is_topic_message).toBe(true);
    expect(emu.droppedUpdates().map((u) => u.message?.text)).toEqual(["pelkkää juttua"]);
    expect((await apiError(bot.api.sendMessage(SUPERGROUP, "x", { message_thread_id: 999 }))).description).toBe(
      "Bad Request: message thread not found",
    );
  });

  it("delivers to a webhook with the secret header, retries non-2xx, executes webhook replies", async () => {
    await setup({ webhook: { retryBaseMs: 20 } });
    emu.createPrivateChat(aino);
    const seen: Array<{ secret: string | undefined; text: string }> = [];
    let failFirst = true;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const update = JSON.parse(Buffer.concat(chunks).toString()) as {
          message: { text: string; chat: { id: number } };
        };
        seen.push({
          secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined,
          text: update.message.text,
        });
        if (failFirst) {
          failFirst = false;
          res.writeHead(500).end();
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            method: "sendMessage",
            chat_id: update.message.chat.id,
            text: `kaiku: ${update.message.text}`,
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const api = newBot().api;
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      await api.setWebhook(url, { secret_token: "s3cr3t" });
      emu.sendText({ from: aino, text: "yksi" });
      emu.sendText({ from: aino, text: "kaksi" });
      await emu.waitFor(() => emu.messages(aino.id).length === 2 || undefined);
      expect(emu.messages(aino.id).map((m) => m.text)).toEqual(["kaiku: yksi", "kaiku: kaksi"]); // per-chat order kept
      expect(seen.map((s) => s.text)).toEqual(["yksi", "yksi", "kaksi"]);
      expect(seen.every((s) => s.secret === "s3cr3t")).toBe(true);
      const info = await api.getWebhookInfo();
      expect(info).toMatchObject({
        url,
        pending_update_count: 0,
        last_error_message: "Wrong response from the webhook: 500 Internal Server Error",
      });
      expect((await apiError(api.setWebhook(`${url}2`))).error_code).toBe(429); // Telegram: one setWebhook per second
    } finally {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
    }
  });

  it("works with grammY's webhookCallback", async () => {
    emu.createPrivateChat(aino);
    const bot = newBot();
    bot.command("start", (ctx) => ctx.reply("webhookin kautta"));
    const server = http.createServer(webhookCallback(bot, "http", { secretToken: "abc" }));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      await bot.api.setWebhook(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { secret_token: "abc" });
      emu.sendText({ from: aino, text: "/start" });
      expect((await emu.waitForMessage(aino.id)).text).toBe("webhookin kautta");
      await emu.waitFor(() => emu.webhookInfo().pending_update_count === 0 || undefined);
      await bot.api.deleteWebhook();
    } finally {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
    }
  });
});
