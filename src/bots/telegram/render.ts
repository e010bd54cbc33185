/** Renders the core's rich text as Telegram HTML (every user text escaped) and buttons as an inline keyboard. */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Button, RichText } from "../../core/types.js";

export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram keeps at most 100 formatting entities in one message and silently drops the rest. */
export const TELEGRAM_ENTITY_LIMIT = 100;

/** Whether a span becomes a formatting entity in Telegram HTML (see renderHtml). */
function isEntity(span: RichText[number]): boolean {
  if (typeof span === "string") return false;
  if ("link" in span) return /^(https?:|tg:)/.test(span.href);
  return true;
}

/**
 * Splits a message so that no part holds more than `max` formatting entities: a long list of bold
 * titles and links becomes two or more messages instead of losing its formatting after the 100th.
 * A part is cut after the last line break before the limit when there is one (a list item stays
 * whole), otherwise right before the span that would be one too many.
 */
export function splitByEntities(text: RichText, max = TELEGRAM_ENTITY_LIMIT): RichText[] {
  const parts: RichText[] = [];
  let current: RichText = [];
  let count = 0;
  const trimmed = (part: RichText): RichText => {
    const out = [...part];
    if (typeof out[0] === "string") out[0] = out[0].replace(/^\s+/, "");
    const last = out.length - 1;
    if (typeof out[last] === "string") out[last] = (out[last] as string).replace(/\s+$/, "");
    return out.filter((s) => s !== "");
  };
  for (const span of text) {
    if (isEntity(span) && count === max) {
      // Cut after the last line break in the current part, when there is one.
      let cutAt = -1;
      for (let i = current.length - 1; i >= 0 && cutAt < 0; i--) {
        const s = current[i];
        if (typeof s === "string" && s.includes("\n")) cutAt = i;
      }
      let carry: RichText = [];
      if (cutAt >= 0) {
        const s = current[cutAt] as string;
        const nl = s.lastIndexOf("\n");
        carry = [s.slice(nl + 1), ...current.slice(cutAt + 1)];
        current = [...current.slice(0, cutAt), s.slice(0, nl)];
        // Nothing formatted would be left in the first part: cut right here instead.
        if (!current.some(isEntity)) {
          current = [...current, "\n", ...carry];
          carry = [];
        }
      }
      parts.push(trimmed(current));
      current = carry;
      count = carry.filter(isEntity).length;
    }
    current.push(span);
    if (isEntity(span)) count++;
  }
  if (current.length) parts.push(trimmed(current));
  return parts.filter((p) => p.length);
}

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
