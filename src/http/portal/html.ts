/**
 * Templates that escape by construction: `html` is a tagged template whose interpolated values
 * are escaped unless they are themselves `Html` (built by `html`). Arrays are joined; null,
 * undefined and false render as nothing. There is no way to put a raw string in except `trusted`,
 * which is for the few constants of this module's own pages.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** A constant written in this code base (never user data). */
export function trusted(s: string): Html {
  return new Html(s);
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no text can end the block. */
export function jsonLd(data: unknown): Html {
  return new Html(
    JSON.stringify(data)
      .replace(/</g, "\\u003c")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
}
