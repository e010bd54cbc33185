/**
 * Scenario 3 — weekly digest delivery to N Telegram subscribers, with the emulator enforcing
 * Telegram's limits (30 messages/s overall, 1/s per private chat, 20/min per group) and a burst
 * of 429s injected when a quarter has gone out. The product (Telegram, Slack and terminal
 * adapters, on a database of 10 000 help requests) sends through its own path (`sendDigestNow`).
 *
 * Floor: messages / 30 s (the platform's limit). Lost / duplicates: each subscriber's private
 * chat in the emulator must hold exactly one digest message (every digest here fits one message:
 * checked on every digest below). Build time: every subscriber's digest built once more without
 * sending, exactly as a run builds them (one `DigestBuilder`, `parts` per recipient), after the
 * run (so the extra work does not inflate the run's memory). A run gathers the shared part again
 * every SHARED_MAX_AGE_MS, so the run's build time = this total + one more shared gather (the
 * first recipient's time) per further minute of the run; compared with the run's send time.
 */
import { makeUser, tooManyRequests, type TelegramEmulator } from "../../tests/emulators/telegram/server.js";
import { agentRuntime, spawnAgent } from "../lib/agent.js";
import type { BenchContext, Scenario } from "../lib/context.js";
import { productEnv, slackEmulator, telegramEmulator } from "../lib/platforms.js";
import { freshDb, seedHelpRequests, seedMembers } from "../lib/seed.js";
import type { Summary } from "../lib/stats.js";

const FIRST_SUBSCRIBER = 6_000_001;
const LOCALES = ["fi", "fi", "fi", "sv", "en"];
/** The injected burst: this many sendMessage calls in a row answered 429 "retry after 1". */
const BURST_429 = { count: 5, retryAfter: 1 };

export interface DigestResult {
  subscribers: number;
  requests: number;
  totalMs: number;
  messagesSent: number;
  floorMs: number;
  lost: number;
  duplicates: number;
  rejected: number;
  buildMs: number;
  /** The first recipient's build, which gathers the shared part. */
  buildFirstMs: number;
  buildPerRecipient: Summary;
  /** Members with requests of their own (two more queries each); none of the subscribers here. */
  buildWithOwnPart: Summary;
  peakRssMb: number;
  totals: Record<string, number>;
}

async function prepare(subscribers: number, requests: number) {
  const { url, db } = await freshDb();
  const askers = await seedMembers(db, 50, {
    platform: "telegram",
    userIdOf: (i) => String(9_000_001 + i),
    namePrefix: "Kysyjä",
  });
  await seedHelpRequests(db, requests, askers);
  await seedMembers(db, subscribers, {
    platform: "telegram",
    userIdOf: (i) => String(FIRST_SUBSCRIBER + i),
    namePrefix: "Tilaaja",
    digestSubscribed: true,
    localeOf: (i) => LOCALES[i % LOCALES.length]!,
  });
  await db.$disconnect();
  return url;
}

function chats(emu: TelegramEmulator, subscribers: number) {
  for (let i = 0; i < subscribers; i++)
    emu.createPrivateChat(makeUser(FIRST_SUBSCRIBER + i, `Tilaaja${i + 1}`), { started: true });
}

export async function runDigestOnce(ctx: BenchContext, subscribers: number, requests = 10_000): Promise<DigestResult> {
  const tg = await telegramEmulator();
  const sl = await slackEmulator();
  chats(tg, subscribers);
  const url = await prepare(subscribers, requests);
  const agent = await spawnAgent("product.ts", {
    env: { ...productEnv({ databaseUrl: url, tg, sl }), BENCH_TERMINAL: "1" },
    logName: `s3-digest-${subscribers}`,
    ...(ctx.profileDir ? { cpuProfDir: ctx.profileDir } : {}),
  });
  try {
    tg.rateLimits({ global: 30 });
    // Inject the 429 burst when a quarter of the messages have gone out.
    const quarter = tg.mark() + Math.floor(subscribers / 4);
    void tg
      .waitFor(() => tg.mark() >= quarter, 3_600_000, "a quarter of the digest")
      .then(() => tg.failNext("sendMessage", tooManyRequests(BURST_429.retryAfter), BURST_429.count))
      .catch(() => {});
    const callsBefore = tg.calls("sendMessage");
    const sentBefore = tg.mark();
    const rss = agent.sampleRss(250);
    const run = await agent.call<{
      ms: number;
      report: { messagesSent: number; totals: Record<string, number>; outcome: string };
    }>("digestRun", {}, 4 * 3_600_000);
    const peak = rss.stop();
    const messages = tg.mark() - sentBefore;
    // Built after the run, so the extra work does not inflate the run's memory or time.
    const build = await agent.call<{
      ms: number;
      firstMs: number;
      sharedMaxAgeMs: number;
      recipients: number;
      perRecipient: Summary;
      withOwnPart: Summary;
      parts: [string, number][];
    }>("digestBuild", {});
    const gathers = Math.max(1, Math.ceil(run.ms / build.sharedMaxAgeMs));
    const buildMs = build.ms + (gathers - 1) * build.firstMs;
    ctx.log(
      `    built all ${build.recipients} digests in ${build.ms.toFixed(0)} ms: first (gathers the shared part) ${build.firstMs.toFixed(1)} ms, then mean ${build.perRecipient.mean.toFixed(2)} ms, p99 ${build.perRecipient.p99.toFixed(2)} ms each; the run gathered the shared part ${gathers}× → ${(buildMs / 1000).toFixed(2)} s; a member with own requests ${build.withOwnPart.mean.toFixed(2)} ms (mean of ${build.withOwnPart.count})`,
    );
    const multiPart = build.parts.filter(([, n]) => n > 1).length;
    if (multiPart) ctx.log(`    note: ${multiPart} digests have more than one part`);
    const rejected = tg.calls("sendMessage") - callsBefore - messages;
    let lost = 0;
    let duplicates = 0;
    for (const [chatId, parts] of build.parts) {
      const got = tg.messages(Number(chatId)).length;
      if (got < parts) lost++;
      if (got > parts) duplicates++;
    }
    const floorMs = (run.report.messagesSent / 30) * 1000;
    ctx.log(
      `    sent ${run.report.messagesSent} messages in ${(run.ms / 1000).toFixed(1)} s (floor ${(floorMs / 1000).toFixed(1)} s, ${(run.ms / floorMs).toFixed(3)}×); lost ${lost}, duplicates ${duplicates}, 429s ${rejected}`,
    );
    return {
      subscribers,
      requests,
      totalMs: run.ms,
      messagesSent: run.report.messagesSent,
      floorMs,
      lost,
      duplicates,
      rejected,
      buildMs,
      buildFirstMs: build.firstMs,
      buildPerRecipient: build.perRecipient,
      buildWithOwnPart: build.withOwnPart,
      peakRssMb: peak / 2 ** 20,
      totals: run.report.totals,
    };
  } finally {
    await agent.stop();
    await Promise.all([tg.close(), sl.close()]);
  }
}

export const digestDelivery: Scenario = {
  id: "digest",
  title: "3. Digest delivery at Telegram's 30 messages/s with a 429 burst",
  async run(ctx) {
    const sizes = ctx.quick ? [100] : ctx.large ? [300, 3000, 30_000] : [300, 3000];
    const results: DigestResult[] = [];
    for (const n of sizes) {
      ctx.log(`  ${n} subscribers`);
      results.push(await runDigestOnce(ctx, n));
    }
    ctx.report.table({
      title: "Scenario 3 scaling: digest delivery (emulator enforcing 30 msg/s, 5 × 429 injected)",
      columns: [
        "subscribers",
        "messages",
        "total s",
        "floor s",
        "total/floor",
        "lost",
        "dupl.",
        "429s",
        "build s",
        "build/send",
        "shared part ms",
        "per recipient ms",
        "with own part ms",
        "peak RSS MB",
      ],
      rows: results.map((r) => [
        r.subscribers,
        r.messagesSent,
        r.totalMs / 1000,
        r.floorMs / 1000,
        `${(r.totalMs / r.floorMs).toFixed(3)}×`,
        r.lost,
        r.duplicates,
        r.rejected,
        r.buildMs / 1000,
        `${((r.buildMs / r.totalMs) * 100).toFixed(2)} %`,
        r.buildFirstMs,
        r.buildPerRecipient.mean,
        r.buildWithOwnPart.mean,
        r.peakRssMb,
      ]),
      note: `Database: ${results[0]?.requests ?? 0} help requests. Messages include the community group, the Slack staff channel and the terminal channels. 429s = sendMessage calls the emulator refused (the injected ${BURST_429.count} plus any from its rate limiter).`,
    });
    const head = results.find((r) => r.subscribers === 3000) ?? results[results.length - 1]!;
    const label = `N=${head.subscribers}`;
    ctx.report.figure(
      "3 Digest",
      `total time / floor (N/30 s), ${label}`,
      head.totalMs / head.floorMs,
      "×",
      { op: "<=", value: 1.1 },
      `${(head.totalMs / 1000).toFixed(1)} s vs floor ${(head.floorMs / 1000).toFixed(1)} s`,
    );
    ctx.report.figure("3 Digest", `lost, ${label}`, head.lost, "", { op: "==", value: 0 });
    ctx.report.figure("3 Digest", `duplicates, ${label}`, head.duplicates, "", { op: "==", value: 0 });
    ctx.report.figure(
      "3 Digest",
      `build time / send time, ${label}`,
      (head.buildMs / head.totalMs) * 100,
      "%",
      { op: "<=", value: 5 },
      `build ${(head.buildMs / 1000).toFixed(2)} s for ${head.subscribers} recipients (shared part ${head.buildFirstMs.toFixed(0)} ms per gather, then ${head.buildPerRecipient.mean.toFixed(2)} ms each)`,
    );
    ctx.report.figure(
      "5 Footprint",
      `peak RSS during the digest, ${label}`,
      head.peakRssMb,
      "MB",
      { op: "<=", value: 250 },
      `Telegram + Slack + terminal adapters, 10 000 requests, default Node settings, product run as ${agentRuntime()}`,
    );
    // --large: the 30 000-recipient run, done once and reported (issue 17).
    const large = results.find((r) => r.subscribers === 30_000);
    if (large) {
      const l = "N=30000";
      ctx.report.figure(
        "3 Digest",
        `total time / floor (N/30 s), ${l}`,
        large.totalMs / large.floorMs,
        "×",
        { op: "<=", value: 1.1 },
        `${(large.totalMs / 1000).toFixed(1)} s vs floor ${(large.floorMs / 1000).toFixed(1)} s`,
      );
      ctx.report.figure("3 Digest", `lost, ${l}`, large.lost, "", { op: "==", value: 0 });
      ctx.report.figure("3 Digest", `duplicates, ${l}`, large.duplicates, "", { op: "==", value: 0 });
      ctx.report.figure(
        "5 Footprint",
        `peak RSS during the digest, ${l}`,
        large.peakRssMb,
        "MB",
        undefined,
        "no target of its own at this size (the 250 MB target is for N = 3 000); reported",
      );
    }
  },
};
