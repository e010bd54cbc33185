/**
 * The figures of a report, gathered from the database for one period. Counts only: nothing here
 * names a person or an organisation, and breakdowns are masked when shown (see `masked`).
 *
 * What each figure means (the period is [from, to)):
 * - asked: help requests created in the period (requests staff hid are left out);
 * - offered: of those, the ones that had at least one offer to help before the period ended;
 * - solved: requests marked resolved in the period (whenever they were asked);
 * - expired: requests that expired in the period;
 * - share solved: of the requests asked in the period, the share resolved before it ended;
 * - median time to the first offer: over the requests asked in the period that got one before it ended;
 * - median time to resolution: over the requests solved in the period, from asking to resolving;
 * - by category and municipality: asked and solved, as above;
 * - purchases published (created), realised (closed with seats bought) and cancelled in the period;
 *   seats bought and organisations taking part in the realised ones;
 * - euros saved: for each realised purchase with a known solo price per seat,
 *   (solo price − pooled price per seat) × seats, i.e. solo × seats − what the seats cost together;
 * - needs recorded in the period, and needs met: needs whose purchase was realised in the period;
 * - active: members and organisations that asked (requests staff hid are left out here too),
 *   offered, recorded a need, organised a purchase or took seats in the period;
 * - digest reach: who got a weekly digest of a run started in the period, by platform;
 * - open places announced in the period (hidden ones left out) and marked filled in it.
 */
import type { DbOrTx } from "../../../db/client.js";
import { totalCents } from "../purchases/split.js";
import type { Bucket, Period } from "./period.js";

export interface Breakdown {
  /** key → count */
  asked: Map<string, number>;
  solved: Map<string, number>;
}

export interface Figures {
  help: {
    asked: number;
    offered: number;
    solved: number;
    expired: number;
    /** Asked in the period and resolved before it ended. */
    solvedOfAsked: number;
    /** null when there is nothing to take the median of. */
    medianFirstOfferMs: number | null;
    medianResolutionMs: number | null;
    byCategory: Breakdown;
    byMunicipality: Breakdown;
  };
  purchases: {
    published: number;
    realised: number;
    cancelled: number;
    seats: number;
    organisations: number;
    savedCents: number;
    /** Realised purchases whose solo price was known (the saving is counted over these). */
    withSoloPrice: number;
    needsRecorded: number;
    needsMet: number;
  };
  active: { members: number; organisations: number };
  /** Open places (work trial, wage subsidy…) announced in the period, and marked filled in it. */
  places: { announced: number; filled: number };
  digest: { runs: number; deliveries: number; recipients: number; byPlatform: Map<string, number> };
}

/** Per bucket: requests asked, requests solved, euros saved (cents) by purchases realised in it. */
export interface Series {
  buckets: Bucket[];
  asked: number[];
  solved: number[];
  savedCents: number[];
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What pooling saved on one realised purchase (cents), or null when its solo price is unknown. */
export function purchaseSaving(p: {
  priceMode: string;
  priceCents: number;
  soloPriceCents: number | null;
  committedSeats: number;
}): number | null {
  if (p.soloPriceCents === null || p.soloPriceCents === undefined) return null;
  // Never negative: pooling that cost more than buying alone saved nothing (it does not "unsave").
  return Math.max(0, p.soloPriceCents * p.committedSeats - totalCents(p.priceMode, p.priceCents, p.committedSeats));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function within(at: Date | null, p: { from: Date; to: Date }): boolean {
  return at !== null && at.getTime() >= p.from.getTime() && at.getTime() < p.to.getTime();
}

/** Rows the figures and the charts are made of, read once per period. */
interface Rows {
  asked: {
    category: string;
    municipality: string;
    createdAt: Date;
    resolvedAt: Date | null;
    firstOfferAt: Date | null;
  }[];
  solved: { category: string; municipality: string; createdAt: Date; resolvedAt: Date }[];
  expired: number;
  realised: {
    id: number;
    priceMode: string;
    priceCents: number;
    soloPriceCents: number | null;
    committedSeats: number;
    closedAt: Date;
    organisations: number[];
  }[];
}

async function readRows(db: DbOrTx, period: Period): Promise<Rows> {
  const range = { gte: period.from, lt: period.to };
  const [asked, solved, expired, realised] = await Promise.all([
    db.helpRequest.findMany({
      where: { createdAt: range, status: { not: "hidden" } },
      select: {
        category: true,
        municipality: true,
        createdAt: true,
        resolvedAt: true,
        offers: {
          where: { createdAt: { lt: period.to } },
          select: { createdAt: true },
          orderBy: { createdAt: "asc" },
          take: 1,
        },
      },
    }),
    db.helpRequest.findMany({
      where: { status: "resolved", resolvedAt: range },
      select: { category: true, municipality: true, createdAt: true, resolvedAt: true },
    }),
    db.helpRequest.count({ where: { status: "expired", closedAt: range } }),
    db.purchase.findMany({
      where: { status: "closed", closedAt: range },
      select: {
        id: true,
        priceMode: true,
        priceCents: true,
        soloPriceCents: true,
        committedSeats: true,
        closedAt: true,
        seats: { where: { status: "committed" }, select: { organisationId: true } },
      },
    }),
  ]);
  return {
    asked: asked.map((r) => ({
      category: r.category,
      municipality: r.municipality,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      firstOfferAt: r.offers[0]?.createdAt ?? null,
    })),
    solved: solved.map((r) => ({ ...r, resolvedAt: r.resolvedAt! })),
    expired,
    realised: realised.map((p) => ({
      ...p,
      closedAt: p.closedAt!,
      organisations: p.seats.map((s) => s.organisationId),
    })),
  };
}

async function activity(db: DbOrTx, period: Period): Promise<{ members: number; organisations: number }> {
  const range = { gte: period.from, lt: period.to };
  const [requests, offers, needs, purchases, seats] = await Promise.all([
    db.helpRequest.findMany({
      where: { createdAt: range, status: { not: "hidden" } },
      select: { askerId: true, organisationId: true },
    }),
    db.helpOffer.findMany({
      where: { createdAt: range },
      select: { helperId: true, helper: { select: { organisationId: true } } },
    }),
    db.need.findMany({ where: { createdAt: range }, select: { memberId: true, organisationId: true } }),
    db.purchase.findMany({ where: { createdAt: range }, select: { organiserId: true, organisationId: true } }),
    db.purchaseSeat.findMany({ where: { createdAt: range }, select: { memberId: true, organisationId: true } }),
  ]);
  const members = new Set<number>();
  const orgs = new Set<number>();
  const add = (m: number | null | undefined, o: number | null | undefined) => {
    if (m !== null && m !== undefined) members.add(m);
    if (o !== null && o !== undefined) orgs.add(o);
  };
  for (const r of requests) add(r.askerId, r.organisationId);
  for (const o of offers) add(o.helperId, o.helper?.organisationId);
  for (const n of needs) add(n.memberId, n.organisationId);
  for (const p of purchases) add(p.organiserId, p.organisationId);
  for (const s of seats) add(s.memberId, s.organisationId);
  return { members: members.size, organisations: orgs.size };
}

async function digestReach(db: DbOrTx, period: Period): Promise<Figures["digest"]> {
  const runs = await db.jobRun.findMany({
    where: { job: "digest", startedAt: { gte: period.from, lt: period.to } },
    select: { deliveries: { where: { status: "sent" }, select: { recipientKey: true } } },
  });
  const keys = new Set<string>();
  let deliveries = 0;
  for (const r of runs) {
    for (const d of r.deliveries) {
      keys.add(d.recipientKey);
      deliveries++;
    }
  }
  // A subscriber's key names the member, not the platform: they are counted on the platform
  // where the digest reaches them now (their newest identity), "unknown" if they are gone.
  const memberIds = [...keys].filter((k) => k.startsWith("member:")).map((k) => Number(k.slice(7)));
  const identities = memberIds.length
    ? await db.identity.findMany({
        where: { memberId: { in: memberIds } },
        select: { memberId: true, platform: true, createdAt: true, id: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const platformOf = new Map<number, string>();
  for (const i of identities) platformOf.set(i.memberId, i.platform);
  const byPlatform = new Map<string, number>();
  for (const k of keys) {
    const head = k.slice(0, k.indexOf(":"));
    bump(byPlatform, head === "member" ? (platformOf.get(Number(k.slice(7))) ?? "unknown") : head);
  }
  return { runs: runs.length, deliveries, recipients: keys.size, byPlatform };
}

/** The figures of one period. */
export async function gatherFigures(db: DbOrTx, period: Period): Promise<Figures> {
  const range = { gte: period.from, lt: period.to };
  const [rows, published, cancelled, needsRecorded, active, digest, announced, filled] = await Promise.all([
    readRows(db, period),
    db.purchase.count({ where: { createdAt: range } }),
    db.purchase.count({ where: { status: "cancelled", closedAt: range } }),
    db.need.count({ where: { createdAt: range } }),
    activity(db, period),
    digestReach(db, period),
    db.openPlace.count({ where: { createdAt: range, status: { notIn: ["hidden", "pending"] } } }),
    db.openPlace.count({ where: { status: "filled", closedAt: range } }),
  ]);
  const realisedIds = rows.realised.map((p) => p.id);
  const needsMet = realisedIds.length ? await db.need.count({ where: { purchaseId: { in: realisedIds } } }) : 0;

  const byCategory: Breakdown = { asked: new Map(), solved: new Map() };
  const byMunicipality: Breakdown = { asked: new Map(), solved: new Map() };
  const end = period.to.getTime();
  let offered = 0;
  let solvedOfAsked = 0;
  const firstOffer: number[] = [];
  for (const r of rows.asked) {
    bump(byCategory.asked, r.category);
    bump(byMunicipality.asked, r.municipality);
    if (r.firstOfferAt) {
      offered++;
      firstOffer.push(r.firstOfferAt.getTime() - r.createdAt.getTime());
    }
    if (r.resolvedAt && r.resolvedAt.getTime() < end) solvedOfAsked++;
  }
  for (const r of rows.solved) {
    bump(byCategory.solved, r.category);
    bump(byMunicipality.solved, r.municipality);
  }
  let savedCents = 0;
  let withSoloPrice = 0;
  let seats = 0;
  const orgs = new Set<number>();
  for (const p of rows.realised) {
    seats += p.committedSeats;
    for (const o of p.organisations) orgs.add(o);
    const s = purchaseSaving(p);
    if (s !== null) {
      savedCents += s;
      withSoloPrice++;
    }
  }
  return {
    help: {
      asked: rows.asked.length,
      offered,
      solved: rows.solved.length,
      expired: rows.expired,
      solvedOfAsked,
      medianFirstOfferMs: median(firstOffer),
      medianResolutionMs: median(rows.solved.map((r) => r.resolvedAt.getTime() - r.createdAt.getTime())),
      byCategory,
      byMunicipality,
    },
    purchases: {
      published,
      realised: rows.realised.length,
      cancelled,
      seats,
      organisations: orgs.size,
      savedCents,
      withSoloPrice,
      needsRecorded,
      needsMet,
    },
    active,
    places: { announced, filled },
    digest,
  };
}

/** The period's figures per bucket, for the charts. */
export async function gatherSeries(db: DbOrTx, period: Period, bucketList: Bucket[]): Promise<Series> {
  const rows = await readRows(db, period);
  const asked = bucketList.map(() => 0);
  const solved = bucketList.map(() => 0);
  const savedCents = bucketList.map(() => 0);
  const index = (at: Date) => bucketList.findIndex((b) => within(at, b));
  for (const r of rows.asked) {
    const i = index(r.createdAt);
    if (i >= 0) asked[i]!++;
  }
  for (const r of rows.solved) {
    const i = index(r.resolvedAt);
    if (i >= 0) solved[i]!++;
  }
  for (const p of rows.realised) {
    const i = index(p.closedAt);
    const s = purchaseSaving(p);
    if (i >= 0 && s !== null) savedCents[i]! += s;
  }
  return { buckets: bucketList, asked, solved, savedCents };
}
