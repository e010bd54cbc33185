/** Redeliveries act once; requests that do not come from the platform are refused. */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { SIGNING_SECRET, WEBHOOK_SECRET, startHarness, type Harness } from "../support/harness.js";
import { signedRequest } from "../emulators/slack/server.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

describe("Slack", () => {
  it("acts once on an event retried with X-Slack-Retry-Num", async () => {
    h = await startHarness({ telegram: false });
    const kaisa = h.slackUser("U0KAISA10", "Kaisa");
    const dm = h.sl.dmChannel(kaisa);
    const first = await h.sl.userMessage({ user: kaisa, channel: dm, text: "!organisaatio Toisto ry, Lahti" });
    await h.sl.waitFor(() => h!.sl.dmMessages(kaisa).some((m) => m.bot_id && m.text?.includes("Toisto ry")));
    await h.sl.retryEvent(first.eventId, { retryNum: 1, retryReason: "timeout" });
    await h.sl.retryEvent(first.eventId, { retryNum: 2, retryReason: "http_error" });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.sl.dmMessages(kaisa).filter((m) => m.bot_id && m.text?.includes("Toisto ry"))).toHaveLength(1);
    expect(await h.app.db.organisation.count({ where: { name: "Toisto ry" } })).toBe(1);
  });

  it("HTTP mode: signed requests work; a forged signature or a stale timestamp gets 401", async () => {
    h = await startHarness({ telegram: false, slackMode: "http" });
    const kaisa = h.slackUser("U0KAISA11", "Kaisa");
    expect((await h.slack(kaisa, "ohje")).text).toContain("Pyydä apua");
    const url = `http://127.0.0.1:${h.port}/slack/events`;
    const body = new URLSearchParams({
      command: "/mk",
      text: "organisaatio Väärennös ry",
      user_id: kaisa,
      user_name: "Kaisa",
      channel_id: "C0STAFF001",
      team_id: h.sl.teamId,
      trigger_id: "1.2.forged",
      response_url: "http://127.0.0.1:1/none",
    }).toString();
    const forged = await signedRequest(url, body, {
      signingSecret: "wrong-secret",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(forged.status).toBe(401);
    const stale = await signedRequest(url, body, {
      signingSecret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      contentType: "application/x-www-form-urlencoded",
    });
    expect(stale.status).toBe(401);
    expect(await h.app.db.organisation.count({ where: { name: "Väärennös ry" } })).toBe(0);
    // Replaying the same correctly signed request (same trigger) acts once.
    const fresh = { signingSecret: SIGNING_SECRET, contentType: "application/x-www-form-urlencoded" as const };
    expect((await signedRequest(url, body, fresh)).status).toBe(200);
    expect((await signedRequest(url, body, { ...fresh, retryNum: 1 })).status).toBe(200);
    expect(await h.app.db.organisation.count({ where: { name: "Väärennös ry" } })).toBe(1);
  });
});

describe("Bolt's own log lines", () => {
  it("carry no member text: a body Bolt cannot parse is logged without the words in it", async () => {
    h = await startHarness({ telegram: false, slackMode: "http" });
    const url = `http://127.0.0.1:${h.port}/slack/events`;
    // Signed, but not JSON: Bolt logs the parser's message, which quotes the start of the body.
    const raw = '{"type":"event_callback","event":{"type":"message","text": Kuukkeli asiakkaan hetu 131052-308T}}';
    const res = await signedRequest(url, raw, { signingSecret: SIGNING_SECRET, contentType: "application/json" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const bolt = h.log.entries.filter((e) => e.msg === "bolt");
    expect(bolt.length, "Bolt logged the failure").toBeGreaterThan(0);
    const logged = JSON.stringify(h.log.entries);
    expect(logged).not.toContain("Kuukkeli");
    expect(logged).not.toContain("131052");
  });
});

describe("Telegram webhook mode", () => {
  it("handles updates Telegram delivers with the secret token and refuses requests without it", async () => {
    h = await startHarness({ slack: false, telegramMode: "webhook" });
    expect(h.tg.webhookInfo()).toMatchObject({ url: `http://127.0.0.1:${h.port}/telegram` });
    const anna = h.telegramUser(2001, "Anna");
    const hello = await h.tgSay(anna, "/start");
    expect(hello.text).toContain("Hei Anna");

    const update = h.tg.buildTextUpdate({ from: anna, text: "/organisaatio Ulkopuolinen ry" });
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${h!.port}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(update),
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "guess" })).status).toBe(401);
    expect(await h.app.db.organisation.count({ where: { name: "Ulkopuolinen ry" } })).toBe(0);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET })).status).toBe(200);
    expect(await h.app.db.organisation.count({ where: { name: "Ulkopuolinen ry" } })).toBe(1);
  });

  it("answers only at the path of TELEGRAM_WEBHOOK_URL: other paths get 404 even with the secret, and nothing is handled", async () => {
    h = await startHarness({ slack: false, telegramMode: "webhook" });
    const anna = h.telegramUser(2002, "Anna");
    expect((await h.tgSay(anna, "/start")).text).toContain("Hei Anna");
    const post = (p: string, name: string) =>
      fetch(`http://127.0.0.1:${h!.port}${p}`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET },
        body: JSON.stringify(h!.tg.buildTextUpdate({ from: anna, text: `/organisaatio ${name}` })),
      });
    for (const [i, p] of ["/telegram/x", "/telegramx", "/Telegram", "/", "/slack/events"].entries()) {
      const res = await post(p, `Polku${i} ry`);
      expect(res.status, p).not.toBe(200);
    }
    expect(await h.app.db.organisation.count({ where: { name: { startsWith: "Polku" } } })).toBe(0);
    // The configured path works, also with a query string.
    expect((await post("/telegram?x=1", "Oikea ry")).status).toBe(200);
    expect(await h.app.db.organisation.count({ where: { name: "Oikea ry" } })).toBe(1);
  });
});
