/**
 * The report as the public sees it on the portal's "what the network achieved" page: the same
 * figures (`gatherReport`), the same charts (`renderCharts`), the same "< 3" rule, for a period
 * chosen with a plain form. The page is public, so what it costs is bounded here:
 *
 * - Periods: this month, quarter or year, the last 12 months (the default), or typed days of at
 *   most PUBLIC_MAX_DAYS; nothing longer is gathered.
 * - Cache: figures and drawn charts are kept per process in two small LRU caches (at most
 *   FIGURES_CACHED and CHARTS_CACHED entries, each at most CACHE_MAX_AGE_MS old), keyed by the
 *   period, the language (charts) and a change marker of the database (the newest change and the
 *   row count of each table the figures read). A request that finds its key computes nothing; a
 *   change in the data makes a new key, so every instance shows fresh figures without sharing
 *   memory. The marker itself is read at most once per MARKER_TTL_MS per process.
 * - Work: concurrent requests for one key share one computation; at most one chart worker runs at
 *   a time (and FIGURES_PARALLEL gatherings), with at most QUEUE_LIMIT waiting behind each: a
 *   request beyond that gets `PublicReportBusy` (the portal answers 503 with Retry-After).
 */
import type { DbOrTx } from "../../../db/client.js";
import type { Logger } from "../../app/contract.js";
import { gatherReport } from "./build.js";
import { renderCharts, type ChartSpec, type RenderedChart } from "./charts.js";
import {
  calendarPeriods,
  customPeriods,
  isoDay,
  parseReportDay,
  daysBetween,
  lastMonthsPeriods,
  type CalendarDay,
  type ReportPeriods,
} from "./period.js";
import type { Report } from "./render.js";

export const PUBLIC_CHOICES = ["12kk", "kuukausi", "kvartaali", "vuosi", "oma"] as const;
export type PublicChoice = (typeof PUBLIC_CHOICES)[number];
export const DEFAULT_CHOICE: PublicChoice = "12kk";
/** Longest typed period on the public page (two years, a leap day included). */
export const PUBLIC_MAX_DAYS = 731;

export const FIGURES_CACHED = 32;
export const CHARTS_CACHED = 16;
export const CACHE_MAX_AGE_MS = 10 * 60_000;
export const MARKER_TTL_MS = 10_000;
export const FIGURES_PARALLEL = 2;
export const QUEUE_LIMIT = 8;

/** What the form said, as typed (shown back in the form). */
export interface PublicForm {
  choice: PublicChoice;
  from: string;
  to: string;
}

export type PublicPeriod =
  | { ok: true; form: PublicForm; periods: ReportPeriods; key: string }
  | { ok: false; form: PublicForm; reason: "format" | "invalid" | "too_long" };

const dayKey = (d: CalendarDay) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/**
 * The period of the form's fields: `jakso` (one of PUBLIC_CHOICES; anything else is the
 * default), and for `oma` the days `alku` and `loppu` (2026-01-31, as a date field sends them, or
 * 31.1.2026). Boundaries are local midnights in `timeZone`.
 */
export function parsePublicPeriod(q: URLSearchParams, now: Date, timeZone: string): PublicPeriod {
  const raw = q.get("jakso") ?? "";
  const choice = (PUBLIC_CHOICES as readonly string[]).includes(raw) ? (raw as PublicChoice) : DEFAULT_CHOICE;
  const form: PublicForm = {
    choice,
    from: (q.get("alku") ?? "").trim().slice(0, 20),
    to: (q.get("loppu") ?? "").trim().slice(0, 20),
  };
  let periods: ReportPeriods;
  if (choice === "oma") {
    const first = parseReportDay(form.from);
    const last = parseReportDay(form.to);
    if (typeof first === "string" || typeof last === "string")
      return { ok: false, form, reason: first === "format" || last === "format" ? "format" : "invalid" };
    // Shown back in the form's date fields, which read only ISO days.
    form.from = isoDay(first);
    form.to = isoDay(last);
    const length = daysBetween(first, last) + 1;
    if (length < 1) return { ok: false, form, reason: "invalid" };
    if (length > PUBLIC_MAX_DAYS) return { ok: false, form, reason: "too_long" };
    periods = customPeriods(first, last, timeZone);
  } else if (choice === "12kk") {
    periods = lastMonthsPeriods(12, now, timeZone);
  } else {
    periods = calendarPeriods(
      choice === "kuukausi" ? "month" : choice === "kvartaali" ? "quarter" : "year",
      now,
      timeZone,
    );
  }
  const key = [periods.current.first, periods.current.last, periods.previous.first, periods.previous.last]
    .map(dayKey)
    .join("/");
  return { ok: true, form, periods, key };
}

/** The portal could not take on more work just now. */
export class PublicReportBusy extends Error {
  constructor() {
    super("public report busy");
  }
}

/** At most `parallel` tasks at a time, at most `queue` waiting; beyond that, PublicReportBusy. */
export function limiter(parallel: number, queue: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= parallel) {
      if (waiting.length >= queue) throw new PublicReportBusy();
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** A small least-recently-used cache of promises that forgets entries older than `maxAgeMs` and failures. */
export class LruCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();
  constructor(
    private readonly max: number,
    private readonly maxAgeMs: number,
    private readonly clock: () => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, make: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && now - hit.at <= this.maxAgeMs) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = make();
    const entry = { at: now, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/**
 * Changes whenever anything the figures count changes: per table, the newest `updatedAt` and
 * the number of rows (a deletion lowers it); digest runs and sent deliveries likewise.
 */
export async function changeMarker(db: DbOrTx): Promise<string> {
  const latest = { _max: { updatedAt: true }, _count: { _all: true } } as const;
  const parts = await Promise.all([
    db.helpRequest.aggregate(latest),
    db.helpOffer.aggregate(latest),
    db.need.aggregate(latest),
    db.purchase.aggregate(latest),
    db.purchaseSeat.aggregate(latest),
    db.openPlace.aggregate(latest),
    db.jobRun.aggregate({ where: { job: "digest" }, _max: { startedAt: true }, _count: { _all: true } }),
    db.delivery.count({ where: { status: "sent" } }),
  ]);
  return parts
    .map((p) => {
      if (typeof p === "number") return String(p);
      const max = Object.values(p._max)[0] as Date | null;
      return `${p._count._all}@${max ? max.getTime() : 0}`;
    })
    .join(",");
}

export interface PublicFigures {
  report: Report;
  specsFor: (locale: string) => ChartSpec[];
}

export interface PublicReport {
  /** The figures of a parsed period (and the chart specs, for their tables). */
  figures(period: Extract<PublicPeriod, { ok: true }>): Promise<PublicFigures>;
  /** The period's charts drawn in `locale` (all three; one worker draws them together). */
  charts(period: Extract<PublicPeriod, { ok: true }>, locale: string): Promise<RenderedChart[]>;
}

export function createPublicReport(
  deps: { db: DbOrTx; log: Logger; now: () => Date },
  options: { timeZone: string; render?: (specs: ChartSpec[]) => Promise<RenderedChart[]> },
): PublicReport {
  const clock = () => deps.now().getTime();
  const render = options.render ?? renderCharts;
  const figuresCache = new LruCache<PublicFigures>(FIGURES_CACHED, CACHE_MAX_AGE_MS, clock);
  const chartsCache = new LruCache<RenderedChart[]>(CHARTS_CACHED, CACHE_MAX_AGE_MS, clock);
  const gatherLimit = limiter(FIGURES_PARALLEL, QUEUE_LIMIT);
  const drawLimit = limiter(1, QUEUE_LIMIT);
  let marker: { at: number; value: Promise<string> } | undefined;

  function currentMarker(): Promise<string> {
    const now = clock();
    if (!marker || now - marker.at > MARKER_TTL_MS || now < marker.at) {
      const value = changeMarker(deps.db);
      marker = { at: now, value };
      value.catch(() => (marker = undefined));
    }
    return marker.value;
  }

  async function figures(period: Extract<PublicPeriod, { ok: true }>): Promise<PublicFigures> {
    const key = `${period.key}|${await currentMarker()}`;
    return figuresCache.get(key, () => gatherLimit(() => gatherReport(deps.db, period.periods, options.timeZone)));
  }

  return {
    figures,
    async charts(period, locale) {
      const key = `${locale}|${period.key}|${await currentMarker()}`;
      return chartsCache.get(key, async () => {
        const { specsFor } = await figures(period);
        return drawLimit(() => render(specsFor(locale)));
      });
    },
  };
}
