/** Renders the core's rich text as Slack mrkdwn (user text escaped) and messages as Block Kit. */
import type { KnownBlock } from "@slack/types";
import type { Button, OutgoingMessage, RichText } from "../../core/types.js";
import { splitRichText } from "../../core/text.js";

export const SLACK_SECTION_LIMIT = 3000;
export const SLACK_MAX_BLOCKS = 50;

/** Slack's own escaping: &, < and > (this also defuses <!channel>, <@U…> and links in user text). */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Formatting characters inside a bold/italic span would end it early; a zero-width joiner keeps them literal. */
function inner(s: string): string {
  return escapeMrkdwn(s).replace(/([*_~`])/g, "\u200d$1\u200d").replace(/\n+/g, " ");
}

export function renderMrkdwn(text: RichText): string {
  return text
    .map((s) => {
      if (typeof s === "string") return escapeMrkdwn(s);
      if ("b" in s) return s.b.trim() ? `*${inner(s.b)}*` : s.b;
      if ("i" in s) return s.i.trim() ? `_${inner(s.i)}_` : s.i;
      if ("code" in s) return `\`${escapeMrkdwn(s.code).replace(/`/g, "'")}\``;
      return /^https?:/.test(s.href) ? `<${s.href.replace(/[<>|]/g, "")}|${escapeMrkdwn(s.link).replace(/\|/g, "¦")}>` : escapeMrkdwn(s.link);
    })
    .join("");
}

export function renderPlainFallback(text: RichText): string {
  return text.map((s) => (typeof s === "string" ? s : "b" in s ? s.b : "i" in s ? s.i : "code" in s ? s.code : s.link)).join("");
}

function buttonBlocks(buttons: Button[][] | undefined): KnownBlock[] {
  if (!buttons?.length) return [];
  let n = 0;
  return buttons.map((row) => ({
    type: "actions" as const,
    elements: row.slice(0, 25).map((b) => ({
      type: "button" as const,
      text: { type: "plain_text" as const, text: b.label.slice(0, 75), emoji: true },
      action_id: `mk:${n++}`,
      value: b.action,
    })),
  }));
}

/** Blocks of one or more messages: sections of ≤ 3000 characters, ≤ 50 blocks per message, buttons at the end. */
export function renderBlocks(message: OutgoingMessage): { text: string; blocks: KnownBlock[] }[] {
  const sections: KnownBlock[] = splitRichText(message.text, SLACK_SECTION_LIMIT - 200).map((part) => ({
    type: "section" as const,
    text: { type: "mrkdwn" as const, text: renderMrkdwn(part).slice(0, SLACK_SECTION_LIMIT) || " " },
  }));
  const buttons = buttonBlocks(message.buttons);
  const out: { text: string; blocks: KnownBlock[] }[] = [];
  const all = [...sections, ...buttons];
  for (let i = 0; i < all.length; i += SLACK_MAX_BLOCKS) out.push({ text: "", blocks: all.slice(i, i + SLACK_MAX_BLOCKS) });
  const fallback = renderPlainFallback(message.text).slice(0, 3000);
  for (const m of out) m.text = fallback;
  return out.length ? out : [{ text: fallback || " ", blocks: [] }];
}
