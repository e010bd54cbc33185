/**
 * What the network achieved: `/raportti` (`/report`; in Slack `/mk raportti`) for staff, and the
 * monthly report to the staff channels by itself (see monthly.ts).
 *
 * `/raportti` is this month so far, `/raportti kvartaali` this quarter, `/raportti vuosi` this
 * year, `/raportti 1.1.2026–30.6.2026` the days given; each beside the period before it. The
 * answer comes privately: the figures as a short message, then three charts as PNG pictures and
 * the figures as a CSV file. Counts only, and counts below 3 in a breakdown show as "< 3".
 */
import type { Feature, HandlerContext, HandlerOutcome, Reply } from "../../app/contract.js";
import { runMonthlyReport, type Notifiers } from "./monthly.js";
import { parsePeriodArgs } from "./period.js";

export {
  runMonthlyReport,
  MONTHLY_JOB,
  monthlySlotTime,
  monthSlot,
  type Notifiers as ReportNotifiers,
} from "./monthly.js";

function privately(text: string): HandlerOutcome {
  return { replies: [{ message: { text: [text] }, private: true }] };
}

async function reportCommand(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  if (!ctx.staff) return privately(ctx.t("error-staff-only"));
  const tz = ctx.config.digest.timezone;
  const parsed = parsePeriodArgs(args, ctx.now(), tz);
  if (!parsed.ok) {
    return privately(
      ctx.t(
        parsed.reason === "format"
          ? "rp-bad-period"
          : parsed.reason === "too_long"
            ? "rp-too-long"
            : "rp-invalid-period",
      ),
    );
  }
  // Figures, rendering and charts are loaded when a report is made, not when the bot starts.
  const { buildReport, reportFiles } = await import("./build.js");
  const built = await buildReport(ctx, parsed.periods, { locale: ctx.locale, timeZone: tz });
  const replies: Reply[] = [{ message: { text: built.text }, private: true }];
  for (const file of reportFiles(built)) replies.push({ message: { text: [] }, file, private: true });
  return { replies };
}

/**
 * The report feature. With `notifiers` (the app's, by platform; the composition root fills the
 * record as it creates the adapters) it also sends the monthly report; without, it only answers.
 */
export function createReportFeature(notifiers?: Notifiers): Feature {
  return {
    name: "report",
    commands: [
      { names: ["raportti", "report"], descriptionKey: "rp-cmd-report", listed: false, handler: reportCommand },
    ],
    ...(notifiers
      ? {
          jobs: [
            {
              name: "report-monthly",
              async run(deps) {
                await runMonthlyReport(deps, notifiers);
              },
            },
          ],
        }
      : {}),
  };
}
