/**
 * Drives the REAL @slack/bolt App against the Slack emulator — Socket Mode over a real
 * WebSocket, Web API over HTTP, and one HTTPReceiver app with signed requests.
 */
import { App, LogLevel, SocketModeReceiver, webApi, type Logger } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackEmulator, type SlackEmulator } from "./server.js";
import { slashCommandPayload } from "./payloads.js";

const quiet = { logLevel: LogLevel.ERROR } as const;
const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};
const fastRetries = { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 50 };

async function eventually<T>(fn: () => T | undefined | null | false, timeoutMs = 2000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("eventually: timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

function seedWorkspace(emu: SlackEmulator): void {
  emu.addUser({ id: "U0MAIJA001", name: "maija", real_name: "Maija Meikäläinen" });
  emu.addUser({ id: "U0PEKKA001", name: "pekka", real_name: "Pekka Puupää", tz: "Europe/Stockholm" });
  emu.addChannel({ id: "C0YLEINEN1", name: "yleinen", members: ["U0MAIJA001", "U0PEKKA001"] });
  emu.addChannel({ id: "C0POISTUVA", name: "poistuva", members: ["U0MAIJA001"] });
}

interface PlatformErrorLike {
  code?: string;
  data?: { error?: string };
}

describe("Slack emulator × Bolt App (Socket Mode)", () => {
  let emu: SlackEmulator;
  let app: App;
  const actions: Array<{ actionId: string; value: string | undefined; user: string; channel?: string }> = [];
  const events: Array<{
    type: string;
    eventId: string;
    retryNum: number | undefined;
    retryReason: string | undefined;
  }> = [];
  const errors: PlatformErrorLike[] = [];
  const uploads: unknown[] = [];
  const submissions: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    emu = await startSlackEmulator();
    seedWorkspace(emu);
    app = new App({
      token: emu.botToken,
      appToken: emu.appToken,
      socketMode: true,
      clientOptions: { slackApiUrl: emu.apiUrl, retryConfig: fastRetries },
      ...quiet,
    });

    app.command("/mk", async ({ command, ack, client }) => {
      await ack({ response_type: "ephemeral", text: `Vastaanotettu: ${command.text}` });
      await client.chat.postMessage({
        channel: command.channel_id,
        text: `Uusi avunpyyntö: ${command.text}`,
        blocks: [
          { type: "section", text: { type: "mrkdwn", text: `*Avunpyyntö:* ${command.text}` } },
          {
            type: "actions",
            block_id: "help_actions",
            elements: [
              { type: "button", action_id: "offer_help", text: { type: "plain_text", text: "Autan" }, value: "req-1" },
              { type: "button", action_id: "open_form", text: { type: "plain_text", text: "Lomake" }, value: "form" },
            ],
          },
        ],
      });
    });

    app.command("/mk-broken", async ({ ack, client }) => {
      await ack();
      try {
        await client.chat.postMessage({ channel: "C0POISTUVA", text: "ei mene perille" });
      } catch (e) {
        errors.push(e as PlatformErrorLike);
      }
    });

    app.command("/mk-kooste", async ({ command, ack, client }) => {
      await ack();
      const r = await client.files.uploadV2({
        channel_id: command.channel_id,
        filename: "kooste.txt",
        content: "Viikon kooste: 3 avunpyyntöä",
        initial_comment: "Viikkokooste",
      });
      uploads.push(r);
    });

    app.action("offer_help", async ({ ack, body, action, respond }) => {
      await ack();
      const a = action as { action_id: string; value?: string };
      const b = body as { user: { id: string }; channel?: { id: string } };
      actions.push({
        actionId: a.action_id,
        value: a.value,
        user: b.user.id,
        ...(b.channel ? { channel: b.channel.id } : {}),
      });
      await respond({ replace_original: true, text: "Kiitos, Maija auttaa!" });
    });

    app.action("open_form", async ({ ack, body, client }) => {
      await ack();
      await client.views.open({
        trigger_id: (body as { trigger_id: string }).trigger_id,
        view: {
          type: "modal",
          callback_id: "help_form",
          title: { type: "plain_text", text: "Avunpyyntö" },
          submit: { type: "plain_text", text: "Lähetä" },
          blocks: [
            {
              type: "input",
              block_id: "what",
              label: { type: "plain_text", text: "Mitä tarvitset?" },
              element: { type: "plain_text_input", action_id: "text" },
            },
          ],
        },
      });
    });

    app.view("help_form", async ({ ack, view }) => {
      const text = (view.state.values["what"]?.["text"] as { value?: string } | undefined)?.value ?? "";
      if (text.length < 3) {
        await ack({ response_action: "errors", errors: { what: "Liian lyhyt" } });
        return;
      }
      submissions.push(view.state.values);
      await ack();
    });

    app.event("app_home_opened", async ({ event, client, context, body }) => {
      events.push({
        type: event.type,
        eventId: (body as { event_id: string }).event_id,
        retryNum: context.retryNum,
        retryReason: context.retryReason,
      });
      await client.views.publish({
        user_id: event.user,
        view: {
          type: "home",
          blocks: [{ type: "section", text: { type: "mrkdwn", text: `Hei <@${event.user}>!` } }],
        },
      });
    });

    app.event("member_joined_channel", async ({ event, context, body }) => {
      events.push({
        type: event.type,
        eventId: (body as { event_id: string }).event_id,
        retryNum: context.retryNum,
        retryReason: context.retryReason,
      });
    });

    await app.start();
    expect(emu.connectionCount()).toBe(1);
  });

  afterAll(async () => {
    await app?.stop();
    await emu?.waitFor(() => emu.connectionCount() === 0, 2000).catch(() => undefined);
    await emu?.close();
  });

  it("opens the socket with the xapp token and verifies the bot token", () => {
    const open = emu.calls("apps.connections.open");
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]?.token).toBe(emu.appToken);
    expect(emu.calls("auth.test")[0]?.token).toBe(emu.botToken);
  });

  it("acks /mk with a response payload and the app posts to the channel", async () => {
    const r = await emu.slashCommand({
      user: "U0MAIJA001",
      channel: "C0YLEINEN1",
      command: "/mk",
      text: "kauppa-apua",
    });
    expect(r.acked).toBe(true);
    expect(r.payload).toMatchObject({ text: "Vastaanotettu: kauppa-apua" });
    expect(r.ms).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(3000);
    expect(emu.lastEphemeral("U0MAIJA001")?.text).toBe("Vastaanotettu: kauppa-apua");

    const msg = await emu.waitForMessage("C0YLEINEN1", (m) => m.text.includes("kauppa-apua"));
    expect(msg.user).toBe(emu.botUserId);
    expect(msg.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(msg.blocks?.[1]?.["block_id"]).toBe("help_actions");
    expect(msg.blocks?.[0]?.["block_id"]).toEqual(expect.any(String)); // assigned like Slack does
  });

  it("delivers a button press to app.action and applies respond({replace_original})", async () => {
    await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk", text: "nappi" });
    const msg = await emu.waitForMessage("C0YLEINEN1", (m) => m.text.includes("nappi"));
    const r = await emu.pressButton({
      user: "U0PEKKA001",
      channel: "C0YLEINEN1",
      messageTs: msg.ts,
      actionId: "offer_help",
    });
    expect(r.acked).toBe(true);
    expect(r.sent).toMatchObject({
      type: "block_actions",
      container: { type: "message", message_ts: msg.ts, channel_id: "C0YLEINEN1" },
      actions: [{ action_id: "offer_help", block_id: "help_actions", value: "req-1", type: "button" }],
    });
    await eventually(() => actions.find((a) => a.user === "U0PEKKA001"));
    expect(actions.at(-1)).toMatchObject({ actionId: "offer_help", value: "req-1", channel: "C0YLEINEN1" });
    await emu.waitFor(() => emu.message("C0YLEINEN1", msg.ts)?.text === "Kiitos, Maija auttaa!");
    expect(emu.message("C0YLEINEN1", msg.ts)?.versions).toHaveLength(2);
    expect(emu.responseUrlPosts().at(-1)).toMatchObject({ kind: "actions", ok: true });
  });

  it("opens a modal with the trigger_id and handles view_submission errors and success", async () => {
    await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk", text: "lomake" });
    const msg = await emu.waitForMessage("C0YLEINEN1", (m) => m.text.includes("lomake"));
    await emu.pressButton({ user: "U0MAIJA001", channel: "C0YLEINEN1", messageTs: msg.ts, actionId: "open_form" });
    const modal = await emu.waitFor(() => emu.currentModal("U0MAIJA001"));
    expect(modal.view["callback_id"]).toBe("help_form");

    const bad = await emu.submitView({ user: "U0MAIJA001", view: modal.id, values: { what: { text: "x" } } });
    expect(bad).toMatchObject({
      acked: true,
      responseAction: "errors",
      errors: { what: "Liian lyhyt" },
      closed: false,
    });

    const good = await emu.submitView({
      user: "U0MAIJA001",
      view: modal.id,
      values: { what: { text: "Kauppakassi" } },
    });
    expect(good).toMatchObject({ acked: true, closed: true });
    expect(submissions.at(-1)).toEqual({ what: { text: { type: "plain_text_input", value: "Kauppakassi" } } });
    expect(emu.currentModal("U0MAIJA001")).toBeUndefined();

    // the trigger_id was exchanged once; a second views.open with it fails like Slack's
    const trigger = emu
      .envelopes("interactive")
      .find((e) => (e.payload["actions"] as Array<{ action_id: string }> | undefined)?.[0]?.action_id === "open_form")
      ?.payload["trigger_id"];
    await expect(
      app.client.views.open({
        trigger_id: String(trigger),
        view: { type: "modal", title: { type: "plain_text", text: "x" }, blocks: [] },
      }),
    ).rejects.toMatchObject({ data: { error: "exchanged_trigger_id" } });
  });

  it("app_home_opened leads to views.publish", async () => {
    const r = await emu.openAppHome("U0PEKKA001");
    expect(r.acked).toBe(true);
    expect(r.sent).toMatchObject({
      type: "event_callback",
      event: { type: "app_home_opened", user: "U0PEKKA001", tab: "home" },
    });
    const home = await emu.waitFor(() => emu.homeView("U0PEKKA001"));
    expect(home["type"]).toBe("home");
    expect(JSON.stringify(home["blocks"])).toContain("Hei <@U0PEKKA001>!");
  });

  it("a re-sent event carries retry_attempt → context.retryNum / retryReason", async () => {
    const first = await emu.sendEvent(
      { type: "member_joined_channel", user: "U0PEKKA001", channel: "C0YLEINEN1" },
      { eventId: "Ev0RETRY0001" },
    );
    expect(first.acked).toBe(true);
    const retry = await emu.retryEvent("Ev0RETRY0001", { retryNum: 1, retryReason: "timeout" });
    expect(retry.acked).toBe(true);
    const seen = await eventually(() => {
      const l = events.filter((e) => e.eventId === "Ev0RETRY0001");
      return l.length === 2 ? l : undefined;
    });
    expect(seen[0]?.retryNum).toBe(0);
    expect(seen[1]).toMatchObject({ retryNum: 1, retryReason: "timeout" });
    expect(retry.sent).toBe(first.sent); // the same event_callback, as Slack re-sends it
  });

  it("retries chat.postMessage after a 429 with Retry-After", async () => {
    emu.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const before = emu.calls("chat.postMessage").length;
    await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk", text: "ruuhka" });
    await emu.waitForMessage("C0YLEINEN1", (m) => m.text.includes("ruuhka"), 4000);
    const calls = emu.calls("chat.postMessage").slice(before);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("channel_not_found surfaces as a platform error with data.error", async () => {
    emu.deleteChannel("C0POISTUVA");
    await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk-broken" });
    const err = await eventually(() => errors[0]);
    expect(err.code).toBe("slack_webapi_platform_error");
    expect(err.data?.error).toBe("channel_not_found");
  });

  it("files.uploadV2 stores the file and shares it to the channel", async () => {
    await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk-kooste" });
    await eventually(() => uploads[0]);
    const [file] = emu.files();
    expect(file?.name).toBe("kooste.txt");
    expect(file?.content?.toString("utf8")).toBe("Viikon kooste: 3 avunpyyntöä");
    expect(file?.channels).toEqual(["C0YLEINEN1"]);
    const msg = emu.lastMessage("C0YLEINEN1");
    expect(msg?.text).toBe("Viikkokooste");
    expect(msg?.files?.[0]).toMatchObject({ id: file?.id, name: "kooste.txt" });
  });

  it("files.uploadV2 with bytes (a PNG) and several files in one message; the upload steps are checked", async () => {
    const c = new webApi.WebClient(emu.botToken, { slackApiUrl: emu.apiUrl, logger: silentLogger });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);
    await c.files.uploadV2({
      channel_id: "C0YLEINEN1",
      initial_comment: "Raportti",
      file_uploads: [
        { file: png, filename: "kaavio.png" },
        { content: "Osa,Luku\r\nÄäkköset,3\r\n", filename: "raportti.csv" },
      ],
    });
    const msg = emu.lastMessage("C0YLEINEN1");
    expect(msg?.text).toBe("Raportti");
    expect(msg?.files?.map((f) => f.name)).toEqual(["kaavio.png", "raportti.csv"]);
    const byName = (n: string) => emu.files().find((f) => f.name === n)!;
    expect(byName("kaavio.png").content).toEqual(png);
    expect(byName("raportti.csv").content?.toString("utf8")).toBe("Osa,Luku\r\nÄäkköset,3\r\n");
    expect(byName("raportti.csv").length).toBe(Buffer.byteLength("Osa,Luku\r\nÄäkköset,3\r\n")); // bytes, not characters

    // The three steps by hand: a length that is not a whole number of bytes, bytes that do not
    // match the declared length, and completing a file never uploaded are refused.
    await expect(c.files.getUploadURLExternal({ filename: "x.png", length: 1.5 })).rejects.toMatchObject({
      data: { error: "invalid_arguments" },
    });
    const ticket = await c.files.getUploadURLExternal({ filename: "x.png", length: 10 });
    await expect(
      c.files.completeUploadExternal({ files: [{ id: ticket.file_id! }], channel_id: "C0YLEINEN1" }),
    ).rejects.toMatchObject({ data: { error: "file_not_found" } });
    const up = await fetch(ticket.upload_url!, { method: "POST", body: new Uint8Array([1, 2, 3]) });
    expect(up.status).toBe(200);
    await expect(
      c.files.completeUploadExternal({ files: [{ id: ticket.file_id! }], channel_id: "C0YLEINEN1" }),
    ).rejects.toMatchObject({ data: { error: "invalid_arguments" } });
  });

  it("validates like Slack: auth, blocks, archived channels, unknown methods", async () => {
    // a client with a silent logger: Slack's `[ERROR] …` response_metadata lines are logged otherwise
    const c = new webApi.WebClient(emu.botToken, { slackApiUrl: emu.apiUrl, logger: silentLogger });
    await expect(c.apiCall("no.such.method")).rejects.toMatchObject({ data: { error: "unknown_method" } });
    await expect(c.chat.postMessage({ channel: "C0YLEINEN1", text: "x", token: "xoxb-wrong" })).rejects.toMatchObject({
      data: { error: "invalid_auth" },
    });
    const noAuth = await fetch(`${emu.apiUrl}auth.test`, { method: "POST" });
    expect(noAuth.status).toBe(200);
    expect(await noAuth.json()).toEqual({ ok: false, error: "not_authed" });
    await expect(c.chat.postMessage({ channel: "C0YLEINEN1", text: "" })).rejects.toMatchObject({
      data: { error: "no_text" },
    });
    const many = Array.from({ length: 51 }, () => ({ type: "divider" }));
    await expect(c.chat.postMessage({ channel: "C0YLEINEN1", text: "x", blocks: many })).rejects.toMatchObject({
      data: { error: "invalid_blocks" },
    });
    const long = [{ type: "section", text: { type: "mrkdwn", text: "a".repeat(3001) } }];
    await expect(c.chat.postMessage({ channel: "C0YLEINEN1", text: "x", blocks: long })).rejects.toMatchObject({
      data: {
        error: "invalid_blocks",
        errors: ["must be less than 3001 characters [json-pointer:/blocks/0/text/text]"],
      },
    });
    emu.addChannel({ id: "C0ARKISTO1", name: "arkisto", is_archived: true });
    await expect(c.chat.postMessage({ channel: "C0ARKISTO1", text: "x" })).rejects.toMatchObject({
      data: { error: "is_archived" },
    });
    const dm = await c.conversations.open({ users: "U0MAIJA001" });
    expect(dm.channel?.id).toMatch(/^D/);
    const posted = await c.chat.postMessage({ channel: dm.channel?.id ?? "", text: "Hei!" });
    await expect(c.chat.update({ channel: dm.channel?.id ?? "", ts: "1.000001", text: "x" })).rejects.toMatchObject({
      data: { error: "message_not_found" },
    });
    await c.chat.update({ channel: dm.channel?.id ?? "", ts: posted.ts ?? "", text: "Hei taas!" });
    expect(
      emu
        .dmMessages("U0MAIJA001")
        .at(-1)
        ?.versions.map((v) => v.text),
    ).toEqual(["Hei!", "Hei taas!"]);
    const info = await c.users.info({ user: "U0PEKKA001" });
    expect(info.user).toMatchObject({ real_name: "Pekka Puupää", tz: "Europe/Stockholm" });
  });
});

describe("Slack emulator: Socket Mode reconnect after `disconnect`", () => {
  it("the client reconnects with a fresh apps.connections.open and keeps working", async () => {
    const emu = await startSlackEmulator();
    seedWorkspace(emu);
    const clientOptions = { slackApiUrl: emu.apiUrl, retryConfig: fastRetries };
    const receiver = new SocketModeReceiver({
      appToken: emu.appToken,
      clientPingTimeout: 300,
      installerOptions: { clientOptions },
      ...quiet,
    });
    const app = new App({ token: emu.botToken, receiver, clientOptions, ...quiet });
    app.command("/mk", async ({ ack }) => {
      await ack({ text: "ok" });
    });
    try {
      await app.start();
      emu.sendDisconnect("refresh_requested");
      await emu.waitFor(() => emu.calls("apps.connections.open").length === 2 && emu.connectionCount() === 1, 3000);
      const r = await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk" });
      expect(r).toMatchObject({ acked: true, payload: { text: "ok" } });
    } finally {
      await app.stop();
      await emu.waitFor(() => emu.connectionCount() === 0, 2000).catch(() => undefined);
      await emu.close();
    }
  });
});

describe("Slack emulator × Bolt HTTPReceiver (signed requests)", () => {
  const signingSecret = "emulator-signing-secret";
  let emu: SlackEmulator;
  let app: App;
  let url: string;
  const retries: Array<number | undefined> = [];

  beforeAll(async () => {
    emu = await startSlackEmulator();
    seedWorkspace(emu);
    app = new App({ token: emu.botToken, signingSecret, clientOptions: { slackApiUrl: emu.apiUrl }, ...quiet });
    app.command("/mk", async ({ ack, command }) => {
      await ack({ text: `HTTP: ${command.text}` });
    });
    app.event("member_joined_channel", async ({ context }) => {
      retries.push(context.retryNum);
    });
    const server = await app.start(0);
    const addr = server.address();
    if (addr === null || typeof addr === "string") throw new Error("no port");
    url = `http://127.0.0.1:${addr.port}/slack/events`;
  });

  afterAll(async () => {
    await app?.stop();
    await emu?.close();
  });

  it("200 for a correctly signed slash command, 401 for a bad signature or a stale timestamp", async () => {
    const body = slashCommandPayload(emu.workspace(), {
      user: { id: "U0MAIJA001", name: "maija" },
      channel: { id: "C0YLEINEN1", name: "yleinen" },
      command: "/mk",
      text: "allekirjoitettu",
      responseUrl: `${emu.baseUrl}/commands/none`,
      triggerId: "1.2.3",
    });
    const good = await emu.signedRequest(url, body, { signingSecret });
    expect(good.status).toBe(200);
    expect(good.json).toEqual({ text: "HTTP: allekirjoitettu" });

    const forged = await emu.signedRequest(url, body, { signingSecret, badSignature: true });
    expect(forged.status).toBe(401);

    const stale = await emu.signedRequest(url, body, { signingSecret, timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(stale.status).toBe(401);
  });

  it("delivers simulated users over HTTP too (useHttp), with X-Slack-Retry-Num", async () => {
    emu.useHttp({ url, signingSecret });
    const r = await emu.slashCommand({ user: "U0PEKKA001", channel: "C0YLEINEN1", command: "/mk", text: "http" });
    expect(r).toMatchObject({ acked: true, status: 200, payload: { text: "HTTP: http" } });
    expect(emu.lastEphemeral("U0PEKKA001")?.text).toBe("HTTP: http");

    const ev = await emu.sendEvent({ type: "member_joined_channel", user: "U0PEKKA001", channel: "C0YLEINEN1" });
    await emu.retryEvent(ev.eventId, { retryNum: 2, retryReason: "http_timeout" });
    const seen = await eventually(() => (retries.length === 2 ? retries : undefined));
    expect(seen).toEqual([undefined, 2]);
  });
});

describe("Slack emulator: Web API semantics on an injected clock (no Bolt)", () => {
  it("rate limits per channel, 429 + Retry-After, not_in_channel, response_url uses, trigger expiry", async () => {
    let now = Date.UTC(2025, 0, 6, 8, 0, 0);
    const emu = await startSlackEmulator({ now: () => now, connectionWaitMs: 0 });
    seedWorkspace(emu);
    emu.addChannel({ id: "C0SIVULLA1", name: "sivulla", members: ["U0MAIJA001"], botMember: false });
    const c = new webApi.WebClient(emu.botToken, {
      slackApiUrl: emu.apiUrl,
      logger: silentLogger,
      rejectRateLimitedCalls: true,
    });
    try {
      emu.rateLimits({ postMessagePerChannelPerSecond: 1 });
      const first = await c.chat.postMessage({ channel: "C0YLEINEN1", text: "1" });
      expect(first.ts).toBe("1736150400.000000");
      await expect(c.chat.postMessage({ channel: "C0YLEINEN1", text: "2" })).rejects.toMatchObject({
        code: "slack_webapi_rate_limited_error",
        retryAfter: 1,
      });
      await c.chat.postMessage({ channel: "U0MAIJA001", text: "toinen kanava" }); // DM: its own window
      now += 1000;
      await c.chat.postMessage({ channel: "C0YLEINEN1", text: "3" });
      expect(emu.messages("C0YLEINEN1").map((m) => m.text)).toEqual(["1", "3"]);
      await expect(c.chat.postMessage({ channel: "C0SIVULLA1", text: "x" })).rejects.toMatchObject({
        data: { error: "not_in_channel" },
      });

      emu.failNext("users.info", { status: 429, retryAfter: 7 });
      const res = await fetch(`${emu.apiUrl}users.info`, {
        method: "POST",
        headers: { authorization: `Bearer ${emu.botToken}` },
        body: new URLSearchParams({ user: "U0MAIJA001" }),
      });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(await res.json()).toEqual({ ok: false, error: "ratelimited" });

      // no app connected: the command is not delivered, but its response_url / trigger exist
      const cmd = await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk" });
      expect(cmd).toMatchObject({ acked: false, error: "dispatch_failed" });
      const post = (body: object): Promise<Response> =>
        fetch(cmd.responseUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      for (let i = 1; i <= 5; i++) expect((await post({ text: `vastaus ${i}` })).status).toBe(200);
      const sixth = await post({ text: "kuudes" });
      expect(sixth.status).toBe(404);
      expect(await sixth.json()).toMatchObject({ error: "used_url" });
      expect(emu.ephemerals("U0MAIJA001").map((e) => e.text)).toHaveLength(5);

      now += 3001;
      await expect(
        c.views.open({
          trigger_id: cmd.triggerId,
          view: { type: "modal", title: { type: "plain_text", text: "x" }, blocks: [] },
        }),
      ).rejects.toMatchObject({ data: { error: "expired_trigger_id" } });
      now += 30 * 60 * 1000;
      const cmd2 = await emu.slashCommand({ user: "U0MAIJA001", channel: "C0YLEINEN1", command: "/mk" });
      now += 30 * 60 * 1000 + 1;
      const late = await fetch(cmd2.responseUrl, { method: "POST", body: JSON.stringify({ text: "myöhässä" }) });
      expect(late.status).toBe(404);
      expect(await late.json()).toMatchObject({ error: "expired_url" });
    } finally {
      await emu.close();
    }
  });
});
