/**
 * `/avoimet` (alias `/open`): live requests, newest first, filtered by category and
 * municipality, five to a page. `/omat` (alias `/mine`): everything of the member's own, made
 * of the sections features register (src/core/mine.ts); this feature's section lists the
 * member's requests (with their actions) and offers.
 */
import type { Handler, HandlerContext, HandlerOutcome, MineSection } from "../../app/contract.js";
import { t as translate, type Translate } from "../../i18n/index.js";
import { MUNICIPALITIES } from "../../members.js";
import { LOCALES, type Button, type RichText } from "../../types.js";
import { DAY_MS, formatDay } from "../../time.js";
import type { Prisma } from "../../../generated/prisma/client.js";
import {
  CATEGORIES,
  isCategory,
  LIVE,
  municipalityCode,
  municipalityFromCode,
  OTHER_MUNICIPALITY,
  PAGE_SIZE,
  type Category,
} from "./constants.js";
import { answer, answerText, stale } from "./replies.js";
import {
  categoryLabel,
  isLive,
  municipalityLabel,
  realAsker,
  requestInclude,
  shortTitle,
  staffButtons,
  statusLabel,
  whoAsks,
  type RequestView,
} from "./render.js";
import { matchCategory, matchMunicipality } from "./validate.js";

interface Filter {
  category?: Category | undefined;
  municipality?: string | undefined;
}

function categoryNames(key: Category): string[] {
  return LOCALES.map((l) => translate(l, `hr-cat-${key}`));
}

function filterCodes(f: Filter): string {
  return `${f.category ?? "-"}:${f.municipality ? municipalityCode(f.municipality) : "-"}`;
}

function parseFilterCodes(cat: string | undefined, mun: string | undefined): Filter | null {
  const filter: Filter = {};
  if (cat && cat !== "-") {
    if (!isCategory(cat)) return null;
    filter.category = cat;
  }
  if (mun && mun !== "-") {
    const m = municipalityFromCode(mun);
    if (!m) return null;
    filter.municipality = m;
  }
  return filter;
}

function filterDescription(ctx: HandlerContext, f: Filter): string {
  const parts: string[] = [];
  if (f.category) parts.push(categoryLabel(ctx.t, f.category));
  if (f.municipality) parts.push(municipalityLabel(ctx.t, f.municipality));
  return parts.join(", ");
}

async function listing(
  ctx: HandlerContext,
  requestedPage: number,
  filter: Filter,
  replace: boolean,
): Promise<HandlerOutcome> {
  const { t } = ctx;
  const tz = ctx.config.digest.timezone;
  const where = {
    status: { in: LIVE },
    expiresAt: { gt: ctx.now() },
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.municipality ? { municipality: filter.municipality } : {}),
  };
  const total = await ctx.db.helpRequest.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const rows = await ctx.db.helpRequest.findMany({
    where,
    include: { organisation: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  // The asker's name is shown only for a request in nobody's organisation (and to staff, who see
  // who really asked): the askers are read only then, not on every page (one query fewer for most).
  const askerIds = rows
    .filter((r) => r.askerId !== null && (ctx.staff || (r.askedAs !== "anonymous" && !r.organisation)))
    .map((r) => r.askerId!);
  const askers = askerIds.length ? await ctx.db.member.findMany({ where: { id: { in: [...new Set(askerIds)] } } }) : [];
  const items: RequestView[] = rows.map((r) => ({ ...r, asker: askers.find((a) => a.id === r.askerId) ?? null }));
  const described = filterDescription(ctx, filter);
  const text: RichText = [{ b: t("hr-open-title") }];
  if (described) text.push(" – ", t("hr-open-filtered", { filter: described }));
  const buttons: Button[][] = [];
  if (!items.length) {
    text.push("\n\n", t(described ? "hr-open-none-filtered" : "hr-open-none"));
  } else {
    if (pages > 1) text.push(" ", t("hr-open-page", { page: page + 1, pages, total }));
    items.forEach((r, i) => {
      const n = page * PAGE_SIZE + i + 1;
      const facts = [
        categoryLabel(t, r.category),
        municipalityLabel(t, r.municipality),
        whoAsks(t, r),
        t("hr-until-date", { date: formatDay(r.expiresAt, tz) }),
      ];
      if (r.status !== "open") facts.push(statusLabel(t, r.status));
      text.push("\n\n", `${n}. `, { b: r.title }, "\n", facts.join(" · "));
      if (ctx.staff && r.askedAs === "anonymous") text.push(` (${t("hr-label-staff-sees")}: `, realAsker(t, r), ")");
      if (r.details) text.push("\n", shortTitle(r.details.replace(/\s+/g, " "), 160));
      const row: Button[] = [];
      if (r.askerId !== ctx.member.id) row.push({ label: t("hr-button-offer-n", { n }), action: `hr:offer:${r.id}` });
      if (ctx.staff) row.push(...staffButtons(t, r).map((b) => ({ ...b, label: `${b.label} (${n})` })));
      if (row.length) buttons.push(row);
    });
  }
  const nav: Button[] = [];
  if (page > 0) nav.push({ label: t("hr-button-prev"), action: `hr:page:${page - 1}:${filterCodes(filter)}` });
  if (page < pages - 1) nav.push({ label: t("hr-button-next"), action: `hr:page:${page + 1}:${filterCodes(filter)}` });
  if (nav.length) buttons.push(nav);
  const tools: Button[] = [{ label: t("hr-button-filter"), action: `hr:filt:${filterCodes(filter)}` }];
  if (described) tools.push({ label: t("hr-button-all"), action: "hr:page:0:-:-" });
  buttons.push(tools);
  if (items.length) text.push("\n\n", t("hr-open-ask-hint"));
  return answer(ctx, { text, buttons }, { replace });
}

/** The word after `/avoimet` that asks for the staff's list of requests to reopen. */
const CLOSED_WORDS = ["suljetut", "suljettu", "stängda", "stängd", "closed"];
/** What staff can reopen (reopenRequest); a request its asker withdrew stays withdrawn. */
const REOPENABLE = ["hidden", "closed", "expired", "resolved"];
/** How far back the staff's list of closed requests reaches. */
const CLOSED_LIST_DAYS = 30;
const CLOSED_LIST_MAX = 10;

/**
 * `/avoimet suljetut` (`/open closed`), for staff on every platform: the requests hidden, closed,
 * expired or resolved in the last 30 days, newest change first, each with its reopen button.
 * Slack's staff channel keeps a reopen button on each post; Telegram and the terminal have no
 * staff channel, and a request that is no longer live is not in `/avoimet`, so this is where
 * staff find it again.
 */
async function closedListing(ctx: HandlerContext): Promise<HandlerOutcome> {
  const { t } = ctx;
  if (!ctx.staff) return answerText(ctx, t("error-staff-only"));
  const tz = ctx.config.digest.timezone;
  const items = await ctx.db.helpRequest.findMany({
    where: {
      status: { in: REOPENABLE },
      updatedAt: { gte: new Date(ctx.now().getTime() - CLOSED_LIST_DAYS * DAY_MS) },
    },
    include: requestInclude,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: CLOSED_LIST_MAX,
  });
  const text: RichText = [{ b: t("hr-closed-title", { days: CLOSED_LIST_DAYS }) }];
  const buttons: Button[][] = [];
  if (!items.length) text.push("\n\n", t("hr-closed-none"));
  items.forEach((r, i) => {
    const n = i + 1;
    const facts = [statusLabel(t, r.status), realAsker(t, r), t("hr-until-date", { date: formatDay(r.expiresAt, tz) })];
    text.push("\n\n", `${n}. `, { b: r.title }, "\n", facts.join(" · "));
    if (r.statusReason) text.push("\n", shortTitle(r.statusReason, 160));
    buttons.push(staffButtons(t, r).map((b) => ({ ...b, label: `${b.label} (${n})` })));
  });
  return answer(ctx, { text, buttons });
}

/** `/avoimet [category] [municipality]`, e.g. `/avoimet tilat Hollola`; staff: `/avoimet suljetut`. */
export const openCommand: Handler = async (ctx, args) => {
  const first = args.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (CLOSED_WORDS.includes(first)) return closedListing(ctx);
  const filter: Filter = {};
  const unknown: string[] = [];
  for (const word of args.split(/[\s,;]+/).filter(Boolean)) {
    const category = matchCategory(word, categoryNames);
    const municipality = category ? undefined : matchMunicipality(word);
    if (category && !filter.category) filter.category = category;
    else if (municipality && !filter.municipality) filter.municipality = municipality;
    else unknown.push(word);
  }
  const out = await listing(ctx, 0, filter, false);
  if (unknown.length)
    out.replies[0]!.message.text.unshift(ctx.t("hr-open-unknown-filter", { words: unknown.join(", ") }), "\n\n");
  return out;
};

/** `hr:page:<n>:<category|->:<municipality code|->`. */
export async function showPage(
  ctx: HandlerContext,
  pageRaw?: string,
  cat?: string,
  mun?: string,
): Promise<HandlerOutcome> {
  const filter = parseFilterCodes(cat, mun);
  if (!filter || !pageRaw || !/^\d{1,4}$/.test(pageRaw)) return stale(ctx);
  return listing(ctx, Number(pageRaw), filter, true);
}

/** `hr:filt:<category|->:<municipality code|->`: the filter menu, keeping the other half of the filter. */
export async function showFilters(ctx: HandlerContext, cat?: string, mun?: string): Promise<HandlerOutcome> {
  const filter = parseFilterCodes(cat, mun);
  if (!filter) return stale(ctx);
  const { t } = ctx;
  const munCode = filter.municipality ? municipalityCode(filter.municipality) : "-";
  const buttons: Button[][] = [];
  const cats: Button[] = [
    { label: `🏷 ${t("hr-filter-any-category")}`, action: `hr:page:0:-:${munCode}` },
    ...CATEGORIES.map((c) => ({ label: `🏷 ${categoryLabel(t, c)}`, action: `hr:page:0:${c}:${munCode}` })),
  ];
  for (let i = 0; i < cats.length; i += 2) buttons.push(cats.slice(i, i + 2));
  const muns: Button[] = [
    { label: `📍 ${t("hr-filter-any-municipality")}`, action: `hr:page:0:${filter.category ?? "-"}:-` },
    ...[...MUNICIPALITIES, OTHER_MUNICIPALITY].map((m) => ({
      label: `📍 ${municipalityLabel(t, m)}`,
      action: `hr:page:0:${filter.category ?? "-"}:${municipalityCode(m)}`,
    })),
  ];
  for (let i = 0; i < muns.length; i += 3) buttons.push(muns.slice(i, i + 3));
  return answer(ctx, { text: [t("hr-filter-prompt")], buttons }, { replace: true });
}

// ---- /omat -----------------------------------------------------------------------------------

/** `/omat`: every feature's section, in order. */
export const mineCommand: Handler = async (ctx) => {
  const text: RichText = [];
  const buttons: Button[][] = [];
  for (const section of ctx.registry.mineSections) {
    const part = await section.render(ctx);
    if (!part) continue;
    if (text.length) text.push("\n\n");
    text.push(...part.text);
    buttons.push(...(part.buttons ?? []));
  }
  if (!text.length) return answerText(ctx, ctx.t("hr-mine-nothing"));
  return answer(ctx, { text, buttons });
};

/** The member's own requests (with what they can do next) and the offers they made. */
export const helpRequestsMineSection: MineSection = {
  order: 10,
  async render(ctx) {
    const { t } = ctx;
    const tz = ctx.config.digest.timezone;
    const requests = await ctx.db.helpRequest.findMany({
      where: { askerId: ctx.member.id, anonymisedAt: null },
      include: { offers: { include: { helper: { include: { organisation: true } } }, orderBy: { id: "asc" } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
    });
    const offers = await ctx.db.helpOffer.findMany({
      where: { helperId: ctx.member.id },
      include: { request: true },
      orderBy: { id: "desc" },
      take: 10,
    });
    if (!requests.length && !offers.length) return null;
    const text: RichText = [];
    const buttons: Button[][] = [];
    if (requests.length) {
      text.push({ b: t("hr-mine-requests") });
      for (const r of requests) {
        text.push("\n• ", { b: r.title }, ` – ${statusLabel(t, r.status)}`);
        if (isLive(r.status)) text.push(`, ${t("hr-until-date", { date: formatDay(r.expiresAt, tz) })}`);
        text.push(`, ${t("hr-mine-offer-count", { count: r.offers.length })}`);
        if (r.status === "hidden" && r.statusReason) text.push(`\n  ${t("hr-label-reason")}: `, r.statusReason);
        ownRequestButtons(t, r, buttons);
        for (const o of r.offers) describeOffer(t, r, o, text, buttons);
      }
    }
    if (offers.length) {
      if (text.length) text.push("\n\n");
      text.push({ b: t("hr-mine-offers") });
      for (const o of offers) {
        text.push(
          "\n• ",
          { b: o.request.title },
          ` – ${t(`hr-offer-status-${o.status}`)} (${t("hr-mine-request-status", { status: statusLabel(t, o.request.status) })})`,
        );
      }
    }
    return { text, buttons };
  },
};

type OwnRequest = Prisma.HelpRequestGetPayload<{
  include: { offers: { include: { helper: { include: { organisation: true } } } } };
}>;

/** What the asker can do next with a live request of their own. */
function ownRequestButtons(t: Translate, r: OwnRequest, buttons: Button[][]): void {
  if (!isLive(r.status)) return;
  const short = shortTitle(r.title, 20);
  buttons.push([
    { label: `${t("hr-button-resolve")}: ${short}`, action: `hr:resolve:${r.id}` },
    { label: `${t("hr-button-extend")}: ${short}`, action: `hr:extend:${r.id}` },
  ]);
}

/** One offer on the asker's request: who, its status and note, and the asker's next step with it. */
function describeOffer(
  t: Translate,
  r: OwnRequest,
  o: OwnRequest["offers"][number],
  text: RichText,
  buttons: Button[][],
): void {
  if (!o.helper) return;
  const who = o.helper.organisation ? `${o.helper.displayName} (${o.helper.organisation.name})` : o.helper.displayName;
  text.push("\n  ↳ ", who, `: ${t(`hr-offer-status-${o.status}`)}`);
  if (o.note) text.push(" – ", t("hr-quoted", { text: o.note }));
  const name = shortTitle(o.helper.displayName, 20);
  if (o.status === "pending" && isLive(r.status)) {
    buttons.push([
      { label: `${t("hr-button-accept")}: ${name}`, action: `hr:accept:${o.id}` },
      { label: `${t("hr-button-decline")}: ${name}`, action: `hr:decline:${o.id}` },
    ]);
  } else if (!o.thankedAt && (o.status === "accepted" || r.status === "resolved") && o.status !== "declined") {
    buttons.push([{ label: t("hr-button-thank-name", { name }), action: `hr:thank:${o.id}` }]);
  }
}
