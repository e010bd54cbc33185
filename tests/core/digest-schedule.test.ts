/** When the weekly digest is due: ISO week slots and slot times in a time zone, via node-cron's matcher. */
import { describe, expect, it } from "vitest";
import { digestWindow, isDue, previousSlot, slotTime, weekSlot } from "../../src/core/features/digest/schedule.js";

const helsinki = { cron: "0 8 * * 1", timezone: "Europe/Helsinki" };

describe("digest schedule", () => {
  it("slots are ISO weeks in the digest's time zone, across a year boundary", () => {
    expect(weekSlot(new Date("2026-11-22T21:59:00Z"), "Europe/Helsinki")).toBe("2026-W47"); // Sunday 23:59 there
    expect(weekSlot(new Date("2026-11-22T22:00:00Z"), "Europe/Helsinki")).toBe("2026-W48"); // Monday 00:00 there
    expect(weekSlot(new Date("2026-11-22T22:00:00Z"), "UTC")).toBe("2026-W47");
    expect(weekSlot(new Date("2027-01-01T12:00:00Z"), "Europe/Helsinki")).toBe("2026-W53");
    expect(weekSlot(new Date("2021-01-03T12:00:00Z"), "Europe/Helsinki")).toBe("2020-W53");
    expect(previousSlot("2027-W01", "Europe/Helsinki")).toBe("2026-W53");
    expect(previousSlot("2026-W48", "Europe/Helsinki")).toBe("2026-W47");
  });

  it("the slot time is the cron's first firing in the week, in local time through daylight saving", () => {
    expect(slotTime(helsinki, "2026-W48")).toEqual(new Date("2026-11-23T06:00:00Z")); // EET, UTC+2
    expect(slotTime(helsinki, "2026-W27")).toEqual(new Date("2026-06-29T05:00:00Z")); // EEST, UTC+3
    expect(slotTime({ cron: "30 17 * * 5", timezone: "Europe/Helsinki" }, "2026-W48")).toEqual(
      new Date("2026-11-27T15:30:00Z"),
    );
    expect(slotTime({ cron: "0 8 * * 1,4", timezone: "Europe/Helsinki" }, "2026-W48")).toEqual(
      new Date("2026-11-23T06:00:00Z"),
    );
    // 03:30 on the night clocks go forward does not exist: no digest that week from this expression.
    expect(slotTime({ cron: "30 3 * * 0", timezone: "Europe/Helsinki" }, "2026-W13")).toBeNull();
    // Monthly: only the week that contains the 1st.
    expect(slotTime({ cron: "0 8 1 * *", timezone: "Europe/Helsinki" }, "2026-W48")).toBeNull();
    expect(slotTime({ cron: "0 8 1 * *", timezone: "Europe/Helsinki" }, "2026-W49")).toEqual(
      new Date("2026-12-01T06:00:00Z"),
    );
    expect(slotTime({ cron: "0 8 * * 1", timezone: "America/New_York" }, "2026-W48")).toEqual(
      new Date("2026-11-23T13:00:00Z"),
    );
  });

  it("is due from the slot time on, for the rest of that week", () => {
    expect(isDue(helsinki, new Date("2026-11-23T05:59:00Z"))).toMatchObject({ slot: "2026-W48", due: false });
    expect(isDue(helsinki, new Date("2026-11-23T06:00:00Z"))).toMatchObject({ slot: "2026-W48", due: true });
    expect(isDue(helsinki, new Date("2026-11-29T21:00:00Z"))).toMatchObject({ slot: "2026-W48", due: true });
    expect(isDue(helsinki, new Date("2026-11-29T22:30:00Z"))).toMatchObject({ slot: "2026-W49", due: false });
  });

  it("a digest covers the week up to its slot time, or up to the moment it was sent early", () => {
    expect(digestWindow(helsinki, "2026-W48", new Date("2026-11-25T10:00:00Z"))).toEqual({
      from: new Date("2026-11-16T06:00:00Z"),
      to: new Date("2026-11-23T06:00:00Z"),
    });
    expect(digestWindow(helsinki, "2026-W48", new Date("2026-11-23T04:00:00Z"))).toEqual({
      from: new Date("2026-11-16T06:00:00Z"),
      to: new Date("2026-11-23T04:00:00Z"),
    });
  });
});
