/**
 * Scenario 4 — concurrency: 200 organisations join one joint purchase at the same moment.
 *
 * (a) 200 members press their seat button (`pu:seats:<id>:<n>`, 1–3 seats each) and all 200
 *     button presses are enqueued in the Telegram emulator at once; the bot handles them
 *     concurrently (one chat each).
 * (b) The same 200 joins split over two product processes on one database file: 100 through
 *     the Telegram bot, 100 through the core of a second process, started together.
 *
 * Checked afterwards in the database: committed seats ≤ maximum, the purchase's counter equals
 * the sum of committed rows, committed + offered ≤ maximum, one row per organisation, every
 * press answered. Time to settle: first enqueue → last join handled, and → outbox empty.
 */
import { parseConfig } from "../../src/core/config.js";
import { openDatabase } from "../../src/db/client.js";
import { createPurchase } from "../../src/core/features/purchases/service.js";
import type { Interaction } from "../../src/core/app/contract.js";
import type { TelegramEmulator } from "../../tests/emulators/telegram/server.js";
import { spawnAgent, type Agent } from "../lib/agent.js";
import type { BenchContext, Scenario } from "../lib/context.js";
import { productEnv, telegramEmulator } from "../lib/platforms.js";
import { freshDb, seedMembers, seedOrganisations } from "../lib/seed.js";
import { nowMs, sleep } from "../lib/stats.js";
import { createUsers, prng, type LoadUser } from "../lib/telegram-load.js";

const JOINERS = 200;
const MAX_SEATS = 60;
const MIN_SEATS = 15;
const FIRST_USER = 5_000_001;

interface Outcome {
  variant: string;
  joins: number;
  askedSeats: number;
  handledMs: number;
  settledMs: number;
  committedSeats: number;
  committedRowsSum: number;
  offeredSeats: number;
  committedOrgs: number;
  waitingOrgs: number;
  rows: number;
  duplicateRows: number;
  unanswered: number;
  oversold: boolean;
  consistent: boolean;
  errors: number;
}

async function createThePurchase(url: string, organiserId: number, organisationId: number | null) {
  const db = await openDatabase(url, { migrate: false });
  const config = parseConfig({ DATABASE_URL: url });
  const silent = { info() {}, warn() {}, error() {}, debug() {} };
  const p = await createPurchase({ db, config, now: () => new Date(), log: silent }, organiserId, organisationId, {
    courseName: "Järjestysmieskoulutus",
    courseTypeId: null,
    provider: "Koulutus Oy",
    minSeats: MIN_SEATS,
    maxSeats: MAX_SEATS,
    priceMode: "total",
    priceCents: 300_000,
    deadline: new Date(Date.now() + 14 * 86_400_000),
    courseDate: new Date(Date.now() + 30 * 86_400_000),
    place: "Lahti",
    perOrgCap: 3,
    soloPriceCents: 45_000,
  });
  await db.$disconnect();
  return p.purchase.id;
}

async function check(url: string, purchaseId: number) {
  const db = await openDatabase(url, { migrate: false });
  const p = await db.purchase.findUniqueOrThrow({ where: { id: purchaseId } });
  const rows = await db.purchaseSeat.findMany({ where: { purchaseId } });
  await db.$disconnect();
  const sum = (status: string) => rows.filter((r) => r.status === status).reduce((s, r) => s + r.seats, 0);
  const orgs = new Set(rows.map((r) => r.organisationId));
  return {
    committedSeats: p.committedSeats,
    committedRowsSum: sum("committed"),
    offeredSeats: sum("offered"),
    committedOrgs: rows.filter((r) => r.status === "committed").length,
    waitingOrgs: rows.filter((r) => r.status === "waiting").length,
    rows: rows.length,
    duplicateRows: rows.length - orgs.size,
  };
}

async function outboxEmpty(agent: Agent) {
  for (;;) {
    const o = await agent.call<Record<string, number>>("outbox");
    if (!o.pending && !o.sending) return;
    await sleep(20);
  }
}

async function variant(ctx: BenchContext, name: string, viaCore: number): Promise<Outcome> {
  const viaTelegram = JOINERS - viaCore;
  const { url, db } = await freshDb();
  await seedOrganisations(db, JOINERS + 10);
  const tgMembers = await seedMembers(db, viaTelegram, {
    platform: "telegram",
    userIdOf: (i) => String(FIRST_USER + i),
    namePrefix: "Liittyjä",
  });
  await seedMembers(db, viaCore, {
    platform: "terminal",
    userIdOf: (i) => `liittyja-${i + 1}`,
    namePrefix: "Päätteeltä",
    orgOffset: viaTelegram,
  });
  const organiser = await db.member.findFirstOrThrow({ where: { id: tgMembers[0] } });
  await db.$disconnect();

  const tg: TelegramEmulator = await telegramEmulator();
  const users: LoadUser[] = createUsers(tg, viaTelegram, FIRST_USER);
  const a = await spawnAgent("product.ts", {
    env: productEnv({ databaseUrl: url, tg }),
    logName: `s4-${name}-telegram`,
    ...(ctx.profileDir ? { cpuProfDir: ctx.profileDir } : {}),
  });
  const b = viaCore
    ? await spawnAgent("core.ts", { env: productEnv({ databaseUrl: url }), logName: `s4-${name}-core` })
    : undefined;
  try {
    const purchaseId = await createThePurchase(url, organiser.id, organiser.organisationId);
    // Each member's chat gets the purchase list (a message whose buttons are pressed).
    const base = (await a.call<{ handled: number }>("handled")).handled;
    for (const u of users) tg.sendText({ from: u.user, chatId: u.chatId, text: "/hankinnat" });
    await a.call("expect", { count: base + users.length });
    for (const u of users) u.buttonMessageId = tg.lastMessage(u.chatId)!.message_id;
    await outboxEmpty(a);
    await a.call("stamps");

    const rnd = prng(11);
    const seatsOf = Array.from({ length: JOINERS }, () => 1 + Math.floor(rnd() * 3));
    const interactions: Interaction[] = Array.from({ length: viaCore }, (_, i) => ({
      actor: {
        platform: "terminal",
        userId: `liittyja-${i + 1}`,
        privateChatId: `liittyja-${i + 1}`,
        displayName: `Päätteeltä ${i + 1}`,
      },
      chat: { chatId: `liittyja-${i + 1}`, kind: "private" },
      input: { type: "action", action: `pu:seats:${purchaseId}:${seatsOf[viaTelegram + i]}` },
    }));
    const t0 = nowMs();
    const coreRun = b?.call<{ totalMs: number; results: { toast: string | null }[] }>("core", { interactions });
    const queries: string[] = [];
    for (let i = 0; i < users.length; i++) {
      const u = users[i]!;
      const update = tg.buildCallbackUpdate({
        from: u.user,
        chatId: u.chatId,
        messageId: u.buttonMessageId,
        data: `pu:seats:${purchaseId}:${seatsOf[i]}`,
        unchecked: true,
      });
      tg.enqueue(update, { keepId: true });
      queries.push(update.callback_query!.id);
    }
    await a.call("expect", { count: base + users.length + users.length });
    const stamps = await a.call<[number, number][]>("stamps");
    const coreDone = coreRun ? (await coreRun, nowMs()) : 0;
    const handledAt = Math.max(coreDone, ...stamps.map(([, at]) => at));
    await outboxEmpty(a);
    // The second process has no notifier: its outbox rows (post edits, DMs) are delivered by the first.
    const settledAt = nowMs();
    const unanswered = queries.filter((q) => !tg.callbackAnswer(q)).length;
    const errors =
      (await a.call<{ error: number }>("log")).error + (b ? (await b.call<{ error: number }>("log")).error : 0);
    const c = await check(url, purchaseId);
    const out: Outcome = {
      variant: name,
      joins: JOINERS,
      askedSeats: seatsOf.reduce((s, n) => s + n, 0),
      handledMs: handledAt - t0,
      settledMs: settledAt - t0,
      ...c,
      unanswered,
      oversold:
        c.committedSeats > MAX_SEATS ||
        c.committedRowsSum > MAX_SEATS ||
        c.committedRowsSum + c.offeredSeats > MAX_SEATS,
      consistent: c.committedSeats === c.committedRowsSum && c.duplicateRows === 0 && c.rows === JOINERS,
      errors,
    };
    ctx.log(
      `    ${name}: ${out.joins} joins asking ${out.askedSeats} seats handled in ${out.handledMs.toFixed(0)} ms, settled (outbox empty) in ${out.settledMs.toFixed(0)} ms; committed ${out.committedSeats}/${MAX_SEATS} (rows ${out.committedRowsSum}, offered ${out.offeredSeats}), ${out.committedOrgs} orgs in, ${out.waitingOrgs} waiting; oversold ${out.oversold}, consistent ${out.consistent}, unanswered ${unanswered}, errors ${errors}`,
    );
    return out;
  } finally {
    await Promise.all([a.stop(), b?.stop()]);
    await tg.close();
  }
}

export const purchaseConcurrency: Scenario = {
  id: "purchases",
  title: `4. Concurrency: ${JOINERS} simultaneous joins on one joint purchase (${MAX_SEATS} seats)`,
  async run(ctx) {
    const results = [
      await variant(ctx, "one process (Telegram)", 0),
      await variant(ctx, "two processes (Telegram + core)", JOINERS / 2),
    ];
    ctx.report.table({
      title: `Scenario 4: ${JOINERS} simultaneous joins, max ${MAX_SEATS} seats, 1–3 seats each (per-organisation cap 3)`,
      columns: [
        "variant",
        "asked seats",
        "all handled ms",
        "settled ms",
        "committed",
        "Σ committed rows",
        "offered",
        "orgs in",
        "waiting",
        "rows",
        "oversold",
        "consistent",
        "unanswered",
        "errors",
      ],
      rows: results.map((r) => [
        r.variant,
        r.askedSeats,
        r.handledMs,
        r.settledMs,
        r.committedSeats,
        r.committedRowsSum,
        r.offeredSeats,
        r.committedOrgs,
        r.waitingOrgs,
        r.rows,
        r.oversold ? "YES" : "no",
        r.consistent ? "yes" : "NO",
        r.unanswered,
        r.errors,
      ]),
      note: "settled = every join handled and the outbox empty (post edits, waiting-list offers and tipping-point messages delivered).",
    });
    const [one, two] = results;
    ctx.report.figure(
      "4 Concurrency",
      "oversold seats (one process)",
      Math.max(0, one!.committedRowsSum + one!.offeredSeats - MAX_SEATS),
      "",
      { op: "==", value: 0 },
    );
    ctx.report.figure(
      "4 Concurrency",
      "oversold seats (two processes)",
      Math.max(0, two!.committedRowsSum + two!.offeredSeats - MAX_SEATS),
      "",
      { op: "==", value: 0 },
    );
    ctx.report.figure(
      "4 Concurrency",
      "ledger consistent (counter = Σ rows, one row per org)",
      one!.consistent && two!.consistent ? 1 : 0,
      "",
      { op: "==", value: 1 },
    );
    ctx.report.figure(
      "4 Concurrency",
      `time to settle ${JOINERS} joins (one process)`,
      one!.settledMs,
      "ms",
      undefined,
      `all answered after ${one!.handledMs.toFixed(0)} ms`,
    );
    ctx.report.figure(
      "4 Concurrency",
      `time to settle ${JOINERS} joins (two processes)`,
      two!.settledMs,
      "ms",
      undefined,
      `all answered after ${two!.handledMs.toFixed(0)} ms`,
    );
  },
};
