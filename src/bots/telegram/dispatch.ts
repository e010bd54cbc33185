/** Translates a grammY context into the core's Interaction and renders the outcome back. */
import { GrammyError, InputFile, type Context } from "grammy";
import type { Core } from "../../core/app/index.js";
import type { Input, Interaction } from "../../core/app/contract.js";
import { t } from "../../core/i18n/index.js";
import { renderHtml, renderKeyboard } from "./render.js";
import { sendRich } from "./notifier.js";
import { splitRichText } from "../../core/text.js";

export interface Dispatcher {
  /** A /command message: name and arguments are read from the message. */
  command(ctx: Context): Promise<void>;
  /** A button press (callback query). */
  action(ctx: Context): Promise<void>;
  /** Free text (answers in a guided conversation). */
  text(ctx: Context): Promise<void>;
}

function interactionOf(ctx: Context, input: Input): Interaction | undefined {
  const from = ctx.from;
  const chat = ctx.chat;
  if (!from || !chat || from.is_bot) return undefined;
  return {
    actor: {
      platform: "telegram",
      userId: String(from.id),
      privateChatId: String(from.id),
      displayName: [from.first_name, from.last_name].filter(Boolean).join(" "),
      username: from.username,
      languageHint: from.language_code,
    },
    chat: { chatId: String(chat.id), kind: chat.type === "private" ? "private" : "group" },
    input,
  };
}

export function createDispatcher(core: Core): Dispatcher {
  async function run(ctx: Context, input: Input) {
    const interaction = interactionOf(ctx, input);
    if (!interaction) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      return;
    }
    const outcome = await core.handle(interaction);
    if (ctx.callbackQuery) {
      // Always answer, or the user's client keeps spinning.
      await ctx.answerCallbackQuery(outcome.toast ? { text: outcome.toast.slice(0, 200) } : {}).catch(() => {});
    }
    const api = ctx.api;
    const fromId = String(ctx.from!.id);
    for (const reply of outcome.replies) {
      const toPrivate = reply.private || interaction.chat.kind === "private";
      const target = { chatId: toPrivate ? fromId : interaction.chat.chatId, threadId: toPrivate ? null : threadOf(ctx) };
      try {
        const message = ctx.callbackQuery?.message;
        if (reply.replace && message && String(message.chat.id) === target.chatId) {
          const [first] = splitRichText(reply.message.text, 4096);
          await api
            .editMessageText(message.chat.id, message.message_id, renderHtml(first!), {
              parse_mode: "HTML",
              reply_markup: renderKeyboard(reply.message.buttons) ?? { inline_keyboard: [] },
            })
            .catch((err) => {
              if (!(err instanceof GrammyError && /not modified/.test(err.description))) throw err;
            });
        } else if (reply.message.text.length) {
          await sendRich(api, target, reply.message);
        }
        if (reply.file) {
          await api.sendDocument(target.chatId, new InputFile(Buffer.from(reply.file.content, "utf8"), reply.file.filename), {
            ...(reply.file.caption ? { caption: reply.file.caption.slice(0, 1024) } : {}),
          });
        }
      } catch (err) {
        // A private answer to someone who never opened a chat with the bot: tell them in the group.
        if (toPrivate && interaction.chat.kind === "group" && err instanceof GrammyError && err.error_code === 403) {
          const me = ctx.me.username;
          await ctx.reply(renderHtml([t(core.defaultLocale, "telegram-open-private", { bot: me })]), {
            parse_mode: "HTML",
            ...(threadOf(ctx) ? { message_thread_id: Number(threadOf(ctx)) } : {}),
          });
          continue;
        }
        throw err;
      }
    }
  }

  return {
    async command(ctx) {
      const text = ctx.message?.text ?? "";
      const m = /^\/([A-Za-z0-9_]+)(?:@\S+)?\s*([\s\S]*)$/.exec(text);
      if (!m) return;
      await run(ctx, { type: "command", command: m[1]!, args: m[2] ?? "" });
    },
    async action(ctx) {
      await run(ctx, { type: "action", action: ctx.callbackQuery?.data ?? "" });
    },
    async text(ctx) {
      await run(ctx, { type: "text", text: ctx.message?.text ?? "" });
    },
  };
}

function threadOf(ctx: Context): string | null {
  const msg = ctx.message ?? ctx.callbackQuery?.message;
  return msg && "is_topic_message" in msg && msg.is_topic_message && msg.message_thread_id ? String(msg.message_thread_id) : null;
}
