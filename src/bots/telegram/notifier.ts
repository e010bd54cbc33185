/** Delivers outbox messages through the Telegram Bot API, classifying failures for the outbox. */
import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import { DeliveryError } from "../../core/errors.js";
import type { Notifier, PlatformLimits } from "../../core/app/contract.js";
import { fileBytes, type OutgoingFile, type OutgoingMessage, type Target } from "../../core/types.js";
import { splitRichText } from "../../core/text.js";
import { renderHtml, renderKeyboard, splitByEntities, TELEGRAM_TEXT_LIMIT } from "./render.js";

/** Turns a grammY error into the outbox's vocabulary. */
export function classifyTelegramError(err: unknown): DeliveryError {
  if (err instanceof GrammyError) {
    const d = err.description;
    if (err.error_code === 429) {
      return new DeliveryError(
        "rate_limited",
        d,
        { retryAfterMs: (err.parameters.retry_after ?? 1) * 1000 },
        { cause: err },
      );
    }
    if (err.parameters.migrate_to_chat_id) {
      return new DeliveryError("migrated", d, { newChatId: String(err.parameters.migrate_to_chat_id) }, { cause: err });
    }
    if (err.error_code === 403 || /chat not found|user not found|PEER_ID_INVALID/i.test(d)) {
      return new DeliveryError("gone", d, {}, { cause: err });
    }
    if (err.error_code >= 500) return new DeliveryError("transient", d, {}, { cause: err });
    return new DeliveryError("rejected", d, {}, { cause: err });
  }
  if (err instanceof HttpError) {
    // Refused before anything was sent: safe to send again. Anything else (connection cut,
    // timeout) may have reached Telegram: in doubt.
    const code = (err.error as { code?: string } | undefined)?.code ?? "";
    const neverSent = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)$/.test(code);
    return new DeliveryError(neverSent ? "transient" : "in_doubt", err.message, {}, { cause: err });
  }
  return new DeliveryError("transient", (err as Error)?.message ?? String(err), {}, { cause: err });
}

function threadOf(target: Target) {
  return target.threadId ? { message_thread_id: Number(target.threadId) } : {};
}

/**
 * Sends a message, split into several when it is longer than Telegram allows or holds more
 * formatting entities than Telegram keeps (100); buttons go on the last part.
 */
export async function sendRich(api: Api, target: Target, message: OutgoingMessage): Promise<number> {
  const parts = splitRichText(message.text, TELEGRAM_TEXT_LIMIT).flatMap((p) => splitByEntities(p));
  let lastId = 0;
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const keyboard = last ? renderKeyboard(message.buttons) : undefined;
    const sent = await api.sendMessage(target.chatId, renderHtml(parts[i]!), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...threadOf(target),
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
    lastId = sent.message_id;
  }
  return lastId;
}

/**
 * Telegram's limits: 4096 characters a message after entity parsing; about 30 messages a second
 * overall, 20 a minute into one group and about one a second into one private chat.
 */
export const telegramLimits: PlatformLimits = {
  messageLength: TELEGRAM_TEXT_LIMIT,
  pace: (chatId) => [
    { scope: "*", limit: 30, windowMs: 1000 },
    chatId.startsWith("-")
      ? { scope: chatId, limit: 20, windowMs: 60_000 }
      : { scope: chatId, limit: 1, windowMs: 1000 },
  ],
};

export function createTelegramNotifier(api: Api): Notifier {
  return {
    platform: "telegram",
    limits: telegramLimits,
    async send(target, message) {
      try {
        return { messageId: String(await sendRich(api, target, message)) };
      } catch (err) {
        throw classifyTelegramError(err);
      }
    },
    async edit(target, messageId, message) {
      try {
        const [first] = splitRichText(message.text, TELEGRAM_TEXT_LIMIT).flatMap((p) => splitByEntities(p));
        const keyboard = renderKeyboard(message.buttons);
        await api.editMessageText(target.chatId, Number(messageId), renderHtml(first!), {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          reply_markup: keyboard ?? { inline_keyboard: [] },
        });
      } catch (err) {
        // Nothing to change, or the post was deleted by the group's admins: nothing left to do.
        if (err instanceof GrammyError && /message is not modified|message to edit not found/i.test(err.description))
          return;
        throw classifyTelegramError(err);
      }
    },
    async sendFile(target, file: OutgoingFile) {
      try {
        await api.sendDocument(target.chatId, new InputFile(fileBytes(file), file.filename), {
          ...(file.caption ? { caption: file.caption.slice(0, 1024) } : {}),
          ...threadOf(target),
        });
      } catch (err) {
        throw classifyTelegramError(err);
      }
    },
  };
}
