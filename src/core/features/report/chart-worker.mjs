// Renders report charts in a worker thread: ECharts draws each chart as SVG on the server
// (renderer "svg", ssr), resvg turns the SVG into a PNG with the font shipped in
// dejavu-fonts-ttf. The chart libraries are loaded only here, so they live only while a report
// is being made: the worker ends and its memory goes with it.
// Input (workerData): { charts: [{ option, width, height }], fontFiles: [path], fontFamily }.
// Output (one message): { ok: true, results: [{ svg, png }] } or { ok: false, error }.
import { parentPort, workerData } from "node:worker_threads";

try {
  const [core, charts, components, renderers, resvg] = await Promise.all([
    import("echarts/core"),
    import("echarts/charts"),
    import("echarts/components"),
    import("echarts/renderers"),
    import("@resvg/resvg-js"),
  ]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    components.GridComponent,
    components.TitleComponent,
    components.LegendComponent,
    renderers.SVGRenderer,
  ]);
  const results = [];
  for (const { option, width, height } of workerData.charts) {
    const chart = core.init(null, null, { renderer: "svg", ssr: true, width, height });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    const png = new resvg.Resvg(svg, {
      fitTo: { mode: "original" },
      background: "#ffffff",
      font: {
        loadSystemFonts: false,
        fontFiles: workerData.fontFiles,
        defaultFontFamily: workerData.fontFamily,
        sansSerifFamily: workerData.fontFamily,
      },
    })
      .render()
      .asPng();
    results.push({ svg, png });
  }
  parentPort.postMessage({ ok: true, results });
} catch (err) {
  parentPort.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
