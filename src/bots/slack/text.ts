/**
 * Slack's text encoding, both ways. Slack sends `&`, `<` and `>` as `&amp;`, `&lt;`, `&gt;` and
 * wraps links, mentions and special words in `<…>` ("Formatting text for app surfaces"); the core
 * only ever sees plain text, so everything a person typed is decoded here, at the edge. On the
 * way out every text the app sends is escaped once, so nobody can ping a channel through the app.
 */

/** Slack's own escaping: the three control characters and nothing else. */
export function escapeSlack(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The reverse of {@link escapeSlack}, in one pass (so `&amp;lt;` becomes `&lt;`, not `<`). */
export function unescapeSlack(s: string): string {
  return s.replace(/&(amp|lt|gt);/g, (_, e: string) => (e === "amp" ? "&" : e === "lt" ? "<" : ">"));
}

/**
 * Cuts escaped text to at most `max` UTF-16 units without splitting an escape sequence
 * (`&amp;` → `&am`) or a surrogate pair.
 */
export function cutEscaped(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const partial = /&[a-z]{0,3}$/.exec(out);
  if (partial) out = out.slice(0, partial.index);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/** Names for the ids Slack puts in mentions; `undefined` when they cannot be looked up. */
export interface SlackNames {
  user(id: string): Promise<string | undefined>;
  channel(id: string): Promise<string | undefined>;
}

const SPECIAL: Record<string, string> = {
  channel: "@channel",
  group: "@channel",
  here: "@here",
  everyone: "@everyone",
};

function stripScheme(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, "").replace(/\/$/, "");
}

/** A link as plain words: the label when it is the address itself (as typed), else "label (address)". */
function linkText(url: string, label: string | undefined): string {
  const address = url.startsWith("mailto:") ? url.slice("mailto:".length) : url;
  if (!label || label === url || label === address || stripScheme(label) === stripScheme(url)) return label || address;
  return `${label} (${address})`;
}

async function decodeToken(inner: string, names: SlackNames | undefined): Promise<string> {
  const bar = inner.indexOf("|");
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? unescapeSlack(inner.slice(bar + 1)) : undefined;
  if (target.startsWith("@")) {
    const id = target.slice(1);
    const name = (await names?.user(id)) ?? label;
    return `@${name ?? id}`;
  }
  if (target.startsWith("#")) {
    const id = target.slice(1);
    const name = label || (await names?.channel(id));
    return `#${name ?? id}`;
  }
  if (target.startsWith("!")) {
    const [word = "", id] = target.slice(1).split("^");
    if (SPECIAL[word]) return SPECIAL[word];
    // <!subteam^S…|@handle> is a user group; <!date^…|fallback> shows the fallback text.
    if (word === "subteam") return label ? (label.startsWith("@") ? label : `@${label}`) : `@${id ?? "subteam"}`;
    if (label) return label;
    return `@${word}`;
  }
  return linkText(unescapeSlack(target), label);
}

/**
 * Plain text from Slack-encoded text (messages, slash-command text, anything Slack encodes):
 * mentions become "@name" (looked up with `names`, the label Slack sent, or the id as a last
 * resort), channels "#name", special mentions "@channel"/"@here"/"@everyone", links their label
 * and address, dates their fallback text, and `&amp;`/`&lt;`/`&gt;` the characters typed.
 * A lone `<` or `>` that Slack did not encode is kept as it is.
 */
export async function decodeSlackText(text: string, names?: SlackNames): Promise<string> {
  let out = "";
  let last = 0;
  // Slack's own sequences only: <@…>, <#…>, <!…> and <scheme:…>; anything else stays as it is.
  for (const m of text.matchAll(/<([@#!][^<>\s|]+(?:\|[^<>\n]*)?|[a-z][a-z0-9+.-]*:[^<>\s|]+(?:\|[^<>\n]*)?)>/gi)) {
    out += unescapeSlack(text.slice(last, m.index));
    out += await decodeToken(m[1]!, names);
    last = m.index + m[0].length;
  }
  return out + unescapeSlack(text.slice(last));
}

/**
 * A name lookup that asks Slack once per id and remembers the answer for as long as this one
 * object lives (one request): people change their names, so nothing is kept across requests.
 */
export function cachedNames(lookups: {
  user(id: string): Promise<string | undefined>;
  channel(id: string): Promise<string | undefined>;
}): SlackNames {
  const users = new Map<string, Promise<string | undefined>>();
  const channels = new Map<string, Promise<string | undefined>>();
  const safe = (p: () => Promise<string | undefined>) => p().catch(() => undefined);
  return {
    user(id) {
      if (!users.has(id))
        users.set(
          id,
          safe(() => lookups.user(id)),
        );
      return users.get(id)!;
    },
    channel(id) {
      if (!channels.has(id))
        channels.set(
          id,
          safe(() => lookups.channel(id)),
        );
      return channels.get(id)!;
    },
  };
}
