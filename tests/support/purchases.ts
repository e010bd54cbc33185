/** Helpers for the joint-purchase tests: members in organisations, group channels, what the outbox holds. */
import type { Db } from "../../src/db/client.js";
import type { HandlerOutcome } from "../../src/core/app/contract.js";
import type { Core } from "../../src/core/app/index.js";
import type { ActorRef, OutgoingMessage } from "../../src/core/types.js";
import { command, privately, terminalActor } from "./core.js";

export const GROUP = "-100777";
export const STAFF = "CSTAFF01";

/** The Telegram community group and the Slack staff channel, as the app would register them. */
export async function addChannels(db: Db) {
  await db.channel.create({ data: { platform: "telegram", chatId: GROUP, kind: "community" } });
  await db.channel.create({ data: { platform: "slack", chatId: STAFF, kind: "staff" } });
}

/** A member of `organisation` (created if new), talking through the terminal adapter. */
export async function memberOf(
  core: Core,
  name: string,
  organisation: string,
  extra: Partial<ActorRef> = {},
): Promise<ActorRef> {
  const actor = terminalActor(name, extra);
  await core.handle(command(actor, `/organisaatio ${organisation}`));
  return actor;
}

export function press(core: Core, actor: ActorRef, action: string) {
  return core.handle(privately(actor, { type: "action", action }));
}

export function type(core: Core, actor: ActorRef, text: string) {
  return core.handle(privately(actor, { type: "text", text }));
}

export function actionsOf(out: HandlerOutcome): string[] {
  return out.replies.flatMap((r) => (r.message.buttons ?? []).flat().map((b) => b.action));
}

export function plain(message: OutgoingMessage): string {
  return message.text.map((s) => (typeof s === "string" ? s : Object.values(s)[0])).join("");
}

/** Private messages the outbox holds for `chatId` (send ops), oldest first. */
export async function dmsTo(
  db: Db,
  chatId: string,
): Promise<(OutgoingMessage & { plain: string; actions: string[] })[]> {
  const rows = await db.outboxMessage.findMany({ where: { chatId, op: "send" }, orderBy: { id: "asc" } });
  return rows.map((r) => {
    const m = JSON.parse(r.payload) as OutgoingMessage;
    return { ...m, plain: plain(m), actions: (m.buttons ?? []).flat().map((b) => b.action) };
  });
}
