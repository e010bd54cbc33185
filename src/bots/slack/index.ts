/**
 * The Slack app: Bolt in Socket Mode (no public URL needed) or HTTP mode (signed requests on
 * PORT). One slash command `/mk <subcommand>`, buttons, DMs for guided conversations, App Home.
 * Events are deduplicated on event_id, commands and button presses on their trigger_id.
 * Text people typed is decoded from Slack's encoding here (./text.ts): the core sees plain text.
 */
import { safeError, safeLogArgs } from "../../core/privacy/logs.js";
import {
  App,
  HTTPReceiver,
  LogLevel,
  webApi,
  type SlackCommandMiddlewareArgs,
  type BlockAction,
  type ButtonAction,
} from "@slack/bolt";
import type { Core } from "../../core/app/index.js";
import type { Logger, Notifier } from "../../core/app/contract.js";
import type { Config } from "../../core/config.js";
import { t } from "../../core/i18n/index.js";
import { createSlackDispatcher } from "./dispatch.js";
import { createSlackNotifier } from "./notifier.js";
import { renderBlocks } from "./render.js";
import { pathOf, type HttpHandler } from "../../http/server.js";
import { basicsFeature } from "./features/basics.js";
import { cachedNames, decodeSlackText, escapeSlack, type SlackNames } from "./text.js";
import { createStaffChannelWatch, type StaffChannelWatch } from "./staff-channel.js";
import { checkSlackToken, SlackStartError } from "./startup.js";

export interface SlackAdapter {
  /** The Bolt app (exists once `start()` has verified the token). */
  readonly app: App;
  notifier: Notifier;
  staffChannel: StaffChannelWatch;
  /** In HTTP mode: takes `POST /slack/events` on the shared HTTP server (src/http/server.ts). */
  httpHandler?: HttpHandler;
  /** Started and taking events (Socket Mode: the socket is connected). */
  connected(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SlackAdapterOptions {
  core: Core;
  config: NonNullable<Config["slack"]>;
  log: Logger;
}

/** Where Slack sends events, commands and button presses in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** How long a slash command may take before we ack first and answer through response_url (Slack allows 3 s). */
const ACK_BUDGET_MS = 2000;

/** Names for mentions, asked from Slack once per id within one request. */
function namesFrom(client: import("@slack/web-api").WebClient): SlackNames {
  return cachedNames({
    async user(id) {
      const res = await client.users.info({ user: id });
      const u = res.user as
        { real_name?: string; name?: string; profile?: { real_name?: string; display_name?: string } } | undefined;
      return u?.profile?.real_name || u?.real_name || u?.profile?.display_name || u?.name || undefined;
    },
    async channel(id) {
      const res = await client.conversations.info({ channel: id });
      return (res.channel as { name?: string } | undefined)?.name || undefined;
    },
  });
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { core, config, log } = options;
  const boltLogger = {
    debug: () => {},
    info: () => {},
    // Bolt's own lines may append an error's message or a body it could not parse: scrubbed
    // (src/core/privacy/logs.ts), so no member's words reach the log.
    warn: (...m: unknown[]) => log.warn({ slack: safeLogArgs(m) }, "bolt"),
    error: (...m: unknown[]) => log.error({ slack: safeLogArgs(m) }, "bolt"),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 2, factor: 1.5, minTimeout: 200, maxTimeout: 2000 },
  };

  // Messages from the outbox and the digest get their own client: no silent retries (a retried
  // chat.postMessage whose answer was lost would post twice) and 429s handed back with their
  // Retry-After, so the caller's ledger decides. Answers to commands keep Bolt's own client.
  const deliveryClient = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // Its own lines go through the same scrubbing as Bolt's, into our log (not the console).
    logger: boltLogger,
  });
  const staffChannel = createStaffChannelWatch(deliveryClient, config.staffChannelId, log);
  const notifier = createSlackNotifier(deliveryClient, staffChannel);
  const d = createSlackDispatcher(core, { staffChannelId: config.staffChannelId });

  function register(app: App) {
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

    app.command(
      "/mk",
      async ({
        command,
        ack,
        respond,
        client,
      }: SlackCommandMiddlewareArgs & { client: import("@slack/web-api").WebClient }) => {
        const run = async () => {
          // Command text arrives entity-encoded (and with links and mentions wrapped when the
          // command escapes them): the core gets what the person typed.
          const text = (await decodeSlackText(command.text, namesFrom(client))).trim();
          const [sub = ""] = text.split(/\s+/);
          const input = sub
            ? { type: "command" as const, command: sub.replace(/^\//, ""), args: text.slice(sub.length).trim() }
            : { type: "command" as const, command: "ohje", args: "" };
          return d.handle({ id: command.user_id, name: command.user_name }, command.channel_id, input, client);
        };
        const work = run();
        const early = await Promise.race([
          work,
          new Promise<null>((r) => setTimeout(() => r(null), ACK_BUDGET_MS).unref()),
        ]);
        if (
          early &&
          early.outcome.replies.length === 1 &&
          !early.outcome.replies[0]!.private &&
          !early.outcome.replies[0]!.file
        ) {
          const [part, ...more] = renderBlocks(early.outcome.replies[0]!.message);
          await ack({ response_type: "ephemeral", text: part!.text, blocks: part!.blocks });
          for (const p of more) await respond({ response_type: "ephemeral", text: p.text, blocks: p.blocks });
          return;
        }
        if (early && early.outcome.replies.some((r) => r.private)) {
          // Private answers go to the app's DM; say so where the command was typed.
          await ack({
            response_type: "ephemeral",
            text: escapeSlack(t(early.outcome.locale ?? "fi", "slack-sent-privately")),
          });
        } else {
          await ack();
        }
        const { interaction, outcome } = early ?? (await work);
        await d.deliver(outcome, interaction, client, (m) => respond(m));
      },
    );

    app.action<BlockAction<ButtonAction>>(/^mk:/, async ({ ack, body, action, respond, client }) => {
      await ack();
      // Button values are the app's own action strings, never user text.
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
      const text = (await decodeSlackText(m.text ?? "", namesFrom(client))).trim();
      const input =
        text.startsWith("/") || text.startsWith("!")
          ? {
              type: "command" as const,
              command: text.slice(1).split(/\s+/)[0] ?? "",
              args: text.slice(1).split(/\s+/).slice(1).join(" "),
            }
          : { type: "text" as const, text };
      const { interaction, outcome } = await d.handle({ id: m.user }, undefined, input, client);
      await d.deliver(outcome, interaction, client);
    });

    basicsFeature(app, core, { staffChannel, log, appName: () => appName });

    app.error(async (err) => {
      // Slack refusing or failing a call while answering is a platform failure, not a bug.
      const e = err as { code?: string; original?: { code?: string; data?: { error?: string } } };
      const code = e.original?.code ?? e.code ?? "";
      if (code.startsWith("slack_webapi_")) {
        log.warn({ err: safeError(err), code, slack: e.original?.data?.error }, "a Slack call failed while answering");
        return;
      }
      log.error({ err: safeError(err), code: e.code }, "slack handler failed");
    });
  }

  // HTTP mode: Bolt's own HTTPReceiver checks signatures and acks; its request listener is
  // mounted on the process's shared HTTP server instead of a server of its own.
  const receiver = config.appToken
    ? undefined
    : new HTTPReceiver({ signingSecret: config.signingSecret!, endpoints: SLACK_EVENTS_PATH, logger: boltLogger });
  let socketUp = false;

  let app: App | undefined;
  let appName = "mahdollisuudet";
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  /** Opens the Socket Mode connection; a failure that is not the app token's is retried later. */
  async function connect(current: App, attempt = 1): Promise<void> {
    try {
      await current.start();
      log.info({ mode: config.appToken ? "socket" : "http" }, "slack app started");
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error ?? (err as { code?: string }).code ?? "";
      if (/^(invalid_auth|not_authed|token_revoked|account_inactive|not_allowed_token_type)$/.test(code)) {
        throw new SlackStartError(
          `SLACK_APP_TOKEN was refused by Slack (${code}): generate an app-level token with connections:write`,
        );
      }
      if (stopped) return;
      const wait = Math.min(60_000, 1000 * 2 ** attempt);
      log.warn({ err: safeError(err), retryInMs: wait }, "could not connect to Slack; trying again");
      retry = setTimeout(
        () =>
          void connect(current, attempt + 1).catch((e: Error) =>
            log.error({ err: safeError(e) }, "slack app could not start"),
          ),
        wait,
      );
      retry.unref();
    }
  }

  return {
    get app() {
      if (!app) throw new Error("The Slack app is created by start(): call `await slack.start()` first.");
      return app;
    },
    notifier,
    staffChannel,
    ...(receiver
      ? {
          httpHandler: async (req, res) => {
            if (req.method !== "POST" || pathOf(req) !== SLACK_EVENTS_PATH) return false;
            if (!app || stopped) {
              res.writeHead(503, { "retry-after": "5" }).end();
              return true;
            }
            receiver.requestListener(req, res);
            return true;
          },
        }
      : {}),
    connected: () => Boolean(app) && !stopped && (receiver ? true : socketUp),
    async start() {
      // The bot token is essential: a wrong one stops the start with one clear line. Slack not
      // answering is not: Bolt then verifies the token on the first request instead.
      const auth = await checkSlackToken(deliveryClient, log);
      if (auth?.botName) appName = auth.botName;
      const common = {
        token: config.botToken,
        clientOptions,
        logger: boltLogger,
        tokenVerificationEnabled: false,
        ...(auth ? { botId: auth.botId, botUserId: auth.botUserId } : {}),
      };
      app = receiver
        ? new App({ ...common, receiver })
        : new App({ ...common, appToken: config.appToken, socketMode: true });
      register(app);
      if (receiver) {
        log.info({ mode: "http", path: SLACK_EVENTS_PATH }, "slack app started");
      } else {
        const socket = (app as unknown as { receiver?: { client?: { on(event: string, fn: () => void): void } } })
          .receiver?.client;
        socket?.on("connected", () => (socketUp = true));
        socket?.on("disconnected", () => (socketUp = false));
        await connect(app);
      }
      // Not essential: checked now, again in the background until it works, and after each failed post.
      void staffChannel.check();
      staffChannel.start();
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      staffChannel.stop();
      if (!receiver) await app?.stop().catch(() => {});
    },
  };
}
