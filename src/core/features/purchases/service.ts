/**
 * Joint purchases: creating one, organisations committing seats (one row per organisation), the
 * waiting list with time-limited offers, the tipping point, and closing or cancelling at the
 * deadline with an exact cost split.
 *
 * Concurrency: every change to the seats of a purchase runs in one interactive transaction that
 * first writes the purchase row (taking SQLite's write lock, or PostgreSQL's row lock), then
 * re-reads the purchase and its seats, and changes `committedSeats` only with a conditional
 * update on the value it read (`updateMany where committedSeats = read`). A conditional update
 * that changes nothing means someone else got there first: the whole transaction is retried.
 * Busy/serialisation errors from the database are retried the same way. So committed seats never
 * exceed the maximum, the waiting list is in arrival (commit) order, and the tipping point — a
 * conditional open→tipped update that sets `tippedAt` — is announced exactly once, in the same
 * transaction that crossed it.
 */
import type { CoreDeps } from "../../app/contract.js";
import type { DbOrTx, Tx } from "../../../db/client.js";
import type { Purchase, PurchaseSeat } from "../../../generated/prisma/client.js";
import { latestIdentity } from "../../members.js";
import { enqueueFileToMember, enqueuePost, enqueuePostUpdate, enqueueToMember } from "../../delivery/outbox.js";
import { splitCents, totalCents } from "./split.js";
import { csvEuros, excelCsv } from "../../csv.js";
import {
  cancelledMessage,
  closedMessage,
  inviteMessage,
  noSeatMessage,
  offerExpiredMessage,
  offerMessage,
  tippedMessage,
  belowMinimumMessage,
} from "./render.js";
import type { Translate } from "../../i18n/index.js";

export const ACTIVE_STATUSES = ["open", "tipped"];
export const POST_TYPE = "purchase";

/** Generous: many members may press at once, and one Prisma client runs its transactions one at a time. */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };
const MAX_ATTEMPTS = 60;
const CONFLICT = Symbol("conflict");
type Conflict = typeof CONFLICT;

/**
 * Errors after which the whole transaction is simply tried again: P2034 (write conflict or deadlock
 * on PostgreSQL), P2028 (could not start a transaction in time), P1008 (SQLite busy: another
 * connection holds the write lock; the driver adapter reports it as a timeout).
 */
function retryable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  const message = String(e?.message ?? "");
  return (
    e?.code === "P2034" ||
    e?.code === "P2028" ||
    e?.code === "P1008" ||
    /SQLITE_BUSY|database is locked|SocketTimeout|write conflict|deadlock|could not serialize/i.test(message)
  );
}

/**
 * Runs `fn` in a transaction that holds the purchase's lock, retrying on a lost conditional update
 * (`fn` returns CONFLICT) and on busy/serialisation errors.
 */
async function purchaseTx<T>(deps: CoreDeps, purchaseId: number, fn: (tx: Tx) => Promise<T | Conflict>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await deps.db.$transaction(async (tx) => {
        await tx.purchase.updateMany({ where: { id: purchaseId }, data: { updatedAt: deps.now() } });
        return fn(tx);
      }, TX_OPTIONS);
      if (result !== CONFLICT) return result as T;
      if (attempt >= MAX_ATTEMPTS)
        throw new Error(`purchase ${purchaseId}: seats kept changing, gave up after ${attempt} attempts`);
    } catch (err) {
      if (!retryable(err) || attempt >= MAX_ATTEMPTS) throw err;
      deps.log.debug(
        { purchaseId, attempt, code: (err as { code?: string }).code, err: (err as Error).message?.slice(-200) },
        "purchase transaction retried",
      );
    }
    await new Promise((r) => setTimeout(r, 1 + Math.random() * Math.min(100, 2 ** Math.min(attempt, 7))));
  }
}

// ---------------------------------------------------------------------------------------------
// Creating

export interface PurchaseInput {
  courseName: string;
  courseTypeId: number | null;
  provider: string;
  minSeats: number;
  maxSeats: number;
  priceMode: "total" | "per_seat";
  priceCents: number;
  deadline: Date;
  courseDate: Date | null;
  place: string;
  perOrgCap: number | null;
  soloPriceCents: number | null;
  /** Needs this purchase grew out of (a proposal): their owners are invited to join. */
  needIds?: number[];
}

/**
 * Creates a purchase organised by `organiserId`, posts it to the community group and the staff
 * channel, links the needs it grew out of and invites their owners (other than the organiser).
 */
export async function createPurchase(
  deps: CoreDeps,
  organiserId: number,
  organisationId: number | null,
  input: PurchaseInput,
) {
  const now = deps.now();
  const tz = deps.config.digest.timezone;
  return deps.db.$transaction(async (tx) => {
    const purchase = await tx.purchase.create({
      data: {
        organiserId,
        organisationId,
        courseName: input.courseName,
        courseTypeId: input.courseTypeId,
        provider: input.provider,
        minSeats: input.minSeats,
        maxSeats: input.maxSeats,
        priceMode: input.priceMode,
        priceCents: input.priceCents,
        soloPriceCents: input.soloPriceCents,
        perOrgCap: input.perOrgCap,
        deadline: input.deadline,
        courseDate: input.courseDate,
        place: input.place,
        createdAt: now,
      },
    });
    const invited: number[] = [];
    if (input.needIds?.length) {
      await tx.need.updateMany({
        where: { id: { in: input.needIds }, status: "open" },
        data: { status: "purchased", purchaseId: purchase.id },
      });
      const needs = await tx.need.findMany({ where: { purchaseId: purchase.id }, orderBy: { id: "asc" } });
      for (const need of needs) {
        if (!need.memberId || need.memberId === organiserId) continue;
        if (organisationId !== null && need.organisationId === organisationId) continue;
        if (invited.includes(need.memberId)) continue;
        invited.push(need.memberId);
        await enqueueToMember(
          tx,
          need.memberId,
          (t, locale) => inviteMessage(t, locale, tz, purchase, need.seats),
          now,
        );
      }
    }
    await enqueuePost(tx, POST_TYPE, purchase.id, now);
    return { purchase, invited };
  }, TX_OPTIONS);
}

// ---------------------------------------------------------------------------------------------
// Seats

export type SeatResult =
  | { type: "committed"; seats: number; previous: number }
  | { type: "waiting"; seats: number; position: number; free: number }
  | { type: "offered"; seats: number; expiresAt: Date }
  | { type: "withdrawn"; previousStatus: string }
  | { type: "unchanged"; status: string; seats: number }
  | { type: "not_enough"; max: number }
  | { type: "over_cap"; cap: number }
  | { type: "no_offer" }
  | { type: "offer_expired" }
  | { type: "no_organisation" }
  | { type: "not_found" }
  | { type: "closed"; status: string }
  | { type: "deadline_passed" };

async function offeredByOthers(tx: Tx, purchaseId: number, organisationId: number): Promise<number> {
  const agg = await tx.purchaseSeat.aggregate({
    where: { purchaseId, status: "offered", organisationId: { not: organisationId } },
    _sum: { seats: true },
  });
  return agg._sum.seats ?? 0;
}

async function waitingAhead(tx: Tx, purchaseId: number, row: { queuedAt: Date; id: number } | null): Promise<number> {
  if (!row) return tx.purchaseSeat.count({ where: { purchaseId, status: "waiting" } });
  return tx.purchaseSeat.count({
    where: {
      purchaseId,
      status: "waiting",
      OR: [{ queuedAt: { lt: row.queuedAt } }, { queuedAt: row.queuedAt, id: { lt: row.id } }],
    },
  });
}

/** Changes committed seats from `from` to `to` only if nobody else changed them meanwhile. */
async function casCommitted(tx: Tx, p: Purchase, to: number): Promise<boolean> {
  if (to < 0 || to > p.maxSeats) return false;
  const { count } = await tx.purchase.updateMany({
    where: { id: p.id, committedSeats: p.committedSeats, status: { in: ACTIVE_STATUSES } },
    data: { committedSeats: to },
  });
  return count === 1;
}

/**
 * Sets how many seats the member's organisation takes in a purchase (0 withdraws). Within the
 * per-organisation cap and what is left; a new organisation beyond the maximum goes to the
 * waiting list. Only the member's own organisation is ever changed: the organisation comes from
 * the member record, never from the request. With `onlyIfOffered`, only confirms an offer.
 */
export async function setOrgSeats(
  deps: CoreDeps,
  args: { purchaseId: number; memberId: number; organisationId: number | null; seats: number; onlyIfOffered?: boolean },
): Promise<SeatResult> {
  const orgId = args.organisationId;
  if (!orgId) return { type: "no_organisation" };
  const n = args.seats;
  const now = deps.now();
  return purchaseTx<SeatResult>(deps, args.purchaseId, async (tx) => {
    const p = await tx.purchase.findUnique({ where: { id: args.purchaseId } });
    if (!p) return { type: "not_found" };
    if (!ACTIVE_STATUSES.includes(p.status)) return { type: "closed", status: p.status };
    if (now.getTime() >= p.deadline.getTime()) return { type: "deadline_passed" };
    const key = { purchaseId_organisationId: { purchaseId: p.id, organisationId: orgId } };
    let row = await tx.purchaseSeat.findUnique({ where: key });

    if (args.onlyIfOffered && row?.status !== "offered") return { type: "no_offer" };
    if (row?.status === "offered" && row.offerExpiresAt && row.offerExpiresAt.getTime() <= now.getTime()) {
      await expireOfferRow(deps, tx, p, row, now, false);
      return { type: "offer_expired" };
    }
    const cap = p.perOrgCap ?? p.maxSeats;
    if (n > cap) return { type: "over_cap", cap };
    const free = p.maxSeats - p.committedSeats - (await offeredByOthers(tx, p.id, orgId));
    const status = row?.status ?? "withdrawn";
    const mine = row?.seats ?? 0;

    let result: SeatResult;
    if (n === 0) {
      if (status === "withdrawn") return { type: "unchanged", status, seats: 0 };
      if (status === "committed" && !(await casCommitted(tx, p, p.committedSeats - mine))) return CONFLICT;
      await tx.purchaseSeat.update({
        where: { id: row!.id },
        data: { status: "withdrawn", memberId: args.memberId, offerExpiresAt: null },
      });
      result = { type: "withdrawn", previousStatus: status };
    } else if (status === "committed") {
      if (n === mine) return { type: "unchanged", status, seats: n };
      const extra = n - mine;
      if (extra > free) return { type: "not_enough", max: mine + Math.max(free, 0) };
      if (!(await casCommitted(tx, p, p.committedSeats + extra))) return CONFLICT;
      await tx.purchaseSeat.update({ where: { id: row!.id }, data: { seats: n, memberId: args.memberId } });
      result = { type: "committed", seats: n, previous: mine };
    } else if (status === "offered") {
      // The offered seats are reserved for this organisation: `free` already excludes others' offers only.
      const available = free; // includes this organisation's own offer
      if (n > available) return { type: "not_enough", max: Math.max(available, 0) };
      if (!(await casCommitted(tx, p, p.committedSeats + n))) return CONFLICT;
      await tx.purchaseSeat.update({
        where: { id: row!.id },
        data: { status: "committed", seats: n, memberId: args.memberId, offerExpiresAt: null },
      });
      result = { type: "committed", seats: n, previous: 0 };
    } else {
      // waiting, or joining (again)
      const ahead = await waitingAhead(tx, p.id, status === "waiting" ? row : null);
      if (ahead === 0 && n <= free) {
        if (!(await casCommitted(tx, p, p.committedSeats + n))) return CONFLICT;
        const data = { status: "committed", seats: n, memberId: args.memberId, offerExpiresAt: null, shareCents: null };
        row = row
          ? await tx.purchaseSeat.update({
              where: { id: row.id },
              data: status === "waiting" ? data : { ...data, queuedAt: now },
            })
          : await tx.purchaseSeat.create({ data: { purchaseId: p.id, organisationId: orgId, ...data, queuedAt: now } });
        result = { type: "committed", seats: n, previous: 0 };
      } else {
        if (status === "waiting") {
          if (n === mine) return { type: "waiting", seats: n, position: ahead + 1, free };
          row = await tx.purchaseSeat.update({ where: { id: row!.id }, data: { seats: n, memberId: args.memberId } });
        } else {
          const data = {
            status: "waiting",
            seats: n,
            memberId: args.memberId,
            offerExpiresAt: null,
            shareCents: null,
            queuedAt: now,
          };
          row = row
            ? await tx.purchaseSeat.update({ where: { id: row.id }, data })
            : await tx.purchaseSeat.create({ data: { purchaseId: p.id, organisationId: orgId, ...data } });
        }
        result = { type: "waiting", seats: n, position: ahead + 1, free: Math.max(free, 0) };
      }
    }
    await afterSeatChange(deps, tx, p.id, now, args.memberId);
    if (result.type === "waiting") {
      // Seats were free, but fewer than asked: the offer step made this very row an offer.
      const fresh = await tx.purchaseSeat.findUnique({ where: key });
      if (fresh?.status === "offered") return { type: "offered", seats: fresh.seats, expiresAt: fresh.offerExpiresAt! };
    }
    return result;
  });
}

/**
 * After any change: offer freed seats to the waiting list, announce the tipping point once (and
 * a fall below it once), refresh the posts.
 */
async function afterSeatChange(deps: CoreDeps, tx: Tx, purchaseId: number, now: Date, actorMemberId?: number) {
  await offerFreedSeats(deps, tx, purchaseId, now, actorMemberId);
  await announceBelowMinimum(deps, tx, purchaseId, now);
  await announceTippingPoint(deps, tx, purchaseId, now);
  await enqueuePostUpdate(tx, POST_TYPE, purchaseId, now);
}

/**
 * Freed seats go to the waiting list in arrival order (queuedAt, then id): the first in line is
 * offered as many as they asked for (or as many as are free), to confirm within
 * `waitlistConfirmHours` (never beyond the deadline).
 */
async function offerFreedSeats(deps: CoreDeps, tx: Tx, purchaseId: number, now: Date, actorMemberId?: number) {
  const p = await tx.purchase.findUnique({ where: { id: purchaseId } });
  if (!p || !ACTIVE_STATUSES.includes(p.status) || now.getTime() >= p.deadline.getTime()) return;
  const tz = deps.config.digest.timezone;
  for (;;) {
    const offered =
      (await tx.purchaseSeat.aggregate({ where: { purchaseId, status: "offered" }, _sum: { seats: true } }))._sum
        .seats ?? 0;
    const free = p.maxSeats - p.committedSeats - offered;
    if (free <= 0) return;
    const head = await tx.purchaseSeat.findFirst({
      where: { purchaseId, status: "waiting" },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    });
    if (!head) return;
    const give = Math.min(head.seats, free);
    const expires = new Date(
      Math.min(now.getTime() + deps.config.waitlistConfirmHours * 3_600_000, p.deadline.getTime()),
    );
    const updated = await tx.purchaseSeat.update({
      where: { id: head.id },
      data: { status: "offered", seats: give, offerExpiresAt: expires },
    });
    if (updated.memberId && updated.memberId !== actorMemberId) {
      await enqueueToMember(
        tx,
        updated.memberId,
        (t, locale) => offerMessage(t, locale, tz, p, give, head.seats, expires),
        now,
      );
    }
  }
}

/** The moment committed seats reach the minimum: open→tipped once, and every participant is told. */
async function announceTippingPoint(deps: CoreDeps, tx: Tx, purchaseId: number, now: Date) {
  const p = await tx.purchase.findUnique({ where: { id: purchaseId } });
  if (!p || p.status !== "open" || p.tippedAt || p.committedSeats < p.minSeats) return;
  const { count } = await tx.purchase.updateMany({
    where: { id: purchaseId, status: "open", tippedAt: null, committedSeats: { gte: p.minSeats } },
    data: { status: "tipped", tippedAt: now },
  });
  if (count !== 1) return;
  const tz = deps.config.digest.timezone;
  const recipients = await participantMembers(tx, p, ["committed"]);
  for (const memberId of recipients) {
    await enqueueToMember(tx, memberId, (t, locale) => tippedMessage(t, locale, tz, p), now);
  }
}

/**
 * A purchase that had reached its minimum falls below it again (an organisation withdrew or took
 * fewer seats): the participants and the organiser are told, once — like the tipping point. The
 * status stays `tipped` (the deadline decides by the seats committed then).
 */
async function announceBelowMinimum(deps: CoreDeps, tx: Tx, purchaseId: number, now: Date) {
  const p = await tx.purchase.findUnique({ where: { id: purchaseId } });
  if (!p || p.status !== "tipped" || p.fellBelowAt || p.committedSeats >= p.minSeats) return;
  const { count } = await tx.purchase.updateMany({
    where: { id: purchaseId, status: "tipped", fellBelowAt: null, committedSeats: { lt: p.minSeats } },
    data: { fellBelowAt: now },
  });
  if (count !== 1) return;
  const tz = deps.config.digest.timezone;
  for (const memberId of await participantMembers(tx, p, ["committed"])) {
    await enqueueToMember(tx, memberId, (t) => belowMinimumMessage(t, tz, p), now);
  }
}

/** Contact members of organisations in the given seat statuses, plus the organiser; each once. */
async function participantMembers(
  tx: DbOrTx,
  p: Purchase,
  statuses: string[],
  includeOrganiser = true,
): Promise<number[]> {
  const rows = await tx.purchaseSeat.findMany({
    where: { purchaseId: p.id, status: { in: statuses } },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
  });
  const ids: number[] = [];
  for (const r of rows) if (r.memberId && !ids.includes(r.memberId)) ids.push(r.memberId);
  if (includeOrganiser && p.organiserId && !ids.includes(p.organiserId)) ids.push(p.organiserId);
  return ids;
}

async function expireOfferRow(deps: CoreDeps, tx: Tx, p: Purchase, row: PurchaseSeat, now: Date, notify: boolean) {
  const { count } = await tx.purchaseSeat.updateMany({
    where: { id: row.id, status: "offered", offerExpiresAt: { lte: now } },
    data: { status: "withdrawn", offerExpiresAt: null },
  });
  if (count !== 1) return false;
  if (notify && row.memberId) {
    const tz = deps.config.digest.timezone;
    await enqueueToMember(tx, row.memberId, (t, locale) => offerExpiredMessage(t, locale, tz, p), now);
  }
  await afterSeatChange(deps, tx, p.id, now);
  return true;
}

/**
 * Periodic: offers not confirmed in time pass on to the next in line (before the deadline only).
 * Idempotent and multi-process safe: the row changes only if it is still an expired offer.
 */
export async function expireOffers(deps: CoreDeps): Promise<number> {
  const now = deps.now();
  const due = await deps.db.purchaseSeat.findMany({
    where: {
      status: "offered",
      offerExpiresAt: { lte: now },
      purchase: { status: { in: ACTIVE_STATUSES }, deadline: { gt: now } },
    },
    orderBy: [{ offerExpiresAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  let expired = 0;
  for (const row of due) {
    const done = await purchaseTx(deps, row.purchaseId, async (tx) => {
      const p = await tx.purchase.findUnique({ where: { id: row.purchaseId } });
      const fresh = await tx.purchaseSeat.findUnique({ where: { id: row.id } });
      // At the deadline the deadline job decides for everyone, offers included.
      if (!p || !fresh || !ACTIVE_STATUSES.includes(p.status) || p.deadline.getTime() <= now.getTime()) return false;
      return expireOfferRow(deps, tx, p, fresh, now, true);
    });
    if (done) expired++;
  }
  return expired;
}

// ---------------------------------------------------------------------------------------------
// Closing and cancelling

export type FinishResult =
  | { type: "not_allowed" }
  | { type: "closed"; totalCents: number }
  | { type: "cancelled" }
  | { type: "below_minimum"; committed: number; min: number }
  | { type: "already"; status: string }
  | { type: "not_found" };

/**
 * Ends a purchase. At the deadline: below the minimum it is cancelled (nobody owes anything),
 * at or above it closes with the cost split. The organiser may close early (only at or above the
 * minimum) or cancel (`actor`: who closes or cancels; only the organiser or staff may). Everyone
 * concerned is told in the same transaction; runs once per purchase (conditional update on the status).
 */
export async function finishPurchase(
  deps: CoreDeps,
  purchaseId: number,
  how: "deadline" | "close" | "cancel",
  actor?: Actor,
): Promise<FinishResult> {
  const actorMemberId = actor?.memberId;
  const now = deps.now();
  const tz = deps.config.digest.timezone;
  return purchaseTx<FinishResult>(deps, purchaseId, async (tx) => {
    const p = await tx.purchase.findUnique({ where: { id: purchaseId } });
    if (!p) return { type: "not_found" };
    if (how !== "deadline" && (!actor || !mayManage(actor, p))) return { type: "not_allowed" };
    if (!ACTIVE_STATUSES.includes(p.status)) return { type: "already", status: p.status };
    const reached = p.committedSeats >= p.minSeats;
    if (how === "close" && !reached) return { type: "below_minimum", committed: p.committedSeats, min: p.minSeats };
    const final = how === "cancel" || !reached ? "cancelled" : "closed";
    const { count } = await tx.purchase.updateMany({
      where: { id: p.id, status: p.status, committedSeats: p.committedSeats },
      data: { status: final, closedAt: now },
    });
    if (count !== 1) return CONFLICT;
    const ended = { ...p, status: final, closedAt: now };
    const reason = how === "deadline" ? "deadline" : "organiser";

    if (final === "cancelled") {
      const recipients = await participantMembers(tx, p, ["committed", "waiting", "offered"]);
      await tx.purchaseSeat.updateMany({
        where: { purchaseId: p.id, status: { in: ["waiting", "offered"] } },
        data: { status: "withdrawn", offerExpiresAt: null },
      });
      await tx.need.updateMany({
        where: { purchaseId: p.id, status: "purchased" },
        data: { status: "open", purchaseId: null, proposedAt: null },
      });
      for (const memberId of recipients) {
        if (memberId === actorMemberId) continue;
        await enqueueToMember(tx, memberId, (t, locale) => cancelledMessage(t, locale, tz, ended, reason), now);
      }
      await enqueuePostUpdate(tx, POST_TYPE, p.id, now);
      return { type: "cancelled" };
    }

    const committed = await tx.purchaseSeat.findMany({
      where: { purchaseId: p.id, status: "committed" },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      include: { organisation: true },
    });
    const total = totalCents(p.priceMode, p.priceCents, p.committedSeats);
    const shares = splitCents(
      total,
      committed.map((r, i) => ({ key: r.id, seats: r.seats, order: i })),
    );
    for (const s of shares) await tx.purchaseSeat.update({ where: { id: s.key }, data: { shareCents: s.cents } });
    const table = committed.map((r, i) => ({
      organisation: r.organisation.name,
      seats: r.seats,
      cents: shares[i]!.cents,
      organisationId: r.organisationId,
    }));
    const told: number[] = [];
    for (const r of committed) {
      if (!r.memberId || told.includes(r.memberId)) continue;
      told.push(r.memberId);
      await enqueueToMember(
        tx,
        r.memberId,
        (t, locale) => closedMessage(t, locale, tz, ended, table, total, r.organisationId),
        now,
      );
    }
    if (p.organiserId && !told.includes(p.organiserId)) {
      await enqueueToMember(
        tx,
        p.organiserId,
        (t, locale) => closedMessage(t, locale, tz, ended, table, total, null),
        now,
      );
    }
    const left = await tx.purchaseSeat.findMany({
      where: { purchaseId: p.id, status: { in: ["waiting", "offered"] } },
    });
    await tx.purchaseSeat.updateMany({
      where: { purchaseId: p.id, status: { in: ["waiting", "offered"] } },
      data: { status: "withdrawn", offerExpiresAt: null },
    });
    for (const r of left) {
      if (r.memberId) await enqueueToMember(tx, r.memberId, (t, locale) => noSeatMessage(t, locale, tz, ended), now);
    }
    await tx.need.updateMany({ where: { purchaseId: p.id, status: "purchased" }, data: { status: "closed" } });
    if (p.organiserId) {
      const csv = await participantCsv(tx, p.id);
      await enqueueFileToMember(tx, p.organiserId, (t) => csvFile(t, p.id, csv(t)), now);
    }
    await enqueuePostUpdate(tx, POST_TYPE, p.id, now);
    return { type: "closed", totalCents: total };
  });
}

/** Periodic: purchases whose deadline has passed are closed or cancelled; needs long past are closed. */
export async function runDeadlines(deps: CoreDeps): Promise<number> {
  const now = deps.now();
  const due = await deps.db.purchase.findMany({
    where: { status: { in: ACTIVE_STATUSES }, deadline: { lte: now } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: 100,
  });
  let finished = 0;
  for (const p of due) {
    const r = await finishPurchase(deps, p.id, "deadline");
    if (r.type === "closed" || r.type === "cancelled") finished++;
  }
  await deps.db.need.updateMany({ where: { status: "open", neededBy: { lt: now } }, data: { status: "closed" } });
  return finished;
}

// ---------------------------------------------------------------------------------------------
// Participant list

/**
 * The participant list of a purchase as CSV (organisation, seats, contact person, platform,
 * status, share in euros once closed): committed first, then the waiting list in order.
 */
export async function participantCsv(db: DbOrTx, purchaseId: number): Promise<(t: Translate) => string> {
  const rows = await db.purchaseSeat.findMany({
    where: { purchaseId, status: { in: ["committed", "offered", "waiting"] } },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    include: { organisation: true, member: true },
  });
  const order = (s: string) => (s === "committed" ? 0 : s === "offered" ? 1 : 2);
  rows.sort((a, b) => order(a.status) - order(b.status));
  const lines: { org: string; seats: number; contact: string; platform: string; status: string; share: string }[] = [];
  for (const r of rows) {
    const identity = r.memberId ? await latestIdentity(db, r.memberId) : null;
    lines.push({
      org: r.organisation.name,
      seats: r.seats,
      contact: r.member?.displayName ?? "",
      platform: identity?.platform ?? "",
      status: r.status,
      share: r.shareCents === null ? "" : csvEuros(r.shareCents),
    });
  }
  return (t) =>
    excelCsv([
      [
        t("pu-csv-organisation"),
        t("pu-csv-seats"),
        t("pu-csv-contact"),
        t("pu-csv-platform"),
        t("pu-csv-status"),
        t("pu-csv-share"),
      ],
      ...lines.map((l) => [l.org, l.seats, l.contact, l.platform, t(`pu-seat-status-${l.status}`), l.share]),
    ]);
}

export function csvFile(t: Translate, purchaseId: number, content: string) {
  return {
    filename: `yhteishankinta-${purchaseId}.csv`,
    content,
    mimeType: "text/csv; charset=utf-8",
    caption: t("pu-csv-caption", { id: String(purchaseId) }),
  };
}

/** Who acts: a member, their organisation, and whether the core recognised them as staff. */
export interface Actor {
  memberId: number;
  organisationId: number | null;
  staff: boolean;
}

/** Who may publish a joint purchase: a member of an organisation, or staff. */
export function mayOrganise(actor: Actor): boolean {
  return actor.organisationId !== null || actor.staff;
}

/** Whether `actor` may see the participant list, close or cancel: the organiser or staff. */
export function mayManage(actor: Actor, p: Pick<Purchase, "organiserId">): boolean {
  return actor.staff || p.organiserId === actor.memberId;
}

/** The participant list of a purchase, for its organiser or staff. */
export async function participantList(
  db: DbOrTx,
  actor: Actor,
  purchaseId: number,
): Promise<
  { type: "not_found" } | { type: "not_allowed" } | { type: "ok"; purchase: Purchase; csv: (t: Translate) => string }
> {
  const purchase = await db.purchase.findUnique({ where: { id: purchaseId } });
  if (!purchase) return { type: "not_found" };
  if (!mayManage(actor, purchase)) return { type: "not_allowed" };
  return { type: "ok", purchase, csv: await participantCsv(db, purchaseId) };
}

/** Adding or changing course types is for staff; everyone may list them. */
export function mayEditCourseTypes(actor: Actor): boolean {
  return actor.staff;
}

/** Adds a course type or renames it and changes its usual size (staff only). */
export async function saveCourseType(
  db: DbOrTx,
  actor: Actor,
  input: { key: string; name: string; usualMinSeats: number },
): Promise<{ type: "not_allowed" } | { type: "added" } | { type: "updated" }> {
  if (!mayEditCourseTypes(actor)) return { type: "not_allowed" };
  const { key, name, usualMinSeats } = input;
  const existing = await db.courseType.findUnique({ where: { key } });
  await db.courseType.upsert({ where: { key }, create: { key, name, usualMinSeats }, update: { name, usualMinSeats } });
  return { type: existing ? "updated" : "added" };
}
