/** Renders the core's rich text as Telegram HTML (every user text escaped) and buttons as an inline keyboard. */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Button, RichText } from "../../core/types.js";

export const TELEGRAM_TEXT_LIMIT = 4096;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, "&quot;");
}

export function renderHtml(text: RichText): string {
  return text
    .map((s) => {
      if (typeof s === "string") return escapeHtml(s);
      if ("b" in s) return `<b>${escapeHtml(s.b)}</b>`;
      if ("i" in s) return `<i>${escapeHtml(s.i)}</i>`;
      if ("code" in s) return `<code>${escapeHtml(s.code)}</code>`;
      return /^(https?:|tg:)/.test(s.href)
        ? `<a href="${escapeAttr(s.href)}">${escapeHtml(s.link)}</a>`
        : escapeHtml(s.link);
    })
    .join("");
}

export function renderKeyboard(buttons: Button[][] | undefined): InlineKeyboardMarkup | undefined {
  if (!buttons?.length) return undefined;
  return {
    inline_keyboard: buttons.map((row) => row.map((b) => ({ text: b.label.slice(0, 64), callback_data: b.action }))),
  };
}
