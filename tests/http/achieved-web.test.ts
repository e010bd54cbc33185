/**
 * The portal's "what the network achieved" page (/tulokset) over HTTP, on the report's seeded
 * history (tests/core/report-fixtures.ts, whose figures are worked out by hand there): the same
 * figures as the report with the previous period beside them, the "< 3" rule, the period form
 * with Helsinki-time boundaries, the CSV, the chart images (real PNG and SVG of the stated size,
 * cached), and what a public page must bound (cache, queue, custom length).
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { startPortalWeb } from "../support/portal-web.js";
import { seedHistory } from "../core/report-fixtures.js";
import { CHART_HEIGHT, CHART_WIDTH, pngSize, renderCharts } from "../../src/core/features/report/charts.js";
import {
  createPublicReport,
  limiter,
  parsePublicPeriod,
  PublicReportBusy,
  PUBLIC_MAX_DAYS,
} from "../../src/core/features/report/public.js";

afterAll(cleanupDatabases);
let web: Awaited<ReturnType<typeof startPortalWeb>> | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

const NOW = "2026-11-20T10:00:00Z";
const TZ = "Europe/Helsinki";

/** The page's figure tables as { caption: { figure: [now, before] } }. */
function tables(page: string): Record<string, Record<string, [string, string]>> {
  const out: Record<string, Record<string, [string, string]>> = {};
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  for (const t of page.matchAll(/<table class="figures"><caption>(.*?)<\/caption>(.*?)<\/table>/gs)) {
    const rows: Record<string, [string, string]> = {};
    for (const r of t[2]!.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g))
      rows[unescape(r[1]!)] = [unescape(r[2]!), unescape(r[3]!)];
    out[unescape(t[1]!)] = rows;
  }
  return out;
}

/** The chart tables (text alternatives), by their summary. */
function chartTables(page: string): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const d of page.matchAll(/<details><summary>(.*?)<\/summary>(.*?)<\/details>/gs)) {
    out[d[1]!.replace(/&#39;/g, "'")] = [...d[2]!.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) =>
      [...r[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/&lt;/g, "<")),
    );
  }
  return out;
}

const history = (extra: Parameters<typeof startPortalWeb>[0] = {}) =>
  startPortalWeb({ now: NOW, seed: (db) => seedHistory(db), ...extra });

describe("the period form (Helsinki time)", () => {
  const parse = (q: string) => parsePublicPeriod(new URLSearchParams(q), new Date(NOW), TZ);
  const bounds = (q: string) => {
    const p = parse(q);
    if (!p.ok) throw new Error(p.reason);
    return [p.periods.current.from, p.periods.current.to, p.periods.previous.from, p.periods.previous.to].map((d) =>
      d.toISOString(),
    );
  };

  it("defaults to the last 12 months: this month and the eleven before it, beside the 12 before those", () => {
    expect(bounds("")).toEqual([
      "2025-11-30T22:00:00.000Z",
      "2026-11-30T22:00:00.000Z",
      "2024-11-30T22:00:00.000Z",
      "2025-11-30T22:00:00.000Z",
    ]);
    expect(bounds("jakso=nonsense")).toEqual(bounds("jakso=12kk"));
  });

  it("this month, quarter and year start at local midnight (21:00 or 22:00 UTC the evening before)", () => {
    expect(bounds("jakso=kuukausi")).toEqual([
      "2026-10-31T22:00:00.000Z",
      "2026-11-30T22:00:00.000Z",
      "2026-09-30T21:00:00.000Z",
      "2026-10-31T22:00:00.000Z",
    ]);
    expect(bounds("jakso=kvartaali").slice(0, 3)).toEqual([
      "2026-09-30T21:00:00.000Z",
      "2026-12-31T22:00:00.000Z",
      "2026-06-30T21:00:00.000Z",
    ]);
    expect(bounds("jakso=vuosi").slice(0, 2)).toEqual(["2025-12-31T22:00:00.000Z", "2026-12-31T22:00:00.000Z"]);
  });

  it("own dates as a date field sends them or as Finns write them; as many days before beside them", () => {
    expect(bounds("jakso=oma&alku=2026-06-01&loppu=2026-06-30")).toEqual([
      "2026-05-31T21:00:00.000Z",
      "2026-06-30T21:00:00.000Z",
      "2026-05-01T21:00:00.000Z",
      "2026-05-31T21:00:00.000Z",
    ]);
    expect(bounds("jakso=oma&alku=1.6.2026&loppu=30.6.2026")).toEqual(
      bounds("jakso=oma&alku=2026-06-01&loppu=2026-06-30"),
    );
    expect(parse("jakso=oma&alku=2026-06-01").ok).toBe(false);
    expect(parse("jakso=oma&alku=2026-06-31&loppu=2026-07-01")).toMatchObject({ ok: false, reason: "invalid" });
    expect(parse("jakso=oma&alku=2026-07-01&loppu=2026-06-01")).toMatchObject({ ok: false, reason: "invalid" });
    expect(parse("jakso=oma&alku=2026-06-01 12:00&loppu=2026-07-01")).toMatchObject({ ok: false, reason: "format" });
    // At most PUBLIC_MAX_DAYS days: a public page cannot be made to gather decades.
    expect(parse("jakso=oma&alku=2024-01-01&loppu=2025-12-31").ok).toBe(true); // 731 days
    expect(PUBLIC_MAX_DAYS).toBe(731);
    expect(parse("jakso=oma&alku=2024-01-01&loppu=2026-01-01")).toMatchObject({ ok: false, reason: "too_long" });
  });
});

describe("what the network achieved, on a seeded history", () => {
  it("this month beside the last: the report's figures, with counts below 3 in breakdowns as < 3", async () => {
    web = await history();
    const res = await web.get("/tulokset?jakso=kuukausi&lang=fi");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=600");
    const page = await res.text();
    expect(page).toContain("<h1>Mitä verkosto sai aikaan</h1>");
    expect(page).toContain("Jakso 1.11.2026–30.11.2026");
    expect(page).toContain("edellinen jakso 1.10.2026–31.10.2026");
    expect(page).toContain('<option value="kuukausi" selected>');
    const t = tables(page);
    // Hand-computed in tests/core/report-fixtures.ts.
    expect(t["Avunpyynnöt"]).toEqual({
      pyydetty: ["6", "5"],
      "saanut tarjouksen": ["4", "1"],
      ratkaistu: ["4", "1"],
      vanhentunut: ["1", "1"],
      "ratkaistu pyydetyistä": ["50 %", "20 %"],
      "ensimmäinen tarjous (mediaani)": ["1,5 h", "3 h"],
      "ratkaisuun (mediaani)": ["2 vrk", "24 h"],
    });
    expect(t["Avunpyynnöt kunnittain"]).toEqual({
      // Secondary suppression, as computed by hand in tests/core/report.test.ts (F22).
      "Lahti: pyydetty": ["3", "piilotettu"],
      "Lahti: ratkaistu": ["piilotettu", "< 3"],
      "Hollola: pyydetty": ["3", "< 3"],
      "Hollola: ratkaistu": ["< 3", "< 3"],
      "Heinola: pyydetty": ["< 3", "< 3"],
      "Heinola: ratkaistu": ["< 3", "< 3"],
    });
    expect(t["Yhteishankinnat"]).toMatchObject({
      julkaistu: ["5", "1"],
      toteutunut: ["3", "1"],
      "paikkoja ostettu": ["27", "8"],
      "säästö yhdessä ostaen": ["1 600 €", "160 €"],
    });
    expect(t["Toiminta"]).toMatchObject({ "aktiivisia järjestöjä": ["4", "3"], "aktiivisia jäseniä": ["5", "3"] });
    expect(t["Viikkokooste"]).toMatchObject({ Slack: ["< 3", "< 3"], Telegram: ["piilotettu", "< 3"] });
    // No names of people or organisations.
    for (const name of ["Aino", "Bertta", "Kierrätyspiste", "Hollolan Apu", "Orimattila"])
      expect(page).not.toContain(name);

    // The charts' text alternatives: the same numbers as the pictures.
    const c = chartTables(page);
    expect(c["Kuvan luvut taulukkona: Avunpyynnöt viikoittain: pyydetty ja ratkaistu"]).toEqual([
      ["Viikko tai kuukausi", "pyydetty", "ratkaistu"],
      ["vk 44", "1", "0"],
      ["vk 45", "2", "3"],
      ["vk 46", "3", "1"],
      ["vk 47", "0", "0"],
      ["vk 48", "0", "0"],
      ["vk 49", "0", "0"],
    ]);
    expect(c["Kuvan luvut taulukkona: Säästö yhdessä ostaen, kertymä (€)"]!.slice(3, 5)).toEqual([
      ["vk 46", "1 000 €", "1 000 €"],
      ["vk 47", "600 €", "1 600 €"],
    ]);
    expect(c["Kuvan luvut taulukkona: Avunpyynnöt kunnittain"]).toEqual([
      ["Kunta", "pyydetty", "ratkaistu"],
      ["Hollola", "3", "< 3"],
      // 4 solved in all: Lahti's 3 would give Hollola's 1 away.
      ["Lahti", "3", "piilotettu"],
    ]);
    expect(page).toContain("Alle 3 ratkaistua ei piirretä.");
    // Every chart is an <img> with a text alternative, served by the portal.
    const imgs = [...page.matchAll(/<img src="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)">/g)];
    expect(imgs.map((m) => m[1]!.split("?")[0])).toEqual([
      "/tulokset/avunpyynnot-viikoittain.svg",
      "/tulokset/saasto-kertyma.svg",
      "/tulokset/avunpyynnot-kunnittain.svg",
    ]);
    for (const m of imgs) {
      expect([m[2], m[3]]).toEqual([String(CHART_WIDTH), String(CHART_HEIGHT)]);
      expect(m[4]).toContain("Luvut ovat taulukkona kuvan alla");
      expect(m[1]).toContain("jakso=kuukausi");
    }
  });

  it("the default is the last 12 months; the previous 12 had nothing; a municipality under 3 is grouped so no difference gives it away", async () => {
    web = await history();
    const page = await (await web.get("/tulokset?lang=en")).text();
    expect(page).toContain("Period 1.12.2025–30.11.2026");
    expect(page).toContain('<option value="12kk" selected>');
    const t = tables(page);
    // October and November together: 6 + 5 asked, 4 + 1 solved, 1 600 € + 160 € saved.
    expect(t["Help requests"]).toMatchObject({ asked: ["11", "0"], solved: ["5", "0"], expired: ["2", "0"] });
    expect(t["Help requests by municipality"]).toMatchObject({
      "Lahti: asked": ["6", "< 3"],
      // 11 asked: Lahti 6 and Hollola 3 shown would give Heinola's 2 away, so Hollola is hidden too.
      "Hollola: asked": ["hidden", "< 3"],
      "Heinola: asked": ["< 3", "< 3"],
    });
    expect(t["Joint purchases"]).toMatchObject({ "saved by buying together": ["€1,760", "€0"] });
    const c = chartTables(page);
    expect(c["The picture's figures as a table: Help requests by municipality"]).toEqual([
      ["Municipality", "asked", "solved"],
      // Heinola (2) alone would be 11 − 6 − 3: Hollola joins it in "other municipalities"; of the
      // 5 solved, Lahti's 3 would give the others' 2 away.
      ["Lahti", "6", "hidden"],
      ["Other municipalities", "5", "< 3"],
    ]);
    expect(page).not.toContain("Municipalities with fewer than 3 requests are not shown.");
  });

  it("own dates: a day is a Helsinki day (R8 at 23:59:59 on 31.10., R1 at 00:00 on 1.11.)", async () => {
    web = await history();
    const asked = async (q: string) =>
      tables(await (await web!.get(`/tulokset?lang=fi&jakso=oma&${q}`)).text())["Avunpyynnöt"]!["pyydetty"];
    expect(await asked("alku=2026-10-31&loppu=2026-10-31")).toEqual(["1", "0"]);
    expect(await asked("alku=1.11.2026&loppu=1.11.2026")).toEqual(["1", "1"]);
    expect(await asked("alku=2026-10-31&loppu=2026-11-01")).toEqual(["2", "0"]);

    const tooLong = await web.get("/tulokset?lang=fi&jakso=oma&alku=2020-01-01&loppu=2026-11-01");
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers.get("cache-control")).toBe("no-store");
    const body = await tooLong.text();
    expect(body).toContain('role="alert"');
    expect(body).toContain("enintään 731 päivää");
    expect(body).toContain('value="2020-01-01"'); // what was typed stays in the form
    expect(body).toContain("Jakso 1.12.2025–30.11.2026"); // and the default figures are shown
    // F15: years outside 2000–2100 are refused with the form's message, never read as 19xx.
    for (const q of [
      "alku=1.1.0050&loppu=31.12.0050",
      "alku=0001-01-01&loppu=0002-12-31",
      "alku=9999-01-01&loppu=9999-12-31",
      "alku=1.1.26&loppu=31.1.26",
    ]) {
      const res = await web.get(`/tulokset?lang=fi&jakso=oma&${q}`);
      expect(res.status, q).toBe(400);
      const page = await res.text();
      expect(page, q).toContain('role="alert"');
      expect(page, q).not.toMatch(/\.19\d\d\b/);
      expect((await web.get(`/tulokset.csv?jakso=oma&${q}`)).status, q).toBe(404);
    }
    // A Finnish-style day is shown back as the ISO day a date field can show.
    const finnish = await (await web.get("/tulokset?lang=fi&jakso=oma&alku=1.10.2026&loppu=31.10.2026")).text();
    expect(finnish).toContain('value="2026-10-01"');
    expect(finnish).toContain('value="2026-10-31"');
    const escaped = await (await web.get('/tulokset?jakso=oma&alku=<script>"&loppu=x')).text();
    expect(escaped).toContain('value="&lt;script&gt;&quot;"');
    expect(escaped).not.toContain("<script>");
  });

  it("the CSV is the report's CSV of the chosen period", async () => {
    web = await history();
    const res = await web.get("/tulokset.csv?jakso=kuukausi&lang=fi");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="tulokset-2026-11-01_2026-11-30.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    // For Finnish Excel, like the purchase list (F16): UTF-8 BOM, ";", numbers without units.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(csv[0]).toBe("Osa;Luku;1.11.2026–30.11.2026;1.10.2026–31.10.2026");
    expect(csv).toContain("Avunpyynnöt;pyydetty;6;5");
    expect(csv).toContain("Avunpyynnöt kunnittain;Hollola: ratkaistu;< 3;< 3");
    expect(csv).toContain("Yhteishankinnat;säästö yhdessä ostaen (€);1600,00;160,00");
    expect((await web.get("/tulokset.csv?jakso=oma&alku=x")).status).toBe(404);
  });

  it("the chart routes serve real PNG and SVG images of the stated size, cached, drawn once per period and data", async () => {
    let drawn = 0;
    web = await history({
      achieved: (deps) =>
        createPublicReport(deps, {
          timeZone: TZ,
          render: (specs) => {
            drawn++;
            return renderCharts(specs);
          },
        }),
    });
    const png = await web.get("/tulokset/avunpyynnot-viikoittain.png?jakso=kuukausi&lang=fi");
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=600");
    expect(png.headers.get("content-security-policy")).toContain("default-src 'none'");
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(Number(png.headers.get("content-length"))).toBe(bytes.length);

    const svg = await web.get("/tulokset/avunpyynnot-kunnittain.svg?jakso=kuukausi&lang=sv");
    expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const text = await svg.text();
    expect(text).toMatch(new RegExp(`^<svg[^>]* width="${CHART_WIDTH}" height="${CHART_HEIGHT}"`));
    expect(text).toContain(">Hjälpförfrågningar per kommun<");
    expect(text).toContain(">Lahti<");
    expect(text).not.toContain("<script");

    // Three charts in two languages: one drawing per language; again from the cache (ETag → 304).
    const etag = png.headers.get("etag")!;
    const again = await web.get("/tulokset/avunpyynnot-viikoittain.png?jakso=kuukausi&lang=fi", {
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);
    await web.get("/tulokset/saasto-kertyma.svg?jakso=kuukausi&lang=fi");
    expect(drawn).toBe(2);

    // New data (a request asked now): after the change marker's few seconds, drawn anew.
    await web.db.helpRequest.create({
      data: {
        askerId: (await web.db.member.findFirstOrThrow()).id,
        title: "Apua",
        category: "hands",
        municipality: "Lahti",
        expiresAt: new Date("2026-12-20T10:00:00Z"),
        createdAt: new Date(NOW),
      },
    });
    web.clock.advance(11_000);
    const fresh = await web.get("/tulokset/avunpyynnot-viikoittain.png?jakso=kuukausi&lang=fi", {
      "if-none-match": etag,
    });
    expect(fresh.status).toBe(200);
    expect(drawn).toBe(3);
    expect(
      tables(await (await web.get("/tulokset?jakso=kuukausi&lang=fi")).text())["Avunpyynnöt"]!["pyydetty"],
    ).toEqual(["7", "5"]);

    expect((await web.get("/tulokset/muu.png?jakso=kuukausi")).status).toBe(404);
    expect((await web.get("/tulokset/saasto-kertyma.png?jakso=oma&alku=2026-01-01")).status).toBe(404);
    expect((await web.get("/tulokset", {}, "POST")).status).toBe(405);
  });

  it("work is bounded: a full queue answers 503 with Retry-After", async () => {
    const run = limiter(1, 1);
    let release!: () => void;
    const first = run(() => new Promise<void>((r) => (release = r)));
    const second = run(async () => "queued");
    await expect(run(async () => "third")).rejects.toBeInstanceOf(PublicReportBusy);
    release();
    await first;
    expect(await second).toBe("queued");

    web = await history({
      achieved: () => ({
        figures: () => Promise.reject(new PublicReportBusy()),
        charts: () => Promise.reject(new PublicReportBusy()),
      }),
    });
    const busy = await web.get("/tulokset/saasto-kertyma.png");
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("30");
    expect((await web.get("/tulokset")).status).toBe(503);
  });

  it("is in the portal's navigation in every language, with the language switch keeping the period", async () => {
    web = await history();
    for (const [lang, label] of [
      ["fi", "Mitä saimme aikaan"],
      ["sv", "Vad vi åstadkom"],
      ["en", "What we achieved"],
    ] as const) {
      const page = await (await web.get(`/?lang=${lang}`)).text();
      expect(page).toContain(`<a href="/tulokset?lang=${lang}">${label}</a>`);
    }
    const page = await (await web.get("/tulokset?jakso=vuosi&lang=fi")).text();
    expect(page).toContain(`<a href="/tulokset?lang=fi" aria-current="page">Mitä saimme aikaan</a>`);
    expect(page).toContain('href="/tulokset?jakso=vuosi&amp;lang=sv"');
  });
});
