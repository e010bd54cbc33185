/**
 * Scaling with the size of the database: 1 000 / 10 000 / 100 000 open help requests (seeded
 * with createMany in batches). Per size, a fresh product process (Telegram) and:
 * - /avoimet alone, one chat, one at a time (closed loop): the latency of the listing itself;
 * - the scenario 1 mix from 100 chats, a burst: throughput;
 * - the digest of 20 subscribers built as a run builds them (`DigestBuilder`): the shared part
 *   (gathered once per run and minute) and the time per recipient;
 * - RSS after the run.
 */
import { makeUser } from "../../tests/emulators/telegram/server.js";
import { spawnAgent } from "../lib/agent.js";
import type { Scenario } from "../lib/context.js";
import { telegramEmulator } from "../lib/platforms.js";
import { freshDb, seedHelpRequests, seedMembers } from "../lib/seed.js";
import { summarise, type Summary } from "../lib/stats.js";
import { burst, createUsers, UpdateMix, warmUp } from "../lib/telegram-load.js";
import { telegramEnv } from "./telegram-throughput.js";

const MB = 2 ** 20;

export const dbScaling: Scenario = {
  id: "dbsize",
  title: "Scaling with database size: 1 000 / 10 000 / 100 000 help requests",
  async run(ctx) {
    const sizes = ctx.quick ? [1000, 10_000] : [1000, 10_000, 100_000];
    const rows: (string | number)[][] = [];
    const results: { size: number; open: Summary; throughput: number; build: Summary }[] = [];
    for (const size of sizes) {
      const tg = await telegramEmulator();
      const users = createUsers(tg, 100);
      const { url, db } = await freshDb();
      const askers = await seedMembers(db, 50, {
        platform: "telegram",
        userIdOf: (i) => String(9_000_001 + i),
        namePrefix: "Kysyjä",
      });
      const seeded = await seedHelpRequests(db, size, askers);
      await seedMembers(db, 20, {
        platform: "telegram",
        userIdOf: (i) => String(6_000_001 + i),
        namePrefix: "Tilaaja",
        digestSubscribed: true,
      });
      for (let i = 0; i < 20; i++) tg.createPrivateChat(makeUser(6_000_001 + i, `Tilaaja${i + 1}`), { started: true });
      await db.$disconnect();
      const agent = await spawnAgent("product.ts", {
        env: telegramEnv(tg, url),
        logName: `dbsize-${size}`,
        ...(ctx.profileDir && size === sizes[sizes.length - 1] ? { cpuProfDir: ctx.profileDir } : {}),
      });
      try {
        const mix = new UpdateMix(tg, users, { requestIds: seeded.ids.slice(0, 1000) });
        await warmUp(tg, agent, mix, users);
        // /avoimet alone, one at a time from one chat.
        const one = users[0]!;
        const lat: number[] = [];
        const n = ctx.quick ? 50 : 200;
        for (let i = 0; i < n; i++) {
          const base = (await agent.call<{ handled: number }>("handled")).handled;
          const s = mix.next("open", one);
          await agent.call("expect", { count: base + 1 });
          const stamp = (await agent.call<[number, number][]>("stamps")).find(([id]) => id === s.updateId);
          if (!stamp) throw new Error(`no stamp for update ${s.updateId}`);
          lat.push(stamp[1] - s.at);
        }
        const open = summarise(lat);
        // The same number of seconds of work, roughly: fewer updates where each costs more.
        const b = await burst(agent, mix, ctx.quick ? 300 : size >= 100_000 ? 400 : 1500);
        const build = await agent.call<{ firstMs: number; perRecipient: Summary }>("digestBuild", {});
        const rss = (await agent.rss()) / MB;
        ctx.log(
          `    ${size} requests (seeded in ${(seeded.ms / 1000).toFixed(1)} s): /avoimet p50 ${open.p50.toFixed(1)} ms p99 ${open.p99.toFixed(1)} ms; mix ${b.throughput.toFixed(0)} upd/s; digest shared part ${build.firstMs.toFixed(1)} ms, then ${build.perRecipient.p50.toFixed(2)} ms/recipient; RSS ${rss.toFixed(0)} MB`,
        );
        results.push({ size, open, throughput: b.throughput, build: build.perRecipient });
        rows.push([
          size,
          seeded.ms / 1000,
          open.p50,
          open.p99,
          b.throughput,
          b.latency.p99,
          build.firstMs,
          build.perRecipient.p50,
          rss,
        ]);
      } finally {
        await agent.stop();
        await tg.close();
      }
    }
    ctx.report.table({
      title: "Scaling with database size (open help requests)",
      columns: [
        "requests",
        "seed s",
        "/avoimet alone p50 ms",
        "/avoimet alone p99 ms",
        "mix upd/s (100 chats)",
        "mix burst p99 ms",
        "digest shared part ms",
        "digest ms/recipient",
        "RSS MB",
      ],
      rows,
      note: "/avoimet alone: one chat, one update at a time (enqueue → handled), i.e. the cost of the listing without queueing. Mix: scenario 1's 70/20/10 mix, burst from 100 chats.",
    });
    const big = results[results.length - 1]!;
    const small = results[0]!;
    ctx.report.figure(
      "DB size",
      `/avoimet alone p50 at ${big.size} vs ${small.size} requests`,
      big.open.p50 / small.open.p50,
      "×",
      undefined,
      `${small.open.p50.toFixed(1)} → ${big.open.p50.toFixed(1)} ms`,
    );
    ctx.report.figure(
      "DB size",
      `mix throughput at ${big.size} requests`,
      big.throughput,
      "upd/s",
      undefined,
      `${small.throughput.toFixed(0)} upd/s at ${small.size}`,
    );
  },
};
