/**
 * When the weekly digest is due. A digest belongs to a *slot*: the ISO week in the configured
 * time zone ("2026-W48"). Its *slot time* is the first moment of that week at which the cron
 * expression fires (default `0 8 * * 1`: Monday 08:00 Europe/Helsinki). node-cron only fires
 * while the process runs and persists nothing, so the catch-up after downtime asks "has this
 * week's slot time passed?" here, with node-cron's own matcher (`ScheduledTask.match`) so that
 * any five-field expression it accepts means exactly what it means to the scheduler.
 *
 * A cron that fires several times a week still gives one digest per week (its first firing);
 * one that fires less often than weekly (e.g. monthly) gives a digest only in the weeks where it
 * fires.
 */
import cron from "node-cron";
import { DAY_MS, zonedParts, zonedTime } from "../../time.js";

export interface DigestSchedule {
  cron: string;
  timezone: string;
}

/** ISO 8601 week of a calendar date: { year, week }. */
function isoWeekOf(y: number, mo: number, d: number) {
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7)); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return { year, week };
}

/** The slot (ISO week in the time zone) an instant belongs to, e.g. "2026-W48". */
export function weekSlot(at: Date, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  const { year, week } = isoWeekOf(p.year, p.month, p.day);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Parses "2026-W48"; null when malformed. */
export function parseSlot(slot: string): { year: number; week: number } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(slot);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  return week >= 1 && week <= 53 ? { year, week } : null;
}

/** Monday (calendar date) of an ISO week. */
function mondayOf(year: number, week: number) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS);
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

/** The slot before `slot` ("2026-W01" → "2025-W52" or "-W53"). */
export function previousSlot(slot: string, timeZone: string): string {
  const s = parseSlot(slot);
  if (!s) throw new Error(`not a week slot: ${slot}`);
  const m = mondayOf(s.year, s.week);
  const prior = new Date(Date.UTC(m.year, m.month - 1, m.day) - 3 * DAY_MS);
  return weekSlot(
    zonedTime(
      { year: prior.getUTCFullYear(), month: prior.getUTCMonth() + 1, day: prior.getUTCDate(), hour: 12 },
      timeZone,
    ),
    timeZone,
  );
}

/** The instants a cron expression may fire in one week, in wall-clock order: each day, each hour and minute it lists. */
function* candidateTimes(
  monday: { year: number; month: number; day: number },
  fields: { hour: number[]; minute: number[] },
  timeZone: string,
) {
  for (let i = 0; i < 7; i++) {
    const date = new Date(Date.UTC(monday.year, monday.month - 1, monday.day) + i * DAY_MS);
    for (const hour of fields.hour) {
      for (const minute of fields.minute) {
        yield zonedTime(
          { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute },
          timeZone,
        );
      }
    }
  }
}

const slotTimes = new Map<string, Date | null>();

/**
 * The first instant of the slot's week at which the cron fires in the time zone, or null when it
 * does not fire that week. Pure (cached per expression, zone and week).
 */
export function slotTime(schedule: DigestSchedule, slot: string): Date | null {
  const key = `${schedule.cron}|${schedule.timezone}|${slot}`;
  if (slotTimes.has(key)) return slotTimes.get(key)!;
  const s = parseSlot(slot);
  if (!s) throw new Error(`not a week slot: ${slot}`);
  const fields = cron.parse(schedule.cron);
  const task = cron.createTask(schedule.cron, () => {}, { timezone: schedule.timezone });
  let found: Date | null = null;
  try {
    // node-cron's matcher checks the day, month and weekday fields (and DST gaps).
    for (const at of candidateTimes(mondayOf(s.year, s.week), fields, schedule.timezone)) {
      if (!task.match(at)) continue;
      found = at;
      break;
    }
  } finally {
    void task.destroy();
  }
  if (slotTimes.size > 500) slotTimes.clear();
  slotTimes.set(key, found);
  return found;
}

/**
 * The period a digest covers: from the previous week's slot time (or a week before) to this
 * week's slot time; a digest sent early (staff `/mk kooste laheta` before the slot time) covers
 * up to the moment it started.
 */
export function digestWindow(schedule: DigestSchedule, slot: string, startedAt: Date): { from: Date; to: Date } {
  const at = slotTime(schedule, slot);
  const to = at && at.getTime() < startedAt.getTime() ? at : startedAt;
  const before = slotTime(schedule, previousSlot(slot, schedule.timezone));
  const from = before && before.getTime() < to.getTime() ? before : new Date(to.getTime() - 7 * DAY_MS);
  return { from, to };
}

/** Whether the current week's digest is due at `now` (its slot time has come). */
export function isDue(schedule: DigestSchedule, now: Date): { slot: string; due: boolean; at: Date | null } {
  const slot = weekSlot(now, schedule.timezone);
  const at = slotTime(schedule, slot);
  // node-cron fires at second 0 of the minute; allow it to be a few seconds early.
  return { slot, at, due: at !== null && now.getTime() >= at.getTime() - 5_000 };
}
