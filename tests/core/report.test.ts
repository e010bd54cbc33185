/**
 * The report: periods in Helsinki time, every figure of a known history checked against values
 * worked out by hand (tests/core/report-fixtures.ts), the "< 3" rule, the message and the CSV,
 * the charts (labels in the SVG, a real PNG of the stated size), the staff command, and the
 * monthly report sent once even with two processes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createCore } from "../../src/core/app/index.js";
import type { CoreDeps } from "../../src/core/app/contract.js";
import { openDatabase } from "../../src/db/client.js";
import { translator } from "../../src/core/i18n/index.js";
import { buildReport } from "../../src/core/features/report/build.js";
import {
  askedSolvedChart,
  municipalityChart,
  pngSize,
  renderCharts,
  savedChart,
  CHART_HEIGHT,
  CHART_WIDTH,
} from "../../src/core/features/report/charts.js";
import { gatherFigures, gatherSeries, median, purchaseSaving } from "../../src/core/features/report/figures.js";
import { monthlySlotTime, runMonthlyReport } from "../../src/core/features/report/monthly.js";
import {
  buckets,
  calendarPeriods,
  lastMonthPeriods,
  parsePeriodArgs,
  type ReportPeriods,
} from "../../src/core/features/report/period.js";
import { masked, protectedCells, reportCsv, reportMessage } from "../../src/core/features/report/render.js";
import { createReportFeature } from "../../src/core/features/report/index.js";
import { cleanupDatabases } from "../support/db.js";
import { command, terminalActor, testClock, testCore, textOf } from "../support/core.js";
import { recordingNotifier } from "../support/notifier.js";
import { seedHistory } from "./report-fixtures.js";
import { easterSunday, finnishHolidays, isFinnishWorkingDay } from "../../src/core/holidays.js";

afterAll(() => cleanupDatabases());

/** One seeded database for the tests that only read it (each test that writes seeds its own). */
let shared: ReturnType<typeof seeded> | undefined;
function seeded(env: Record<string, string> = { STAFF_ADMINS: "terminal:Kaisa" }) {
  return (async () => {
    const c = await testCore({ seed: false, clock: testClock(NOW), env });
    await seedHistory(c.db);
    return c;
  })();
}
const history = () => (shared ??= seeded());

const TZ = "Europe/Helsinki";
const iso = (d: Date) => d.toISOString();
const NOW = "2026-11-20T10:00:00Z";

function november(): ReportPeriods {
  const parsed = parsePeriodArgs("", new Date(NOW), TZ);
  if (!parsed.ok) throw new Error("no period");
  return parsed.periods;
}

function plain(text: unknown[]): string {
  return text.map((s) => (typeof s === "string" ? s : Object.values(s as object)[0])).join("");
}

describe("report periods (Helsinki time)", () => {
  it("this month, and the month before, start at local midnight whatever the season", () => {
    const { current, previous } = november();
    expect([iso(current.from), iso(current.to)]).toEqual(["2026-10-31T22:00:00.000Z", "2026-11-30T22:00:00.000Z"]);
    // October starts in summer time (UTC+3) and ends in winter time (UTC+2).
    expect([iso(previous.from), iso(previous.to)]).toEqual(["2026-09-30T21:00:00.000Z", "2026-10-31T22:00:00.000Z"]);
  });

  it("a local instant just after midnight on the 1st is already in the new month", () => {
    // 00:30 on 1.12. in Helsinki is still 30.11. in UTC.
    const p = calendarPeriods("month", new Date("2026-11-30T22:30:00Z"), TZ);
    expect(p.current.first).toEqual({ year: 2026, month: 12, day: 1 });
    expect(iso(p.current.from)).toBe("2026-11-30T22:00:00.000Z");
  });

  it("quarter and year", () => {
    const q = parsePeriodArgs("kvartaali", new Date(NOW), TZ);
    const y = parsePeriodArgs("vuosi", new Date(NOW), TZ);
    if (!q.ok || !y.ok) throw new Error("not parsed");
    expect([iso(q.periods.current.from), iso(q.periods.current.to)]).toEqual([
      "2026-09-30T21:00:00.000Z",
      "2026-12-31T22:00:00.000Z",
    ]);
    expect([iso(q.periods.previous.from), iso(q.periods.previous.to)]).toEqual([
      "2026-06-30T21:00:00.000Z",
      "2026-09-30T21:00:00.000Z",
    ]);
    expect([iso(y.periods.current.from), iso(y.periods.current.to)]).toEqual([
      "2025-12-31T22:00:00.000Z",
      "2026-12-31T22:00:00.000Z",
    ]);
    expect([iso(y.periods.previous.from), iso(y.periods.previous.to)]).toEqual([
      "2024-12-31T22:00:00.000Z",
      "2025-12-31T22:00:00.000Z",
    ]);
    for (const word of ["quarter", "kvartal"]) expect(parsePeriodArgs(word, new Date(NOW), TZ)).toEqual(q);
    for (const word of ["year", "år", " VUOSI "]) expect(parsePeriodArgs(word, new Date(NOW), TZ)).toEqual(y);
  });

  it("typed days with an en dash, a hyphen, spaces; the previous period is as many days just before", () => {
    const forms = [
      "1.1.2026–30.6.2026",
      "1.1.2026-30.6.2026",
      "1.1.2026 - 30.6.2026",
      "1.1.2026 – 30.6.2026",
      "1.1.2026 30.6.2026",
      "1.1.2026—30.6.2026",
      // ISO days, as the portal's date fields send them (F20), with the same separators.
      "2026-01-01–2026-06-30",
      "2026-01-01-2026-06-30",
      "2026-01-01 - 2026-06-30",
      "2026-1-1 2026-06-30",
      "1.1.2026–2026-06-30",
    ];
    for (const f of forms) {
      const p = parsePeriodArgs(f, new Date(NOW), TZ);
      if (!p.ok) throw new Error(`not parsed: ${f}`);
      expect([iso(p.periods.current.from), iso(p.periods.current.to)]).toEqual([
        "2025-12-31T22:00:00.000Z",
        "2026-06-30T21:00:00.000Z",
      ]);
      // 181 days: 4.7.2025–31.12.2025.
      expect(p.periods.previous.first).toEqual({ year: 2025, month: 7, day: 4 });
      expect(p.periods.previous.last).toEqual({ year: 2025, month: 12, day: 31 });
      expect([iso(p.periods.previous.from), iso(p.periods.previous.to)]).toEqual([
        "2025-07-03T21:00:00.000Z",
        "2025-12-31T22:00:00.000Z",
      ]);
    }
  });

  it("refuses what is not a period", () => {
    expect(parsePeriodArgs("30.6.2026–1.1.2026", new Date(NOW), TZ)).toEqual({ ok: false, reason: "invalid" });
    expect(parsePeriodArgs("31.2.2026–1.3.2026", new Date(NOW), TZ)).toEqual({ ok: false, reason: "invalid" });
    expect(parsePeriodArgs("1.1.2000–1.1.2026", new Date(NOW), TZ)).toEqual({ ok: false, reason: "too_long" });
    // F15: only four-digit years 2000–2100 (JavaScript would read 0050 as 1950); no two-digit years.
    expect(parsePeriodArgs("1.1.1026–1.1.2026", new Date(NOW), TZ)).toEqual({ ok: false, reason: "invalid" });
    expect(parsePeriodArgs("1.1.0050–31.12.0050", new Date(NOW), TZ)).toEqual({ ok: false, reason: "invalid" });
    expect(parsePeriodArgs("1.1.9999–31.12.9999", new Date(NOW), TZ)).toEqual({ ok: false, reason: "invalid" });
    expect(parsePeriodArgs("1.1.26–30.6.26", new Date(NOW), TZ)).toEqual({ ok: false, reason: "format" });
    expect(parsePeriodArgs("eilen", new Date(NOW), TZ)).toEqual({ ok: false, reason: "format" });
    expect(parsePeriodArgs("1.1.–30.6.", new Date(NOW), TZ)).toEqual({ ok: false, reason: "format" });
  });

  it("the monthly report covers last month", () => {
    const p = lastMonthPeriods(new Date("2026-12-01T07:00:00Z"), TZ);
    expect(p.current.first).toEqual({ year: 2026, month: 11, day: 1 });
    expect(p.previous.first).toEqual({ year: 2026, month: 10, day: 1 });
  });

  it("weeks of November 2026: 1.11. is a Sunday (week 44), 30.11. a Monday (week 49)", () => {
    const b = buckets(november().current, TZ);
    expect(b.map((x) => x.week)).toEqual([44, 45, 46, 47, 48, 49]);
    expect(iso(b[0]!.from)).toBe("2026-10-31T22:00:00.000Z");
    expect(iso(b[0]!.to)).toBe("2026-11-01T22:00:00.000Z");
    expect(iso(b[5]!.from)).toBe("2026-11-29T22:00:00.000Z");
    expect(iso(b[5]!.to)).toBe("2026-11-30T22:00:00.000Z");
    const year = calendarPeriods("year", new Date(NOW), TZ).current;
    expect(buckets(year, TZ)).toHaveLength(53); // 1.1.2026 is a Thursday: week 1 … week 53
    const long = parsePeriodArgs("1.1.2024–31.12.2026", new Date(NOW), TZ);
    if (!long.ok) throw new Error("not parsed");
    const months = buckets(long.periods.current, TZ);
    expect(months).toHaveLength(36);
    expect(months[0]).toMatchObject({ kind: "month", year: 2024, month: 1 });
  });
});

describe("report figures of a known history", () => {
  it("median and saving", () => {
    expect(median([])).toBeNull();
    expect(median([3])).toBe(3);
    expect(median([4, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 8])).toBe(3);
    expect(
      purchaseSaving({ priceMode: "per_seat", priceCents: 15_000, soloPriceCents: 25_000, committedSeats: 10 }),
    ).toBe(100_000);
    expect(
      purchaseSaving({ priceMode: "total", priceCents: 300_000, soloPriceCents: 30_000, committedSeats: 12 }),
    ).toBe(60_000);
    expect(
      purchaseSaving({ priceMode: "total", priceCents: 300_000, soloPriceCents: null, committedSeats: 12 }),
    ).toBeNull();
    // F11: a solo price below the pooled one saves nothing, never a negative amount
    // (300 € for 3 seats = 100 €/seat, solo 1 € → 3 − 300 = −297 € → 0).
    expect(purchaseSaving({ priceMode: "total", priceCents: 30_000, soloPriceCents: 100, committedSeats: 3 })).toBe(0);
  });

  it("secondary suppression: no total minus the shown cells gives a count below 3 away (F22, by hand)", () => {
    const cells = (counts: Record<string, number>) =>
      Object.fromEntries(protectedCells(new Map(Object.entries(counts)), Object.keys(counts), "x"));
    // The tester's case: 12 asked, Lahti 11, Hollola 1 → 12 − 11 = 1; Lahti is hidden too.
    expect(cells({ Lahti: 11, Hollola: 1 })).toEqual({ Lahti: "x", Hollola: "< 3" });
    // Muuta 9, two others 2 and 1 of 12: 12 − 9 = 3 over two small cells pins both to 1–2 → Muuta hidden.
    expect(cells({ other: 9, hands: 2, premises: 1 })).toEqual({ other: "x", hands: "< 3", premises: "< 3" });
    // 3 over three small cells: each could be 0, nothing pinned; the large ones stay.
    expect(cells({ X: 5, Y: 4, A: 1, B: 1, C: 1 })).toEqual({ X: "5", Y: "4", A: "< 3", B: "< 3", C: "< 3" });
    // Hidden cells adding up to 0 reveal no one.
    expect(cells({ X: 5, Y: 4, A: 0, B: 0 })).toEqual({ X: "5", Y: "4", A: "< 3", B: "< 3" });
    // 2 hidden → the smallest shown (Y 4) is hidden too: 6 over A and Y, A anything 0–2.
    expect(cells({ X: 5, Y: 4, A: 2, B: 0 })).toEqual({ X: "5", Y: "x", A: "< 3", B: "< 3" });
    // Ties: by name.
    expect(cells({ Y: 7, X: 7, A: 1 })).toEqual({ X: "x", Y: "7", A: "< 3" });
    // Nothing small: nothing hidden.
    expect(cells({ X: 3, Y: 4 })).toEqual({ X: "3", Y: "4" });
  });

  it("refuses an implausible solo price at input: below the cheapest pooled seat, or over 10× the dearest (F11)", async () => {
    const { core } = await testCore();
    const hank = terminalActor("Hank");
    await core.handle(command(hank, "/organisaatio Hankintaseura ry, Lahti"));
    // 300 € total for 2–3 seats: a seat costs 100–150 € pooled.
    const low = textOf(
      await core.handle(command(hank, "/hankinta nimi=Ensiapu min=2 max=3 hinta=300 määräaika=31.1.2027 yksin=1")),
    );
    expect(low).toContain("ei voi olla halvempi kuin yhdessä ostaen (100 € paikalta)");
    const high = textOf(
      await core.handle(command(hank, "/hankinta nimi=Ensiapu min=2 max=3 hinta=300 määräaika=31.1.2027 yksin=1501")),
    );
    expect(high).toContain("enintään 10-kertainen yhteishintaan nähden, eli 1500 €");
    const ok = textOf(
      await core.handle(command(hank, "/hankinta nimi=Ensiapu min=2 max=3 hinta=300 määräaika=31.1.2027 yksin=1500")),
    );
    expect(ok).not.toContain("yhteishintaan nähden");
    expect(ok).not.toContain("halvempi kuin yhdessä");
  });

  it("every figure of November and October", async () => {
    const { db } = await history();
    const { current, previous } = november();
    const nov = await gatherFigures(db, current);
    const oct = await gatherFigures(db, previous);
    const H = 3_600_000;

    expect(nov.help).toMatchObject({
      asked: 6,
      offered: 4,
      solved: 4,
      expired: 1,
      solvedOfAsked: 3,
      medianFirstOfferMs: 1.5 * H,
      medianResolutionMs: 48 * H,
    });
    expect(Object.fromEntries(nov.help.byCategory.asked)).toEqual({ hands: 3, transport: 1, premises: 2 });
    expect(Object.fromEntries(nov.help.byCategory.solved)).toEqual({ hands: 4 });
    expect(Object.fromEntries(nov.help.byMunicipality.asked)).toEqual({ Lahti: 3, Hollola: 3 });
    expect(Object.fromEntries(nov.help.byMunicipality.solved)).toEqual({ Lahti: 3, Hollola: 1 });
    expect(nov.purchases).toEqual({
      published: 5,
      realised: 3,
      cancelled: 1,
      seats: 27,
      organisations: 4,
      savedCents: 160_000,
      withSoloPrice: 2,
      needsRecorded: 3,
      needsMet: 2,
    });
    expect(nov.active).toEqual({ members: 5, organisations: 4 });
    expect(nov.places).toEqual({ announced: 2, filled: 2 });
    expect(nov.digest.runs).toBe(2);
    expect(nov.digest.deliveries).toBe(8);
    expect(nov.digest.recipients).toBe(5);
    expect(Object.fromEntries(nov.digest.byPlatform)).toEqual({ telegram: 3, slack: 2 });

    expect(oct.help).toMatchObject({
      asked: 5,
      offered: 1,
      solved: 1,
      expired: 1,
      solvedOfAsked: 1,
      medianFirstOfferMs: 3 * H,
      medianResolutionMs: 24 * H,
    });
    expect(Object.fromEntries(oct.help.byCategory.asked)).toEqual({ hands: 3, knowhow: 2 });
    expect(Object.fromEntries(oct.help.byMunicipality.asked)).toEqual({ Lahti: 3, Heinola: 2 });
    expect(Object.fromEntries(oct.help.byMunicipality.solved)).toEqual({ Heinola: 1 });
    expect(oct.purchases).toEqual({
      published: 1,
      realised: 1,
      cancelled: 0,
      seats: 8,
      organisations: 1,
      savedCents: 16_000,
      withSoloPrice: 1,
      needsRecorded: 1,
      needsMet: 1,
    });
    expect(oct.active).toEqual({ members: 3, organisations: 3 });
    expect(oct.places).toEqual({ announced: 1, filled: 0 });
    expect(oct.digest).toMatchObject({ runs: 1, deliveries: 1, recipients: 1 });

    const series = await gatherSeries(db, current, buckets(current, TZ));
    expect(series.asked).toEqual([1, 2, 3, 0, 0, 0]);
    // R8 (23:59:59 on 2.11.) and R1 (00:00 on 4.11.) and R2 in week 45, R6 in week 46.
    expect(series.solved).toEqual([0, 3, 1, 0, 0, 0]);
    expect(series.savedCents).toEqual([0, 0, 100_000, 60_000, 0, 0]);
  });

  it('the message and the CSV, with counts below 3 in breakdowns as "< 3"', async () => {
    const { db } = await history();
    const periods = november();
    const report = {
      periods,
      current: await gatherFigures(db, periods.current),
      previous: await gatherFigures(db, periods.previous),
    };
    expect([0, 1, 2, 3].map(masked)).toEqual(["< 3", "< 3", "< 3", "3"]);

    const fi = plain(reportMessage(report, translator("fi"), "fi")).split("\n");
    expect(fi[0]).toBe("📊 Mitä verkosto sai aikaan 1.11.2026–30.11.2026");
    expect(fi).toContain("Pyydetty 6 (5) · tarjous saatu 4 (1) · ratkaistu 4 (1) · vanhentunut 1 (1)");
    expect(fi).toContain("Jakson pyynnöistä ratkaistu 50 % (20 %)");
    expect(fi).toContain("Ensimmäiseen tarjoukseen (mediaani) 1,5 h (3 h) · ratkaisuun 2 vrk (24 h)");
    expect(fi).toContain(
      "Luokittain (pyydetty/ratkaistu): Käsipareja ja vapaaehtoisia 3/4 (piilotettu/< 3), Tiloja < 3/< 3 (< 3/< 3), Kuljetusta ja kyytejä < 3/< 3 (< 3/< 3), Osaamista ja neuvoja < 3/< 3 (< 3/< 3)",
    );
    // Secondary suppression (F22), by hand: November solved Lahti 3, Hollola 1, Heinola 0 of 4 —
    // showing Lahti 3 would give Hollola away (4 − 3 = 1), so Lahti is hidden too. October asked
    // Lahti 3, Heinola 2, Hollola 0 of 5: 5 − 3 = 2, so Lahti is hidden. November asked Lahti 3,
    // Hollola 3, Heinola 0: the hidden cells add up to 0, nothing to protect. By category,
    // October asked hands 3, knowhow 2 of 5: hands is hidden; November asked premises 2,
    // transport 1, knowhow 0 (3 over three small cells, none pinned above 0): hands 3 stays.
    expect(fi).toContain(
      "Kunnittain (pyydetty/ratkaistu): Lahti 3/piilotettu (piilotettu/< 3), Hollola 3/< 3 (< 3/< 3), Heinola < 3/< 3 (< 3/< 3)",
    );
    expect(fi).toContain("Julkaistu 5 (1) · toteutunut 3 (1) · peruttu 1 (0)");
    expect(fi).toContain("Paikkoja ostettu 27 (8) · järjestöjä mukana 4 (1)");
    expect(fi).toContain(
      "Säästö yhdessä ostaen 1\u00a0600\u00a0€ (160\u00a0€) (laskettu 2 hankinnasta, joissa tiedetään hinta yksin ostaen)",
    );
    expect(fi).toContain("Tarpeita kirjattu 3 (1) · niistä täyttyi 2 (1)");
    expect(fi).toContain("Aktiivisia järjestöjä 4 (3) · jäseniä 5 (3)");
    // Slack 2 + Telegram 3 = 5 recipients shown: Telegram 3 would give Slack's 2 away.
    expect(fi).toContain("Viikkokooste: 5 (1) vastaanottajaa (Slack < 3, Telegram piilotettu)");
    expect(fi).toContain("Avoimia työkokeilu-, palkkatuki- ja muita paikkoja ilmoitettu 2 (1) · täytetty 2 (0)");
    // No names of people or organisations anywhere.
    const all = fi.join("\n");
    for (const name of ["Aino", "Bertta", "Cecilia", "Kierrätyspiste", "Hollolan Apu", "Kylätalo", "Orimattila"])
      expect(all).not.toContain(name);

    const en = plain(reportMessage(report, translator("en"), "en"));
    expect(en).toContain("To the first offer (median) 1.5 h (3 h) · to resolution 2 days (24 h)");
    expect(en).toContain("Saved by buying together €1,600 (€160)");
    const sv = plain(reportMessage(report, translator("sv"), "sv"));
    expect(sv).toContain("Gjorda 6 (5) · fått erbjudande 4 (1) · lösta 4 (1) · utgångna 1 (1)");

    const csv = reportCsv(report, translator("fi"), "fi").split("\r\n");
    // For Finnish Excel, like the purchase list (F16): BOM, ";", numbers without units, decimal comma.
    expect(csv[0]).toBe("\uFEFFOsa;Luku;1.11.2026–30.11.2026;1.10.2026–31.10.2026");
    expect(csv).toContain("Avunpyynnöt;pyydetty;6;5");
    expect(csv).toContain("Avunpyynnöt;ratkaistu pyydetyistä (%);50;20");
    expect(csv).toContain("Avunpyynnöt;ensimmäinen tarjous (mediaani) (h);1,5;3");
    expect(csv).toContain("Avunpyynnöt;ratkaisuun (mediaani) (h);48;24");
    expect(csv).toContain("Avunpyynnöt kunnittain;Hollola: ratkaistu;< 3;< 3");
    expect(csv).toContain("Avunpyynnöt kunnittain;Lahti: pyydetty;3;piilotettu");
    expect(csv).toContain("Avunpyynnöt kunnittain;Lahti: ratkaistu;piilotettu;< 3");
    expect(csv).toContain("Yhteishankinnat;säästö yhdessä ostaen (€);1600,00;160,00");
    expect(csv).toContain("Viikkokooste;Slack;< 3;< 3");
    expect(csv).toContain("Viikkokooste;Telegram;piilotettu;< 3");
    expect(csv).toContain("Toiminta;paikkoja täytetty;2;0");
    expect(csv.at(-1)).toBe("");
  });
});

describe("report charts", () => {
  it("the charts' labels are in the SVG, and each PNG is a real image of the stated size", async () => {
    const { db } = await history();
    const periods = november();
    const t = translator("fi");
    const series = await gatherSeries(db, periods.current, buckets(periods.current, TZ));
    const nov = await gatherFigures(db, periods.current);
    const specs = [
      askedSolvedChart(t, series),
      savedChart(t, series, "fi"),
      municipalityChart(t, nov.help.byMunicipality),
    ];
    expect(specs[1]!.option.series).toMatchObject([{ data: [0, 0, 1000, 1600, 1600, 1600] }]);
    const charts = await renderCharts(specs);
    expect(charts).toHaveLength(3);
    const [weekly, saved, byMunicipality] = charts;
    for (const label of [
      "Avunpyynnöt viikoittain: pyydetty ja ratkaistu",
      "vk 44",
      "vk 45",
      "vk 49",
      "pyydetty",
      "ratkaistu",
    ])
      expect(weekly!.svg).toContain(`>${label}<`);
    for (const label of ["Säästö yhdessä ostaen, kertymä (€)", "Yhteensä 1 600 €", "vk 47"])
      expect(saved!.svg).toContain(`>${label}<`);
    for (const label of ["Avunpyynnöt kunnittain", "Lahti", "Hollola", "Alle 3 ratkaistua ei piirretä."])
      expect(byMunicipality!.svg).toContain(`>${label}<`);
    for (const c of charts) {
      expect(pngSize(c.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
      expect(c.png.length).toBeGreaterThan(5000);
    }
    expect(pngSize(new TextEncoder().encode("not a png at all, not at all"))).toBeNull();
  });

  it("municipalities with fewer than 3 requests are not drawn by name", () => {
    const t = translator("fi");
    const by = (asked: Record<string, number>, solved: Record<string, number> = {}) => ({
      asked: new Map(Object.entries(asked)),
      solved: new Map(Object.entries(solved)),
    });
    const grouped = municipalityChart(t, by({ Lahti: 5, Sysmä: 2, Hartola: 1 }, { Lahti: 4, Sysmä: 2 }));
    expect((grouped.option.yAxis as { data: string[] }).data).toEqual(["Muut kunnat", "Lahti"]);
    // Solved: Lahti 4 beside the other municipalities' 2 of 6 would give the 2 away → not drawn (F22).
    expect(grouped.option.series).toMatchObject([{ data: [3, 5] }, { data: [0, 0] }]);
    expect(grouped.table!.rows).toEqual([
      ["Lahti", "5", "piilotettu"],
      ["Muut kunnat", "3", "< 3"],
    ]);
    // Sysmä 1 left out beside Lahti 5 would be 6 − 5 = 1: Lahti joins the other municipalities.
    const joined = municipalityChart(t, by({ Lahti: 5, Sysmä: 1 }));
    expect((joined.option.yAxis as { data: string[] }).data).toEqual(["Muut kunnat"]);
    expect(joined.option.series).toMatchObject([{ data: [6] }, { data: [0] }]);
    const left = municipalityChart(t, by({ Sysmä: 1 }));
    expect((left.option.yAxis as { data: string[] }).data).toEqual([]);
    expect((left.option.title as { subtext: string }).subtext).toContain("alle 3");
  });
});

describe("/raportti", () => {
  it("is for staff only", async () => {
    const { core } = await history();
    const out = await core.handle(command(terminalActor("Pekka"), "/raportti"));
    expect(textOf(out)).toContain("henkilökunnalle");
    expect(out.replies.some((r) => r.file)).toBe(false);
  });

  it("answers staff privately: the figures, three charts and the CSV", async () => {
    const { core } = await history();
    const out = await core.handle(command(terminalActor("Kaisa"), "/raportti"));
    expect(out.replies.every((r) => r.private)).toBe(true);
    expect(textOf({ replies: [out.replies[0]!] })).toContain("Pyydetty 6 (5)");
    const files = out.replies.flatMap((r) => (r.file ? [r.file] : []));
    expect(files.map((f) => f.filename)).toEqual([
      "avunpyynnot-viikoittain.png",
      "saasto-kertyma.png",
      "avunpyynnot-kunnittain.png",
      "raportti-2026-11-01.csv",
    ]);
    for (const f of files.slice(0, 3))
      expect(pngSize(f.content as Uint8Array)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(files[3]!.content as string).toContain("Avunpyynnöt;pyydetty;6;5");

    const bad = await core.handle(command(terminalActor("Kaisa"), "/raportti ensi viikko"));
    expect(textOf(bad)).toContain("En tunnistanut jaksoa");
    const custom = await core.handle(command(terminalActor("Kaisa"), "/raportti 1.10.2026 - 31.10.2026"));
    expect(textOf({ replies: [custom.replies[0]!] })).toContain("Pyydetty 5 (0)");
  });
});

/**
 * Two "processes" on one database: its own connection each (to the same file or PostgreSQL
 * database) and its own notifier; a staff channel to send to, and the seeded history if asked.
 */
async function twoProcesses(clock: ReturnType<typeof testClock>, history: boolean) {
  const one = await testCore({ seed: false, clock });
  if (history) await seedHistory(one.db);
  await one.db.channel.create({ data: { platform: "terminal", chatId: "staff", kind: "staff", locale: "fi" } });
  const db2 = await openDatabase(one.config.databaseUrl, { migrate: false });
  const two: CoreDeps = { ...one.deps, db: db2 };
  const n1 = recordingNotifier("terminal");
  const n2 = recordingNotifier("terminal");
  const runBoth = () =>
    Promise.all([runMonthlyReport(one.deps, { terminal: n1 }), runMonthlyReport(two, { terminal: n2 })]);
  return { one, two, db2, n1, n2, runBoth };
}

describe("monthly report", () => {
  it("is due on the first weekday of the month at 09:00 Helsinki time", () => {
    // 1.11.2026 is a Sunday: Monday 2.11. 09:00 (07:00Z). 1.12.2026 is a Tuesday.
    expect(iso(monthlySlotTime(new Date("2026-11-01T10:00:00Z"), TZ))).toBe("2026-11-02T07:00:00.000Z");
    expect(iso(monthlySlotTime(new Date("2026-12-15T10:00:00Z"), TZ))).toBe("2026-12-01T07:00:00.000Z");
    // 1.8.2026 is a Saturday: Monday 3.8. 09:00 summer time (06:00Z).
    expect(iso(monthlySlotTime(new Date("2026-08-20T10:00:00Z"), TZ))).toBe("2026-08-03T06:00:00.000Z");
  });

  it("skips Finnish public holidays: Easter, May Day, New Year, Epiphany, Christmas, Midsummer Eve", () => {
    expect([2024, 2025, 2026, 2027].map((y) => easterSunday(y))).toEqual([
      { year: 2024, month: 3, day: 31 },
      { year: 2025, month: 4, day: 20 },
      { year: 2026, month: 4, day: 5 },
      { year: 2027, month: 3, day: 28 },
    ]);
    // 2026: Good Friday 3.4., Easter Monday 6.4., Ascension Day 14.5., Midsummer Eve Friday 19.6.
    expect([...finnishHolidays(2026)].sort()).toEqual(
      ["1-1", "1-6", "4-3", "4-6", "5-1", "5-14", "6-19", "12-6", "12-24", "12-25", "12-26"].sort(),
    );
    expect(finnishHolidays(2027).has("6-25")).toBe(true); // Midsummer Eve 2027 is Friday 25.6.
    expect(isFinnishWorkingDay(2026, 5, 4)).toBe(true);
    expect(isFinnishWorkingDay(2026, 5, 1)).toBe(false);
    // 1.5.2026 is a Friday and May Day: Monday 4.5. 09:00 summer time (06:00Z).
    expect(iso(monthlySlotTime(new Date("2026-05-20T10:00:00Z"), TZ))).toBe("2026-05-04T06:00:00.000Z");
    // 1.4.2024 is Easter Monday: Tuesday 2.4. (summer time began 31.3.).
    expect(iso(monthlySlotTime(new Date("2024-04-20T10:00:00Z"), TZ))).toBe("2024-04-02T06:00:00.000Z");
    // 1.1.2027 is a Friday (New Year's Day): Monday 4.1. 2027; 1.1.2026 a Thursday: Friday 2.1.
    expect(iso(monthlySlotTime(new Date("2027-01-10T10:00:00Z"), TZ))).toBe("2027-01-04T07:00:00.000Z");
    expect(iso(monthlySlotTime(new Date("2026-01-10T10:00:00Z"), TZ))).toBe("2026-01-02T07:00:00.000Z");
    // 6.1.2025 was a Monday, but January starts on Thursday 2.1.; December 2026 on Tuesday 1.12.
    expect(iso(monthlySlotTime(new Date("2025-01-10T10:00:00Z"), TZ))).toBe("2025-01-02T07:00:00.000Z");
  });

  it("on May Day 2026 (a Friday) nothing is sent; on Monday 4 May it goes once, with two processes", async () => {
    const clock = testClock("2026-05-01T06:00:00Z"); // Friday 1.5. 09:00 in Helsinki
    const p = await twoProcesses(clock, false);
    for (const at of ["2026-05-01T06:00:00Z", "2026-05-02T10:00:00Z", "2026-05-03T10:00:00Z", "2026-05-04T05:59:00Z"]) {
      clock.set(at);
      expect((await p.runBoth()).map((x) => x.outcome)).toEqual(["not_due", "not_due"]);
    }
    expect(await p.one.db.jobRun.count()).toBe(0);
    clock.set("2026-05-04T06:00:00Z");
    expect((await p.runBoth()).map((x) => x.sent).sort()).toEqual([0, 1]);
    clock.advance(60_000);
    await p.runBoth();
    const sends = [...p.n1.log, ...p.n2.log].filter((x) => x.op === "send");
    expect(sends).toHaveLength(1);
    expect(plain(sends[0]!.message!.text)).toContain("📊 Kuukauden raportti 1.4.2026–30.4.2026");
    await p.db2.$disconnect();
  });

  it("goes to the staff channel once, even with two processes running", async () => {
    const clock = testClock("2026-12-01T06:59:00Z");
    const { one, two, db2, n1, n2 } = await twoProcesses(clock, true);
    await one.db.channel.create({
      data: { platform: "terminal", chatId: "community", kind: "community", locale: "fi" },
    });
    const job1 = createReportFeature({ terminal: n1 }).jobs![0]!;
    const job2 = createReportFeature({ terminal: n2 }).jobs![0]!;

    await Promise.all([job1.run(one.deps), job2.run(two)]);
    expect(n1.log.length + n2.log.length).toBe(0); // 08:59 in Helsinki: not yet

    clock.set("2026-12-01T07:00:00Z");
    const results = await Promise.all([
      runMonthlyReport(one.deps, { terminal: n1 }),
      runMonthlyReport(two, { terminal: n2 }),
    ]);
    expect(results.map((r) => r.sent).sort()).toEqual([0, 1]);
    clock.advance(60_000);
    await Promise.all([job1.run(one.deps), job2.run(two)]);
    const log = [...n1.log, ...n2.log];
    expect(log.filter((r) => r.op === "send")).toHaveLength(1);
    expect(log.every((r) => r.target.chatId === "staff")).toBe(true);
    const text = plain(log.find((r) => r.op === "send")!.message!.text);
    expect(text).toContain("📊 Kuukauden raportti 1.11.2026–30.11.2026");
    expect(text).toContain("Pyydetty 6 (5)");
    expect(log.filter((r) => r.op === "file").map((r) => r.file!.filename)).toEqual([
      "avunpyynnot-viikoittain.png",
      "saasto-kertyma.png",
      "avunpyynnot-kunnittain.png",
      "raportti-2026-11-01.csv",
    ]);
    const run = await one.db.jobRun.findUniqueOrThrow({
      where: { job_slot: { job: "report-monthly", slot: "2026-12" } },
      include: { deliveries: true },
    });
    expect(run.finishedAt).not.toBeNull();
    expect(run.deliveries.map((d) => [d.recipientKey, d.status])).toEqual([["terminal:staff", "sent"]]);
    // The November report (seeded as sent) did not count as a digest, and nothing more is sent this month.
    clock.set("2026-12-20T07:00:00Z");
    expect((await runMonthlyReport(one.deps, { terminal: n1 })).outcome).toBe("already_finished");
    await db2.$disconnect();
  });

  it("a fresh installation's first start weeks after the slot sends no report of a month with nothing in it (F18)", async () => {
    // 30.11.2026: the November slot (Monday 2.11.) is four weeks old; the database is new.
    const clock = testClock("2026-11-30T07:00:00Z");
    const { db, deps } = await testCore({ clock });
    await db.channel.create({ data: { platform: "terminal", chatId: "staff", kind: "staff", locale: "fi" } });
    const n = recordingNotifier("terminal");
    expect((await runMonthlyReport(deps, { terminal: n })).outcome).toBe("nothing_to_catch_up");
    expect(n.log).toHaveLength(0);
    // Recorded as done: nothing is tried again this month, even once something happens.
    await db.organisation.create({ data: { name: "Uusi ry", normalisedName: "uusi ry", municipality: "Lahti" } });
    clock.advance(60_000);
    expect((await runMonthlyReport(deps, { terminal: n })).outcome).toBe("already_finished");
    expect(n.log).toHaveLength(0);
  });

  it("a late start still catches up a month that had activity; on its own day a quiet month is sent", async () => {
    const clock = testClock("2026-11-30T07:00:00Z");
    const late = await testCore({ clock });
    await late.db.channel.create({ data: { platform: "terminal", chatId: "staff", kind: "staff", locale: "fi" } });
    await late.db.organisation.create({
      data: {
        name: "Lokakuun ry",
        normalisedName: "lokakuun ry",
        municipality: "Lahti",
        createdAt: new Date("2026-10-12T09:00:00Z"),
      },
    });
    const n = recordingNotifier("terminal");
    expect((await runMonthlyReport(late.deps, { terminal: n })).outcome).toBe("ran");
    const sent = n.log.find((x) => x.op === "send");
    expect(plain(sent!.message!.text)).toContain("📊 Kuukauden raportti 1.10.2026–31.10.2026");

    const onTime = testClock("2026-11-02T07:00:00Z"); // the slot itself: Monday 2.11. 09:00
    const fresh = await testCore({ clock: onTime });
    await fresh.db.channel.create({ data: { platform: "terminal", chatId: "staff", kind: "staff", locale: "fi" } });
    const m = recordingNotifier("terminal");
    expect((await runMonthlyReport(fresh.deps, { terminal: m })).sent).toBe(1);
  });

  it("a sender that died while sending is not repeated", async () => {
    const clock = testClock("2026-12-01T08:00:00Z");
    const { db, deps } = await testCore({ seed: false, clock });
    await db.channel.create({ data: { platform: "terminal", chatId: "staff", kind: "staff", locale: "fi" } });
    const run = await db.jobRun.create({ data: { job: "report-monthly", slot: "2026-12", startedAt: clock.now() } });
    await db.delivery.create({
      data: {
        runId: run.id,
        recipientKey: "terminal:staff",
        status: "sending",
        claimedBy: "dead",
        claimedUntil: new Date(clock.now().getTime() - 1),
      },
    });
    const n = recordingNotifier("terminal");
    await runMonthlyReport(deps, { terminal: n });
    expect(n.log).toHaveLength(0);
    const d = await db.delivery.findFirstOrThrow({ where: { runId: run.id } });
    expect(d.status).toBe("skipped");
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: run.id } })).finishedAt).not.toBeNull();
  });
});

describe("report feature", () => {
  it("a core with the report feature alone answers /raportti", async () => {
    const { deps } = await history();
    const core = createCore(deps, [createReportFeature()]);
    const built = await buildReport(deps, november(), { locale: "sv", timeZone: TZ, charts: false });
    expect(built.charts).toHaveLength(0);
    expect(plain(built.text)).toContain("Gjorda 6 (5)");
    const out = await core.handle(command(terminalActor("Kaisa"), "/report kvartal"));
    expect(textOf({ replies: [out.replies[0]!] })).toContain("1.10.2026–31.12.2026");
  });
});
