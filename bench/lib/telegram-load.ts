/**
 * Telegram load for the benchmark: simulated members in their private chats push updates into
 * the emulator's getUpdates queue (the bot under test long-polls it through @grammyjs/runner),
 * either all at once (throughput) or paced at a fixed rate (latency).
 *
 * Latency of an update = the moment the bot finished handling it (stamped in the bot's process
 * when `bot.handleUpdate` resolved: every middleware ran and every reply it awaited was answered
 * by the emulator) minus the moment it was enqueued in the emulator. Both are wall-clock times
 * of this machine (performance.timeOrigin + performance.now()), so they compare across the two
 * processes. It includes the long-poll pick-up, waiting behind earlier updates of the same chat
 * (sequentialize) and every Bot API round trip of the handler.
 */
import type { User } from "grammy/types";
import { makeUser, type TelegramEmulator } from "../../tests/emulators/telegram/server.js";
import type { Agent } from "./agent.js";

/** What the load functions need from the bot's side: one agent, or several behind a load balancer (bench/lib/fleet.ts). */
export type UpdateSink = Pick<Agent, "call">;
import { nowMs, sleep, summarise, type Summary } from "./stats.js";

export type Kind = "open" | "press" | "ask";

export interface LoadUser {
  user: User;
  chatId: number;
  /** A bot message in this chat whose buttons are pressed (an earlier /avoimet answer). */
  buttonMessageId?: number;
}

export interface SentUpdate {
  updateId: number;
  kind: Kind;
  chatId: number;
  at: number;
  queryId?: string;
}

/** mulberry32: a small seeded PRNG, so every run sends the same sequence. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createUsers(emu: TelegramEmulator, count: number, firstId = 5_000_001): LoadUser[] {
  const users: LoadUser[] = [];
  for (let i = 0; i < count; i++) {
    const user = makeUser(firstId + i, `Jäsen${i + 1}`, { language_code: "fi" });
    emu.createPrivateChat(user, { started: true });
    users.push({ user, chatId: user.id });
  }
  return users;
}

export interface MixOptions {
  /** Help requests whose "I can help" button is pressed (not asked by any load user). */
  requestIds: number[];
  seed?: number;
  /** Weights of /avoimet, button presses and new requests (default 70/20/10). */
  weights?: [number, number, number];
}

/** The 70/20/10 mix of /avoimet, "I can help" presses and one-line /pyyda requests, from random chats. */
export class UpdateMix {
  private readonly rnd: () => number;
  private asked = 0;
  readonly sent: SentUpdate[] = [];

  constructor(
    private readonly emu: TelegramEmulator,
    private readonly users: LoadUser[],
    private readonly options: MixOptions,
  ) {
    this.rnd = prng(options.seed ?? 42);
  }

  /** Enqueues one update of `kind` (random by the mix when omitted) from `u` (random when omitted). */
  next(kind?: Kind, u?: LoadUser): SentUpdate {
    const [wo, wp] = this.options.weights ?? [70, 20, 10];
    const r = this.rnd() * 100;
    const k: Kind = kind ?? (r < wo ? "open" : r < wo + wp ? "press" : "ask");
    const who = u ?? this.users[Math.floor(this.rnd() * this.users.length)]!;
    let s: SentUpdate;
    if (k === "press" && who.buttonMessageId !== undefined) {
      const id = this.options.requestIds[Math.floor(this.rnd() * this.options.requestIds.length)]!;
      const update = this.emu.buildCallbackUpdate({
        from: who.user,
        chatId: who.chatId,
        messageId: who.buttonMessageId,
        data: `hr:offer:${id}`,
        unchecked: true,
      });
      const at = nowMs();
      this.emu.enqueue(update, { keepId: true });
      s = { updateId: update.update_id, kind: k, chatId: who.chatId, at, queryId: update.callback_query!.id };
    } else {
      const text =
        k === "ask"
          ? `/pyyda Tarvitsemme kaksi vapaaehtoista muuttoapuun torstaina, kiitos ${++this.asked}`
          : "/avoimet";
      const at = nowMs();
      const update = this.emu.sendText({ from: who.user, chatId: who.chatId, text });
      s = { updateId: update.update_id, kind: k === "press" ? "open" : k, chatId: who.chatId, at };
    }
    this.sent.push(s);
    return s;
  }
}

export interface PhaseResult {
  updates: number;
  /** First enqueue to last update handled. */
  elapsedMs: number;
  throughput: number;
  latency: Summary;
  byKind: Record<string, Summary>;
  /** Achieved enqueue rate (paced phases). */
  offeredRate?: number;
}

async function collect(
  agent: UpdateSink,
  sent: SentUpdate[],
  expectTotal: number,
  timeoutMs: number,
): Promise<PhaseResult> {
  await agent.call("expect", { count: expectTotal }, timeoutMs);
  const stamps = new Map(await agent.call<[number, number][]>("stamps"));
  const latencies: number[] = [];
  const byKind: Record<string, number[]> = {};
  let last = 0;
  for (const s of sent) {
    const done = stamps.get(s.updateId);
    if (done === undefined) throw new Error(`update ${s.updateId} (${s.kind}) has no handling stamp`);
    latencies.push(done - s.at);
    (byKind[s.kind] ??= []).push(done - s.at);
    last = Math.max(last, done);
  }
  const first = Math.min(...sent.map((s) => s.at));
  const elapsedMs = last - first;
  return {
    updates: sent.length,
    elapsedMs,
    throughput: (sent.length / elapsedMs) * 1000,
    latency: summarise(latencies),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarise(v)])),
  };
}

/** How many updates the agent has handled so far. */
export async function handledSoFar(agent: UpdateSink): Promise<number> {
  return (await agent.call<{ handled: number }>("handled")).handled;
}

/** Every user sends /avoimet once and waits for it; remembers the answer as the message whose buttons they press. */
export async function warmUp(
  emu: TelegramEmulator,
  agent: UpdateSink,
  mix: UpdateMix,
  users: LoadUser[],
): Promise<PhaseResult> {
  const base = await handledSoFar(agent);
  const sent = users.map((u) => mix.next("open", u));
  const r = await collect(agent, sent, base + sent.length, 120_000);
  for (const u of users) u.buttonMessageId = emu.lastMessage(u.chatId)?.message_id;
  await agent.call("stamps");
  return r;
}

/** Enqueues `count` updates at once and measures until the bot has handled all of them. */
export async function burst(agent: UpdateSink, mix: UpdateMix, count: number): Promise<PhaseResult> {
  const base = await handledSoFar(agent);
  await agent.call("stamps"); // forget older stamps
  const sent: SentUpdate[] = [];
  for (let i = 0; i < count; i++) sent.push(mix.next());
  return collect(agent, sent, base + count, 600_000);
}

/** Enqueues updates at `rate` per second for `seconds` (open loop) and measures each one's latency. */
export async function paced(agent: UpdateSink, mix: UpdateMix, rate: number, seconds: number): Promise<PhaseResult> {
  const base = await handledSoFar(agent);
  await agent.call("stamps");
  const total = Math.round(rate * seconds);
  const sent: SentUpdate[] = [];
  const t0 = nowMs();
  while (sent.length < total) {
    const due = t0 + (sent.length * 1000) / rate;
    const wait = due - nowMs();
    if (wait > 1) await sleep(Math.floor(wait));
    // Catch up in the same tick when the timer was late (keeps the offered rate honest).
    while (sent.length < total && t0 + (sent.length * 1000) / rate <= nowMs()) sent.push(mix.next());
  }
  const offered = (sent.length / (sent[sent.length - 1]!.at - sent[0]!.at)) * 1000;
  const r = await collect(agent, sent, base + total, 600_000);
  return { ...r, offeredRate: offered };
}
