/**
 * The report's pictures: requests asked and solved per week, euros saved by pooling (cumulative),
 * and requests by municipality. Each chart is an ECharts option built here (pure data, tested as
 * such) and drawn in a worker thread (chart-worker.mjs) to SVG and then PNG, with no browser and
 * no native build: ECharts' server-side SVG output and resvg's prebuilt binary. The chart
 * libraries are loaded only in that worker, so a process that makes no report never holds them.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Translate } from "../../i18n/index.js";
import { formatEuros } from "../../money.js";
import type { OutgoingFile } from "../../types.js";
import type { Breakdown, Series } from "./figures.js";
import type { Bucket } from "./period.js";
import { masked, municipalityLabel, protectedCells, SMALL_COUNT } from "./render.js";

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 500;
export const FONT_FAMILY = "DejaVu Sans";

export interface ChartSpec {
  /** File name without extension. */
  name: string;
  title: string;
  option: Record<string, unknown>;
  width: number;
  height: number;
  /**
   * The chart's figures as a table (its text alternative on the portal): column headings and
   * rows of cells as shown, with the same "< 3" rule as the picture. `note` repeats what the
   * picture says below its title, if anything.
   */
  table: { head: string[]; rows: string[][]; note?: string };
}

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
  png: Uint8Array;
}

const COLORS = ["#1f6f8b", "#e39b2d", "#5a9e4b", "#99a3a4"];

function base(title: string, subtitle?: string): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: "#ffffff",
    color: COLORS,
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: title,
      left: "center",
      top: 12,
      textStyle: { fontSize: 20, fontFamily: FONT_FAMILY },
      ...(subtitle ? { subtext: subtitle, subtextStyle: { fontFamily: FONT_FAMILY } } : {}),
    },
    legend: { top: subtitle ? 70 : 48, itemGap: 28, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 70, right: 40, top: subtitle ? 110 : 90, bottom: 50 },
  };
}

/** "vk 47" / "v. 47" / "wk 47", or "11/2026" for a month. */
export function bucketLabel(t: Translate, b: Bucket): string {
  return b.kind === "week" ? t("rp-week-label", { week: b.week! }) : `${b.month}/${b.year}`;
}

/** Requests asked and solved per week (per month for long periods): two bars per week. */
export function askedSolvedChart(t: Translate, series: Series): ChartSpec {
  const title = t("rp-chart-weekly-title");
  return {
    name: "avunpyynnot-viikoittain",
    title,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    option: {
      ...base(title),
      xAxis: {
        type: "category",
        data: series.buckets.map((b) => bucketLabel(t, b)),
        axisLabel: { fontFamily: FONT_FAMILY },
      },
      yAxis: { type: "value", minInterval: 1, axisLabel: { fontFamily: FONT_FAMILY } },
      series: [
        { name: t("rp-asked"), type: "bar", data: series.asked },
        { name: t("rp-solved"), type: "bar", data: series.solved },
      ],
    },
    table: {
      head: [t("rp-chart-col-period"), t("rp-asked"), t("rp-solved")],
      rows: series.buckets.map((b, i) => [bucketLabel(t, b), String(series.asked[i]), String(series.solved[i])]),
    },
  };
}

/** Euros saved by pooling, added up over the period (a line that never goes back unless a saving was negative). */
export function savedChart(t: Translate, series: Series, locale: string): ChartSpec {
  const title = t("rp-chart-saved-title");
  let sum = 0;
  const cumulativeCents = series.savedCents.map((c) => (sum += c));
  const cumulative = cumulativeCents.map((c) => c / 100);
  const total = formatEuros(sum, locale);
  return {
    name: "saasto-kertyma",
    title,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    option: {
      ...base(title, t("rp-chart-saved-total", { total })),
      legend: { show: false },
      xAxis: {
        type: "category",
        boundaryGap: false,
        data: series.buckets.map((b) => bucketLabel(t, b)),
        axisLabel: { fontFamily: FONT_FAMILY },
      },
      // A template, not a function: the option crosses to the worker as data. "{value}" also keeps
      // ECharts' English thousands separator out of Finnish and Swedish charts.
      yAxis: { type: "value", axisLabel: { fontFamily: FONT_FAMILY, formatter: "{value} €" } },
      series: [{ name: t("rp-saved"), type: "line", step: "end", areaStyle: { opacity: 0.2 }, data: cumulative }],
    },
    table: {
      head: [t("rp-chart-col-period"), t("rp-chart-col-saved"), t("rp-chart-col-cumulative")],
      rows: series.buckets.map((b, i) => [
        bucketLabel(t, b),
        formatEuros(series.savedCents[i]!, locale),
        formatEuros(cumulativeCents[i]!, locale),
      ]),
      note: t("rp-chart-saved-total", { total }),
    },
  };
}

/**
 * Requests asked and solved by municipality. A municipality with fewer than 3 requests asked is
 * not drawn by name: those are added up into one "other municipalities" bar when the sum is at
 * least 3, and only mentioned below the title otherwise. Solved counts below 3 are drawn as 0
 * with the note, as a bar cannot say "< 3".
 */
export function municipalityChart(t: Translate, by: Breakdown): ChartSpec {
  const title = t("rp-chart-municipality-title");
  const shown: { label: string; asked: number; solved: number }[] = [];
  let smallAsked = 0;
  let smallSolved = 0;
  let small = 0;
  for (const [k, asked] of [...by.asked].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "fi"))) {
    const solved = by.solved.get(k) ?? 0;
    if (asked < SMALL_COUNT) {
      small++;
      smallAsked += asked;
      smallSolved += solved;
    } else shown.push({ label: municipalityLabel(t, k), asked, solved });
  }
  // The page shows the exact total beside the chart, so left-out municipalities must not add up to
  // 1 or 2: then the smallest drawn ones join the "other municipalities" bar until it is at least 3.
  while (small && smallAsked > 0 && smallAsked < SMALL_COUNT && shown.length) {
    const joined = shown.pop()!;
    small++;
    smallAsked += joined.asked;
    smallSolved += joined.solved;
  }
  if (small && smallAsked >= SMALL_COUNT)
    shown.push({ label: t("rp-chart-small-group"), asked: smallAsked, solved: smallSolved });
  // Solved counts beside the exact total solved: "< 3" and any cell that would give one away are not drawn.
  const solvedCells = protectedCells(
    new Map(shown.map((r) => [r.label, r.solved])),
    shown.map((r) => r.label),
    t("rp-masked-secondary"),
  );
  const hideSolvedOf = (r: { label: string; solved: number }) =>
    /^\d+$/.test(solvedCells.get(r.label)!) ? r.solved : 0;
  const notes: string[] = [];
  if (small && smallAsked < SMALL_COUNT) notes.push(t("rp-chart-small-left-out"));
  if (shown.some((s) => s.solved > 0 && s.solved < SMALL_COUNT)) notes.push(t("rp-chart-small-solved"));
  const rows = [...shown].reverse(); // ECharts draws the first category at the bottom
  return {
    name: "avunpyynnot-kunnittain",
    title,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    option: {
      ...base(title, notes.join(" ") || undefined),
      xAxis: { type: "value", minInterval: 1, axisLabel: { fontFamily: FONT_FAMILY } },
      yAxis: { type: "category", data: rows.map((r) => r.label), axisLabel: { fontFamily: FONT_FAMILY } },
      series: [
        { name: t("rp-asked"), type: "bar", data: rows.map((r) => r.asked) },
        { name: t("rp-solved"), type: "bar", data: rows.map(hideSolvedOf) },
      ],
    },
    table: {
      head: [t("rp-chart-col-municipality"), t("rp-asked"), t("rp-solved")],
      rows: shown.map((r) => [r.label, masked(r.asked), solvedCells.get(r.label)!]),
      ...(notes.length ? { note: notes.join(" ") } : {}),
    },
  };
}

/** The TrueType files the charts are drawn with (shipped in the dejavu-fonts-ttf package). */
export function chartFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return [
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  ];
}

/** Draws the charts (SVG, then PNG) in a worker thread that ends when they are done. */
export async function renderCharts(specs: ChartSpec[]): Promise<RenderedChart[]> {
  if (!specs.length) return [];
  const worker = new Worker(new URL("./chart-worker.mjs", import.meta.url), {
    workerData: {
      charts: specs.map((s) => ({ option: s.option, width: s.width, height: s.height })),
      fontFiles: chartFontFiles(),
      fontFamily: FONT_FAMILY,
    },
    // The parent's loaders (tsx) are not needed for a plain .mjs file.
    execArgv: [],
  });
  try {
    const answer = await new Promise<
      { ok: true; results: { svg: string; png: Uint8Array }[] } | { ok: false; error: string }
    >((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`chart worker exited (${code}) before answering`)));
    });
    if (!answer.ok) throw new Error(`chart rendering failed: ${answer.error}`);
    return answer.results.map((r, i) => ({ spec: specs[i]!, svg: r.svg, png: new Uint8Array(r.png) }));
  } finally {
    await worker.terminate();
  }
}

/** A rendered chart as a file to send. */
export function chartFile(chart: RenderedChart): OutgoingFile {
  return { filename: `${chart.spec.name}.png`, content: chart.png, mimeType: "image/png", caption: chart.spec.title };
}

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(png[12]!, png[13]!, png[14]!, png[15]!) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
