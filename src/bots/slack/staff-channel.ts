/**
 * Whether the app can post in the configured staff channel. An app that was never invited
 * (`not_in_channel`, or `channel_not_found` for a private channel it cannot see) joins a public
 * channel by itself (`channels:join`); otherwise it says so loudly in the log and on the App Home,
 * keeps the channel configured, and checks again in the background and whenever a post fails —
 * inviting the app later makes everything work without a restart.
 */
import type { WebClient } from "@slack/web-api";
import type { Logger } from "../../core/app/contract.js";

export type StaffChannelStatus =
  /** Not checked yet (or no staff channel configured). */
  | "unknown"
  | "ok"
  /** A public channel the app is not in and could not join (e.g. the scope is missing). */
  | "not_in_channel"
  /** A private channel the app was not invited to, or a wrong id: Slack shows nothing. */
  | "not_found"
  | "archived"
  /** Slack could not be asked (5xx, timeout): says nothing about the channel. */
  | "unreachable";

export interface StaffChannelState {
  status: StaffChannelStatus;
  /** Slack's error code behind the status, for the log and the App Home. */
  detail?: string;
}

export interface StaffChannelWatch {
  readonly channelId: string | undefined;
  state(): StaffChannelState;
  /** Asks Slack now (joining a public channel the app is not in). Never throws. */
  check(): Promise<StaffChannelState>;
  /** A post there failed with `code`: records it and tries to join; true when posting may work now. */
  postFailed(code: string): Promise<boolean>;
  /** Re-checks every `intervalMs` while the channel is not usable. */
  start(intervalMs?: number): void;
  stop(): void;
}

function codeOf(err: unknown): string {
  const e = err as { code?: string; data?: { error?: string }; message?: string };
  return e.data?.error ?? e.code ?? e.message ?? String(err);
}

const RECHECK_MS = 5 * 60_000;

export function createStaffChannelWatch(
  client: WebClient,
  channelId: string | undefined,
  log: Logger,
): StaffChannelWatch {
  let current: StaffChannelState = { status: channelId ? "unknown" : "ok" };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<StaffChannelState> | undefined;

  function set(next: StaffChannelState) {
    const changed = next.status !== current.status;
    current = next;
    if (!changed || !channelId) return;
    if (next.status === "ok") {
      log.info({ channel: channelId }, "slack staff channel reachable");
    } else if (next.status === "not_in_channel" || next.status === "not_found") {
      log.error(
        { channel: channelId, slack: next.detail },
        next.status === "not_found"
          ? "the Slack app cannot see the staff channel SLACK_STAFF_CHANNEL_ID: if it is private, invite the app there (/invite @app); otherwise check the id. Staff posts wait until then"
          : "the Slack app is not in the staff channel SLACK_STAFF_CHANNEL_ID and could not join it: invite it there (/invite @app). Staff posts wait until then",
      );
    } else if (next.status === "archived") {
      log.error({ channel: channelId }, "the Slack staff channel SLACK_STAFF_CHANNEL_ID is archived");
    } else if (next.status === "unreachable") {
      log.warn(
        { channel: channelId, slack: next.detail },
        "could not check the Slack staff channel; trying again later",
      );
    }
  }

  async function join(): Promise<StaffChannelState> {
    try {
      await client.conversations.join({ channel: channelId! });
      log.info({ channel: channelId }, "joined the Slack staff channel");
      return { status: "ok" };
    } catch (err) {
      const code = codeOf(err);
      if (code === "is_archived") return { status: "archived", detail: code };
      if (code === "channel_not_found" || code === "method_not_supported_for_channel_type")
        return { status: "not_found", detail: code };
      if (
        /^slack_webapi_(request|http)_error$|^(internal_error|fatal_error|service_unavailable|request_timeout|ratelimited)$/.test(
          code,
        )
      ) {
        return { status: "unreachable", detail: code };
      }
      return { status: "not_in_channel", detail: code };
    }
  }

  async function ask(): Promise<StaffChannelState> {
    if (!channelId) return { status: "ok" };
    try {
      const res = await client.conversations.info({ channel: channelId });
      const ch = res.channel as { is_member?: boolean; is_archived?: boolean; is_private?: boolean } | undefined;
      if (ch?.is_archived) return { status: "archived" };
      if (ch?.is_member) return { status: "ok" };
      return await join();
    } catch (err) {
      const code = codeOf(err);
      if (code === "channel_not_found") return { status: "not_found", detail: code };
      if (code === "missing_scope") return await join(); // cannot look, but may still join
      return { status: "unreachable", detail: code };
    }
  }

  const watch: StaffChannelWatch = {
    channelId,
    state: () => current,
    check() {
      running ??= ask()
        .then((s) => {
          set(s);
          return s;
        })
        .finally(() => (running = undefined));
      return running;
    },
    async postFailed(code) {
      if (code === "not_in_channel") {
        const s = await join();
        set(s);
        return s.status === "ok";
      }
      set({ status: code === "is_archived" ? "archived" : "not_found", detail: code });
      return false;
    },
    start(intervalMs = RECHECK_MS) {
      if (!channelId || timer) return;
      timer = setInterval(() => {
        if (current.status !== "ok") void watch.check();
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
  return watch;
}
