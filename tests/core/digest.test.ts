/** The weekly digest in core: content, once per recipient per week, failures and limits (fake clock). */
import { afterAll, describe, expect, it } from "vitest";
import { Api } from "grammy";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { gone, migrated, rateLimited, recordingNotifier, transient } from "../support/notifier.js";
import { openDatabase } from "../../src/db/client.js";
import type { CoreDeps, Notifier } from "../../src/core/app/contract.js";
import {
  runDigest,
  digestParts,
  digestRecipientKeys,
  DigestBuilder,
  CLAIM_MS,
  RENEW_AFTER_MS,
  MAX_ATTEMPTS,
  SHARED_MAX_AGE_MS,
} from "../../src/core/features/digest/run.js";
import { DeliveryError } from "../../src/core/errors.js";
import { createDigestSender } from "../../src/core/features/digest/index.js";
import { createCore, defaultFeatures } from "../../src/core/app/index.js";
import { gatherDigest, renderDigest } from "../../src/core/features/digest/build.js";
import { spanText } from "../../src/core/text.js";
import { t } from "../../src/core/i18n/index.js";
import { normaliseOrganisationName } from "../../src/db/organisation-names.js";
import { createTelegramNotifier } from "../../src/bots/telegram/notifier.js";
import { renderBlocks } from "../../src/bots/slack/render.js";
import { slackLimits } from "../../src/bots/slack/notifier.js";
import { parseHtml } from "../emulators/telegram/formatting.js";
import { validateBlocks } from "../emulators/slack/blockkit.js";
import {
  busyWeek,
  channels,
  fakePace,
  GROUP,
  member,
  offer,
  purchase,
  request,
  SLOT,
  SLOT_TIME,
  STAFF,
} from "./digest-fixtures.js";

afterAll(cleanupDatabases);

async function setup(env: Record<string, string> = {}) {
  const t = await testCore({ env });
  t.clock.set(SLOT_TIME);
  const telegram = recordingNotifier("telegram");
  const slack = recordingNotifier("slack");
  const pace = fakePace(t.clock);
  const run = (
    deps: CoreDeps = t.deps,
    notifiers: Record<string, Notifier> = { telegram, slack },
    options: { force?: boolean } = {},
  ) => runDigest(deps, notifiers, { pace, ...options });
  return { ...t, telegram, slack, pace, run };
}

/** Every send per chat id, over any number of recording notifiers. */
function sendsPerChat(...notifiers: ReturnType<typeof recordingNotifier>[]) {
  const counts: Record<string, number> = {};
  for (const n of notifiers)
    for (const r of n.log) if (r.op === "send") counts[r.target.chatId] = (counts[r.target.chatId] ?? 0) + 1;
  return counts;
}

describe("weekly digest: who gets what", () => {
  it("Monday 08:00 Helsinki: one digest to the group, the staff channel and each subscriber, each in their language", async () => {
    const { db, telegram, slack, run, clock } = await setup();
    await busyWeek(db);

    clock.set("2026-11-23T05:59:00Z"); // 07:59 in Helsinki: not yet
    expect((await run()).outcome).toBe("not_due");
    expect(await db.jobRun.count()).toBe(0);

    clock.set(SLOT_TIME);
    const report = await run();
    expect(report).toMatchObject({
      slot: SLOT,
      outcome: "ran",
      finished: true,
      totals: { sent: 4, skipped: 0, failed: 0, pending: 0 },
    });
    expect(sendsPerChat(telegram, slack)).toEqual({ [GROUP]: 1, [STAFF]: 1, "501": 1, U2: 1 }); // Bob (503) did not subscribe

    const group = telegram.texts(GROUP)[0]!;
    expect(group).toMatch(/^Viikkokooste 16\.11\.2026–23\.11\.2026/);
    // Asks lead: the waiting request comes first, with how long it has waited.
    const order = [
      "Odottavat apua (1)",
      "Kaksi käsiparia muuttoon – Manna ry, Lahti · odottanut 9 päivää",
      "Uudet pyynnöt",
      "Ratkaistu",
      "Yhteishankinnat, joihin",
      "Yhteishankinnat tällä viikolla",
      "Etsivät kumppaneita",
      "Viikon luvut",
    ];
    const positions = order.map((s) => group.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(group).toContain("Pakettiauto lainaan lauantaiksi – Pelastusarmeija, Lahti · 1 tarjous apua");
    expect(group).toContain("Tilat tiistain ryhmälle – Dila · 2 auttajaa");
    expect(group).toContain(
      "Hygieniapassi (Kaupunkikylä ry) – 9/15 paikkaa, puuttuu 6 · ilmoittaudu viimeistään 12.12.2026",
    );
    expect(group).toContain("Järjestysmieskoulutus – toteutuu! 10 paikkaa yhdessä");
    expect(group).toContain("Ruoanlaittokurssi – peruttiin");
    expect(group).toContain(
      "Työturvallisuuskortti – 6 paikkaa, Jyränkölän Setlementti ry, Heinola, tarve 1.2.2027 mennessä",
    );
    expect(group).toContain("pyyntöjä 1, ratkaistu 1, paikkoja yhteishankinnoissa 10.");
    expect(group).toContain("säästettiin 1\u00a0000\u00a0€ verrattuna yksin ostamiseen");
    expect(group).not.toContain("Omat asiasi");
    expect(telegram.log.find((r) => r.target.chatId === GROUP)!.message!.buttons).toBeUndefined();

    // Aino's private digest starts with her own open request, then the general part; it has a stop button.
    const aino = telegram.log.find((r) => r.target.chatId === "501")!.message!;
    const ainoText = telegram.texts("501")[0]!;
    expect(ainoText.indexOf("Omat asiasi")).toBeGreaterThan(0);
    expect(ainoText.indexOf("Omat asiasi")).toBeLessThan(ainoText.indexOf("Odottavat apua"));
    expect(ainoText).toContain("Pyyntösi: Kaksi käsiparia muuttoon – ei vielä tarjouksia (odottanut 9 päivää)");
    expect(ainoText).toContain(
      "Hankintasi: Hygieniapassi – 9/15 paikkaa, puuttuu 6, ilmoittaudu viimeistään 12.12.2026",
    );
    expect(ainoText.indexOf("Hankintasi")).toBeLessThan(ainoText.indexOf("Odottavat apua"));
    expect(aino.buttons).toEqual([[{ label: "Lopeta tilaus", action: "dg:unsub" }]]);

    // Erik reads Swedish in Slack.
    expect(slack.texts("U2")[0]).toMatch(/^Veckosammandrag 16\.11\.2026–23\.11\.2026/);
    expect(slack.texts("U2")[0]).toContain("Väntar på hjälp (1)");
    expect(slack.texts(STAFF)[0]).toMatch(/^Viikkokooste/);

    const run1 = await db.jobRun.findFirstOrThrow();
    expect(run1).toMatchObject({ job: "digest", slot: SLOT });
    expect(run1.finishedAt).not.toBeNull();
    const ledger = await db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(ledger.map((d) => [d.recipientKey, d.status])).toEqual([
      [`telegram:${GROUP}`, "sent"],
      [`slack:${STAFF}`, "sent"],
      [expect.stringMatching(/^member:\d+$/), "sent"],
      [expect.stringMatching(/^member:\d+$/), "sent"],
    ]);

    // The cron firing again, the periodic job, a restart: nothing more this week.
    clock.advance(60_000);
    expect((await run()).outcome).toBe("already_finished");
    expect(telegram.log.length + slack.log.length).toBe(4);
  });

  it("the machine was off on Monday: the digest goes out once when it starts later that week", async () => {
    const { db, telegram, slack, run, clock } = await setup();
    await busyWeek(db);
    clock.set("2026-11-22T20:00:00Z"); // Sunday evening, week 47's digest was never sent
    const sunday = await run();
    expect(sunday.slot).toBe("2026-W47");
    expect(sunday.outcome).toBe("ran"); // week 47's own slot (16.11.) has passed: caught up once
    const sundayCount = telegram.log.length + slack.log.length;
    expect(sundayCount).toBe(4);

    clock.set("2026-11-25T12:00:00Z"); // Wednesday: start-up after downtime
    expect(await run()).toMatchObject({ slot: SLOT, outcome: "ran", totals: { sent: 4 } });
    expect(await run()).toMatchObject({ outcome: "already_finished" });
    expect(telegram.log.length + slack.log.length).toBe(sundayCount + 4);
    // Week 48 covers the days up to its own slot time, whenever it is sent.
    expect(telegram.texts(GROUP)[1]).toMatch(/^Viikkokooste 16\.11\.2026–23\.11\.2026/);
  });

  it("a run left unfinished in an earlier week is closed when the next week's run starts: a stale digest is never sent", async () => {
    const { db, telegram, slack, run, clock } = await setup();
    await busyWeek(db);
    const stale = await db.jobRun.create({
      data: { job: "digest", slot: "2026-W47", startedAt: new Date("2026-11-16T06:00:00Z") },
    });
    await db.delivery.create({ data: { runId: stale.id, recipientKey: `telegram:${GROUP}` } });
    clock.set(SLOT_TIME);
    await run();
    expect(await db.delivery.findFirstOrThrow({ where: { runId: stale.id } })).toMatchObject({
      status: "skipped",
      error: expect.stringContaining("week ended"),
    });
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: stale.id } })).finishedAt).not.toBeNull();
    expect(sendsPerChat(telegram, slack)[GROUP]).toBe(1); // only week 48's
  });

  it("a week with no activity sends nothing (and the run is recorded so nobody retries); DIGEST_SKIP_EMPTY=false sends anyway", async () => {
    const quiet = await setup();
    await channels(quiet.db);
    await member(quiet.db, "Aino", "telegram", "501");
    // An old request from a month ago is still open, but nothing happened this week.
    await request(quiet.db, { title: "Vanha pyyntö", createdAt: "2026-10-30T09:00:00Z" });
    await quiet.db.helpRequest.updateMany({ data: { expiresAt: new Date("2027-01-01T00:00:00Z") } });
    expect(await quiet.run()).toMatchObject({ outcome: "empty", finished: true });
    expect(quiet.telegram.log.length + quiet.slack.log.length).toBe(0);
    expect(await quiet.db.jobRun.findFirstOrThrow()).toMatchObject({ slot: SLOT, finishedAt: expect.any(Date) });
    expect(await quiet.db.delivery.count()).toBe(0);
    quiet.clock.advance(3600_000);
    expect((await quiet.run()).outcome).toBe("empty");

    const always = await setup({ DIGEST_SKIP_EMPTY: "false" });
    await channels(always.db);
    expect(await always.run()).toMatchObject({ outcome: "ran", totals: { sent: 2 } });
  });
});

describe("weekly digest: built once per run", () => {
  it("a run's builder gives every recipient the digest built for them alone, own section included, and picks up changes after a minute", async () => {
    const { db, deps, clock } = await setup();
    const { aino, erik, bob } = await busyWeek(db);
    // Seppo holds a seat in Aino's open purchase (his own section: that purchase); Pia has nothing of her own.
    const seppo = await member(db, "Seppo", "telegram", "504", { orgName: "Dila" });
    const pia = await member(db, "Pia", "telegram", "505", { locale: "en" });
    const hygiene = await db.purchase.findFirstOrThrow({ where: { courseName: "Hygieniapassi" } });
    await db.purchaseSeat.create({
      data: {
        purchaseId: hygiene.id,
        organisationId: seppo.organisationId!,
        memberId: seppo.id,
        seats: 2,
        status: "committed",
      },
    });
    const window = { from: new Date("2026-11-16T06:00:00Z"), to: new Date(SLOT_TIME) };
    const recipients = [
      { platform: "telegram", locale: "fi", personal: false },
      { platform: "slack", locale: "fi", personal: false },
      { platform: "telegram", locale: "fi", personal: true, memberId: aino.id },
      { platform: "slack", locale: "sv", personal: true, memberId: erik.id },
      { platform: "telegram", locale: "fi", personal: true, memberId: seppo.id },
      { platform: "telegram", locale: "en", personal: true, memberId: pia.id },
      { platform: "telegram", locale: "en", personal: true, memberId: pia.id },
    ];
    // What one recipient's digest is, gathered and rendered from scratch (each fits one message).
    const alone = async (r: (typeof recipients)[number]) => [
      renderDigest(await gatherDigest(db, window, deps.now(), r.personal ? r.memberId : undefined), {
        locale: r.locale,
        timeZone: "Europe/Helsinki",
        personal: r.personal,
      }),
    ];
    const builder = new DigestBuilder(deps, window);
    for (const r of recipients) expect(await builder.parts(r)).toEqual(await alone(r));
    const text = async (r: (typeof recipients)[number]) =>
      (await builder.parts(r)).flatMap((m) => m.text.map(spanText)).join("");
    expect(await text(recipients[4]!)).toContain("Hankintasi: Hygieniapassi");
    expect(await text(recipients[5]!)).not.toContain("Your own");

    // Pia asks for help and Bob gets a seat: once the shared part is a minute old, both show up.
    await request(db, {
      title: "Polkupyöriä lainaan",
      askerId: pia.id,
      org: "Dila",
      createdAt: "2026-11-22T09:00:00Z",
    });
    await db.purchaseSeat.create({
      data: {
        purchaseId: hygiene.id,
        organisationId: (await db.organisation.findUniqueOrThrow({ where: { name: "Pelastusarmeija" } })).id,
        memberId: bob.id,
        seats: 1,
        status: "waiting",
      },
    });
    clock.advance(SHARED_MAX_AGE_MS);
    const bobRecipient = { platform: "telegram", locale: "fi", personal: true, memberId: bob.id };
    for (const r of [...recipients, bobRecipient]) expect(await builder.parts(r)).toEqual(await alone(r));
    expect(await text(recipients[0]!)).toContain("Polkupyöriä lainaan");
    expect(await text(recipients[5]!)).toContain("Your request: Polkupyöriä lainaan");
    expect(await text(bobRecipient)).toContain("Hankintasi: Hygieniapassi");
  });
});

describe("weekly digest: exactly once", () => {
  it("a second runner on the same database (another client, like a second process) sends nothing more", async () => {
    const { db, deps, telegram, slack, run, config } = await setup();
    await busyWeek(db);
    await run();
    const db2 = await openDatabase(config.databaseUrl, { migrate: false });
    try {
      const telegram2 = recordingNotifier("telegram");
      const slack2 = recordingNotifier("slack");
      const report = await run({ ...deps, db: db2 }, { telegram: telegram2, slack: slack2 });
      expect(report.outcome).toBe("already_finished");
      expect(telegram2.log.length + slack2.log.length).toBe(0);
      expect(telegram.log.length + slack.log.length).toBe(4);
    } finally {
      await db2.$disconnect();
    }
  });

  it("two runners at once share the work: every recipient exactly once, one run row", async () => {
    const { db, deps, run, config } = await setup();
    await busyWeek(db);
    for (let i = 0; i < 12; i++) await member(db, `Tilaaja ${i}`, "telegram", String(700 + i));
    const db2 = await openDatabase(config.databaseUrl, { migrate: false });
    try {
      const a = { telegram: recordingNotifier("telegram"), slack: recordingNotifier("slack") };
      const b = { telegram: recordingNotifier("telegram"), slack: recordingNotifier("slack") };
      const [ra, rb] = await Promise.all([run(deps, a), run({ ...deps, db: db2 }, b)]);
      const counts = sendsPerChat(a.telegram, a.slack, b.telegram, b.slack);
      expect(Object.keys(counts)).toHaveLength(16);
      expect(Object.values(counts).every((n) => n === 1)).toBe(true);
      expect(ra.messagesSent + rb.messagesSent).toBe(16);
      expect(await db.jobRun.count()).toBe(1);
      expect(await db.delivery.count({ where: { status: "sent" } })).toBe(16);
    } finally {
      await db2.$disconnect();
    }
  });

  it("killed halfway: a new process sends the rest, nobody twice; the one message in flight is not resent", async () => {
    const { db, deps, run, clock, log } = await setup();
    await busyWeek(db);
    for (let i = 0; i < 6; i++) await member(db, `Tilaaja ${i}`, "telegram", String(700 + i));
    // The first process: its platform accepts three messages, then the process dies during the
    // fourth send (the message reaches Telegram, but the process never hears back).
    const first = { telegram: recordingNotifier("telegram"), slack: recordingNotifier("slack") };
    let sends = 0;
    const dying = (n: ReturnType<typeof recordingNotifier>): Notifier => ({
      ...n,
      async send(target, message) {
        const out = await n.send(target, message);
        if (++sends === 4) throw new Error("process killed");
        return out;
      },
    });
    await expect(run(deps, { telegram: dying(first.telegram), slack: dying(first.slack) })).rejects.toThrow(
      "process killed",
    );
    expect(await db.delivery.count({ where: { status: "sent" } })).toBe(3);
    expect(await db.delivery.count({ where: { status: "sending" } })).toBe(1);

    // The restarted process right away: the rest goes out; the in-doubt recipient waits for its claim to expire.
    const second = { telegram: recordingNotifier("telegram"), slack: recordingNotifier("slack") };
    clock.advance(5_000);
    const soon = await run(deps, second);
    expect(soon.finished).toBe(false);
    expect(soon.totals).toEqual({ sent: 9, skipped: 0, failed: 0, pending: 1 });

    clock.advance(CLAIM_MS);
    const later = await run(deps, second);
    expect(later).toMatchObject({ finished: true, totals: { sent: 9, skipped: 1, failed: 0, pending: 0 } });
    const counts = sendsPerChat(first.telegram, first.slack, second.telegram, second.slack);
    expect(Object.keys(counts)).toHaveLength(10);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    const skipped = await db.delivery.findFirstOrThrow({ where: { status: "skipped" } });
    expect(skipped.error).toContain("in doubt");
    expect(log.entries.some((e) => e.level === "warn" && e.msg?.includes("in doubt"))).toBe(true);
  });

  it("a multi-part digest cut by a crash: the part in doubt is not resent, the parts after it still go out", async () => {
    const { db, deps, run, clock } = await setup();
    await channels(db);
    await db.channel.updateMany({ where: { platform: "slack" }, data: { active: false } });
    const helper = await member(db, "Auttaja", "telegram", "900", { subscribed: false });
    for (let i = 0; i < 60; i++) {
      const r = await request(db, {
        title: `Pyyntö ${i} ${"pitkä kuvaus tarpeesta ".repeat(8)}`.slice(0, 100),
        org: "Manna ry",
        createdAt: "2026-11-20T09:00:00Z",
      });
      if (i % 2) await offer(db, r.id, helper.id, "pending", "2026-11-21T09:00:00Z");
    }
    const tg = recordingNotifier("telegram");
    let sends = 0;
    const dying: Notifier = {
      ...tg,
      async send(target, message) {
        if (++sends === 2) throw new Error("process killed"); // dies while sending part 2
        return tg.send(target, message);
      },
    };
    await expect(run(deps, { telegram: dying })).rejects.toThrow("process killed");
    const row = await db.delivery.findFirstOrThrow();
    expect(row).toMatchObject({ status: "sending", partsSent: 1 });
    clock.advance(CLAIM_MS + 1000);
    const report = await run(deps, { telegram: tg });
    expect(report.finished).toBe(true);
    const parts = tg.texts(GROUP);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(await db.delivery.findFirstOrThrow()).toMatchObject({
      status: "sent",
      partsSent: parts.length + 1,
      error: expect.stringContaining("part 2"),
    });
  });
});

describe("weekly digest: claims renewed while a long digest goes out", () => {
  it("a sender that finds its claim taken by another sender stops before the next part", async () => {
    const { db, deps, run, clock } = await setup();
    await channels(db);
    await db.channel.updateMany({ where: { platform: "slack" }, data: { active: false } });
    for (let i = 0; i < 60; i++)
      await request(db, {
        title: `Pyyntö ${i} ${"pitkä kuvaus tarpeesta ".repeat(8)}`.slice(0, 100),
        org: "Manna ry",
        createdAt: "2026-11-20T09:00:00Z",
      });
    const tg = recordingNotifier("telegram");
    let sends = 0;
    const slow: Notifier = {
      ...tg,
      async send(target, message) {
        const out = await tg.send(target, message);
        if (++sends === 1) {
          // Part 1 took long; meanwhile another sender took the row (as if this one had stalled).
          clock.advance(RENEW_AFTER_MS + 1000);
          await db.delivery.updateMany({ data: { claimedBy: "someone-else" } });
        }
        return out;
      },
    };
    await run(deps, { telegram: slow });
    expect(tg.texts(GROUP)).toHaveLength(1);
    // The row is the other sender's: this one wrote nothing more to it (every write is conditional on its claim).
    expect(await db.delivery.findFirstOrThrow()).toMatchObject({
      status: "sending",
      claimedBy: "someone-else",
      partsSent: 0,
    });
  });
});

describe("weekly digest: unreachable recipients and platform limits", () => {
  it("a subscriber who blocked the bot (403) is unsubscribed and staff are told; the rest still get it", async () => {
    const { db, telegram, slack, run } = await setup();
    const { aino } = await busyWeek(db);
    telegram.failNext(1, gone, (_op, target) => target.chatId === "501");
    const report = await run();
    expect(report).toMatchObject({ finished: true, totals: { sent: 3, failed: 1 } });
    expect(await db.member.findUniqueOrThrow({ where: { id: aino.id } })).toMatchObject({ digestSubscribed: false });
    expect(sendsPerChat(telegram, slack)).toEqual({ [GROUP]: 1, [STAFF]: 1, U2: 1 });
    expect(await db.delivery.findFirstOrThrow({ where: { status: "failed" } })).toMatchObject({
      recipientKey: `member:${aino.id}`,
      error: expect.stringContaining("blocked"),
    });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { platform: "slack", chatId: STAFF } });
    expect(notice.payload).toContain("Aino (telegram)");
    // Next week she is no longer a recipient.
    expect(await digestRecipientKeys(db, ["telegram", "slack"])).not.toContain(`member:${aino.id}`);
  });

  it("an archived Slack channel is deactivated, and the other staff channels are told", async () => {
    const { db, telegram, slack, run } = await setup();
    await busyWeek(db);
    await db.channel.create({ data: { platform: "telegram", chatId: "-100300", kind: "staff" } });
    slack.failNext(
      1,
      () => new DeliveryError("gone", "is_archived"),
      (_op, target) => target.chatId === STAFF,
    );
    const report = await run();
    expect(report).toMatchObject({ finished: true, totals: { sent: 4, failed: 1 } });
    expect(await db.channel.findFirstOrThrow({ where: { chatId: STAFF } })).toMatchObject({ active: false });
    expect(sendsPerChat(telegram, slack)).toEqual({ [GROUP]: 1, "-100300": 1, "501": 1, U2: 1 });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { chatId: "-100300" } });
    expect(notice.payload).toContain(STAFF);
    expect(notice.payload).toContain("is_archived");
  });

  it("a group that became a supergroup gets the digest at its new id; the channel and ledger follow; staff are told", async () => {
    const { db, telegram, slack, run } = await setup();
    await busyWeek(db);
    telegram.failNext(1, migrated("-100999"), (_op, target) => target.chatId === GROUP);
    const report = await run();
    expect(report.totals).toMatchObject({ sent: 4, failed: 0 });
    expect(sendsPerChat(telegram, slack)).toEqual({ "-100999": 1, [STAFF]: 1, "501": 1, U2: 1 });
    expect(await db.channel.findFirstOrThrow({ where: { platform: "telegram" } })).toMatchObject({
      chatId: "-100999",
      active: true,
    });
    expect(await db.delivery.findFirstOrThrow({ where: { recipientKey: "telegram:-100999" } })).toMatchObject({
      status: "sent",
    });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { chatId: STAFF } });
    expect(notice.payload).toContain("-100999");
  });

  it("429s with retry_after are waited out (on the fake clock) and every recipient gets exactly one", async () => {
    const { db, telegram, slack, run, pace } = await setup();
    await busyWeek(db);
    telegram.failNext(3, rateLimited(7));
    slack.failNext(1, rateLimited(2));
    const report = await run();
    expect(report.totals).toMatchObject({ sent: 4, failed: 0, pending: 0 });
    expect(sendsPerChat(telegram, slack)).toEqual({ [GROUP]: 1, [STAFF]: 1, "501": 1, U2: 1 });
    expect(pace.slept.filter((ms) => ms === 7000)).toHaveLength(3);
    expect(pace.slept.filter((ms) => ms === 2000)).toHaveLength(1);
  });

  it("a platform outage: the recipient stays pending for the next round, then is given up after a few tries", async () => {
    const { db, telegram, slack, run, clock } = await setup();
    await busyWeek(db);
    telegram.failNext(MAX_ATTEMPTS, transient, (_op, target) => target.chatId === GROUP);
    const first = await run();
    expect(first).toMatchObject({ finished: false, totals: { sent: 3, pending: 1 } });
    clock.advance(60_000);
    await run(); // the periodic job's next round
    clock.advance(60_000);
    const last = await run();
    expect(last).toMatchObject({ finished: true, totals: { sent: 3, failed: 1 } });
    expect(sendsPerChat(telegram, slack)[GROUP]).toBeUndefined();

    const again = await setup();
    await busyWeek(again.db);
    again.telegram.failNext(1, transient, (_op, target) => target.chatId === GROUP);
    await again.run();
    again.clock.advance(60_000);
    expect(await again.run()).toMatchObject({ finished: true, totals: { sent: 4 } });
    expect(sendsPerChat(again.telegram)[GROUP]).toBe(1);
  });

  it("paces sends: at most 20 a minute into one Telegram group, 1/s into one chat, 30/s overall", async () => {
    const { Pacer } = await import("../../src/core/features/digest/pacing.js");
    const { clock } = await setup();
    const pace = fakePace(clock);
    const { platformLimits } = await import("../support/notifier.js");
    const pacer = new Pacer(pace, (platform) => platformLimits[platform as keyof typeof platformLimits]);
    const start = clock.now().getTime();
    const groupTimes: number[] = [];
    for (let i = 0; i < 25; i++) {
      await pacer.take("telegram", "-100200");
      groupTimes.push(clock.now().getTime() - start);
    }
    expect(groupTimes.slice(0, 20).every((t) => t === 0)).toBe(true);
    expect(groupTimes[20]).toBe(60_000);
    for (let i = 0; i + 20 < groupTimes.length; i++)
      expect(groupTimes[i + 20]! - groupTimes[i]!).toBeGreaterThanOrEqual(60_000);

    const t0 = clock.now().getTime();
    const perChat: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pacer.take("telegram", "501");
      perChat.push(clock.now().getTime() - t0);
    }
    expect(perChat).toEqual([0, 1000, 2000]);

    const t1 = clock.now().getTime();
    for (let i = 0; i < 35; i++) await pacer.take("telegram", String(1000 + i));
    expect(clock.now().getTime() - t1).toBeGreaterThanOrEqual(1000); // the 31st had to wait

    const slackTimes: number[] = [];
    const t2 = clock.now().getTime();
    for (let i = 0; i < 3; i++) {
      await pacer.take("slack", "C1");
      slackTimes.push(clock.now().getTime() - t2);
    }
    expect(slackTimes).toEqual([0, 1000, 2000]);
  });
});

describe("weekly digest: long digests", () => {
  async function longDigest() {
    const t = await setup();
    await channels(t.db);
    for (let i = 0; i < 45; i++) {
      await request(t.db, {
        title: `Pyyntö <${i}> & "lainausmerkit" ${"tarvitsemme apua monessa asiassa ".repeat(3)}`.slice(0, 100),
        org: "Manna ry",
        createdAt: `2026-11-${String(16 + (i % 7)).padStart(2, "0")}T09:00:00Z`,
      });
    }
    return t;
  }

  it("over 4096 characters arrives in Telegram as several well-formed messages, split between items, never inside a tag or word", async () => {
    const { db, deps, run } = await longDigest();
    await db.channel.updateMany({ where: { platform: "slack" }, data: { active: false } });
    const whole = renderDigest(
      await gatherDigest(db, { from: new Date("2026-11-16T06:00:00Z"), to: new Date(SLOT_TIME) }, deps.now()),
      {
        locale: "fi",
        timeZone: "Europe/Helsinki",
      },
    );
    const visible = whole.text.map(spanText).join("");
    expect([...visible].length).toBeGreaterThan(4096);

    // The real Telegram notifier (grammY's Api), with the HTTP call answered here.
    const api = new Api("123:test");
    const sent: { chat_id: unknown; text: string; parse_mode: string }[] = [];
    api.config.use(async (_prev, method, payload) => {
      if (method !== "sendMessage") throw new Error(`unexpected ${method}`);
      sent.push(payload as never);
      return {
        ok: true,
        result: { message_id: sent.length, date: 0, chat: { id: -100200, type: "supergroup", title: "g" }, text: "" },
      } as never;
    });
    const report = await run(deps, { telegram: createTelegramNotifier(api) });
    expect(report.totals.sent).toBe(1);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    const texts = sent.map((m) => {
      expect(m.parse_mode).toBe("HTML");
      const parsed = parseHtml(m.text); // throws on a broken tag or entity, like Telegram
      expect([...parsed.text].length).toBeLessThanOrEqual(4096);
      return parsed.text;
    });
    // Nothing lost or cut: the parts put together are the whole digest (up to the whitespace at the cuts).
    expect(texts.join("\n").replace(/\s+/g, " ")).toBe(visible.replace(/\s+/g, " ").trim());
    // Cut only between whole lines (items), so never inside a tag or a word.
    const wholeLines = new Set(visible.split("\n"));
    for (const t of texts) for (const line of t.split("\n")) expect(wholeLines.has(line), line).toBe(true);
    expect(texts[0]).toMatch(/^Viikkokooste/);
    // The ledger recorded each part.
    expect(await db.delivery.findFirstOrThrow()).toMatchObject({ status: "sent", partsSent: sent.length });
  });

  it("in Slack every message has at most 50 blocks and every section at most 3000 characters", async () => {
    const { db, deps } = await longDigest();
    const data = await gatherDigest(
      db,
      { from: new Date("2026-11-16T06:00:00Z"), to: new Date(SLOT_TIME) },
      deps.now(),
    );
    const huge = {
      ...data,
      waiting: [...data.waiting, ...data.waiting, ...data.waiting, ...data.waiting, ...data.waiting, ...data.waiting],
    };
    const message = renderDigest(huge, { locale: "fi", timeZone: "Europe/Helsinki", personal: true });
    expect(message.text.map(spanText).join("").length).toBeGreaterThan(3000 * 5);
    const rendered = renderBlocks(message);
    expect(rendered.length).toBeGreaterThanOrEqual(1);
    for (const part of rendered) {
      expect(part.blocks.length).toBeLessThanOrEqual(50);
      expect(validateBlocks(part.blocks, "message")).toEqual([]);
      for (const b of part.blocks)
        if (b.type === "section") expect((b.text?.text ?? "").length).toBeLessThanOrEqual(3000);
    }
    // The sender cuts a Slack digest into parts that each fit one message.
    const window = { from: new Date("2026-11-16T06:00:00Z"), to: new Date(SLOT_TIME) };
    for (const part of await digestParts(
      deps,
      window,
      { platform: "slack", locale: "fi", personal: false },
      () => slackLimits,
    )) {
      expect(renderBlocks(part)).toHaveLength(1);
    }
    // The unsubscribe button is on the last message and carries the core action.
    const last = rendered.at(-1)!.blocks.at(-1) as { type: string; elements: { value: string }[] };
    expect(last.type).toBe("actions");
    expect(last.elements[0]!.value).toBe("dg:unsub");
  });
});

describe("weekly digest: commands", () => {
  it("/tilaa and /peru (and /subscribe, /unsubscribe) set the subscription; /start offers it with a button that works", async () => {
    const { core, db } = await setup();
    const a = terminalActor("Aino");
    const start = await core.handle(command(a, "/start"));
    const button = start.replies[0]!.message.buttons!.flat().find((b) => b.action === "dg:sub")!;
    expect(button.label).toBe("Tilaa viikkokooste");
    const pressed = await core.handle(privately(a, { type: "action", action: button.action }));
    expect(pressed.toast).toContain("Kiva!");
    expect((await db.member.findFirstOrThrow()).digestSubscribed).toBe(true);
    expect(textOf(await core.handle(command(a, "/tilaa")))).toContain("Olet jo");
    expect(
      (await core.handle(command(a, "/start"))).replies[0]!.message.buttons!.flat().some((b) => b.action === "dg:sub"),
    ).toBe(false);
    expect(textOf(await core.handle(command(a, "/peru")))).toContain("et saa enää");
    expect((await db.member.findFirstOrThrow()).digestSubscribed).toBe(false);
    expect(textOf(await core.handle(command(a, "/unsubscribe")))).toContain("Et ole");
    const e = terminalActor("Erik", { languageHint: "en" });
    expect(textOf(await core.handle(command(e, "/subscribe")))).toContain("weekly digest");
    expect((await core.handle(privately(a, { type: "action", action: "dg:zzz" }))).toast).toContain(
      "ei ole enää voimassa",
    );
  });

  it("/kooste is for staff only; esikatselu shows the coming digest without sending; laheta sends it once", async () => {
    const { core, db, deps, clock, telegram, slack, pace } = await setup({ STAFF_ADMINS: "terminal:Kaisa" });
    await busyWeek(db);
    clock.set("2026-11-23T04:00:00Z"); // Monday 06:00 in Helsinki, before the slot
    const kaisa = terminalActor("Kaisa");
    expect(textOf(await core.handle(command(terminalActor("Aino2"), "/kooste esikatselu")))).toContain(
      "vain verkoston henkilökunnalle",
    );
    expect(textOf(await core.handle(command(kaisa, "/kooste")))).toContain("/kooste esikatselu");

    const preview = textOf(await core.handle(command(kaisa, "/kooste esikatselu")));
    expect(preview).toContain("Esikatselu – tätä ei lähetetty. Kooste lähtee 23.11.2026 (4 vastaanottajaa)");
    expect(preview).toContain("Odottavat apua (1)");
    expect(preview).not.toContain("Omat asiasi");
    expect(await db.jobRun.count()).toBe(0);

    // Not wired to platforms in this process: says so instead of pretending.
    expect(textOf(await core.handle(command(kaisa, "/kooste laheta")))).toContain("Lähetys ei onnistu");

    // The same database, now with a core whose digest is wired to the platforms.
    const wired = createCore(deps, defaultFeatures({ digest: createDigestSender({ telegram, slack }, pace) }));
    const sent = textOf(await wired.handle(command(kaisa, "/kooste laheta")));
    expect(sent).toContain("lähetetty 4, ohitettu 0, epäonnistui 0, odottaa 0");
    expect(textOf(await wired.handle(command(kaisa, "/digest send")))).toContain(
      "lähti jo 23.11.2026 (4 vastaanottajaa)",
    );
    // The scheduled run at 08:00 the same week sends nothing more.
    clock.set(SLOT_TIME);
    expect((await runDigest(deps, { telegram, slack }, { pace })).outcome).toBe("already_finished");
    expect(telegram.log.length + slack.log.length).toBe(4);
    const after = textOf(await wired.handle(command(kaisa, "/kooste preview")));
    expect(after).toContain("Tämän viikon kooste lähti jo");
  });
});

describe("course names in the reader's language", () => {
  it("purchases and needs named after a course type are shown in Swedish and English; a purchase named otherwise keeps its name", async () => {
    const { db, deps, clock } = await testCore();
    clock.set(SLOT_TIME);
    await channels(db);
    const hygiene = await db.courseType.findUniqueOrThrow({ where: { key: "hygieniapassi" } });
    const firstAid = await db.courseType.findUniqueOrThrow({ where: { key: "ensiapu" } });
    const org = await db.organisation.create({
      data: { name: "Kurssi ry", normalisedName: normaliseOrganisationName("Kurssi ry"), municipality: "Lahti" },
    });
    const named = await purchase(db, {
      courseName: hygiene.name,
      minSeats: 10,
      committed: 4,
      deadline: "2026-12-20T12:00:00Z",
      createdAt: "2026-11-18T10:00:00Z",
    });
    await db.purchase.update({ where: { id: named.id }, data: { courseTypeId: hygiene.id } });
    const own = await purchase(db, {
      courseName: "Hygieniapassi Manna ry:n keittiölle",
      minSeats: 8,
      committed: 2,
      deadline: "2026-12-21T12:00:00Z",
      createdAt: "2026-11-18T11:00:00Z",
    });
    await db.purchase.update({ where: { id: own.id }, data: { courseTypeId: hygiene.id } });
    await db.need.create({
      data: {
        organisationId: org.id,
        courseTypeId: firstAid.id,
        courseText: firstAid.name,
        seats: 3,
        neededBy: new Date("2027-01-31T12:00:00Z"),
        municipality: "Lahti",
        createdAt: new Date("2026-11-19T10:00:00Z"),
      },
    });
    const data = await gatherDigest(
      db,
      { from: new Date("2026-11-16T06:00:00Z"), to: new Date(SLOT_TIME) },
      deps.now(),
    );
    const read = (locale: string) =>
      renderDigest(data, { locale, timeZone: "Europe/Helsinki" }).text.map(spanText).join("");
    for (const locale of ["sv", "en"] as const) {
      const text = read(locale);
      expect(text, locale).toContain(t(locale, "course-hygieniapassi"));
      expect(text, locale).toContain(t(locale, "course-ensiapu"));
      expect(text, locale).not.toContain("Ensiapukurssi");
      expect(text, locale).toContain("Hygieniapassi Manna ry:n keittiölle");
    }
    expect(read("fi")).toContain("Ensiapukurssi (EA1)");
  });
});
