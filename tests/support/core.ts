/** Builds the core on a fresh database with a controllable clock and a silent, inspectable logger. */
import { parseConfig, type Config } from "../../src/core/config.js";
import type { CoreDeps, Interaction, Logger } from "../../src/core/app/contract.js";
import { createCore, type Core } from "../../src/core/app/index.js";
import { seedReferenceData } from "../../src/core/seed.js";
import type { ActorRef } from "../../src/core/types.js";
import { freshDb } from "./db.js";

export interface TestClock {
  now: () => Date;
  set(iso: string | Date): void;
  advance(ms: number): void;
}

export function testClock(start = "2026-11-23T08:00:00Z"): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface LogEntry {
  level: string;
  obj: object;
  msg?: string | undefined;
}

export function testLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void entries.push({ level, obj, msg });
  return { entries, info: at("info"), warn: at("warn"), error: at("error"), debug: at("debug") };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({ DATABASE_URL: "file:./data/unused.db", ...env });
}

export async function testCore(options: { env?: Record<string, string>; clock?: TestClock; seed?: boolean } = {}) {
  const { db, url } = await freshDb();
  if (options.seed !== false) await seedReferenceData(db);
  const clock = options.clock ?? testClock();
  const log = testLogger();
  const config = { ...testConfig(options.env), databaseUrl: url };
  const deps: CoreDeps = { db, config, now: clock.now, log };
  const core: Core = createCore(deps);
  return { db, deps, core, clock, log, config };
}

export function terminalActor(name: string, extra: Partial<ActorRef> = {}): ActorRef {
  return { platform: "terminal", userId: name, privateChatId: name, displayName: name, ...extra };
}

/** A private command/text/action from `actor`. */
export function privately(actor: ActorRef, input: Interaction["input"]): Interaction {
  return { actor, chat: { chatId: actor.privateChatId, kind: "private" }, input };
}

export function command(actor: ActorRef, text: string): Interaction {
  const [name = "", ...rest] = text.replace(/^\//, "").split(" ");
  return privately(actor, { type: "command", command: name, args: rest.join(" ") });
}

/** All text of an outcome's replies, flattened (for assertions). */
export function textOf(outcome: { replies: { message: { text: unknown[] } }[] }): string {
  return outcome.replies
    .map((r) => r.message.text.map((s) => (typeof s === "string" ? s : Object.values(s as object)[0])).join(""))
    .join("\n---\n");
}
