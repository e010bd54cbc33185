/**
 * Log lines never carry what members typed. Our own log calls name what happened (ids, counts,
 * kinds), never message text; pino also redacts `text` fields (src/logging.ts). The danger left is
 * an error's message: a library may quote its input in it (JSON.parse quotes the text it could not
 * read, Prisma prints the arguments of a failed query on the lines after the first, Bolt appends
 * `e.message` of a body it could not parse). So an error or a library's log line is logged as:
 *
 * - its name, its code and the platform's error code (`data.error` of a Slack API error);
 * - the first line of its message only, with every quoted part ("…", '…', “…”, «…», `…`) replaced
 *   by `"…"` (a code identifier in backticks, as Prisma names its calls, stays), everything after a `body:`/`data:`/`payload:`/`text:` cut, at most 200 characters;
 * - its stack frames without the message (the first line of a stack repeats the message).
 *
 * An error our own code throws never puts member text into its message (the confidentiality guard's
 * refusals carry only a field name and a reason: guard.ts).
 */

const QUOTED = /"[^"\n]*"?|'[^'\n]*'?|“[^”\n]*”?|”[^”\n]*”?|«[^»\n]*»?|`[^`\n]*`?/g;
const CUT_AFTER = /\b(body|data|payload|text|input|value|received)\s*[:=].*$/i;
const MAX = 200;

/** A library's log text or an error's message, safe to log (see the module comment). */
export function scrubLogText(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim()) ?? "";
  const cut = first
    .replace(QUOTED, (q) => (/^`[\w.$()]{1,60}`$/.test(q) ? q : '"…"'))
    .replace(CUT_AFTER, (_m, key: string) => `${key}: […]`);
  return cut.length > MAX ? `${cut.slice(0, MAX)}…` : cut;
}

export interface SafeError {
  name?: string;
  message: string;
  code?: string;
  /** A platform's own error code (Slack's `invalid_blocks`, `not_in_channel`…). */
  platformError?: string;
  stack?: string;
}

/** An error as it may be logged: name, codes, a scrubbed message, stack frames without the message. */
export function safeError(err: unknown): SafeError {
  if (!(err instanceof Error)) return { message: scrubLogText(typeof err === "string" ? err : String(err)) };
  const e = err as Error & { code?: unknown; data?: { error?: unknown }; original?: { data?: { error?: unknown } } };
  const out: SafeError = { name: e.name, message: scrubLogText(e.message ?? "") };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = String(e.code);
  const platformError = e.data?.error ?? e.original?.data?.error;
  if (typeof platformError === "string") out.platformError = platformError.slice(0, 80);
  const frames = (e.stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12);
  if (frames.length) out.stack = frames.map((l) => l.trim()).join("\n");
  return out;
}

/** Any value a library hands its logger (strings, errors, objects), as one safe line. */
export function safeLogArgs(args: unknown[]): string {
  return args
    .map((a) => {
      if (a instanceof Error) {
        const s = safeError(a);
        return [s.name, s.code, s.platformError, s.message].filter(Boolean).join(" ");
      }
      if (typeof a === "string") return scrubLogText(a);
      if (typeof a === "number" || typeof a === "boolean") return String(a);
      return "[object]";
    })
    .join(" ")
    .slice(0, 300);
}
