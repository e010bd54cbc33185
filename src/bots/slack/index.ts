/**
 * The Slack app: Bolt in Socket Mode (no public URL needed) or HTTP mode (signed requests on
 * PORT). One slash command `/mk <subcommand>`, buttons, DMs for guided conversations, App Home.
 * Events are deduplicated on event_id, commands and button presses on their trigger_id.
 */
import { App, LogLevel, webApi, type SlackCommandMiddlewareArgs, type BlockAction, type ButtonAction } from "@slack/bolt";
import type { Core } from "../../core/app/index.js";
import type { Logger, Notifier } from "../../core/app/contract.js";
import type { Config } from "../../core/config.js";
import { t } from "../../core/i18n/index.js";
import { createSlackDispatcher } from "./dispatch.js";
import { createSlackNotifier } from "./notifier.js";
import { renderBlocks } from "./render.js";
import { homeTab } from "./home.js";

export interface SlackAdapter {
  app: App;
  notifier: Notifier;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SlackAdapterOptions {
  core: Core;
  config: NonNullable<Config["slack"]>;
  port: number;
  log: Logger;
}

/** How long a slash command may take before we ack first and answer through response_url (Slack allows 3 s). */
const ACK_BUDGET_MS = 2000;

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { core, config, log } = options;
  const boltLogger = {
    debug: () => {},
    info: () => {},
    warn: (...m: unknown[]) => log.warn({ slack: m.map(String).join(" ").slice(0, 300) }, "bolt"),
    error: (...m: unknown[]) => log.error({ slack: m.map(String).join(" ").slice(0, 300) }, "bolt"),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 2, factor: 1.5, minTimeout: 200, maxTimeout: 2000 },
  };
  const app = config.appToken
    ? new App({ token: config.botToken, appToken: config.appToken, socketMode: true, clientOptions, logger: boltLogger })
    : new App({ token: config.botToken, signingSecret: config.signingSecret!, port: options.port, clientOptions, logger: boltLogger });

  const d = createSlackDispatcher(core, { staffChannelId: config.staffChannelId });

  // Slack retries events it thinks were not acked; act on each event_id once.
  app.use(async (args) => {
    const b = args.body as { event_id?: string; trigger_id?: string; type?: string };
    const key = b.event_id ?? (b.trigger_id ? `trigger:${b.trigger_id}` : undefined);
    if (key && !(await core.firstDelivery("slack", key))) {
      log.debug({ key }, "duplicate slack delivery ignored");
      // Acknowledge the duplicate, or Slack would keep retrying it.
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  });

  app.command("/mk", async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & { client: import("@slack/web-api").WebClient }) => {
    const [sub = "", ...rest] = command.text.trim().split(/\s+/);
    const input = sub
      ? { type: "command" as const, command: sub.replace(/^\//, ""), args: command.text.trim().slice(sub.length).trim() }
      : { type: "command" as const, command: "ohje", args: "" };
    void rest;
    const work = d.handle({ id: command.user_id, name: command.user_name }, command.channel_id, input, client);
    const early = await Promise.race([work, new Promise<null>((r) => setTimeout(() => r(null), ACK_BUDGET_MS).unref())]);
    if (early && early.outcome.replies.length === 1 && !early.outcome.replies[0]!.private && !early.outcome.replies[0]!.file) {
      const [part, ...more] = renderBlocks(early.outcome.replies[0]!.message);
      await ack({ response_type: "ephemeral", text: part!.text, blocks: part!.blocks });
      for (const p of more) await respond({ response_type: "ephemeral", text: p.text, blocks: p.blocks });
      return;
    }
    if (early && early.outcome.replies.some((r) => r.private)) {
      // Private answers go to the app's DM; say so where the command was typed.
      await ack({ response_type: "ephemeral", text: t(early.outcome.locale ?? "fi", "slack-sent-privately") });
    } else {
      await ack();
    }
    const { interaction, outcome } = early ?? (await work);
    await d.deliver(outcome, interaction, client, (m) => respond(m));
  });

  app.action<BlockAction<ButtonAction>>(/^mk:/, async ({ ack, body, action, respond, client }) => {
    await ack();
    const { interaction, outcome } = await d.handle(
      { id: body.user.id, name: body.user.name },
      body.channel?.id,
      { type: "action", action: action.value ?? "" },
      client,
    );
    await d.deliver(outcome, interaction, client, (m) => respond(m as never));
  });

  // Free text in the app's DM: answers in a guided conversation.
  app.message(async ({ message, client }) => {
    const m = message as { channel_type?: string; user?: string; text?: string; bot_id?: string; subtype?: string };
    if (m.channel_type !== "im" || !m.user || m.bot_id || m.subtype) return;
    const text = (m.text ?? "").trim();
    const input = text.startsWith("/") || text.startsWith("!")
      ? { type: "command" as const, command: text.slice(1).split(/\s+/)[0] ?? "", args: text.slice(1).split(/\s+/).slice(1).join(" ") }
      : { type: "text" as const, text };
    const { interaction, outcome } = await d.handle({ id: m.user }, undefined, input, client);
    await d.deliver(outcome, interaction, client);
  });

  homeTab(app, core);

  app.error(async (err) => {
    log.error({ err: err.message, code: (err as { code?: string }).code }, "slack handler failed");
  });

  // Messages from the outbox and the digest get their own client: no silent retries (a retried
  // chat.postMessage whose answer was lost would post twice) and 429s handed back with their
  // Retry-After, so the caller's ledger decides. Answers to commands keep Bolt's own client.
  const deliveryClient = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
  const notifier = createSlackNotifier(deliveryClient);
  return {
    app,
    notifier,
    async start() {
      await app.start(options.port);
      log.info({ mode: config.appToken ? "socket" : "http" }, "slack app started");
    },
    async stop() {
      await app.stop().catch(() => {});
    },
  };
}
