/** Renders the core's rich text as Slack mrkdwn (user text escaped) and messages as Block Kit. */
import type { KnownBlock } from "@slack/types";
import type { Button, OutgoingMessage, RichText } from "../../core/types.js";
import { splitRichText } from "../../core/text.js";
import { cutEscaped, escapeSlack } from "./text.js";

export const SLACK_SECTION_LIMIT = 3000;
export const SLACK_MAX_BLOCKS = 50;

/** Slack's own escaping: &, < and > (this also defuses <!channel>, <@U…> and links in user text). */
export function escapeMrkdwn(s: string): string {
  return escapeSlack(s);
}

/** Formatting characters inside a bold/italic span would end it early; a zero-width joiner keeps them literal. */
function inner(s: string): string {
  return escapeMrkdwn(s)
    .replace(/([*_~`])/g, "\u200d$1\u200d")
    .replace(/\n+/g, " ");
}

export function renderMrkdwn(text: RichText): string {
  return text
    .map((s) => {
      if (typeof s === "string") return escapeMrkdwn(s);
      if ("b" in s) return s.b.trim() ? `*${inner(s.b)}*` : s.b;
      if ("i" in s) return s.i.trim() ? `_${inner(s.i)}_` : s.i;
      if ("code" in s) return `\`${escapeMrkdwn(s.code).replace(/`/g, "'")}\``;
      return /^https?:/.test(s.href)
        ? `<${s.href.replace(/[<>|]/g, "")}|${escapeMrkdwn(s.link).replace(/\|/g, "¦")}>`
        : escapeMrkdwn(s.link);
    })
    .join("");
}

export function renderPlainFallback(text: RichText): string {
  return text
    .map((s) => (typeof s === "string" ? s : "b" in s ? s.b : "i" in s ? s.i : "code" in s ? s.code : s.link))
    .join("");
}

function buttonBlocks(buttons: Button[][] | undefined): KnownBlock[] {
  if (!buttons?.length) return [];
  let n = 0;
  return buttons.map((row) => ({
    type: "actions" as const,
    elements: row.slice(0, 25).map((b) => ({
      type: "button" as const,
      text: { type: "plain_text" as const, text: cutEscaped(escapeSlack(b.label), 75), emoji: true },
      action_id: `mk:${n++}`,
      value: b.action,
    })),
  }));
}

/** Rich text as mrkdwn sections of at most {@link SLACK_SECTION_LIMIT} characters once escaped. */
function sectionTexts(text: RichText, limit = SLACK_SECTION_LIMIT - 200): string[] {
  const out: string[] = [];
  for (const part of splitRichText(text, limit)) {
    const rendered = renderMrkdwn(part);
    if (rendered.length <= SLACK_SECTION_LIMIT || limit < 50) {
      out.push(cutEscaped(rendered, SLACK_SECTION_LIMIT));
    } else {
      // Escaping made it longer (`&` is five characters once escaped): split this part finer.
      out.push(...sectionTexts(part, Math.floor((limit * SLACK_SECTION_LIMIT) / rendered.length) - 20));
    }
  }
  return out;
}

/** The notification text of a message (mrkdwn too, so escaped like the blocks). */
export function renderFallback(text: RichText, max = 3000): string {
  return cutEscaped(escapeSlack(renderPlainFallback(text)), max);
}

/** Blocks of one or more messages: sections of ≤ 3000 characters, ≤ 50 blocks per message, buttons at the end. */
export function renderBlocks(message: OutgoingMessage): { text: string; blocks: KnownBlock[] }[] {
  const sections: KnownBlock[] = sectionTexts(message.text).map((text) => ({
    type: "section" as const,
    text: { type: "mrkdwn" as const, text: text || " " },
  }));
  const buttons = buttonBlocks(message.buttons);
  const out: { text: string; blocks: KnownBlock[] }[] = [];
  const all = [...sections, ...buttons];
  for (let i = 0; i < all.length; i += SLACK_MAX_BLOCKS)
    out.push({ text: "", blocks: all.slice(i, i + SLACK_MAX_BLOCKS) });
  const fallback = renderFallback(message.text);
  for (const m of out) m.text = fallback;
  return out.length ? out : [{ text: fallback || " ", blocks: [] }];
}
