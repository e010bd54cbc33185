/** Helpers for rich text that every platform shares. */
import type { RichText, Span } from "./types.js";

export function spanText(s: Span): string {
  if (typeof s === "string") return s;
  if ("b" in s) return s.b;
  if ("i" in s) return s.i;
  if ("code" in s) return s.code;
  return s.link;
}

export function plainLength(text: RichText): number {
  return text.reduce((n, s) => n + [...spanText(s)].length, 0);
}

/**
 * Splits rich text into parts of at most `limit` visible characters, preferring paragraph
 * breaks, then line breaks, then spaces — never inside a formatted span or a word (unless one
 * word alone is longer than the limit).
 */
export function splitRichText(text: RichText, limit: number): RichText[] {
  const parts: RichText[] = [];
  let current: RichText = [];
  let used = 0;
  const flush = () => {
    // trim leading/trailing whitespace of each part
    while (current.length && typeof current[0] === "string" && !(current[0] as string).trim()) current.shift();
    while (current.length && typeof current.at(-1) === "string" && !(current.at(-1) as string).trim()) current.pop();
    if (current.length) {
      if (typeof current[0] === "string") current[0] = (current[0] as string).replace(/^\s+/, "");
      const last = current.length - 1;
      if (typeof current[last] === "string") current[last] = (current[last] as string).replace(/\s+$/, "");
      parts.push(current);
    }
    current = [];
    used = 0;
  };
  for (const span of text) {
    const len = [...spanText(span)].length;
    if (used + len <= limit) {
      current.push(span);
      used += len;
      continue;
    }
    if (typeof span !== "string") {
      flush();
      if (len <= limit) {
        current.push(span);
        used = len;
      } else {
        // a formatted span longer than a whole message: send its text as plain pieces
        for (const piece of splitPlain(spanText(span), limit)) parts.push([piece]);
      }
      continue;
    }
    let rest = span;
    while ([...rest].length + used > limit) {
      const cut = bestCut(rest, limit - used);
      if (cut > 0) {
        current.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      } else if (used === 0) {
        // One word longer than a whole message: cut inside it.
        const chars = [...rest];
        current.push(chars.slice(0, limit).join(""));
        rest = chars.slice(limit).join("");
      }
      // Otherwise nothing fits after what the part already holds: it is sent as it is.
      flush();
    }
    if (rest) {
      current.push(rest);
      used += [...rest].length;
    }
  }
  flush();
  return parts.length ? parts : [[""]];
}

function splitPlain(s: string, limit: number): string[] {
  const out: string[] = [];
  let rest = s;
  while ([...rest].length > limit) {
    let cut = bestCut(rest, limit);
    if (cut <= 0) cut = [...rest].slice(0, limit).join("").length;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}

/** The index (in UTF-16 units) of the best place to cut `s` so that at most `room` characters come before it. */
function bestCut(s: string, room: number): number {
  if (room <= 0) return 0;
  const head = [...s].slice(0, room).join("");
  if (head.length === s.length) return s.length;
  for (const sep of ["\n\n", "\n", " "]) {
    const i = head.lastIndexOf(sep);
    if (i > 0) return i + sep.length;
  }
  return 0;
}
