/**
 * `/etsi <words>` (`/find`): organisations and open places that match, best first. A
 * municipality named among the words filters (`/etsi nuorille eläinten parissa Hollola`); when
 * nothing is there, the best matches elsewhere are shown and said to be elsewhere. Kinds of place
 * and target groups named among the words count as search words (they match the fixed lists).
 */
import type { HandlerContext, HandlerOutcome } from "../../app/contract.js";
import type { Translate } from "../../i18n/index.js";
import type { RichText } from "../../types.js";
import { formatDay } from "../../time.js";
import { answer, answerText } from "../help-requests/replies.js";
import { oneLine } from "../help-requests/validate.js";
import { parseFilterWords } from "./lists.js";
import { kindLabel, labels } from "./render.js";
import type { PortalSearch, SearchDoc, SearchHit } from "./search.js";

export const FIND_MAX = 8;

/** Shortens a text to about `max` characters at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** One result in chat: what it is, who, where, and how to get in touch. */
export function renderDoc(t: Translate, doc: SearchDoc, timeZone: string): RichText {
  const text: RichText = [];
  if (doc.type === "profile") {
    text.push("🏢 ", { b: doc.organisation }, "\n  ", excerpt(doc.text.split("\n")[0] ?? ""));
    if (doc.targetGroups.length) text.push("\n  ", `${t("pt-label-for-whom")}: `, labels(t, "pt-tg", doc.targetGroups));
    text.push("\n  ", `${t("pt-label-municipalities")}: `, doc.municipalities.join(", "));
  } else {
    text.push(
      "📌 ",
      { b: `${kindLabel(t, doc.kind ?? "")}: ${doc.title}` },
      "\n  ",
      `${doc.organisation}, ${doc.municipalities.join(", ")}`,
    );
    if (doc.hoursPerWeek) text.push(` · ${t("pt-hours-value", { hours: doc.hoursPerWeek })}`);
    if (doc.endsAt) text.push(` · ${t("pt-until", { date: formatDay(new Date(doc.endsAt), timeZone) })}`);
  }
  if (doc.contact)
    text.push(
      "\n  ",
      `${t(doc.type === "place" ? "pt-label-apply" : "pt-label-contact")}: `,
      excerpt(doc.contact, 200),
    );
  return text;
}

function list(ctx: HandlerContext, hits: SearchHit[]): RichText {
  const text: RichText = [];
  for (const h of hits) text.push("\n\n", ...renderDoc(ctx.t, h.doc, ctx.config.digest.timezone));
  return text;
}

export function findCommand(search: PortalSearch) {
  return async (ctx: HandlerContext, args: string): Promise<HandlerOutcome> => {
    const words = oneLine(args).slice(0, 300);
    if (!words) return answerText(ctx, ctx.t("pt-find-usage"));
    const parsed = parseFilterWords(words);
    // The municipality filters; the other words are searched (kinds and groups match the lists' labels).
    const query = parsed.municipality
      ? words.replace(new RegExp(`(^|\\s)${parsed.municipality}(?=\\s|$)`, "i"), " ").trim()
      : words;
    const filters = { municipality: parsed.municipality };
    let { hits, total } = await search.search(ctx, query, filters, FIND_MAX);
    const text: RichText = [];
    if (!hits.length && parsed.municipality && query) {
      ({ hits, total } = await search.search(ctx, query, {}, FIND_MAX));
      if (hits.length) text.push({ i: ctx.t("pt-find-elsewhere", { municipality: parsed.municipality }) }, "\n\n");
    }
    if (!hits.length) {
      text.push(ctx.t("pt-find-none", { words }), "\n\n", ctx.t("pt-find-none-hint"));
      return answer(ctx, { text });
    }
    text.push({ b: ctx.t("pt-find-title", { words, count: total }) }, ...list(ctx, hits));
    if (total > hits.length) text.push("\n\n", ctx.t("dg-more", { count: total - hits.length }));
    return answer(ctx, { text });
  };
}
