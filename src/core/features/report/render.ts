/**
 * A report as people read it: a short message (figures of the period, the previous period's in
 * brackets) and a CSV of the same figures. Breakdowns by category and municipality show any
 * count below 3 as "< 3", so that nobody is recognised by a small number; totals are exact, so a
 * breakdown also hides the next smallest cell when the total would give a small one away.
 */
import type { Translate } from "../../i18n/index.js";
import { csvEuros, csvNumber, excelCsv } from "../../csv.js";
import { formatEuros } from "../../money.js";
import type { RichText } from "../../types.js";
import { CATEGORIES } from "../help-requests/constants.js";
import type { Breakdown, Figures } from "./figures.js";
import { periodLabel, type ReportPeriods } from "./period.js";

/** Below this a count in a breakdown is shown as "< 3". */
export const SMALL_COUNT = 3;
export const MASK = "< 3";

/** A breakdown count as it may be shown on its own (see `protectedCells` for a whole breakdown). */
export function masked(count: number): string {
  return count < SMALL_COUNT ? MASK : String(count);
}

/**
 * One column of a breakdown (e.g. requests asked per municipality in one period) as it may be
 * shown next to its exact total. Counts below 3 are "< 3" (primary suppression). Because the
 * total minus the shown cells is the sum of the hidden ones, that sum must not give a small
 * count away: it has to be 0, or at least 3 and spread so that no hidden small cell is pinned
 * above 0 — either over enough small cells (sum ≤ 2 × (cells − 1)) or with a larger cell hidden
 * too. Until it is, the next smallest shown cell is hidden as well (secondary suppression,
 * shown as `hidden`; ties by key). Hand-checked examples are in tests/core/report.test.ts.
 */
export function protectedCells(
  counts: ReadonlyMap<string, number>,
  keys: readonly string[],
  hidden: string,
): Map<string, string> {
  const value = (k: string) => counts.get(k) ?? 0;
  const out = new Map(keys.map((k) => [k, masked(value(k))]));
  const small = keys.filter((k) => value(k) < SMALL_COUNT);
  if (!small.length) return out;
  const rest = keys
    .filter((k) => value(k) >= SMALL_COUNT)
    .sort((a, b) => value(a) - value(b) || a.localeCompare(b, "fi"));
  let sum = small.reduce((n, k) => n + value(k), 0);
  let secondary = false;
  const safe = () => sum === 0 || (sum >= SMALL_COUNT && (secondary || sum <= 2 * (small.length - 1)));
  while (!safe() && rest.length) {
    const k = rest.shift()!;
    out.set(k, hidden);
    sum += value(k);
    secondary = true;
  }
  return out;
}

export interface Report {
  periods: ReportPeriods;
  current: Figures;
  previous: Figures;
}

const HOUR = 3_600_000;

/** A median duration: minutes under an hour, hours under two days, days after that ("–" for none). */
export function formatDuration(ms: number | null, t: Translate, locale: string): string {
  if (ms === null) return "–";
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (ms < HOUR) return t("rp-minutes", { n: Math.max(1, Math.round(ms / 60_000)) });
  if (ms < 48 * HOUR) return t("rp-hours", { n: one.format(Math.round((ms / HOUR) * 10) / 10) });
  return t("rp-days", { n: one.format(Math.round((ms / (24 * HOUR)) * 10) / 10) });
}

/** A share in whole percent ("–" when there is nothing to share). */
export function formatShare(part: number, whole: number): string {
  return whole ? `${Math.round((100 * part) / whole)} %` : "–";
}

export function categoryLabel(t: Translate, key: string): string {
  return (CATEGORIES as readonly string[]).includes(key) ? t(`hr-cat-${key}`) : key;
}

export function municipalityLabel(t: Translate, key: string): string {
  return key === "other" ? t("hr-mun-other") : key;
}

export function platformLabel(t: Translate, key: string): string {
  return ["telegram", "slack", "terminal"].includes(key) ? t(`rp-platform-${key}`) : t("rp-platform-unknown");
}

/** The keys of a breakdown in both periods, biggest first (by asked now, then before, then name). */
function breakdownKeys(now: Breakdown, before: Breakdown): string[] {
  const keys = new Set([...now.asked.keys(), ...now.solved.keys(), ...before.asked.keys(), ...before.solved.keys()]);
  const n = (b: Breakdown, k: string) => b.asked.get(k) ?? 0;
  return [...keys].sort((a, b) => n(now, b) - n(now, a) || n(before, b) - n(before, a) || a.localeCompare(b, "fi"));
}

interface Row {
  section: string;
  item: string;
  now: string;
  before: string;
  /** The same figure for a spreadsheet when it differs: a plain number (decimal comma), unit in `csvItem`. */
  csv?: { item: string; now: string; before: string };
}

/** Every figure of the report as rows (the CSV and the message are both made of these). */
export function reportRows(r: Report, t: Translate, locale: string): Row[] {
  const rows: Row[] = [];
  const a = r.current;
  const b = r.previous;
  const add = (section: string, item: string, now: string | number, before: string | number, csv?: Row["csv"]) =>
    rows.push({ section, item, now: String(now), before: String(before), ...(csv ? { csv } : {}) });
  const percent = (part: number, whole: number) => (whole ? String(Math.round((100 * part) / whole)) : "");
  const hours = (ms: number | null) => (ms === null ? "" : csvNumber(ms / 3_600_000));
  const help = t("rp-section-help");
  add(help, t("rp-asked"), a.help.asked, b.help.asked);
  add(help, t("rp-offered"), a.help.offered, b.help.offered);
  add(help, t("rp-solved"), a.help.solved, b.help.solved);
  add(help, t("rp-expired"), a.help.expired, b.help.expired);
  add(
    help,
    t("rp-share-solved"),
    formatShare(a.help.solvedOfAsked, a.help.asked),
    formatShare(b.help.solvedOfAsked, b.help.asked),
    {
      item: `${t("rp-share-solved")} (%)`,
      now: percent(a.help.solvedOfAsked, a.help.asked),
      before: percent(b.help.solvedOfAsked, b.help.asked),
    },
  );
  add(
    help,
    t("rp-median-offer"),
    formatDuration(a.help.medianFirstOfferMs, t, locale),
    formatDuration(b.help.medianFirstOfferMs, t, locale),
    {
      item: `${t("rp-median-offer")} (h)`,
      now: hours(a.help.medianFirstOfferMs),
      before: hours(b.help.medianFirstOfferMs),
    },
  );
  add(
    help,
    t("rp-median-resolution"),
    formatDuration(a.help.medianResolutionMs, t, locale),
    formatDuration(b.help.medianResolutionMs, t, locale),
    {
      item: `${t("rp-median-resolution")} (h)`,
      now: hours(a.help.medianResolutionMs),
      before: hours(b.help.medianResolutionMs),
    },
  );
  for (const [section, now, before, label] of [
    [t("rp-section-category"), a.help.byCategory, b.help.byCategory, categoryLabel],
    [t("rp-section-municipality"), a.help.byMunicipality, b.help.byMunicipality, municipalityLabel],
  ] as const) {
    const keys = breakdownKeys(now, before);
    const hidden = t("rp-masked-secondary");
    const [askedNow, askedBefore, solvedNow, solvedBefore] = [now.asked, before.asked, now.solved, before.solved].map(
      (m) => protectedCells(m, keys, hidden),
    );
    for (const k of keys) {
      add(section, `${label(t, k)}: ${t("rp-asked")}`, askedNow!.get(k)!, askedBefore!.get(k)!);
      add(section, `${label(t, k)}: ${t("rp-solved")}`, solvedNow!.get(k)!, solvedBefore!.get(k)!);
    }
  }
  const pu = t("rp-section-purchases");
  add(pu, t("rp-published"), a.purchases.published, b.purchases.published);
  add(pu, t("rp-realised"), a.purchases.realised, b.purchases.realised);
  add(pu, t("rp-cancelled"), a.purchases.cancelled, b.purchases.cancelled);
  add(pu, t("rp-seats"), a.purchases.seats, b.purchases.seats);
  add(pu, t("rp-organisations"), a.purchases.organisations, b.purchases.organisations);
  add(pu, t("rp-saved"), formatEuros(a.purchases.savedCents, locale), formatEuros(b.purchases.savedCents, locale), {
    item: `${t("rp-saved")} (€)`,
    now: csvEuros(a.purchases.savedCents),
    before: csvEuros(b.purchases.savedCents),
  });
  add(pu, t("rp-saved-over"), a.purchases.withSoloPrice, b.purchases.withSoloPrice);
  add(pu, t("rp-needs-recorded"), a.purchases.needsRecorded, b.purchases.needsRecorded);
  add(pu, t("rp-needs-met"), a.purchases.needsMet, b.purchases.needsMet);
  const act = t("rp-section-activity");
  add(act, t("rp-active-organisations"), a.active.organisations, b.active.organisations);
  add(act, t("rp-active-members"), a.active.members, b.active.members);
  add(act, t("rp-places-announced"), a.places.announced, b.places.announced);
  add(act, t("rp-places-filled"), a.places.filled, b.places.filled);
  const dg = t("rp-section-digest");
  add(dg, t("rp-digest-recipients"), a.digest.recipients, b.digest.recipients);
  add(dg, t("rp-digest-deliveries"), a.digest.deliveries, b.digest.deliveries);
  const platforms = [...new Set([...a.digest.byPlatform.keys(), ...b.digest.byPlatform.keys()])].sort();
  const pNow = protectedCells(a.digest.byPlatform, platforms, t("rp-masked-secondary"));
  const pBefore = protectedCells(b.digest.byPlatform, platforms, t("rp-masked-secondary"));
  for (const p of platforms) add(dg, platformLabel(t, p), pNow.get(p)!, pBefore.get(p)!);
  return rows;
}

/**
 * The figures as CSV for Finnish spreadsheets, in the purchase list's format (src/core/csv.ts):
 * section, figure, this period, the previous period (header in the reader's language); numbers
 * without units (the unit is in the figure's name), euros and hours with a decimal comma.
 */
export function reportCsv(r: Report, t: Translate, locale: string): string {
  const head = [
    t("rp-csv-section"),
    t("rp-csv-figure"),
    periodLabel(r.periods.current),
    periodLabel(r.periods.previous),
  ];
  const lines = reportRows(r, t, locale).map((x) =>
    x.csv ? [x.section, x.csv.item, x.csv.now, x.csv.before] : [x.section, x.item, x.now, x.before],
  );
  return excelCsv([head, ...lines]);
}

/** "12 (8)": this period's value and the previous period's in brackets. */
function pair(now: string | number, before: string | number): string {
  return `${now} (${before})`;
}

/** The short message: the figures, the previous period's in brackets. */
export function reportMessage(r: Report, t: Translate, locale: string): RichText {
  const a = r.current;
  const b = r.previous;
  const eur = (c: number) => formatEuros(c, locale, "\u00a0");
  const text: RichText = [
    { b: t("rp-title", { period: periodLabel(r.periods.current) }) },
    "\n",
    { i: t("rp-previous-note", { period: periodLabel(r.periods.previous) }) },
    "\n\n",
    { b: t("rp-section-help") },
    "\n",
    t("rp-line-help", {
      asked: pair(a.help.asked, b.help.asked),
      offered: pair(a.help.offered, b.help.offered),
      solved: pair(a.help.solved, b.help.solved),
      expired: pair(a.help.expired, b.help.expired),
    }),
    "\n",
    t("rp-line-share", {
      share: pair(formatShare(a.help.solvedOfAsked, a.help.asked), formatShare(b.help.solvedOfAsked, b.help.asked)),
    }),
    "\n",
    t("rp-line-medians", {
      offer: pair(
        formatDuration(a.help.medianFirstOfferMs, t, locale),
        formatDuration(b.help.medianFirstOfferMs, t, locale),
      ),
      resolution: pair(
        formatDuration(a.help.medianResolutionMs, t, locale),
        formatDuration(b.help.medianResolutionMs, t, locale),
      ),
    }),
  ];
  for (const [key, now, before, label] of [
    ["rp-line-by-category", a.help.byCategory, b.help.byCategory, categoryLabel],
    ["rp-line-by-municipality", a.help.byMunicipality, b.help.byMunicipality, municipalityLabel],
  ] as const) {
    const keys = breakdownKeys(now, before);
    if (!keys.length) continue;
    const hidden = t("rp-masked-secondary");
    const [an, sn, ab, sb] = [now.asked, now.solved, before.asked, before.solved].map((m) =>
      protectedCells(m, keys, hidden),
    );
    const items = keys.map((k) => `${label(t, k)} ${an!.get(k)}/${sn!.get(k)} (${ab!.get(k)}/${sb!.get(k)})`);
    text.push("\n", t(key, { items: items.join(", ") }));
  }
  text.push(
    "\n\n",
    { b: t("rp-section-purchases") },
    "\n",
    t("rp-line-purchases", {
      published: pair(a.purchases.published, b.purchases.published),
      realised: pair(a.purchases.realised, b.purchases.realised),
      cancelled: pair(a.purchases.cancelled, b.purchases.cancelled),
    }),
    "\n",
    t("rp-line-seats", {
      seats: pair(a.purchases.seats, b.purchases.seats),
      organisations: pair(a.purchases.organisations, b.purchases.organisations),
    }),
    "\n",
    t("rp-line-saved", {
      saved: pair(eur(a.purchases.savedCents), eur(b.purchases.savedCents)),
      count: a.purchases.withSoloPrice,
    }),
    "\n",
    t("rp-line-needs", {
      recorded: pair(a.purchases.needsRecorded, b.purchases.needsRecorded),
      met: pair(a.purchases.needsMet, b.purchases.needsMet),
    }),
    "\n\n",
    { b: t("rp-section-activity") },
    "\n",
    t("rp-line-active", {
      organisations: pair(a.active.organisations, b.active.organisations),
      members: pair(a.active.members, b.active.members),
    }),
    "\n",
  );
  const platformKeys = [...a.digest.byPlatform.keys()].sort();
  const shownPlatforms = protectedCells(a.digest.byPlatform, platformKeys, t("rp-masked-secondary"));
  const platforms = platformKeys.map((p) => `${platformLabel(t, p)} ${shownPlatforms.get(p)}`);
  text.push(
    t("rp-line-digest", {
      recipients: pair(a.digest.recipients, b.digest.recipients),
      platforms: platforms.length ? platforms.join(", ") : "–",
    }),
    "\n",
    t("rp-line-places", {
      announced: pair(a.places.announced, b.places.announced),
      filled: pair(a.places.filled, b.places.filled),
    }),
  );
  return text;
}
