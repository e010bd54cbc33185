/** Delivers outbox messages through the Slack Web API, classifying failures for the outbox. */
import type { WebClient } from "@slack/web-api";
import { DeliveryError } from "../../core/errors.js";
import type { Notifier, PlatformLimits } from "../../core/app/contract.js";
import { fileBytes, type OutgoingFile, type OutgoingMessage, type Target } from "../../core/types.js";
import { renderBlocks } from "./render.js";
import { cutEscaped, escapeSlack } from "./text.js";
import type { StaffChannelWatch } from "./staff-channel.js";

const GONE = new Set([
  "channel_not_found",
  "is_archived",
  "not_in_channel",
  "account_inactive",
  "user_not_found",
  "user_disabled",
  "cannot_dm_bot",
]);

/** Most files put in one message (Slack's clients show at most ten attachments to a message). */
export const FILES_PER_MESSAGE = 10;

/**
 * Uploads files to a conversation with files.uploadV2: one file as itself (its caption as the
 * message), several as one message (`file_uploads`, one files.completeUploadExternal call), each
 * titled with its caption and the captions together as the message.
 */
export async function uploadFiles(
  client: WebClient,
  channel: string,
  files: OutgoingFile[],
  threadTs?: string,
): Promise<void> {
  const body = (f: OutgoingFile) => (typeof f.content === "string" ? { content: f.content } : { file: fileBytes(f) });
  const thread = threadTs ? { thread_ts: threadTs } : {};
  for (let i = 0; i < files.length; i += FILES_PER_MESSAGE) {
    const chunk = files.slice(i, i + FILES_PER_MESSAGE);
    const comment = cutEscaped(
      escapeSlack(
        chunk
          .map((f) => f.caption)
          .filter(Boolean)
          .join("\n"),
      ),
      3000,
    );
    if (chunk.length === 1) {
      const f = chunk[0]!;
      await client.files.uploadV2({
        channel_id: channel,
        ...body(f),
        filename: f.filename,
        ...(comment ? { initial_comment: comment } : {}),
        ...thread,
      });
      continue;
    }
    await client.files.uploadV2({
      channel_id: channel,
      ...(comment ? { initial_comment: comment } : {}),
      ...thread,
      file_uploads: chunk.map((f) => ({ ...body(f), filename: f.filename, title: f.caption ?? f.filename })),
    });
  }
}

export function classifySlackError(err: unknown): DeliveryError {
  const e = err as { code?: string; data?: { error?: string }; retryAfter?: number; message?: string };
  if (e.code === "slack_webapi_rate_limited_error") {
    return new DeliveryError(
      "rate_limited",
      "ratelimited",
      { retryAfterMs: (e.retryAfter ?? 1) * 1000 },
      { cause: err },
    );
  }
  if (e.code === "slack_webapi_platform_error") {
    const code = e.data?.error ?? "unknown";
    if (code === "ratelimited") return new DeliveryError("rate_limited", code, { retryAfterMs: 1000 }, { cause: err });
    if (GONE.has(code)) return new DeliveryError("gone", code, {}, { cause: err });
    if (code === "message_not_found" || code === "cant_update_message")
      return new DeliveryError("rejected", code, {}, { cause: err });
    if (/^(internal_error|fatal_error|service_unavailable|request_timeout)$/.test(code))
      return new DeliveryError("transient", code, {}, { cause: err });
    return new DeliveryError("rejected", code, {}, { cause: err });
  }
  if (e.code === "slack_webapi_http_error")
    return new DeliveryError("transient", e.message ?? "http error", {}, { cause: err });
  if (e.code === "slack_webapi_request_error") {
    // Refused before anything was sent: safe to send again; a cut connection or timeout: in doubt.
    const original = (err as { original?: { code?: string; cause?: { code?: string } } }).original;
    const code = original?.code ?? original?.cause?.code ?? "";
    const neverSent = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)$/.test(code);
    return new DeliveryError(neverSent ? "transient" : "in_doubt", e.message ?? "request error", {}, { cause: err });
  }
  return new DeliveryError("transient", e.message ?? String(err), {}, { cause: err });
}

/** How often a post waiting for the app to be invited to the staff channel is tried again. */
const STAFF_CHANNEL_RETRY_MS = 2 * 60_000;

/**
 * Slack's limits: a message may have 50 sections of 3000 characters, but a readable part of a
 * long text is smaller; about one message a second into one channel.
 */
export const slackLimits: PlatformLimits = {
  messageLength: 12_000,
  pace: (chatId) => [{ scope: chatId, limit: 1, windowMs: 1000 }],
};

/**
 * The configured staff channel is never given up on: `not_in_channel` (and `channel_not_found`,
 * which is what a private channel the app was not invited to looks like) make the app try to
 * join, and otherwise the post waits (`waiting`) and is tried again until someone invites the app.
 */
async function staffChannelGuard<T>(
  watch: StaffChannelWatch | undefined,
  chatId: string,
  attempt: () => Promise<T>,
): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (!watch || chatId !== watch.channelId || (code !== "not_in_channel" && code !== "channel_not_found")) throw err;
    if (await watch.postFailed(code)) return attempt();
    throw new DeliveryError("waiting", code, { retryAfterMs: STAFF_CHANNEL_RETRY_MS }, { cause: err });
  }
}

export function createSlackNotifier(client: WebClient, staff?: StaffChannelWatch): Notifier {
  /** Errors about the staff channel go to {@link staffChannelGuard} as they are. */
  function classify(err: unknown, chatId: string): unknown {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (staff && chatId === staff.channelId && (code === "not_in_channel" || code === "channel_not_found")) return err;
    return classifySlackError(err);
  }

  async function send(target: Target, message: OutgoingMessage): Promise<{ messageId: string }> {
    try {
      let ts = "";
      for (const part of renderBlocks(message)) {
        const res = await client.chat.postMessage({
          channel: target.chatId,
          text: part.text,
          blocks: part.blocks,
          unfurl_links: false,
          ...(target.threadId ? { thread_ts: target.threadId } : {}),
        });
        ts = res.ts ?? ts;
      }
      return { messageId: ts };
    } catch (err) {
      throw classify(err, target.chatId);
    }
  }

  async function edit(target: Target, messageId: string, message: OutgoingMessage): Promise<void> {
    const [first] = renderBlocks(message);
    try {
      await client.chat.update({ channel: target.chatId, ts: messageId, text: first!.text, blocks: first!.blocks });
    } catch (err) {
      const d = classify(err, target.chatId);
      if (d instanceof DeliveryError && d.message === "message_not_found") return; // deleted in Slack: nothing left to edit
      throw d;
    }
  }

  async function sendFiles(target: Target, files: OutgoingFile[]): Promise<void> {
    try {
      // Files need a conversation id: a user's id is turned into their DM with the app.
      const channel = /^[UW]/.test(target.chatId)
        ? ((await client.conversations.open({ users: target.chatId })).channel?.id ?? target.chatId)
        : target.chatId;
      await uploadFiles(client, channel, files, target.threadId ?? undefined);
    } catch (err) {
      throw classify(err, target.chatId);
    }
  }

  return {
    platform: "slack",
    limits: slackLimits,
    send: (target, message) => staffChannelGuard(staff, target.chatId, () => send(target, message)),
    edit: (target, messageId, message) =>
      staffChannelGuard(staff, target.chatId, () => edit(target, messageId, message)),
    sendFile: (target, file) => staffChannelGuard(staff, target.chatId, () => sendFiles(target, [file])),
    sendFiles: (target, files) => staffChannelGuard(staff, target.chatId, () => sendFiles(target, files)),
  };
}
