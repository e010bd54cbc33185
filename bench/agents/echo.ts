/**
 * The floor for scenario 1: a bare grammY bot that only echoes, polled by @grammyjs/runner with
 * its defaults (no dedupe, no database, no sequentialize). Text → sendMessage with the same text;
 * button press → answerCallbackQuery.
 *
 *   BENCH_TOKEN, BENCH_API_ROOT: the emulator.
 */
import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
import { memory, send, serve, trackUpdates } from "./ipc.js";
import { nowMs } from "../lib/stats.js";

const bot = new Bot(process.env.BENCH_TOKEN!, { client: { apiRoot: process.env.BENCH_API_ROOT! } });
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
