/**
 * The monthly report: on the first working day of each month (Monday–Friday, not a Finnish public
 * holiday: see holidays.ts), from 09:00 in the network's time zone, every staff channel gets last
 * month's report by itself, once.
 *
 * Once, with the digest's ledger: one `JobRun` row per (job "report-monthly", slot = the month,
 * "2026-12"), unique, so of two processes only one creates it; one `Delivery` row per staff
 * channel, claimed with a conditional update (pending → sending) before anything is sent. A
 * process that dies while sending leaves its row in "sending"; once the claim has expired it is
 * marked "skipped", not sent again (at most once, as the digest: a report twice in the staff
 * channel is worse than one missing). A platform error marks the row "failed" and is logged.
 * Missed because nothing ran that morning: it goes out at the next start or minute, as long as it
 * is still that month — but a month with no activity at all (nothing asked, offered, bought,
 * needed or published, nobody joined) is not sent as a catch-up after its day: a newcomer's first
 * start on a fresh database would otherwise open with a weeks-old report of a month before the
 * installation existed. On its own day the report goes out even for a quiet month (staff expect
 * it that morning, and "nothing happened" is news too).
 */
import { scrubLogText } from "../../privacy/logs.js";
import { randomUUID } from "node:crypto";
import type { CoreDeps, Notifier } from "../../app/contract.js";
import { isUniqueViolation } from "../../errors.js";
import { isFinnishWorkingDay } from "../../holidays.js";
import { asLocale } from "../../i18n/index.js";
import type { OutgoingFile, Target } from "../../types.js";
import { zonedParts, zonedTime } from "../../time.js";
import type { BuiltReport } from "./build.js";
import { lastMonthPeriods } from "./period.js";

export const MONTHLY_JOB = "report-monthly";
export const MONTHLY_HOUR = 9;
/** How long a claim on a channel's row holds (drawing and sending take seconds). */
export const MONTHLY_CLAIM_MS = 10 * 60_000;
/** A run this long after the slot is a catch-up (the slot's morning was missed). */
export const MONTHLY_CATCH_UP_MS = 12 * 3_600_000;

export type Notifiers = Partial<Record<string, Notifier>>;

/** "2026-12": the month of `at` in the zone. */
export function monthSlot(at: Date, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
}

/** The first working day (Mon–Fri, not a public holiday) of the month of `at`, at MONTHLY_HOUR:00 in the zone. */
export function monthlySlotTime(at: Date, timeZone: string): Date {
  const p = zonedParts(at, timeZone);
  let day = 1;
  while (!isFinnishWorkingDay(p.year, p.month, day)) day++;
  return zonedTime({ year: p.year, month: p.month, day, hour: MONTHLY_HOUR }, timeZone);
}

/** Whether anything the report counts happened in [from, to): a request, an offer, a purchase or a seat, a need, a place, a profile, a new member or organisation. */
async function hadActivity(deps: CoreDeps, from: Date, to: Date): Promise<boolean> {
  const where = { createdAt: { gte: from, lt: to } };
  const select = { id: true } as const;
  const { db } = deps;
  const found = await Promise.all([
    db.helpRequest.findFirst({ where, select }),
    db.helpOffer.findFirst({ where, select }),
    db.purchase.findFirst({ where, select }),
    db.purchaseSeat.findFirst({ where, select }),
    db.need.findFirst({ where, select }),
    db.openPlace.findFirst({ where, select }),
    db.portalProfile.findFirst({ where, select }),
    db.member.findFirst({ where, select }),
    db.organisation.findFirst({ where, select }),
  ]);
  return found.some((row) => row !== null);
}

/** Files together when the notifier can (one Slack message), else one by one. */
async function sendFiles(notifier: Notifier, target: Target, files: OutgoingFile[]): Promise<void> {
  if (notifier.sendFiles) await notifier.sendFiles(target, files);
  else for (const file of files) await notifier.sendFile(target, file);
}

export interface MonthlyRunReport {
  slot: string;
  /** "nothing_to_catch_up": a late run for a month without any activity; recorded as done, nothing sent. */
  outcome: "not_due" | "already_finished" | "ran" | "nothing_to_catch_up";
  /** Channels this call sent the report to. */
  sent: number;
}

/**
 * Sends last month's report to the staff channels if it is due and not sent yet; safe to call
 * every minute from any number of processes.
 */
export async function runMonthlyReport(
  deps: CoreDeps,
  notifiers: Notifiers,
  options: { workerId?: string } = {},
): Promise<MonthlyRunReport> {
  const { db } = deps;
  const now = deps.now();
  const tz = deps.config.digest.timezone;
  const slot = monthSlot(now, tz);
  if (now.getTime() < monthlySlotTime(now, tz).getTime()) return { slot, outcome: "not_due", sent: 0 };
  let run = await db.jobRun.findUnique({ where: { job_slot: { job: MONTHLY_JOB, slot } } });
  if (run?.finishedAt) return { slot, outcome: "already_finished", sent: 0 };
  const periods = lastMonthPeriods(now, tz);
  const catchUp = now.getTime() - monthlySlotTime(now, tz).getTime() >= MONTHLY_CATCH_UP_MS;
  if (!run && catchUp && !(await hadActivity(deps, periods.current.from, periods.current.to))) {
    try {
      await db.jobRun.create({ data: { job: MONTHLY_JOB, slot, startedAt: now, finishedAt: now } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    return { slot, outcome: "nothing_to_catch_up", sent: 0 };
  }
  if (!run) {
    try {
      run = await db.jobRun.create({ data: { job: MONTHLY_JOB, slot, startedAt: now } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      run = await db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: MONTHLY_JOB, slot } } });
    }
  }
  // Every staff channel gets a row, also those on platforms this process does not run: the run
  // is finished only when a process that has that platform has sent it.
  const channels = await db.channel.findMany({ where: { active: true, kind: "staff" }, orderBy: { id: "asc" } });
  for (const ch of channels) {
    try {
      await db.delivery.create({
        data: { runId: run.id, recipientKey: `${ch.platform}:${ch.chatId}`, createdAt: now },
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  // A sender that died mid-send: its row is not sent again.
  const stale = await db.delivery.updateMany({
    where: { runId: run.id, status: "sending", claimedUntil: { lt: now } },
    data: { status: "skipped", error: "claim expired while sending (in doubt, not sent again)" },
  });
  if (stale.count) deps.log.warn({ job: MONTHLY_JOB, slot, skipped: stale.count }, "monthly report left in doubt");

  const me = options.workerId ?? randomUUID();
  const built = new Map<string, Promise<BuiltReport>>();
  let sent = 0;
  const rows = await db.delivery.findMany({ where: { runId: run.id, status: "pending" }, orderBy: { id: "asc" } });
  for (const row of rows) {
    const colon = row.recipientKey.indexOf(":");
    const platform = row.recipientKey.slice(0, colon);
    const chatId = row.recipientKey.slice(colon + 1);
    const notifier = notifiers[platform];
    if (!notifier) continue; // another process with that platform sends it
    const channel = channels.find((c) => c.platform === platform && c.chatId === chatId);
    if (!channel) {
      await db.delivery.updateMany({
        where: { id: row.id, status: "pending" },
        data: { status: "skipped", error: "channel inactive" },
      });
      continue;
    }
    const claimed = await db.delivery.updateMany({
      where: { id: row.id, status: "pending" },
      data: {
        status: "sending",
        claimedBy: me,
        claimedUntil: new Date(deps.now().getTime() + MONTHLY_CLAIM_MS),
        attempts: { increment: 1 },
      },
    });
    if (claimed.count !== 1) continue;
    const locale = asLocale(channel.locale);
    if (!built.has(locale))
      built.set(
        locale,
        import("./build.js").then((b) => b.buildReport(deps, periods, { locale, timeZone: tz, title: "monthly" })),
      );
    const target = { chatId: channel.chatId, threadId: channel.threadId };
    try {
      const report = await built.get(locale)!;
      await notifier.send(target, { text: report.text });
      const { reportFiles } = await import("./build.js");
      // The charts and the CSV as one message where the platform allows it (Slack).
      await sendFiles(notifier, target, reportFiles(report));
      await db.delivery.updateMany({
        where: { id: row.id, claimedBy: me, status: "sending" },
        data: { status: "sent", sentAt: deps.now() },
      });
      sent++;
    } catch (err) {
      const message = scrubLogText((err as Error).message ?? String(err));
      await db.delivery.updateMany({
        where: { id: row.id, claimedBy: me, status: "sending" },
        data: { status: "failed", error: message.slice(0, 300) },
      });
      deps.log.error({ job: MONTHLY_JOB, slot, platform, err: message.slice(0, 300) }, "monthly report not delivered");
    }
  }
  const open = await db.delivery.count({ where: { runId: run.id, status: { in: ["pending", "sending"] } } });
  if (!open) await db.jobRun.updateMany({ where: { id: run.id, finishedAt: null }, data: { finishedAt: deps.now() } });
  return { slot, outcome: "ran", sent };
}
