/**
 * The money of a joint purchase, in integer euro cents: what the course costs in total, what one
 * seat costs at a given number of seats, and how the total is split between organisations.
 * Pure functions: no database, no clock.
 */

export type PriceMode = "total" | "per_seat";

/** Upper bound for any total, so every amount stays a safe 32-bit database integer (1 000 000 €). */
export const MAX_TOTAL_CENTS = 100_000_000;

/** The whole bill for `seats` seats: the course price (mode total) or the seat price × seats. */
export function totalCents(priceMode: PriceMode | string, priceCents: number, seats: number): number {
  return priceMode === "total" ? priceCents : priceCents * seats;
}

/**
 * What one seat costs when `seats` seats are bought, rounded to the cent (half up). For a
 * per-seat price it does not depend on the number of seats.
 */
export function perSeatCents(priceMode: PriceMode | string, priceCents: number, seats: number): number {
  if (priceMode !== "total") return priceCents;
  if (seats <= 0) return priceCents;
  return Math.floor((priceCents * 2 + seats) / (seats * 2));
}

export interface SplitPart<K> {
  key: K;
  seats: number;
  /** Tie-break for equal remainders: the smaller order gets the extra cent (earliest to join). */
  order: number;
}

export interface SplitShare<K> {
  key: K;
  seats: number;
  cents: number;
}

/**
 * Splits `total` cents between parts in proportion to their seats, exactly: every share is the
 * floor of its proportional amount, and the cents that are left over (fewer than the number of
 * parts) go one each to the parts with the largest remainders — ties to the smallest `order`,
 * then to the earlier position in the list. The shares always sum to `total`: no cent is lost
 * or invented. Parts with zero seats get zero.
 */
export function splitCents<K>(total: number, parts: readonly SplitPart<K>[]): SplitShare<K>[] {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`total must be a non-negative whole number of cents, got ${total}`);
  for (const p of parts) {
    if (!Number.isSafeInteger(p.seats) || p.seats < 0)
      throw new RangeError(`seats must be a non-negative whole number, got ${p.seats}`);
  }
  const seatSum = parts.reduce((n, p) => n + p.seats, 0);
  if (seatSum === 0) {
    if (total !== 0) throw new RangeError("cannot split a non-zero total over zero seats");
    return parts.map((p) => ({ key: p.key, seats: p.seats, cents: 0 }));
  }
  // BigInt keeps total × seats exact whatever the sizes.
  const T = BigInt(total);
  const S = BigInt(seatSum);
  const rows = parts.map((p, index) => {
    const exact = T * BigInt(p.seats);
    return { index, part: p, cents: exact / S, remainder: exact % S };
  });
  let leftover = T - rows.reduce((n, r) => n + r.cents, 0n);
  const byRemainder = [...rows].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    if (a.part.order !== b.part.order) return a.part.order - b.part.order;
    return a.index - b.index;
  });
  for (const r of byRemainder) {
    if (leftover === 0n) break;
    if (r.part.seats === 0) continue;
    r.cents += 1n;
    leftover -= 1n;
  }
  return rows.map((r) => ({ key: r.part.key, seats: r.part.seats, cents: Number(r.cents) }));
}
