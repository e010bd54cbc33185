/**
 * What the weekly digest says: gathered from the database for one period and, in a private
 * chat, one member; rendered as rich text in the recipient's language. Asking is what the
 * network lacks, so the requests still waiting for an offer lead, oldest first.
 */
import type { DbOrTx } from "../../../db/client.js";
import { translator, type Translate } from "../../i18n/index.js";
import type { Button, OutgoingMessage, RichText } from "../../types.js";
import { formatEuros } from "../../money.js";
import { DAY_MS, formatDay } from "../../time.js";
import { courseTypeName } from "../purchases/course-names.js";

/** Items per section; the rest is counted ("…and 12 more"). Keeps a busy week readable. */
export const SECTION_MAX = 30;
/** Offers that mean someone is helping (a declined or withdrawn one does not). */
const LIVE_OFFERS = ["pending", "accepted"];
const SEAT_TAKEN = ["committed", "waiting", "offered"];
/** A member's own requests and purchases shown in their private digest. */
const OWN_REQUEST_STATUSES = ["open", "in_progress"];
const OWN_PURCHASE_STATUSES = ["open", "tipped"];

export interface DigestWindow {
  from: Date;
  to: Date;
}

interface RequestItem {
  id: number;
  title: string;
  who: string | null;
  municipality: string;
  createdAt: Date;
  offers: number;
}

interface CourseTypeRef {
  key: string;
  name: string;
}

interface PurchaseItem {
  id: number;
  courseName: string;
  /** Its course type: a purchase named after its type is shown in the reader's language. */
  courseType: CourseTypeRef | null;
  who: string | null;
  committed: number;
  minSeats: number;
  maxSeats: number;
  deadline: Date;
  status: string;
}

interface NeedItem {
  id: number;
  /** The course as typed, when the need has no course type. */
  course: string;
  courseType: CourseTypeRef | null;
  who: string | null;
  municipality: string;
  seats: number;
  neededBy: Date;
}

/** An open place announced in the portal during the period (issue 15). */
interface PlaceItem {
  id: number;
  kind: string;
  title: string;
  who: string;
  municipality: string;
  endsAt: Date;
}

export interface DigestData {
  window: DigestWindow;
  now: Date;
  /** Open requests nobody has offered to help with, oldest first. */
  waiting: RequestItem[];
  waitingTotal: number;
  /** Requests of the period that already have help (those without are in `waiting`). */
  fresh: RequestItem[];
  freshTotal: number;
  resolved: (RequestItem & { helpers: number })[];
  resolvedTotal: number;
  /** Open joint purchases still short of their tipping point. */
  openPurchases: PurchaseItem[];
  openPurchasesTotal: number;
  tipped: PurchaseItem[];
  cancelled: PurchaseItem[];
  needs: NeedItem[];
  needsTotal: number;
  /** Open places announced in the period and still open. */
  newPlaces: PlaceItem[];
  newPlacesTotal: number;
  numbers: { asked: number; resolved: number; seatsPooled: number; savedCents: number | null };
  /** Anything at all happened in the period (a digest with no activity is not sent when configured so). */
  activity: boolean;
  personal?: { requests: RequestItem[]; purchases: PurchaseItem[] };
}

function who(
  askedAs: string,
  organisation: { name: string } | null,
  asker: { displayName: string } | null,
): string | null {
  if (askedAs === "anonymous") return null;
  return organisation?.name ?? asker?.displayName ?? null;
}

const requestInclude = {
  organisation: { select: { name: true } },
  asker: { select: { displayName: true } },
  offers: { select: { status: true } },
} as const;

type RequestRow = {
  id: number;
  title: string;
  askedAs: string;
  municipality: string;
  createdAt: Date;
  organisation: { name: string } | null;
  asker: { displayName: string } | null;
  offers: { status: string }[];
};

function requestItem(r: RequestRow): RequestItem {
  return {
    id: r.id,
    title: r.title,
    who: who(r.askedAs, r.organisation, r.asker),
    municipality: r.municipality,
    createdAt: r.createdAt,
    offers: r.offers.filter((o) => LIVE_OFFERS.includes(o.status)).length,
  };
}

type PurchaseRow = {
  id: number;
  courseName: string;
  courseType: CourseTypeRef | null;
  committedSeats: number;
  minSeats: number;
  maxSeats: number;
  deadline: Date;
  status: string;
  organisation: { name: string } | null;
};

function purchaseItem(p: PurchaseRow): PurchaseItem {
  return {
    id: p.id,
    courseName: p.courseName,
    courseType: p.courseType ? { key: p.courseType.key, name: p.courseType.name } : null,
    who: p.organisation?.name ?? null,
    committed: p.committedSeats,
    minSeats: p.minSeats,
    maxSeats: p.maxSeats,
    deadline: p.deadline,
    status: p.status,
  };
}

const purchaseInclude = {
  organisation: { select: { name: true } },
  courseType: { select: { key: true, name: true } },
} as const;

/**
 * Gathers the digest of `window`: the current state (what is open now) plus what happened in the
 * period. With `memberId`, also the member's own open requests and joint purchases.
 */
export async function gatherDigest(
  db: DbOrTx,
  window: DigestWindow,
  now: Date,
  memberId?: number,
): Promise<DigestData> {
  const data = await gatherShared(db, window, now);
  if (memberId !== undefined) data.personal = await gatherPersonal(db, memberId);
  return data;
}

/**
 * The part of the digest that is the same for every recipient (everything but `personal`). A
 * run gathers it once and reuses it (see `DigestBuilder` in run.ts).
 */
export async function gatherShared(db: DbOrTx, window: DigestWindow, now: Date): Promise<DigestData> {
  const inWindow = { gte: window.from, lt: window.to };

  const waitingWhere = { status: "open", expiresAt: { gt: now }, offers: { none: { status: { in: LIVE_OFFERS } } } };
  const [waitingRows, waitingTotal] = await Promise.all([
    db.helpRequest.findMany({
      where: waitingWhere,
      include: requestInclude,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: SECTION_MAX,
    }),
    db.helpRequest.count({ where: waitingWhere }),
  ]);

  // Hidden and withdrawn requests (e.g. of a member who deleted their data) are not news, and an
  // anonymised one has no words left to show: none of them is listed, only counted in the numbers.
  const freshWhere = {
    createdAt: inWindow,
    status: { notIn: ["hidden", "withdrawn"] },
    anonymisedAt: null,
    NOT: waitingWhere,
  };
  const [freshRows, freshTotal] = await Promise.all([
    db.helpRequest.findMany({
      where: freshWhere,
      include: requestInclude,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: SECTION_MAX,
    }),
    db.helpRequest.count({ where: freshWhere }),
  ]);

  const resolvedWhere = { status: "resolved", resolvedAt: inWindow, anonymisedAt: null };
  const [resolvedRows, resolvedTotal] = await Promise.all([
    db.helpRequest.findMany({
      where: resolvedWhere,
      include: requestInclude,
      orderBy: [{ resolvedAt: "asc" }, { id: "asc" }],
      take: SECTION_MAX,
    }),
    db.helpRequest.count({ where: resolvedWhere }),
  ]);

  const openWhere = { status: "open", deadline: { gt: now } };
  const openRows = (
    await db.purchase.findMany({
      where: openWhere,
      include: purchaseInclude,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
    })
  ).filter((p) => p.committedSeats < p.minSeats);

  const tippedRows = await db.purchase.findMany({
    where: { tippedAt: inWindow, status: { in: ["tipped", "closed"] } },
    include: purchaseInclude,
    orderBy: [{ tippedAt: "asc" }, { id: "asc" }],
  });
  const cancelledRows = await db.purchase.findMany({
    where: { status: "cancelled", closedAt: inWindow },
    include: purchaseInclude,
    orderBy: [{ closedAt: "asc" }, { id: "asc" }],
  });

  const needsWhere = { status: "open", neededBy: { gt: now } };
  const [needRows, needsTotal] = await Promise.all([
    db.need.findMany({
      where: needsWhere,
      include: { organisation: { select: { name: true } }, courseType: { select: { key: true, name: true } } },
      orderBy: [{ neededBy: "asc" }, { id: "asc" }],
      take: SECTION_MAX,
    }),
    db.need.count({ where: needsWhere }),
  ]);

  const placesWhere = { createdAt: inWindow, status: "open", endsAt: { gt: now } };
  const [placeRows, newPlacesTotal] = await Promise.all([
    db.openPlace.findMany({
      where: placesWhere,
      include: { organisation: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: SECTION_MAX,
    }),
    db.openPlace.count({ where: placesWhere }),
  ]);

  const asked = await db.helpRequest.count({ where: { createdAt: inWindow, status: { notIn: ["hidden"] } } });
  let seatsPooled = 0;
  let savedCents: number | null = null;
  for (const p of tippedRows) {
    seatsPooled += p.committedSeats;
    if (p.soloPriceCents != null && p.committedSeats > 0) {
      const alone = p.soloPriceCents * p.committedSeats;
      const together = p.priceMode === "per_seat" ? p.priceCents * p.committedSeats : p.priceCents;
      savedCents = (savedCents ?? 0) + Math.max(0, alone - together);
    }
  }

  const activity =
    asked > 0 ||
    resolvedTotal > 0 ||
    tippedRows.length > 0 ||
    cancelledRows.length > 0 ||
    (await db.helpOffer.count({ where: { createdAt: inWindow } })) > 0 ||
    (await db.purchase.count({ where: { createdAt: inWindow } })) > 0 ||
    (await db.need.count({ where: { createdAt: inWindow } })) > 0 ||
    newPlacesTotal > 0;

  const data: DigestData = {
    window,
    now,
    waiting: waitingRows.map(requestItem),
    waitingTotal,
    fresh: freshRows.map(requestItem),
    freshTotal,
    resolved: resolvedRows.map((r) => ({
      ...requestItem(r),
      helpers: r.offers.filter((o) => o.status === "accepted").length,
    })),
    resolvedTotal,
    openPurchases: openRows.slice(0, SECTION_MAX).map(purchaseItem),
    openPurchasesTotal: openRows.length,
    tipped: tippedRows.map(purchaseItem),
    cancelled: cancelledRows.map(purchaseItem),
    needs: needRows.map((n) => ({
      id: n.id,
      course: n.courseText,
      courseType: n.courseType ? { key: n.courseType.key, name: n.courseType.name } : null,
      who: n.organisation?.name ?? null,
      municipality: n.municipality,
      seats: n.seats,
      neededBy: n.neededBy,
    })),
    needsTotal,
    newPlaces: placeRows.map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title,
      who: p.organisation.name,
      municipality: p.municipality,
      endsAt: p.endsAt,
    })),
    newPlacesTotal,
    numbers: { asked, resolved: resolvedTotal, seatsPooled, savedCents },
    activity,
  };
  return data;
}

/** A member's own open requests and joint purchases (the first section of a private digest). */
export async function gatherPersonal(db: DbOrTx, memberId: number): Promise<NonNullable<DigestData["personal"]>> {
  const requests = await db.helpRequest.findMany({
    where: { askerId: memberId, status: { in: OWN_REQUEST_STATUSES } },
    include: requestInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: SECTION_MAX,
  });
  const purchases = await db.purchase.findMany({
    where: {
      status: { in: OWN_PURCHASE_STATUSES },
      OR: [{ organiserId: memberId }, { seats: { some: { memberId, status: { in: SEAT_TAKEN } } } }],
    },
    include: purchaseInclude,
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: SECTION_MAX,
  });
  return { requests: requests.map(requestItem), purchases: purchases.map(purchaseItem) };
}

/**
 * Everyone whose own section (`gatherPersonal`) is not empty right now: askers of open requests,
 * organisers of open joint purchases and members holding a seat in one — the same conditions as
 * `gatherPersonal`, as whole-network queries (three statements, however many recipients). For
 * everyone else `gatherPersonal` would find nothing, so a run skips its two queries.
 */
export async function membersWithOwnPart(db: DbOrTx): Promise<Set<number>> {
  const askers = await db.helpRequest.groupBy({
    by: ["askerId"],
    where: { status: { in: OWN_REQUEST_STATUSES }, askerId: { not: null } },
  });
  const purchases = await db.purchase.findMany({
    where: { status: { in: OWN_PURCHASE_STATUSES } },
    select: {
      organiserId: true,
      seats: { where: { status: { in: SEAT_TAKEN }, memberId: { not: null } }, select: { memberId: true } },
    },
  });
  const ids = new Set<number>();
  for (const a of askers) if (a.askerId !== null) ids.add(a.askerId);
  for (const p of purchases) {
    if (p.organiserId !== null) ids.add(p.organiserId);
    for (const seat of p.seats) if (seat.memberId !== null) ids.add(seat.memberId);
  }
  return ids;
}

function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

function section(text: RichText, title: string, lines: RichText[], more: number, t: Translate) {
  if (!lines.length) return;
  text.push("\n\n", { b: title });
  for (const line of lines) text.push("\n• ", ...line);
  if (more > 0) text.push("\n", t("dg-more", { count: more }));
}

/**
 * A purchase's name as the reader reads it: one named after its course type (the default) in the
 * reader's language (course-names.ts); one its organiser named otherwise, as named.
 */
function purchaseName(t: Translate, p: PurchaseItem): string {
  return p.courseType && p.courseName === p.courseType.name ? courseTypeName(t, p.courseType) : p.courseName;
}

/** What a need is for: its course type in the reader's language, or the course as typed. */
function needCourse(t: Translate, n: NeedItem): string {
  return n.courseType ? courseTypeName(t, n.courseType) : n.course;
}

function byWhom(t: Translate, item: { who: string | null }): string {
  return item.who ?? t("dg-anonymous");
}

function place(t: Translate, municipality: string): string {
  return municipality === "other" ? t("dg-municipality-other") : municipality;
}

export interface RenderOptions {
  locale: string;
  timeZone: string;
  /** A private digest: the member's own part first, and a button to stop it. */
  personal?: boolean;
}

/** Renders a gathered digest as one message (adapters and the sender split it where needed). */
export function renderDigest(data: DigestData, options: RenderOptions): OutgoingMessage {
  const own = options.personal && data.personal ? renderOwn(data.personal, data.now, options) : [];
  return joinDigest(renderShared(data, options), own);
}

/**
 * A digest rendered without its own section, for one locale and kind (private or group): the
 * title before where the member's own section goes, and everything after it.
 */
export interface SharedRendering {
  head: RichText;
  rest: RichText;
  buttons?: Button[][];
}

/** The whole message: `shared` with a member's own section (`renderOwn`, or nothing) in its place. */
export function joinDigest(shared: SharedRendering, own: RichText): OutgoingMessage {
  const text: RichText = [...shared.head, ...own, ...shared.rest];
  return shared.buttons ? { text, buttons: shared.buttons } : { text };
}

/** The member's own section ("Your open requests and purchases"); empty when they have none. */
export function renderOwn(personal: NonNullable<DigestData["personal"]>, now: Date, options: RenderOptions): RichText {
  const t = translator(options.locale);
  const day = (d: Date) => formatDay(d, options.timeZone);
  const text: RichText = [];
  const own: RichText[] = [];
  for (const r of personal.requests) {
    own.push([
      `${t("dg-own-request")}: `,
      { b: r.title },
      " – ",
      r.offers ? t("dg-offers", { count: r.offers }) : t("dg-no-offers-yet", { days: daysBetween(r.createdAt, now) }),
    ]);
  }
  for (const p of personal.purchases) {
    own.push([
      `${t("dg-own-purchase")}: `,
      { b: purchaseName(t, p) },
      " – ",
      p.status === "tipped"
        ? t("dg-purchase-tipped-state", { seats: p.committed })
        : t("dg-purchase-missing", {
            committed: p.committed,
            min: p.minSeats,
            missing: Math.max(0, p.minSeats - p.committed),
          }),
      p.status === "open" ? `, ${t("dg-deadline", { date: day(p.deadline) })}` : "",
    ]);
  }
  section(text, t("dg-own-title"), own, 0, t);
  return text;
}

/** Everything of the digest but the member's own section (see `SharedRendering`). */
export function renderShared(data: DigestData, options: RenderOptions): SharedRendering {
  const t = translator(options.locale);
  const tz = options.timeZone;
  const day = (d: Date) => formatDay(d, tz);
  const head: RichText = [
    { b: t("dg-title", { from: day(data.window.from), to: day(new Date(data.window.to.getTime() - 1)) }) },
  ];
  const text: RichText = [];

  section(
    text,
    t("dg-waiting-title", { count: data.waitingTotal }),
    data.waiting.map((r) => [
      { b: r.title },
      " – ",
      byWhom(t, r),
      ", ",
      place(t, r.municipality),
      " · ",
      t("dg-waiting-days", { days: daysBetween(r.createdAt, data.now) }),
    ]),
    data.waitingTotal - data.waiting.length,
    t,
  );
  if (data.waiting.length) text.push("\n", { i: t("dg-waiting-hint") });

  section(
    text,
    t("dg-fresh-title", { count: data.freshTotal }),
    data.fresh.map((r) => [
      { b: r.title },
      " – ",
      byWhom(t, r),
      ", ",
      place(t, r.municipality),
      " · ",
      t("dg-offers", { count: r.offers }),
    ]),
    data.freshTotal - data.fresh.length,
    t,
  );

  section(
    text,
    t("dg-resolved-title", { count: data.resolvedTotal }),
    data.resolved.map((r) => [
      { b: r.title },
      " – ",
      byWhom(t, r),
      " · ",
      t("dg-resolved-helpers", { count: r.helpers }),
    ]),
    data.resolvedTotal - data.resolved.length,
    t,
  );

  section(
    text,
    t("dg-purchases-open-title", { count: data.openPurchasesTotal }),
    data.openPurchases.map((p) => [
      { b: purchaseName(t, p) },
      p.who ? ` (${p.who})` : "",
      " – ",
      t("dg-purchase-missing", {
        committed: p.committed,
        min: p.minSeats,
        missing: Math.max(0, p.minSeats - p.committed),
      }),
      " · ",
      t("dg-deadline", { date: day(p.deadline) }),
    ]),
    data.openPurchasesTotal - data.openPurchases.length,
    t,
  );
  if (data.openPurchases.length) text.push("\n", { i: t("dg-purchases-hint") });

  section(
    text,
    t("dg-purchases-done-title"),
    [
      ...data.tipped.map((p): RichText => [
        { b: purchaseName(t, p) },
        " – ",
        t("dg-tipped-item", { seats: p.committed }),
      ]),
      ...data.cancelled.map((p): RichText => [{ b: purchaseName(t, p) }, " – ", t("dg-cancelled-item")]),
    ],
    0,
    t,
  );

  section(
    text,
    t("dg-needs-title", { count: data.needsTotal }),
    data.needs.map((n) => [
      { b: needCourse(t, n) },
      " – ",
      t("dg-need-item", {
        seats: n.seats,
        who: n.who ?? t("dg-anonymous"),
        place: place(t, n.municipality),
        date: day(n.neededBy),
      }),
    ]),
    data.needsTotal - data.needs.length,
    t,
  );
  if (data.needs.length) text.push("\n", { i: t("dg-needs-hint") });

  section(
    text,
    t("pt-dg-places-title", { count: data.newPlacesTotal }),
    data.newPlaces.map((p) => [
      { b: `${t(`pt-kind-${p.kind}`)}: ${p.title}` },
      " – ",
      p.who,
      ", ",
      p.municipality,
      " · ",
      t("pt-until", { date: day(p.endsAt) }),
    ]),
    data.newPlacesTotal - data.newPlaces.length,
    t,
  );
  if (data.newPlaces.length) text.push("\n", { i: t("pt-dg-places-hint") });

  const n = data.numbers;
  text.push(
    "\n\n",
    { b: t("dg-numbers-title") },
    " ",
    t("dg-numbers", { asked: n.asked, resolved: n.resolved, seats: n.seatsPooled }),
  );
  if (n.savedCents !== null && n.savedCents > 0)
    text.push(" ", t("dg-numbers-saved", { euros: formatEuros(n.savedCents, options.locale, "\u00a0") }));

  text.push("\n\n", options.personal ? t("dg-footer-private") : t("dg-footer-group"));
  const buttons: Button[][] | undefined = options.personal
    ? [[{ label: t("dg-button-unsubscribe"), action: "dg:unsub" }]]
    : undefined;
  return buttons ? { head, rest: text, buttons } : { head, rest: text };
}
