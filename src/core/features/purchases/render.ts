/**
 * How needs and joint purchases look: the live group/channel post (rendered from the current
 * state at delivery), and the private messages about them. Everything user-typed goes in plain
 * strings or {b}, never into markup.
 */
import type { CoreDeps } from "../../app/contract.js";
import { translator, type Translate } from "../../i18n/index.js";
import type { Button, Locale, OutgoingMessage, Platform, RichText } from "../../types.js";
import type { CourseType, Need, Purchase } from "../../../generated/prisma/client.js";
import { formatDate } from "./format.js";
import { formatEuros } from "../../money.js";
import { perSeatCents } from "./split.js";
import { courseTypeName } from "./course-names.js";

export const ACTIVE = ["open", "tipped"];

export interface PurchaseExtras {
  courseType?: Pick<CourseType, "key" | "name"> | null;
  waiting?: number;
  /** Seats the waiting list (and unconfirmed offers) ask for. */
  waitingSeats?: number;
  offered?: number;
}

/** The price lines of a purchase: the total or seat price, per-seat price now and at the maximum, savings. */
export function priceLines(t: Translate, locale: Locale | string, p: Purchase): RichText {
  const eur = (c: number) => formatEuros(c, locale);
  const out: RichText = [];
  if (p.priceMode === "total") {
    const now = Math.max(p.committedSeats, p.minSeats);
    const perNow = perSeatCents("total", p.priceCents, now);
    const perMax = perSeatCents("total", p.priceCents, p.maxSeats);
    out.push(t("pu-price-total", { total: eur(p.priceCents) }), "\n");
    // A course whose size is fixed, or already full, has one seat price: say it once.
    if (p.minSeats === p.maxSeats || now >= p.maxSeats)
      out.push(t("pu-price-seat-fixed", { price: eur(perMax), seats: p.maxSeats }));
    else if (p.committedSeats >= p.minSeats)
      out.push(t("pu-price-seat-now", { price: eur(perNow), seats: now, atMax: eur(perMax), max: p.maxSeats }));
    else out.push(t("pu-price-seat-at-min", { price: eur(perNow), seats: now, atMax: eur(perMax), max: p.maxSeats }));
  } else {
    out.push(t("pu-price-per-seat", { price: eur(p.priceCents) }));
  }
  if (p.soloPriceCents) {
    const best = p.priceMode === "total" ? perSeatCents("total", p.priceCents, p.maxSeats) : p.priceCents;
    const now =
      p.priceMode === "total"
        ? perSeatCents("total", p.priceCents, Math.max(p.committedSeats, p.minSeats))
        : p.priceCents;
    const saving = p.soloPriceCents - now;
    out.push("\n");
    if (saving > 0)
      out.push(
        t("pu-price-saving", { solo: eur(p.soloPriceCents), saving: eur(saving), best: eur(p.soloPriceCents - best) }),
      );
    else out.push(t("pu-price-solo", { solo: eur(p.soloPriceCents) }));
  }
  return out;
}

function statusLine(t: Translate, p: Purchase, now: Date): string {
  if (p.status === "closed") return t("pu-status-closed", { seats: p.committedSeats });
  if (p.status === "cancelled") return t("pu-status-cancelled");
  if (now.getTime() >= p.deadline.getTime()) return t("pu-status-ending");
  const missing = p.minSeats - p.committedSeats;
  if (missing > 0) return t("pu-status-missing", { missing });
  if (p.committedSeats >= p.maxSeats) return t("pu-status-full");
  return t("pu-status-tipped", { left: p.maxSeats - p.committedSeats });
}

/** The full description of a purchase (post, /hankinta <id>, confirmation after publishing). */
export function purchaseText(
  t: Translate,
  locale: Locale | string,
  tz: string,
  p: Purchase,
  extras: PurchaseExtras,
  now: Date,
): RichText {
  const text: RichText = [{ b: t("pu-post-title", { id: String(p.id) }) }, " ", { b: p.courseName }, "\n"];
  const about: string[] = [];
  if (extras.courseType) about.push(t("pu-post-type", { type: courseTypeName(t, extras.courseType) }));
  if (p.provider) about.push(t("pu-post-provider", { provider: p.provider }));
  if (about.length) text.push(about.join(" · "), "\n");
  if (p.courseDate) text.push(t("pu-post-date", { date: formatDate(p.courseDate, tz, t) }), "\n");
  if (p.place) text.push(t("pu-post-place", { place: p.place }), "\n");
  text.push("\n", { b: statusLine(t, p, now) }, "\n");
  text.push(t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats }), "\n");
  text.push(...priceLines(t, locale, p), "\n");
  if (ACTIVE.includes(p.status)) text.push(t("pu-post-deadline", { deadline: formatDate(p.deadline, tz, t) }), "\n");
  if (p.perOrgCap) text.push(t("pu-post-cap", { cap: p.perOrgCap }), "\n");
  if (ACTIVE.includes(p.status) && extras.waiting)
    text.push(t("pu-post-waiting", { count: extras.waiting, seats: extras.waitingSeats ?? 0 }), "\n");
  return text;
}

export async function loadExtras(deps: Pick<CoreDeps, "db">, p: Purchase): Promise<PurchaseExtras> {
  const [courseType, queued] = await Promise.all([
    p.courseTypeId ? deps.db.courseType.findUnique({ where: { id: p.courseTypeId } }) : null,
    deps.db.purchaseSeat.groupBy({
      by: ["status"],
      where: { purchaseId: p.id, status: { in: ["waiting", "offered"] } },
      _count: { _all: true },
      _sum: { seats: true },
    }),
  ]);
  const of = (status: string) => queued.find((g) => g.status === status);
  const offered = of("offered")?._count._all ?? 0;
  const waiting = (of("waiting")?._count._all ?? 0) + offered;
  const waitingSeats = (of("waiting")?._sum.seats ?? 0) + (of("offered")?._sum.seats ?? 0);
  return { courseType, waiting, waitingSeats, offered };
}

export function joinButton(t: Translate, p: Purchase, now: Date): Button[][] {
  if (!ACTIVE.includes(p.status) || now.getTime() >= p.deadline.getTime()) return [];
  const full = p.committedSeats >= p.maxSeats;
  return [[{ label: t(full ? "pu-button-join-waitlist" : "pu-button-join"), action: `pu:join:${p.id}` }]];
}

/** The organiser's buttons under a purchase: the participant list, and closing or cancelling while it is open. */
export function managerButtons(t: Translate, p: Purchase): Button[][] {
  const out: Button[] = [{ label: t("pu-button-csv"), action: `pu:csv:${p.id}` }];
  if (ACTIVE.includes(p.status)) {
    out.push(
      { label: t("pu-button-close"), action: `pu:close:${p.id}` },
      { label: t("pu-button-cancel"), action: `pu:cancel:${p.id}` },
    );
  }
  return [out];
}

/** The group/channel post of a purchase, from its current state. */
export async function renderPurchasePost(
  deps: CoreDeps,
  id: number,
  locale: Locale,
  _platform: Platform,
): Promise<OutgoingMessage | null> {
  const p = await deps.db.purchase.findUnique({ where: { id } });
  if (!p) return null;
  const t = translator(locale);
  const now = deps.now();
  return {
    text: purchaseText(t, locale, deps.config.digest.timezone, p, await loadExtras(deps, p), now),
    buttons: joinButton(t, p, now),
  };
}

// ---------------------------------------------------------------------------------------------
// Private messages

const title = (p: Pick<Purchase, "id" | "courseName">): RichText => [{ b: p.courseName }, ` (#${p.id})`];

export function inviteMessage(
  t: Translate,
  _locale: Locale,
  tz: string,
  p: Purchase,
  needSeats: number,
): OutgoingMessage {
  const cap = p.perOrgCap ?? p.maxSeats;
  const seats = Math.min(needSeats, cap);
  return {
    text: [
      t("pu-invite", { seats: needSeats }),
      " ",
      ...title(p),
      "\n",
      t("pu-post-deadline", { deadline: formatDate(p.deadline, tz, t) }),
    ],
    buttons: [
      [{ label: t("pu-button-join-with", { seats }), action: `pu:seats:${p.id}:${seats}` }],
      [{ label: t("pu-button-choose-seats"), action: `pu:join:${p.id}` }],
    ],
  };
}

export function offerMessage(
  t: Translate,
  _locale: Locale,
  tz: string,
  p: Purchase,
  seats: number,
  wanted: number,
  expires: Date,
): OutgoingMessage {
  return {
    text: [
      t(seats < wanted ? "pu-offer-partial" : "pu-offer", { seats, wanted }),
      " ",
      ...title(p),
      "\n",
      t("pu-offer-confirm-by", { when: formatDate(expires, tz, t) }),
    ],
    buttons: [
      [
        { label: t("pu-button-confirm", { seats }), action: `pu:confirm:${p.id}` },
        { label: t("pu-button-decline"), action: `pu:decline:${p.id}` },
      ],
    ],
  };
}

export function offerExpiredMessage(t: Translate, _locale: Locale, _tz: string, p: Purchase): OutgoingMessage {
  return {
    text: [t("pu-offer-expired"), " ", ...title(p)],
    buttons: [[{ label: t("pu-button-join-waitlist"), action: `pu:join:${p.id}` }]],
  };
}

/** To the participants when a purchase that had reached its minimum falls below it again. */
export function belowMinimumMessage(t: Translate, tz: string, p: Purchase): OutgoingMessage {
  return {
    text: [
      { b: t("pu-below-title") },
      "\n",
      t("pu-below", {
        course: p.courseName,
        id: p.id,
        committed: p.committedSeats,
        min: p.minSeats,
        deadline: formatDate(p.deadline, tz, t),
      }),
    ],
  };
}

export function tippedMessage(t: Translate, locale: Locale, tz: string, p: Purchase): OutgoingMessage {
  return {
    text: [
      { b: t("pu-tipped-title") },
      "\n",
      t("pu-tipped", { min: p.minSeats }),
      " ",
      ...title(p),
      "\n",
      ...priceLines(t, locale, { ...p, committedSeats: Math.max(p.committedSeats, p.minSeats) }),
      "\n",
      t("pu-tipped-next", { deadline: formatDate(p.deadline, tz, t) }),
    ],
  };
}

export interface SplitRow {
  organisation: string;
  organisationId: number;
  seats: number;
  cents: number;
}

export function closedMessage(
  t: Translate,
  locale: Locale,
  _tz: string,
  p: Purchase,
  rows: SplitRow[],
  total: number,
  ownOrganisationId: number | null,
): OutgoingMessage {
  const eur = (c: number) => formatEuros(c, locale);
  const text: RichText = [
    { b: t("pu-closed-title") },
    "\n",
    ...title(p),
    "\n",
    t("pu-closed-total", { total: eur(total), seats: p.committedSeats }),
    "\n\n",
  ];
  for (const r of rows) {
    const line = t("pu-split-line", { organisation: r.organisation, seats: r.seats, share: eur(r.cents) });
    text.push(r.organisationId === ownOrganisationId ? { b: line } : line, "\n");
  }
  const own = rows.find((r) => r.organisationId === ownOrganisationId);
  if (own) text.push("\n", t("pu-closed-your-share", { share: eur(own.cents), seats: own.seats }));
  return { text };
}

export function cancelledMessage(
  t: Translate,
  _locale: Locale,
  _tz: string,
  p: Purchase,
  reason: "deadline" | "organiser",
): OutgoingMessage {
  return {
    text: [
      { b: t("pu-cancelled-title") },
      "\n",
      ...title(p),
      "\n",
      reason === "deadline"
        ? t("pu-cancelled-deadline", { committed: p.committedSeats, min: p.minSeats })
        : t("pu-cancelled-organiser"),
      " ",
      t("pu-cancelled-nothing-owed"),
    ],
  };
}

export function noSeatMessage(t: Translate, _locale: Locale, _tz: string, p: Purchase): OutgoingMessage {
  return { text: [t("pu-no-seat"), " ", ...title(p)] };
}

export function needMatchMessage(
  t: Translate,
  tz: string,
  newNeed: Need & { courseType: CourseType | null; organisation: { name: string } | null },
  own: Need,
  proposal: { groupSeats: number; threshold: number } | null,
): OutgoingMessage {
  const text: RichText = [
    t("pu-need-match", {
      organisation: newNeed.organisation?.name ?? "?",
      seats: newNeed.seats,
      course: newNeed.courseType ? courseTypeName(t, newNeed.courseType) : newNeed.courseText,
      date: formatDate(newNeed.neededBy, tz, t),
      municipality: newNeed.municipality,
    }),
  ];
  if (!proposal) return { text };
  text.push("\n\n", t("pu-proposal", { seats: proposal.groupSeats, min: proposal.threshold }));
  return { text, buttons: [[{ label: t("pu-button-propose"), action: `pu:propose:${own.id}` }]] };
}
