/**
 * The floor for scenario 1: a bare grammY bot that only echoes, polled by @grammyjs/runner with
 * its defaults (no dedupe, no database, no sequentialize). Text → sendMessage with the same text;
 * button press → answerCallbackQuery.
 *
 *   BENCH_TOKEN, BENCH_API_ROOT: the emulator.
 *   BENCH_DATABASE_URL (experiment): also the product's dedupe — one durable insert per update
 *   through Prisma (`firstDelivery`) — before echoing.
 */
import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
import { memory, send, serve, trackUpdates } from "./ipc.js";
import { nowMs } from "../lib/stats.js";

const bot = new Bot(process.env.BENCH_TOKEN!, { client: { apiRoot: process.env.BENCH_API_ROOT! } });
if (process.env.BENCH_DATABASE_URL) {
  const { openDatabase } = await import("../../src/db/client.js");
  const { firstDelivery } = await import("../../src/core/delivery/dedupe.js");
  const db = await openDatabase(process.env.BENCH_DATABASE_URL);
  bot.use(async (ctx, next) => {
    if (await firstDelivery(db, "telegram", String(ctx.update.update_id))) await next();
  });
}
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery());
bot.catch(() => {});
const tracker = trackUpdates(bot);

await bot.init();
const runner = run(bot);
serve({
  ...tracker.handlers,
  rss: () => memory(),
  stop: async () => {
    if (runner.isRunning()) await runner.stop();
  },
});
send({ event: "ready", readyAtMs: nowMs(), processStartMs: performance.timeOrigin });
