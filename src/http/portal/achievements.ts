/**
 * The portal's "what the network achieved" page (`/tulokset`): the staff report's figures for a
 * period chosen with a GET form, the previous period beside them, the report's three charts as
 * images served by the portal (`/tulokset/<chart>.svg` and `.png`), each with its figures as a
 * table (the text alternative), and the figures as CSV (`/tulokset.csv`). Figures, tables, charts
 * and CSV all come from the report's own code (src/core/features/report), so the "< 3" rule is
 * the report's.
 */
import type { ChartSpec, RenderedChart } from "../../core/features/report/charts.js";
import { periodLabel } from "../../core/features/report/period.js";
import type { PublicFigures, PublicForm, PublicPeriod } from "../../core/features/report/public.js";
import { PUBLIC_CHOICES, PUBLIC_MAX_DAYS } from "../../core/features/report/public.js";
import { reportRows } from "../../core/features/report/render.js";
import { html, type Html } from "./html.js";
import { href, layout, type PageContext } from "./pages.js";

export const ACHIEVED_PATH = "/tulokset";
export const CHART_NAMES = ["avunpyynnot-viikoittain", "saasto-kertyma", "avunpyynnot-kunnittain"] as const;

/** The form's fields as query parameters (for the CSV and chart links). */
export function periodParams(form: PublicForm): Record<string, string> {
  return form.choice === "oma" ? { jakso: form.choice, alku: form.from, loppu: form.to } : { jakso: form.choice };
}

function periodForm(ctx: PageContext, form: PublicForm, error: string | undefined): Html {
  const { t } = ctx;
  return html`<form class="search" action="${ACHIEVED_PATH}" method="get" aria-label="${t("web-achieved-form-label")}">
<input type="hidden" name="lang" value="${ctx.locale}">
<div class="wide"><label for="jakso">${t("web-achieved-period")}</label>
<select id="jakso" name="jakso">${PUBLIC_CHOICES.map(
    (c) =>
      html`<option value="${c}"${c === form.choice ? html` selected` : ""}>${t(`web-achieved-choice-${c}`)}</option>`,
  )}</select></div>
<div><label for="alku">${t("web-achieved-from")}</label>
<input id="alku" name="alku" type="date" value="${form.from}" aria-describedby="oma-ohje"></div>
<div><label for="loppu">${t("web-achieved-to")}</label>
<input id="loppu" name="loppu" type="date" value="${form.to}" aria-describedby="oma-ohje"></div>
<p class="wide meta" id="oma-ohje">${t("web-achieved-custom-hint", { days: PUBLIC_MAX_DAYS })}</p>
${error ? html`<p class="wide error" role="alert">${error}</p>` : ""}
<div class="wide"><button type="submit">${t("web-achieved-show")}</button></div>
</form>`;
}

function chartFigure(ctx: PageContext, spec: ChartSpec, params: Record<string, string>): Html {
  const { t } = ctx;
  const src = href(ctx, `${ACHIEVED_PATH}/${spec.name}.svg`, params);
  return html`<figure>
<img src="${src}" width="${spec.width}" height="${spec.height}" alt="${t("web-achieved-chart-alt", { title: spec.title })}">
<figcaption>${spec.title}${spec.table.note ? html` – ${spec.table.note}` : ""} · <a href="${href(ctx, `${ACHIEVED_PATH}/${spec.name}.png`, params)}">${t("web-achieved-png")}</a></figcaption>
<details><summary>${t("web-achieved-chart-table", { title: spec.title })}</summary>
<table><thead><tr>${spec.table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${spec.table.rows.map(
    ([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((c) => html`<td>${c}</td>`)}</tr>`,
  )}</tbody></table></details>
</figure>`;
}

/** The page; with a period the form could not read, the error and the default period's figures. */
export function achievementsPage(
  ctx: PageContext,
  period: PublicPeriod,
  shown: Extract<PublicPeriod, { ok: true }>,
  data: PublicFigures,
): Html {
  const { t } = ctx;
  const { periods } = data.report;
  const now = periodLabel(periods.current);
  const before = periodLabel(periods.previous);
  const error = period.ok ? undefined : t(`web-achieved-error-${period.reason}`, { days: PUBLIC_MAX_DAYS });
  const params = periodParams(shown.form);
  const sections: { name: string; rows: ReturnType<typeof reportRows> }[] = [];
  for (const row of reportRows(data.report, t, ctx.locale)) {
    const last = sections.at(-1);
    if (last?.name === row.section) last.rows.push(row);
    else sections.push({ name: row.section, rows: [row] });
  }
  return layout(
    ctx,
    t("web-achieved-title"),
    html`<h1>${t("web-achieved-title")}</h1>
<p>${t("web-achieved-intro")}</p>
${periodForm(ctx, period.form, error)}
<h2 id="jakso-otsikko">${t("web-achieved-period-title", { period: now })}</h2>
<p>${t("web-achieved-previous", { period: before })} ${t("web-achieved-small")}</p>
<p><a href="${href(ctx, `${ACHIEVED_PATH}.csv`, params)}" download>${t("web-achieved-csv")}</a></p>
${sections.map(
  (s) => html`<table class="figures"><caption>${s.name}</caption>
<thead><tr><th scope="col">${t("rp-csv-figure")}</th><th scope="col">${now}</th><th scope="col">${before}</th></tr></thead>
<tbody>${s.rows.map((r) => html`<tr><th scope="row">${r.item}</th><td>${r.now}</td><td>${r.before}</td></tr>`)}</tbody></table>`,
)}
<h2>${t("web-achieved-charts-title")}</h2>
<p>${t("web-achieved-charts-intro")}</p>
${data.specsFor(ctx.locale).map((spec) => chartFigure(ctx, spec, params))}`,
    { description: t("web-achieved-intro") },
  );
}

/** One chart of the rendered ones by name and format, or undefined. */
export function chartImage(
  charts: RenderedChart[],
  name: string,
  format: "svg" | "png",
): { type: string; body: string | Uint8Array } | undefined {
  const chart = charts.find((c) => c.spec.name === name);
  if (!chart) return undefined;
  return format === "svg"
    ? { type: "image/svg+xml; charset=utf-8", body: chart.svg }
    : { type: "image/png", body: chart.png };
}
