/** Translates a grammY context into the core's Interaction and renders the outcome back. */
import { safeError } from "../../core/privacy/logs.js";
import { GrammyError, InputFile, type Context } from "grammy";
import type { Core } from "../../core/app/index.js";
import type { Input, Interaction, Logger } from "../../core/app/contract.js";
import { t } from "../../core/i18n/index.js";
import { renderHtml, renderKeyboard, splitByEntities, TELEGRAM_TEXT_LIMIT } from "./render.js";
import { sendRich } from "./notifier.js";
import { splitRichText } from "../../core/text.js";
import { fileBytes } from "../../core/types.js";

export interface Dispatcher {
  /** A /command message: name and arguments are read from the message. */
  command(ctx: Context): Promise<void>;
  /** A button press (callback query). */
  action(ctx: Context): Promise<void>;
  /** Free text (answers in a guided conversation). */
  text(ctx: Context): Promise<void>;
  /** A button pressed earlier in a group, continued in the private chat (deep link Start). */
  continueAction(ctx: Context, action: string): Promise<void>;
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

/** Telegram refused a private message because the person has not opened a chat with the bot (or blocked it). */
function privateRefused(err: unknown): boolean {
  // 403 "bot can't initiate conversation with a user" / "bot was blocked by the user"; a person
  // Telegram has never shown to the bot may also give 400 "chat not found".
  return err instanceof GrammyError && (err.error_code === 403 || /chat not found/i.test(err.description));
}

export function createDispatcher(core: Core, options: { log: Logger }): Dispatcher {
  const { log } = options;
  /** People known to have a private chat with the bot, so it is recorded once per process. */
  const knownOpen = new Set<string>();

  async function markOpen(userId: string, open: boolean) {
    if (open && knownOpen.has(userId)) return;
    if (open) knownOpen.add(userId);
    else knownOpen.delete(userId);
    await core.setPrivateChat("telegram", userId, open);
  }

  async function run(ctx: Context, input: Input, opts: { chatOverride?: "private" } = {}) {
    let interaction = interactionOf(ctx, input);
    if (!interaction) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      return;
    }
    if (opts.chatOverride === "private")
      interaction = { ...interaction, chat: { chatId: interaction.actor.privateChatId, kind: "private" } };
    const outcome = await core.handle(interaction);
    const fromId = String(ctx.from!.id);
    if (interaction.chat.kind === "private") await markOpen(fromId, true);
    const press = ctx.callbackQuery && !opts.chatOverride ? ctx.callbackQuery : undefined;
    // The press may have been answered already (answered within the deadline while this update
    // waited in the chat's queue): then the toast can no longer be shown on the button.
    const answered = press ? isAnswered(ctx) : true;
    const api = ctx.api;
    let privateFailed = false;
    for (const reply of outcome.replies) {
      const toPrivate = reply.private || interaction.chat.kind === "private";
      const target = {
        chatId: toPrivate ? fromId : interaction.chat.chatId,
        threadId: toPrivate ? null : threadOf(ctx),
      };
      if (toPrivate && privateFailed) continue;
      try {
        const message = press?.message;
        if (reply.replace && message && String(message.chat.id) === target.chatId) {
          const [first] = splitRichText(reply.message.text, TELEGRAM_TEXT_LIMIT).flatMap((p) => splitByEntities(p));
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
          await api.sendDocument(target.chatId, new InputFile(fileBytes(reply.file), reply.file.filename), {
            ...(reply.file.caption ? { caption: reply.file.caption.slice(0, 1024) } : {}),
          });
        }
      } catch (err) {
        if (!(toPrivate && interaction.chat.kind === "group" && privateRefused(err))) throw err;
        privateFailed = true;
        await markOpen(fromId, false);
        if (press?.data) {
          // A button in the group: answer the press with a link that opens the private chat and,
          // on Start, continues exactly this press.
          if (!answered) {
            const token = await core.createStartLink("telegram", fromId, press.data);
            await ctx
              .answerCallbackQuery(token ? { url: startLink(ctx, token) } : {})
              .catch((e: unknown) => log.debug({ err: safeError(e) }, "telegram: late callback answer"));
          }
          continue;
        }
        // A command typed in the group: say once in the group how to open the private chat.
        const me = ctx.me.username;
        await ctx.reply(renderHtml([t(outcome.locale ?? core.defaultLocale, "telegram-open-private", { bot: me })]), {
          parse_mode: "HTML",
          ...(threadOf(ctx) ? { message_thread_id: Number(threadOf(ctx)) } : {}),
        });
      }
    }
    if (press && !isAnswered(ctx)) {
      // Always answer, or the user's client keeps spinning.
      const toast = privateFailed ? undefined : outcome.toast;
      await ctx.answerCallbackQuery(toast ? { text: toast.slice(0, 200) } : {}).catch(() => {});
    } else if (outcome.toast && outcome.replies.length === 0 && !privateFailed && (answered || opts.chatOverride)) {
      // The toast could not go on the button (answered early, or a press continued after Start):
      // say it in the private chat instead, when that is possible.
      await sendRich(api, { chatId: fromId, threadId: null }, { text: [outcome.toast] }).catch((err: unknown) => {
        if (!privateRefused(err)) throw err;
      });
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
    async continueAction(ctx, action) {
      await run(ctx, { type: "action", action }, { chatOverride: "private" });
    },
  };
}

/** `https://t.me/<bot>?start=<token>`: opens the private chat with a Start button that sends `/start <token>`. */
export function startLink(ctx: Context, token: string): string {
  return `https://t.me/${ctx.me.username}?start=${token}`;
}

const ANSWERED = Symbol("callbackAnswered");

/** Whether this update's callback query has been answered (see answerOnce). */
export function isAnswered(ctx: Context): boolean {
  return Boolean((ctx as unknown as Record<symbol, boolean>)[ANSWERED]);
}

/**
 * Makes `ctx.answerCallbackQuery` answer at most once (later calls do nothing) and answers by
 * itself after `withinMs` if nothing else has: a press waiting behind earlier updates of a busy
 * group must not spin until Telegram rejects the late answer.
 */
export function answerPressesInTime(options: { withinMs: number; log: Logger }) {
  return async (ctx: Context, next: () => Promise<void>) => {
    if (!ctx.callbackQuery) return next();
    const original = ctx.answerCallbackQuery.bind(ctx);
    const state = ctx as unknown as Record<symbol, boolean>;
    ctx.answerCallbackQuery = async (other?: Parameters<Context["answerCallbackQuery"]>[0]) => {
      if (state[ANSWERED]) return true;
      state[ANSWERED] = true;
      return original(other);
    };
    const timer = setTimeout(() => {
      ctx
        .answerCallbackQuery()
        .catch((err: unknown) => options.log.debug({ err: safeError(err) }, "telegram: early callback answer failed"));
    }, options.withinMs);
    try {
      await next();
    } finally {
      clearTimeout(timer);
      if (!state[ANSWERED]) await ctx.answerCallbackQuery().catch(() => {});
    }
  };
}

function threadOf(ctx: Context): string | null {
  const msg = ctx.message ?? ctx.callbackQuery?.message;
  return msg && "is_topic_message" in msg && msg.is_topic_message && msg.message_thread_id
    ? String(msg.message_thread_id)
    : null;
}
