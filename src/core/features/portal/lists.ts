/**
 * `/paikat` (`/places`): the open places, newest first, filtered by kind, municipality and target
 * group — typed after the command (`/paikat työkokeilu Hollola nuoret`) or chosen with buttons.
 */
import type { Handler, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { translator } from "../../i18n/index.js";
import { LOCALES, type Button, type RichText } from "../../types.js";
import { formatDay } from "../../time.js";
import { answer, stale } from "../help-requests/replies.js";
import { MUNICIPALITIES, PLACE_KINDS, TARGET_GROUPS, WORDS, type PlaceKind, type TargetGroup } from "./constants.js";
import { kindLabel } from "./render.js";

export const LIST_MAX = 10;

export interface PlaceFilter {
  kind?: PlaceKind | undefined;
  municipality?: string | undefined;
  targetGroup?: TargetGroup | undefined;
}

function names(key: string, prefix: string): string[] {
  return [...LOCALES.map((l) => translator(l)(`${prefix}-${key}`).toLowerCase()), ...(WORDS[key] ?? [])];
}

/** Reads filters from typed words; words that name nothing are returned as `rest`. */
export function parseFilterWords(raw: string): PlaceFilter & { rest: string[] } {
  const out: PlaceFilter & { rest: string[] } = { rest: [] };
  const lower = ` ${raw.toLowerCase().replace(/\s+/g, " ").trim()} `;
  let remaining = lower;
  // Multi-word names first ("kuntouttava työtoiminta", "work trial").
  const take = (phrase: string) => {
    const i = remaining.indexOf(` ${phrase} `);
    if (i < 0) return false;
    remaining = `${remaining.slice(0, i)} ${remaining.slice(i + phrase.length + 2)}`;
    return true;
  };
  for (const k of PLACE_KINDS)
    if (
      !out.kind &&
      names(k, "pt-kind")
        .sort((a, b) => b.length - a.length)
        .some(take)
    )
      out.kind = k;
  for (const g of TARGET_GROUPS)
    if (
      !out.targetGroup &&
      names(g, "pt-tg")
        .sort((a, b) => b.length - a.length)
        .some(take)
    )
      out.targetGroup = g;
  for (const m of MUNICIPALITIES) if (!out.municipality && take(m.toLowerCase())) out.municipality = m;
  out.rest = remaining.split(" ").filter(Boolean);
  return out;
}

export async function openPlaces(ctx: Pick<HandlerContext, "db" | "now">, filter: PlaceFilter, take = LIST_MAX) {
  const where = {
    status: "open",
    endsAt: { gt: ctx.now() },
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.municipality ? { municipality: filter.municipality } : {}),
    ...(filter.targetGroup ? { targetGroups: { contains: filter.targetGroup } } : {}),
  };
  const [places, total] = await Promise.all([
    ctx.db.openPlace.findMany({
      where,
      include: { organisation: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
    }),
    ctx.db.openPlace.count({ where }),
  ]);
  return { places, total };
}

function code(filter: PlaceFilter): string {
  const k = filter.kind ? PLACE_KINDS.indexOf(filter.kind) : -1;
  const m = filter.municipality ? (MUNICIPALITIES as readonly string[]).indexOf(filter.municipality) : -1;
  const g = filter.targetGroup ? TARGET_GROUPS.indexOf(filter.targetGroup) : -1;
  return [k, m, g].map((n) => (n < 0 ? "-" : String(n))).join(":");
}

async function listPlaces(ctx: HandlerContext, filter: PlaceFilter, replace: boolean): Promise<HandlerOutcome> {
  const { t } = ctx;
  const tz = ctx.config.digest.timezone;
  const { places, total } = await openPlaces(ctx, filter);
  const active = [
    filter.kind ? kindLabel(t, filter.kind) : "",
    filter.municipality ?? "",
    filter.targetGroup ? t(`pt-tg-${filter.targetGroup}`) : "",
  ].filter(Boolean);
  const text: RichText = [{ b: t("pt-list-title", { count: total }) }];
  if (active.length) text.push("\n", { i: `${t("pt-list-filters")}: ${active.join(", ")}` });
  const buttons: Button[][] = [];
  if (!places.length) text.push("\n\n", t("pt-list-empty"));
  for (const p of places) {
    text.push(
      "\n\n• ",
      { b: `${kindLabel(t, p.kind)}: ${p.title}` },
      "\n  ",
      `${p.organisation.name}, ${p.municipality}`,
      p.hoursPerWeek ? ` · ${t("pt-hours-value", { hours: p.hoursPerWeek })}` : "",
      ` · ${t("pt-until", { date: formatDay(p.endsAt, tz) })}`,
    );
    if (p.howToApply) text.push("\n  ", `${t("pt-label-apply")}: `, p.howToApply);
    if (ctx.staff)
      buttons.push([{ label: `${t("pt-button-hide")}: ${p.title.slice(0, 30)}`, action: `pt:hideplace:${p.id}` }]);
    else if (p.createdById === ctx.member.id)
      buttons.push([{ label: `${t("pt-button-filled")}: ${p.title.slice(0, 30)}`, action: `pt:close:${p.id}` }]);
  }
  if (total > places.length) text.push("\n\n", t("dg-more", { count: total - places.length }));
  const kinds = PLACE_KINDS.map((k) => ({
    label: `${filter.kind === k ? "✅ " : ""}${kindLabel(t, k)}`,
    action: `pt:list:${code({ ...filter, kind: filter.kind === k ? undefined : k })}`,
  }));
  buttons.push(kinds.slice(0, 2), kinds.slice(2));
  if (active.length) buttons.push([{ label: t("pt-button-all"), action: "pt:list:-:-:-" }]);
  text.push("\n\n", { i: t("pt-list-hint") });
  return answer(ctx, { text, buttons }, { replace });
}

/** `/paikat [words]`. */
export const placesCommand: Handler = async (ctx, args) => {
  const f = parseFilterWords(args);
  return listPlaces(ctx, { kind: f.kind, municipality: f.municipality, targetGroup: f.targetGroup }, false);
};

/** `pt:list:<kind>:<municipality>:<group>` (indexes, "-" for any). */
export async function listAction(ctx: HandlerContext, parts: string[]): Promise<HandlerOutcome> {
  const [k = "-", m = "-", g = "-"] = parts;
  const pick = <T>(list: readonly T[], v: string): T | undefined | null =>
    v === "-" ? undefined : /^\d{1,2}$/.test(v) ? (list[Number(v)] ?? null) : null;
  const kind = pick(PLACE_KINDS, k);
  const municipality = pick(MUNICIPALITIES, m);
  const targetGroup = pick(TARGET_GROUPS, g);
  if (kind === null || municipality === null || targetGroup === null) return stale(ctx);
  return listPlaces(ctx, { kind, municipality, targetGroup }, true);
}
