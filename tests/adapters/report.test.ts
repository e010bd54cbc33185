/**
 * The report through the real Bolt app against the Slack emulator: `/mk raportti` for staff (the
 * figures, then three PNG charts and the CSV as one message in the app's DM, uploaded together
 * with files.uploadV2), refused
 * to others, and the monthly report to the staff channel by the app's own periodic job, once.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { testClock } from "../support/core.js";
import { STAFF_CHANNEL_ID, slackText, startHarness, type Harness } from "../support/harness.js";
import { runPeriodicJobs } from "../../src/core/jobs/periodic.js";
import { CHART_HEIGHT, CHART_WIDTH, pngSize } from "../../src/core/features/report/charts.js";
import { seedHistory } from "../core/report-fixtures.js";
import { PassThrough } from "node:stream";
import { existsSync, readFileSync } from "node:fs";
import { createTerminalAdapter } from "../../src/bots/terminal/adapter.js";
import { testCore } from "../support/core.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const FILES = [
  "avunpyynnot-viikoittain.png",
  "saasto-kertyma.png",
  "avunpyynnot-kunnittain.png",
  "raportti-2026-11-01.csv",
];

describe("report in Slack", () => {
  it("/mk raportti: staff get the figures, three charts and the CSV in the app's DM; others are refused", async () => {
    h = await startHarness({ telegram: false, clock: testClock("2026-11-20T10:00:00Z") });
    await seedHistory(h.app.db);
    const kaisa = h.slackUser("U0KAISA01", "kaisa", { staff: true });
    const pekka = h.slackUser("U0PEKKA01", "pekka");

    await h.slack(pekka, "raportti");
    await h.sl.waitFor(
      () => h!.sl.dmMessages(pekka).find((m) => slackText(m as never).includes("vain verkoston henkilökunnalle")),
      10_000,
      "the refusal",
    );
    expect(h.sl.files({ all: true })).toHaveLength(0);

    await h.slack(kaisa, "raportti");
    await h.sl.waitFor(() => h!.sl.files().length >= 4 || undefined, 30_000, "four files");
    const dm = h.sl.dmChannel(kaisa);
    const text = h.sl
      .dmMessages(kaisa)
      .map((m) => slackText(m as never))
      .join("\n");
    expect(text).toContain("Mitä verkosto sai aikaan 1.11.2026–30.11.2026");
    expect(text).toContain("Pyydetty 6 (5) · tarjous saatu 4 (1) · ratkaistu 4 (1) · vanhentunut 1 (1)");
    const files = h.sl.files();
    expect(files.map((f) => f.name)).toEqual(FILES);
    for (const f of files) expect(f.channels).toEqual([dm]);
    for (const f of files.slice(0, 3))
      expect(pngSize(f.content!)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(files[3]!.content!.toString("utf8")).toContain("Avunpyynnöt;pyydetty;6;5");
    expect(h.sl.calls("files.getUploadURLExternal")).toHaveLength(4);
    // The charts and the CSV come as one message: one files.completeUploadExternal with four files,
    // each titled with its caption, the captions together as the message.
    const completed = h.sl.calls("files.completeUploadExternal");
    expect(completed).toHaveLength(1);
    expect(completed[0]!.ok).toBe(true);
    const withFiles = h.sl.dmMessages(kaisa).filter((m) => (m as { files?: unknown[] }).files?.length);
    expect(withFiles).toHaveLength(1);
    const message = withFiles[0] as unknown as { text: string; files: { name: string; title: string }[] };
    expect(message.files.map((f) => f.name)).toEqual(FILES);
    expect(message.files[0]!.title).toBe("Avunpyynnöt viikoittain: pyydetty ja ratkaistu");
    expect(message.text).toContain("Avunpyynnöt kunnittain");
    expect(message.text).toContain("Raportin luvut 1.11.2026–30.11.2026 (CSV)");
  });

  it("in Telegram, for those in STAFF_ADMINS: the figures, then the charts and the CSV as documents", async () => {
    h = await startHarness({
      slack: false,
      clock: testClock("2026-11-20T10:00:00Z"),
      env: { STAFF_ADMINS: "telegram:7001" },
    });
    await seedHistory(h.app.db);
    const kaisa = h.telegramUser(7001, "Kaisa");
    const first = await h.tgSay(kaisa, "/raportti");
    expect(first.text).toContain("Pyydetty 6 (5)");
    const docs = await h.tg.waitFor(
      () => (h!.tg.documents().filter((d) => d.chat_id === kaisa.id).length >= 4 ? h!.tg.documents() : undefined),
      30_000,
      "four documents",
    );
    expect(docs.map((d) => d.filename)).toEqual(FILES);
    for (const d of docs.slice(0, 3)) expect(pngSize(d.content)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });

  it("the monthly report reaches the staff channel once, by the app's own periodic job", async () => {
    h = await startHarness({ telegram: false, clock: testClock("2026-12-01T06:30:00Z") });
    await seedHistory(h.app.db);
    const jobs = h.app.core.registry.jobs;
    expect(jobs.map((j) => j.name)).toContain("report-monthly");
    await runPeriodicJobs(h.app.deps, jobs);
    expect(h.sl.files()).toHaveLength(0); // 08:30 in Helsinki: not yet

    h.clock.set("2026-12-01T07:00:00Z");
    await runPeriodicJobs(h.app.deps, jobs);
    await runPeriodicJobs(h.app.deps, jobs);
    await h.restart(); // a new process on the same database
    await runPeriodicJobs(h.app.deps, h.app.core.registry.jobs);

    const reports = h.sl.messages(STAFF_CHANNEL_ID).filter((m) => slackText(m as never).includes("Kuukauden raportti"));
    expect(reports).toHaveLength(1);
    expect(slackText(reports[0] as never)).toContain("Kuukauden raportti 1.11.2026–30.11.2026");
    expect(h.sl.files().map((f) => f.name)).toEqual(FILES);
    for (const f of h.sl.files()) expect(f.channels).toEqual([STAFF_CHANNEL_ID]);
    // The figures as a message, then the charts and the CSV together as one more.
    const withFiles = h.sl.messages(STAFF_CHANNEL_ID).filter((m) => (m as { files?: unknown[] }).files?.length);
    expect(withFiles.map((m) => (m as unknown as { files: { name: string }[] }).files.map((f) => f.name))).toEqual([
      FILES,
    ]);
  });

  it("in the terminal, for staff: the figures and the CSV are printed, the pictures saved where the path shows", async () => {
    const { core, db } = await testCore({
      seed: false,
      clock: testClock("2026-11-20T10:00:00Z"),
      env: { STAFF_ADMINS: "terminal:Kaisa" },
    });
    await seedHistory(db);
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
    const terminal = createTerminalAdapter(core, { input: new PassThrough(), output });
    await terminal.line("/kayttaja Kaisa");
    await terminal.line("/raportti");
    expect(printed).toContain("Pyydetty 6 (5)");
    expect(printed).toContain("Avunpyynnöt;pyydetty;6;5");
    const saved = [...printed.matchAll(/^(\/.*\.png)$/gm)].map((m) => m[1]!);
    expect(saved.map((p) => p.split("/").at(-1))).toEqual(FILES.slice(0, 3));
    for (const p of saved) {
      expect(existsSync(p)).toBe(true);
      expect(pngSize(readFileSync(p))).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    }
  });
});
