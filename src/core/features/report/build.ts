/** Makes a whole report for two periods: figures, message, CSV and charts, in one language. */
import { safeError } from "../../privacy/logs.js";
import type { DbOrTx } from "../../../db/client.js";
import type { Logger } from "../../app/contract.js";
import { translator } from "../../i18n/index.js";
import type { OutgoingFile, RichText } from "../../types.js";
import {
  askedSolvedChart,
  chartFile,
  municipalityChart,
  renderCharts,
  savedChart,
  type ChartSpec,
  type RenderedChart,
} from "./charts.js";
import { gatherFigures, gatherSeries } from "./figures.js";
import { buckets, periodLabel, type ReportPeriods } from "./period.js";
import { reportCsv, reportMessage, type Report } from "./render.js";

export interface BuiltReport {
  report: Report;
  text: RichText;
  csv: OutgoingFile;
  /** The charts as they were specified (for checking their labels) and drawn. */
  specs: ChartSpec[];
  charts: RenderedChart[];
  /** Drawing failed: the figures and the CSV are sent without pictures. */
  chartsFailed: boolean;
}

/** Gathers the figures of both periods and the current one's series. */
export async function gatherReport(
  db: DbOrTx,
  periods: ReportPeriods,
  timeZone: string,
): Promise<{ report: Report; specsFor: (locale: string) => ChartSpec[] }> {
  const [current, previous, series] = await Promise.all([
    gatherFigures(db, periods.current),
    gatherFigures(db, periods.previous),
    gatherSeries(db, periods.current, buckets(periods.current, timeZone)),
  ]);
  const report = { periods, current, previous };
  return {
    report,
    specsFor: (locale) => {
      const t = translator(locale);
      return [
        askedSolvedChart(t, series),
        savedChart(t, series, locale),
        municipalityChart(t, current.help.byMunicipality),
      ];
    },
  };
}

/**
 * The report in `locale`. With `charts: false` no pictures are drawn (the terminal's quick look,
 * tests of the figures). A failure to draw is logged and the rest is still delivered.
 */
export async function buildReport(
  deps: { db: DbOrTx; log: Logger },
  periods: ReportPeriods,
  options: { locale: string; timeZone: string; charts?: boolean; title?: "report" | "monthly" },
): Promise<BuiltReport> {
  const { locale, timeZone } = options;
  const t = translator(locale);
  const { report, specsFor } = await gatherReport(deps.db, periods, timeZone);
  const specs = specsFor(locale);
  let charts: RenderedChart[] = [];
  let chartsFailed = false;
  if (options.charts !== false) {
    try {
      charts = await renderCharts(specs);
    } catch (err) {
      chartsFailed = true;
      deps.log.error({ err: safeError(err) }, "report charts failed");
    }
  }
  const text = reportMessage(report, t, locale);
  if (options.title === "monthly") text[0] = { b: t("rp-monthly-title", { period: periodLabel(periods.current) }) };
  if (chartsFailed) text.push("\n\n", { i: t("rp-charts-failed") });
  const label = periodLabel(periods.current);
  const csv: OutgoingFile = {
    filename: `raportti-${periods.current.first.year}-${String(periods.current.first.month).padStart(2, "0")}-${String(periods.current.first.day).padStart(2, "0")}.csv`,
    content: reportCsv(report, t, locale),
    mimeType: "text/csv",
    caption: t("rp-csv-caption", { period: label }),
  };
  return { report, text, csv, specs, charts, chartsFailed };
}

/** The files of a built report in the order they are sent: the charts, then the CSV. */
export function reportFiles(built: BuiltReport): OutgoingFile[] {
  return [...built.charts.map(chartFile), built.csv];
}
