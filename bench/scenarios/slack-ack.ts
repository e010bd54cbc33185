/**
 * Scenario 2 — Slack acknowledgement: `/mk` slash commands and button presses through Bolt in
 * Socket Mode (real WebSocket to the emulator), paced at 50 requests/s. The ack time is measured
 * by the emulator: from sending the envelope to receiving the app's ack (`AckResult.ms`).
 *
 * Slash commands are acked with the answer itself when it is ready within 2 s (so their ack time
 * includes the core's work); button presses are acked first, then answered via response_url.
 * Commands are typed in the app's DM. Mix: 50 % `/mk avoimet`, 10 % `/mk pyyda <text>`, 40 % "I can help" on an earlier /mk avoimet answer.
 */
import type { SlackEmulator } from "../../tests/emulators/slack/server.js";
import { spawnAgent } from "../lib/agent.js";
import type { Scenario } from "../lib/context.js";
import { productEnv, slackEmulator } from "../lib/platforms.js";
import { preparedDatabase } from "./telegram-throughput.js";
import { nowMs, sleep, summarise, type Summary } from "../lib/stats.js";
import { prng } from "../lib/telegram-load.js";

const RATE = 50;

interface Pressable {
  channel: string;
  ts: string;
  buttons: { actionId: string; value: string }[];
}

function offerButtons(sl: SlackEmulator, user: string): Pressable | undefined {
  const e = sl.lastEphemeral(user);
  if (!e) return undefined;
  const buttons: { actionId: string; value: string }[] = [];
  for (const b of e.blocks ?? []) {
    for (const el of (b.elements as { action_id?: string; value?: string }[] | undefined) ?? []) {
      if (el.action_id && el.value?.startsWith("hr:offer:")) buttons.push({ actionId: el.action_id, value: el.value });
    }
  }
  return buttons.length ? { channel: e.channel, ts: e.ts, buttons } : undefined;
}

export const slackAck: Scenario = {
  id: "slack",
  title: "2. Slack acknowledgement through Bolt (Socket Mode) at 50 requests/s",
  async run(ctx) {
    const seconds = ctx.quick ? 3 : 10;
    const userCount = 50;
    const sl = await slackEmulator();
    // Commands are typed in the app's Messages tab (the user's DM with the app), where answers
    // come back in the ack itself (in a channel they would go to the DM with a short notice).
    const dm = new Map<string, string>();
    const users = Array.from({ length: userCount }, (_, i) => {
      const id = `U0B${String(i + 1).padStart(6, "0")}`;
      sl.addUser({ id, name: `kayttaja${i + 1}`, real_name: `Käyttäjä ${i + 1}` });
      dm.set(id, sl.dmChannel(id));
      return id;
    });
    const db = await preparedDatabase(1000);
    const agent = await spawnAgent("product.ts", {
      env: productEnv({ databaseUrl: db.url, sl, extra: { HELP_REQUESTS_PER_DAY: "1000" } }),
      logName: "s2-slack",
      ...(ctx.profileDir ? { cpuProfDir: ctx.profileDir } : {}),
    });
    try {
      await sl.waitForConnection(10_000);
      // Warm-up: everyone lists the open requests once (members exist, each has buttons to press).
      const pressable = new Map<string, Pressable>();
      for (const u of users) {
        const r = await sl.slashCommand({ user: u, channel: dm.get(u)!, command: "/mk", text: "avoimet" });
        if (!r.acked) throw new Error(`warm-up /mk avoimet not acked: ${r.error}`);
        const p = offerButtons(sl, u);
        if (p) pressable.set(u, p);
      }
      if (pressable.size === 0) throw new Error("no 'I can help' buttons in the /mk avoimet answers");

      const rnd = prng(7);
      const results: { kind: string; ms: number; acked: boolean; error?: string }[] = [];
      const inFlight: Promise<void>[] = [];
      const total = RATE * seconds;
      const t0 = nowMs();
      let asked = 0;
      for (let i = 0; i < total; i++) {
        const due = t0 + (i * 1000) / RATE;
        const wait = due - nowMs();
        if (wait > 1) await sleep(Math.floor(wait));
        const user = users[Math.floor(rnd() * users.length)]!;
        const r = rnd() * 100;
        const p = pressable.get(user);
        let call: Promise<{ ms: number; acked: boolean; error?: string }>;
        let kind: string;
        if (r < 40 && p) {
          kind = "button";
          const b = p.buttons[Math.floor(rnd() * p.buttons.length)]!;
          call = sl.pressButton({ user, channel: p.channel, messageTs: p.ts, actionId: b.actionId, value: b.value });
        } else if (r < 50) {
          kind = "/mk pyyda";
          call = sl.slashCommand({
            user,
            channel: dm.get(user)!,
            command: "/mk",
            text: `pyyda Tarvitsemme kokoustilan torstaiksi, kiitos ${++asked}`,
          });
        } else {
          kind = "/mk avoimet";
          call = sl.slashCommand({ user, channel: dm.get(user)!, command: "/mk", text: "avoimet" });
        }
        inFlight.push(
          call.then(
            (res) =>
              void results.push({ kind, ms: res.ms, acked: res.acked, ...(res.error ? { error: res.error } : {}) }),
            (err) => void results.push({ kind, ms: NaN, acked: false, error: String(err) }),
          ),
        );
      }
      const offered = (total / (nowMs() - t0)) * 1000;
      await Promise.all(inFlight);
      const acked = results.filter((r) => r.acked);
      const all = summarise(acked.map((r) => r.ms));
      const kinds = [...new Set(results.map((r) => r.kind))];
      const byKind: [string, Summary, number][] = kinds.map((k) => [
        k,
        summarise(acked.filter((r) => r.kind === k).map((r) => r.ms)),
        results.filter((r) => r.kind === k && !r.acked).length,
      ]);
      const log = await agent.call<{ error: number; lastErrors: string[] }>("log");
      ctx.log(
        `    ${results.length} requests at ${offered.toFixed(1)}/s: ack p50 ${all.p50.toFixed(1)} ms, p99 ${all.p99.toFixed(1)} ms, max ${all.max.toFixed(0)} ms; not acked ${results.length - acked.length}; product errors ${log.error}`,
      );
      ctx.report.table({
        title: `Scenario 2: Slack ack time by request kind at ${offered.toFixed(0)} requests/s (${seconds} s, ${userCount} users), ms`,
        columns: ["kind", "count", "p50", "p95", "p99", "max", "not acked"],
        rows: [
          ...byKind.map(([k, s, n]) => [k, s.count, s.p50, s.p95, s.p99, s.max, n]),
          ["all", all.count, all.p50, all.p95, all.p99, all.max, results.length - acked.length],
        ],
        note: "Ack time as the emulator saw it: envelope sent over the Socket Mode WebSocket → ack received. Slack's hard limit is 3 s.",
      });
      ctx.report.figure("2 Slack", `p99 ack at ${RATE}/s`, all.p99, "ms", { op: "<=", value: 300 });
      ctx.report.figure("2 Slack", "requests not acked", results.length - acked.length, "", { op: "==", value: 0 });
    } finally {
      await agent.stop();
      await sl.close();
    }
  },
};
