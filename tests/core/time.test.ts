/** Dates and times in a time zone (src/core/time.ts): wall clock ↔ instant through daylight saving, typed dates. */
import { describe, expect, it } from "vitest";
import { slotTime } from "../../src/core/features/digest/schedule.js";
import { endOfLocalDay, formatDay, parseLocalDate, zonedParts, zonedTime } from "../../src/core/time.js";

const hki = "Europe/Helsinki";

describe("time zones", () => {
  it("reads the wall clock of an instant", () => {
    expect(zonedParts(new Date("2026-11-23T06:00:00Z"), hki)).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 8,
      minute: 0,
      second: 0,
    });
    expect(zonedParts(new Date("2026-12-31T22:00:00Z"), hki)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
    });
    expect(formatDay(new Date("2026-12-31T22:00:00Z"), hki)).toBe("1.1.2027");
    expect(formatDay(new Date("2026-12-31T22:00:00Z"), "UTC")).toBe("31.12.2026");
  });

  it("finds the instant of a wall-clock time: the earlier one when the clocks go back, later by the gap when they go forward", () => {
    expect(zonedTime({ year: 2026, month: 11, day: 23, hour: 8 }, hki)).toEqual(new Date("2026-11-23T06:00:00Z"));
    expect(zonedTime({ year: 2026, month: 6, day: 29, hour: 8 }, hki)).toEqual(new Date("2026-06-29T05:00:00Z"));
    // Helsinki goes from 03:00 to 04:00 on 29.3.2026: the hours before the jump are still winter time ...
    expect(zonedTime({ year: 2026, month: 3, day: 29, hour: 1 }, hki)).toEqual(new Date("2026-03-28T23:00:00Z"));
    expect(zonedTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, hki)).toEqual(
      new Date("2026-03-29T00:30:00Z"),
    );
    // ... and 03:30 does not exist: 04:30 summer time.
    expect(zonedTime({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 }, hki)).toEqual(
      new Date("2026-03-29T01:30:00Z"),
    );
    // 03:30 happens twice on 25.10.2026: the first (summer time).
    expect(zonedTime({ year: 2026, month: 10, day: 25, hour: 3, minute: 30 }, hki)).toEqual(
      new Date("2026-10-25T00:30:00Z"),
    );
    expect(zonedTime({ year: 2026, month: 10, day: 25, hour: 4 }, hki)).toEqual(new Date("2026-10-25T02:00:00Z"));
    // West of UTC: New York falls back at 02:00 on 1.11.2026 and springs forward at 02:00 on 8.3.2026.
    expect(zonedTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, "America/New_York")).toEqual(
      new Date("2026-11-01T05:30:00Z"),
    );
    expect(zonedTime({ year: 2026, month: 11, day: 1, hour: 3 }, "America/New_York")).toEqual(
      new Date("2026-11-01T08:00:00Z"),
    );
    expect(zonedTime({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, "America/New_York")).toEqual(
      new Date("2026-03-08T07:30:00Z"),
    );
    expect(endOfLocalDay({ year: 2026, month: 12, day: 24 }, hki)).toEqual(new Date("2026-12-24T21:59:59Z"));
    expect(endOfLocalDay({ year: 2027, month: 6, day: 30 }, hki)).toEqual(new Date("2027-06-30T20:59:59Z"));
  });

  it("a digest scheduled in the night of a clock change fires at that local time", () => {
    expect(slotTime({ cron: "0 2 * * 0", timezone: hki }, "2026-W13")).toEqual(new Date("2026-03-29T00:00:00Z"));
    expect(slotTime({ cron: "30 3 * * 0", timezone: hki }, "2026-W43")).toEqual(new Date("2026-10-25T00:30:00Z"));
    expect(slotTime({ cron: "0 3 * * 0", timezone: "America/New_York" }, "2026-W44")).toEqual(
      new Date("2026-11-01T08:00:00Z"),
    );
  });

  it("reads dates as people type them", () => {
    expect(parseLocalDate("31.3.2027")).toEqual({
      ok: true,
      value: { year: 2027, month: 3, day: 31 },
      yearGiven: true,
    });
    expect(parseLocalDate("31.3.27")).toMatchObject({ ok: true, value: { year: 2027, month: 3, day: 31 } });
    expect(parseLocalDate("31/3/2027")).toMatchObject({ ok: true, value: { year: 2027, month: 3, day: 31 } });
    expect(parseLocalDate("2027-03-31")).toMatchObject({ ok: true, value: { year: 2027, month: 3, day: 31 } });
    expect(parseLocalDate(" 31.3.2027  klo 16.00 ")).toEqual({
      ok: true,
      value: { year: 2027, month: 3, day: 31, hour: 16, minute: 0 },
      yearGiven: true,
    });
    expect(parseLocalDate("2027-03-31 9:05")).toMatchObject({ ok: true, value: { hour: 9, minute: 5 } });
    expect(parseLocalDate("24.12.")).toEqual({ ok: false, reason: "format" });
    expect(parseLocalDate("24.12.", { defaultYear: 2026 })).toEqual({
      ok: true,
      value: { year: 2026, month: 12, day: 24 },
      yearGiven: false,
    });
    expect(parseLocalDate("24.12", { defaultYear: 2026 })).toMatchObject({ ok: true, yearGiven: false });
    expect(parseLocalDate("29.2.", { defaultYear: 2026 })).toEqual({
      ok: false,
      reason: "no_such_day",
      date: "29.2.",
      days: 28,
    });
    expect(parseLocalDate("31.2.2027")).toEqual({ ok: false, reason: "no_such_day", date: "31.2.2027", days: 28 });
    expect(parseLocalDate("1.13.2027")).toEqual({ ok: false, reason: "invalid" });
    expect(parseLocalDate("31.1.2027 24:00")).toEqual({ ok: false, reason: "invalid" });
    expect(parseLocalDate("huomenna")).toEqual({ ok: false, reason: "format" });
    expect(parseLocalDate("24.1226", { defaultYear: 2026 })).toEqual({ ok: false, reason: "format" });
  });
});
