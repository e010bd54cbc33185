/** The money of joint purchases: exact splits to the cent, prices per seat, parsing of euros, seats and dates. */
import { describe, expect, it } from "vitest";
import { perSeatCents, splitCents, totalCents } from "../../src/core/features/purchases/split.js";
import { parseEuros, parseFutureDate, parseSeats, parseCourseDate } from "../../src/core/features/purchases/parse.js";
import { zonedTime } from "../../src/core/time.js";
import { formatEuros } from "../../src/core/money.js";

const parts = (...seats: number[]) => seats.map((s, i) => ({ key: String.fromCharCode(65 + i), seats: s, order: i }));
const sum = (shares: { cents: number }[]) => shares.reduce((n, s) => n + s.cents, 0);

describe("splitCents", () => {
  it("splits 180 000 cents over 6 + 5 + 4 seats exactly by seats", () => {
    const shares = splitCents(180_000, parts(6, 5, 4));
    expect(shares.map((s) => s.cents)).toEqual([72_000, 60_000, 48_000]);
    expect(sum(shares)).toBe(180_000);
  });

  it("splits 100 cents over three organisations of one seat: the earliest gets the extra cent", () => {
    const shares = splitCents(100, parts(1, 1, 1));
    expect(shares.map((s) => s.cents)).toEqual([34, 33, 33]);
  });

  it("splits 1 cent over two: one pays it, deterministically the earliest", () => {
    expect(splitCents(1, parts(1, 1)).map((s) => s.cents)).toEqual([1, 0]);
    // The order decides, not the position in the list.
    const reversed = [
      { key: "late", seats: 1, order: 5 },
      { key: "early", seats: 1, order: 1 },
    ];
    expect(splitCents(1, reversed)).toEqual([
      { key: "late", seats: 1, cents: 0 },
      { key: "early", seats: 1, cents: 1 },
    ]);
  });

  it("gives leftover cents to the largest remainders first", () => {
    // 1000 over 3 + 3 + 1 seats: exact 428.57, 428.57, 142.86 → the 1-seat part (remainder .86) first, then the
    // earlier of the two equal remainders.
    const shares = splitCents(1000, parts(3, 3, 1));
    expect(shares.map((s) => s.cents)).toEqual([429, 428, 143]);
    expect(sum(shares)).toBe(1000);
  });

  it("never loses or invents a cent, whatever the sizes", () => {
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 500; i++) {
      const total = rnd(100_000_000);
      const ps = Array.from({ length: 1 + rnd(50) }, (_, j) => ({ key: j, seats: rnd(20), order: rnd(5) }));
      if (ps.every((p) => p.seats === 0)) ps[0]!.seats = 1;
      const shares = splitCents(total, ps);
      expect(sum(shares)).toBe(total);
      const seatSum = ps.reduce((n, p) => n + p.seats, 0);
      for (const s of shares) expect(Math.abs(s.cents - (total * s.seats) / seatSum)).toBeLessThan(1);
    }
  });

  it("refuses nonsense", () => {
    expect(() => splitCents(-1, parts(1))).toThrow(RangeError);
    expect(() => splitCents(1.5, parts(1))).toThrow(RangeError);
    expect(() => splitCents(10, parts(0, 0))).toThrow(RangeError);
    expect(splitCents(0, parts(0, 0)).map((s) => s.cents)).toEqual([0, 0]);
  });

  it("computes totals and seat prices for both price modes", () => {
    expect(totalCents("total", 180_000, 15)).toBe(180_000);
    expect(totalCents("per_seat", 12_000, 15)).toBe(180_000);
    expect(perSeatCents("total", 180_000, 15)).toBe(12_000);
    expect(perSeatCents("total", 100_000, 3)).toBe(33_333);
    expect(perSeatCents("total", 200, 3)).toBe(67);
    expect(perSeatCents("per_seat", 12_000, 3)).toBe(12_000);
  });
});

describe("parsing typed values", () => {
  it("reads seats as whole numbers in range and explains everything else", () => {
    expect(parseSeats("6")).toEqual({ ok: true, value: 6 });
    expect(parseSeats(" 6 hlö ")).toEqual({ ok: true, value: 6 });
    expect(parseSeats("viisi")).toMatchObject({ ok: false, key: "pu-err-seats-number" });
    expect(parseSeats("NaN")).toMatchObject({ ok: false, key: "pu-err-seats-number" });
    expect(parseSeats("-1")).toMatchObject({ ok: false, key: "pu-err-seats-range" });
    expect(parseSeats("0")).toMatchObject({ ok: false, key: "pu-err-seats-range" });
    expect(parseSeats("1e9")).toMatchObject({ ok: false, key: "pu-err-seats-range" });
    expect(parseSeats("1000000000")).toMatchObject({ ok: false, key: "pu-err-seats-range" });
    expect(parseSeats("2,5")).toMatchObject({ ok: false, key: "pu-err-seats-whole" });
    expect(parseSeats("Infinity")).toMatchObject({ ok: false });
    expect(parseSeats("0", 0)).toEqual({ ok: true, value: 0 });
  });

  it("reads euros with comma or dot into integer cents", () => {
    expect(parseEuros("1800")).toEqual({ ok: true, value: 180_000 });
    expect(parseEuros("1 800 €")).toEqual({ ok: true, value: 180_000 });
    expect(parseEuros("1800,5")).toEqual({ ok: true, value: 180_050 });
    expect(parseEuros("1800.05")).toEqual({ ok: true, value: 180_005 });
    expect(parseEuros("0,01")).toEqual({ ok: true, value: 1 });
    expect(parseEuros("120 e")).toEqual({ ok: true, value: 12_000 });
    expect(parseEuros("0")).toMatchObject({ ok: false, key: "pu-err-price-positive" });
    expect(parseEuros("-5")).toMatchObject({ ok: false, key: "pu-err-price-positive" });
    expect(parseEuros("viisi")).toMatchObject({ ok: false, key: "pu-err-price-number" });
    expect(parseEuros("NaN")).toMatchObject({ ok: false, key: "pu-err-price-number" });
    expect(parseEuros("1e9")).toMatchObject({ ok: false, key: "pu-err-price-number" });
    expect(parseEuros("1.800")).toMatchObject({ ok: false, key: "pu-err-price-decimals" });
    expect(parseEuros("1.800,00")).toMatchObject({ ok: false, key: "pu-err-price-ambiguous" });
    expect(parseEuros("1000001")).toMatchObject({ ok: false, key: "pu-err-price-too-large" });
    expect(parseEuros("99999999999999")).toMatchObject({ ok: false, key: "pu-err-price-too-large" });
  });

  it("reads dates in Helsinki time: a date alone means the end of that day; the past and nonsense are refused", () => {
    const now = new Date("2026-11-23T08:00:00Z");
    const tz = "Europe/Helsinki";
    expect(parseFutureDate("31.1.2027", now, tz)).toEqual({ ok: true, value: new Date("2027-01-31T21:59:59Z") });
    expect(parseFutureDate("2027-06-30", now, tz)).toEqual({ ok: true, value: new Date("2027-06-30T20:59:59Z") }); // summer time
    expect(parseFutureDate("1.2.27 klo 16.00", now, tz)).toEqual({ ok: true, value: new Date("2027-02-01T14:00:00Z") });
    expect(parseFutureDate("23.11.2026", now, tz)).toMatchObject({ ok: true }); // later today
    expect(parseFutureDate("22.11.2026", now, tz)).toMatchObject({ ok: false, key: "pu-err-date-past" });
    expect(parseFutureDate("1.1.2000", now, tz)).toMatchObject({ ok: false, key: "pu-err-date-past" });
    expect(parseFutureDate("31.12.9999", now, tz)).toMatchObject({ ok: false, key: "pu-err-date-far" });
    expect(parseFutureDate("31.2.2027", now, tz)).toMatchObject({
      ok: false,
      key: "pu-err-date-no-such-day",
      args: { date: "31.2.2027", days: 28 },
    });
    expect(parseFutureDate("huomenna", now, tz)).toMatchObject({ ok: false, key: "pu-err-date-format" });
    expect(parseCourseDate("15.2.2027", new Date("2027-01-31T21:59:59Z"), now, tz)).toEqual({
      ok: true,
      value: new Date("2027-02-14T22:00:00Z"),
    });
    expect(parseCourseDate("15.1.2027", new Date("2027-01-31T21:59:59Z"), now, tz)).toMatchObject({
      ok: false,
      key: "pu-err-course-date-before-deadline",
    });
    expect(zonedTime({ year: 2027, month: 3, day: 28, hour: 12, minute: 0 }, tz)).toEqual(
      new Date("2027-03-28T09:00:00Z"),
    );
  });

  it("formats euros per language", () => {
    expect(formatEuros(180_000, "fi")).toBe("1 800 €");
    expect(formatEuros(12_050, "sv")).toBe("120,50 €");
    expect(formatEuros(180_005, "en")).toBe("€1,800.05");
  });
});
