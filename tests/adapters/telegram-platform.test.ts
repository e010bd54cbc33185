/**
 * What real Telegram does to a running bot and must not break it: a second poller (409 Conflict),
 * failing non-essential calls at start, commands for other bots, busy groups and late callback
 * answers, members who never opened a private chat, group → supergroup migrations.
 * All through the real grammY bot (long polling via @grammyjs/runner) against the emulator.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, startHarness, type Harness } from "../support/harness.js";
import { DEFAULT_BOT_USERNAME, TEST_TOKEN, makeUser, tooManyRequests } from "../emulators/telegram/server.js";
import { t } from "../../src/core/i18n/index.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const FAST = {
  polling: {
    conflictBackoffMs: { min: 20, max: 200 },
    noticeAfterMs: 5 * 60_000,
    restartDelayMs: { min: 50, max: 200 },
  },
  retry: { firstDelayMs: 100, maxDelayMs: 400, timeoutMs: 2000 },
};

/** Another instance polling the same token: getUpdates in a loop, confirming nothing. */
function secondPoller(apiRoot: string) {
  let running = true;
  let conflicts = 0;
  const done = (async () => {
    while (running) {
      const res = await fetch(`${apiRoot}/bot${TEST_TOKEN}/getUpdates?timeout=1&limit=1&offset=-1`).catch(
        () => undefined,
      );
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
    const warnings = h.log.entries.filter(
      (e) => e.level === "warn" && /another instance is polling this bot/.test(e.msg ?? ""),
    );
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
    h = await startHarness({
      telegramTuning: FAST,
      telegramFaults: (tg) => {
        tg.failNext("setMyCommands", { error_code: 500, description: "Internal Server Error" }, 6);
        tg.failNext("deleteWebhook", { error_code: 502, description: "Bad Gateway" }, 2);
        tg.failNext("getChat", { error_code: 500, description: "Internal Server Error" }, 2);
        tg.failNext("setMyDescription", { error_code: 500, description: "Internal Server Error" }, 3);
        tg.failNext("setMyShortDescription", { error_code: 502, description: "Bad Gateway" }, 3);
      },
    });
    const anna = h.telegramUser(7002, "Anna");
    expect((await h.tgSay(anna, "/start")).text).toBeTruthy();
    expect(h.log.entries.some((e) => e.level === "warn" && /non-essential call failed/.test(e.msg ?? ""))).toBe(true);
    await h.tg.waitFor(() => h!.tg.commands("").length > 0 && h!.tg.commands("en").length > 0, 5000);
    expect(h.tg.commands("").map((c) => c.command)).toContain("pyyda");
    // The descriptions that failed at first are set on a later try, in all three languages.
    await h.tg.waitFor(
      () => ["", "sv", "en"].every((l) => h!.tg.botText("description", l) && h!.tg.botText("short_description", l)),
      5000,
    );
  });

  it("sets the bot's description and short description: Finnish by default, Swedish and English by language", async () => {
    h = await startHarness({ telegramTuning: FAST });
    await h.tg.waitFor(
      () => ["", "sv", "en"].every((l) => h!.tg.botText("description", l) && h!.tg.botText("short_description", l)),
      5000,
    );
    for (const [lang, locale] of [
      ["", "fi"],
      ["sv", "sv"],
      ["en", "en"],
    ] as const) {
      expect(h.tg.botText("description", lang)).toBe(t(locale, "tg-bot-description"));
      expect(h.tg.botText("short_description", lang)).toBe(t(locale, "tg-bot-short-description"));
      // Telegram's limits (the emulator refuses longer ones with 400, as Telegram does).
      expect([...t(locale, "tg-bot-description")].length).toBeLessThanOrEqual(512);
      expect([...t(locale, "tg-bot-short-description")].length).toBeLessThanOrEqual(120);
    }
    expect(h.tg.calls("setMyDescription")).toBe(3);
    expect(h.tg.calls("setMyShortDescription")).toBe(3);
  });

  it("a Bot API server that does not know setMyCommands (404): skipped with a warning, the bot serves", async () => {
    h = await startHarness({
      telegramTuning: FAST,
      telegramFaults: (tg) => tg.failNext("setMyCommands", { error_code: 404, description: "Not Found" }, 100),
    });
    const anna = h.telegramUser(7003, "Anna");
    expect((await h.tgSay(anna, "/start")).text).toBeTruthy();
    expect(h.log.entries.some((e) => /does not know this method/.test(e.msg ?? ""))).toBe(true);
    expect(h.tg.calls("setMyCommands")).toBe(3); // once per language, never retried
  });
});

/** Delivers the outbox until `done` holds (the bot handles updates meanwhile). */
async function settleUntil(done: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    await h!.app.telegram!.idle();
    await h!.settle();
    if (done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Anna asks for help in one line; returns the request id once its post is in the group. */
async function askInGroup(hh: Harness, title: string, chatId = COMMUNITY_CHAT_ID) {
  const anna = hh.telegramUser(7050, "Anna");
  await hh.tgSay(anna, `/pyyda ${title}`);
  await hh.settle();
  const post = await hh.tg.waitForMessage(chatId, (m) => m.text?.includes(title) ?? false, { timeoutMs: 10_000 });
  const request = await hh.app.db.helpRequest.findFirstOrThrow({ where: { title: { contains: title.slice(0, 20) } } });
  return { anna, post, id: request.id };
}

describe("groups with several bots", () => {
  it("commands addressed to another bot and chatter not for the bot get nothing and create nothing", async () => {
    h = await startHarness({ slack: false });
    const GROUP = -1005550001234;
    // As an administrator the bot receives every message of the group (as with privacy mode off).
    h.tg.createGroup({ id: GROUP, type: "supergroup", title: "Monen botin ryhmä", botStatus: "administrator" });
    const ville = makeUser(7010, "Ville", { language_code: "fi" });
    const before = h.tg.mark();
    for (const text of [
      "/help@OtherBot",
      "/ban@OtherBot",
      "/ohje@OtherBot",
      "/ban",
      "/warn spam",
      "Moi kaikki, nähdäänkö huomenna?",
    ]) {
      h.tg.sendText({ from: ville, chatId: GROUP, text });
    }
    // A command for this bot, after them in the same chat: once it is answered, the ones before were handled.
    const tiina = makeUser(7011, "Tiina", { language_code: "fi" });
    h.tg.createPrivateChat(tiina, { started: true });
    h.tg.sendText({ from: tiina, chatId: GROUP, text: `/ohje@${DEFAULT_BOT_USERNAME}` });
    await h.tg.waitFor(() => h!.tg.allSent().some((m) => m.seq > before), 10_000, "the answer to /ohje@this_bot");
    await h.app.telegram!.idle();
    const sent = h.tg.allSent().filter((m) => m.seq > before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => !/tuntematon|unknown/i.test(m.text ?? ""))).toBe(true);
    expect(sent.every((m) => m.chat_id === GROUP || m.chat_id === tiina.id)).toBe(true);
    expect(await h.app.db.identity.count({ where: { platform: "telegram", externalUserId: String(ville.id) } })).toBe(
      0,
    );
    expect(await h.app.db.member.count({ where: { displayName: "Ville" } })).toBe(0);
  });
});

describe("button presses", () => {
  it("are answered in time while the group's queue is busy, then the work is done", async () => {
    // Telegram drops answers that come too late; here the window is 3 s so the test stays short.
    h = await startHarness({
      slack: false,
      telegramEmulator: { callbackQueryTtlMs: 3000 },
      telegramTuning: { answerWithinMs: 700 },
    });
    const { id } = await askInGroup(h, "Tarvitsemme pakettiauton lauantaiksi");
    const pekka = h.telegramUser(7020, "Pekka");
    await h.tgSay(pekka, "/start");
    // The group is busy: the bot's next message there is held back by a 429 for 6 s.
    h.tg.failNext("sendMessage", tooManyRequests(6), 1, (p) => String(p.chat_id) === String(COMMUNITY_CHAT_ID));
    h.tg.sendText({ from: pekka, chatId: COMMUNITY_CHAT_ID, text: `/ohje@${DEFAULT_BOT_USERNAME}` });
    const queryId = h.tg.pressButton({ from: pekka, chatId: COMMUNITY_CHAT_ID, data: `hr:offer:${id}` });
    const answer = await h.tg.waitForCallbackAnswer(queryId, 10_000); // rejected by the emulator if late
    expect(answer.url).toBeUndefined();
    // The work still happens, after the queue: Pekka is asked for a note privately.
    await h.tg.waitForMessage(pekka.id, (m) => m.text?.includes("Kiitos, että haluat auttaa") ?? false, {
      timeoutMs: 20_000,
    });
    await h.app.telegram!.idle();
  }, 40_000);

  it("a member who never opened a private chat gets a deep link, and Start continues exactly that press", async () => {
    // The first press learns from Telegram's refusal; give it time even on a loaded test machine.
    h = await startHarness({ slack: false, telegramTuning: { answerWithinMs: 10_000 } });
    const { id, post } = await askInGroup(h, "Lainaksi peräkärry ensi viikoksi");
    const carl = makeUser(7030, "Carl", { language_code: "fi" }); // never pressed Start
    const groupBefore = h.tg.messages(COMMUNITY_CHAT_ID).length;

    const first = h.tg.pressButton({
      from: carl,
      chatId: COMMUNITY_CHAT_ID,
      messageId: post.message_id,
      data: `hr:offer:${id}`,
    });
    const answer = await h.tg.waitForCallbackAnswer(first, 10_000);
    await h.app.telegram!.idle();
    expect(answer.text).toBeUndefined(); // no "answered privately" toast
    const link = /^https:\/\/t\.me\/(\w+)\?start=([A-Za-z0-9_-]{1,64})$/.exec(answer.url ?? "");
    expect(link?.[1]).toBe(DEFAULT_BOT_USERNAME);
    expect(h.tg.messages(COMMUNITY_CHAT_ID)).toHaveLength(groupBefore); // no notice in the group

    // Pressing again: still a link, at once (the bot knows Telegram refuses it a private chat).
    const again = await h.tg.waitForCallbackAnswer(
      h.tg.pressButton({ from: carl, chatId: COMMUNITY_CHAT_ID, messageId: post.message_id, data: `hr:offer:${id}` }),
      10_000,
    );
    expect(again.url).toMatch(/\?start=/);
    expect(h.tg.messages(COMMUNITY_CHAT_ID)).toHaveLength(groupBefore);

    // Carl follows the first link and presses Start: the offer continues in the private chat.
    const after = h.tg.mark();
    h.tg.sendText({ from: carl, text: `/start ${link![2]}` });
    const prompt = await h.tg.waitForMessage(carl.id, undefined, { after, timeoutMs: 10_000 });
    expect(prompt.text).toContain("Kiitos, että haluat auttaa");
    expect(prompt.text).toContain("Lainaksi peräkärry ensi viikoksi");
    await h.app.telegram!.idle();
    expect(await h.app.db.startLink.count({ where: { token: link![2]! } })).toBe(0); // used once

    // The same link again is just a /start.
    const later = h.tg.mark();
    h.tg.sendText({ from: carl, text: `/start ${link![2]}` });
    const welcome = await h.tg.waitForMessage(carl.id, undefined, { after: later, timeoutMs: 10_000 });
    expect(welcome.text).not.toContain("Kiitos, että haluat auttaa");
    await h.app.telegram!.idle();

    // Now that Carl has a private chat, a press in the group works directly.
    const third = h.tg.pressButton({
      from: carl,
      chatId: COMMUNITY_CHAT_ID,
      messageId: post.message_id,
      data: `hr:offer:${id}`,
    });
    expect((await h.tg.waitForCallbackAnswer(third, 10_000)).url).toBeUndefined();
    await h.app.telegram!.idle();
  }, 40_000);
});

describe("a group that becomes a supergroup", () => {
  const OLD = -4001234;
  const NEW = -1004001234567;

  it("is remembered: old posts are still edited, new ones go to the supergroup, a restart with the old id keeps it, staff told once", async () => {
    h = await startHarness({
      env: { TELEGRAM_COMMUNITY_CHAT_ID: String(OLD) },
      telegramFaults: (tg) => void tg.createGroup({ id: OLD, type: "group", title: "Yhteisö" }),
    });
    const { anna, post, id } = await askInGroup(h, "Tarvitsemme kahvinkeittimen lainaan", OLD);

    h.tg.migrateGroup(OLD, NEW);
    await settleUntil(
      () => h!.sl.messages(STAFF_CHANNEL_ID).some((m) => m.text.includes(`TELEGRAM_COMMUNITY_CHAT_ID=${NEW}`)),
      "the staff notice",
    );

    // Anna resolves her request: the post made before the migration is edited where it lives.
    const last = h.tg.lastMessage(anna.id)!;
    h.tg.pressButton({ from: anna, messageId: last.message_id, data: `hr:resolve:${id}`, unchecked: true });
    await settleUntil(() => post.text?.includes("Ratkaistu") ?? false, "the old post edited");

    // A new request is posted in the supergroup.
    await h.tgSay(anna, "/pyyda Etsimme vapaaehtoista kuskia torstaiksi");
    await h.settle();
    await h.tg.waitForMessage(NEW, (m) => m.text?.includes("kuskia") ?? false, { timeoutMs: 10_000 });

    // A restart with the old id still in the settings keeps the supergroup.
    await h.restart();
    const channels = await h.app.db.channel.findMany({ where: { platform: "telegram", kind: "community" } });
    expect(channels.filter((c) => c.active).map((c) => c.chatId)).toEqual([String(NEW)]);
    expect(h.log.entries.some((e) => /became a supergroup/.test(e.msg ?? ""))).toBe(true);
    await h.tgSay(anna, "/pyyda Tarvitaan kaksi pöytää juhliin");
    await h.settle();
    await h.tg.waitForMessage(NEW, (m) => m.text?.includes("pöytää") ?? false, { timeoutMs: 10_000 });
    expect(h.sl.messages(STAFF_CHANNEL_ID).filter((m) => m.text.includes("TELEGRAM_COMMUNITY_CHAT_ID=")).length).toBe(
      1,
    );
  }, 60_000);
});
