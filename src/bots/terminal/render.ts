import type { OutgoingMessage, RichText } from "../../core/types.js";

/** Plain text for a terminal: no markup, links shown in brackets. */
export function renderPlain(text: RichText): string {
  return text
    .map((s) => {
      if (typeof s === "string") return s;
      if ("b" in s) return s.b;
      if ("i" in s) return s.i;
      if ("code" in s) return s.code;
      return `${s.link} <${s.href}>`;
    })
    .join("");
}

/** A message with its buttons as `[1] label` (or `[#1] label`: `number` decides how a button is typed). */
export function renderMessage(message: OutgoingMessage, number: (action: string) => string): string {
  const lines = [renderPlain(message.text)];
  for (const row of message.buttons ?? []) {
    lines.push(row.map((b) => `  [${number(b.action)}] ${b.label}`).join(""));
  }
  return lines.join("\n");
}
