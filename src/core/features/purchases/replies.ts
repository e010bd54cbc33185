/** Small helpers to answer a member about joint purchases: privately when they pressed or typed in a group. */
import type { HandlerContext, HandlerOutcome, Reply } from "../../app/contract.js";
import type { OutgoingMessage, RichText } from "../../types.js";
import type { Actor } from "./service.js";

export const tz = (ctx: HandlerContext) => ctx.config.digest.timezone;

/** The acting member as the service sees them. */
export function actorOf(ctx: HandlerContext): Actor {
  return { memberId: ctx.member.id, organisationId: ctx.member.organisationId, staff: ctx.staff };
}

/** Replies to a button pressed in a group go to the member privately. */
export function reply(ctx: HandlerContext, message: OutgoingMessage, extra: Partial<Reply> = {}): HandlerOutcome {
  return { replies: [{ message, ...(ctx.chat.kind === "group" ? { private: true } : {}), ...extra }] };
}
export const text = (ctx: HandlerContext, ...spans: RichText): HandlerOutcome => reply(ctx, { text: spans });
export const stale = (ctx: HandlerContext): HandlerOutcome => ({ replies: [], toast: ctx.t("error-stale-button") });

/** Only the organiser (or staff) may: said in the chat and on the pressed button. */
export function notOrganiser(ctx: HandlerContext): HandlerOutcome {
  return { ...text(ctx, ctx.t("pu-organiser-only")), toast: ctx.t("error-not-allowed") };
}

export function noOrganisation(ctx: HandlerContext): HandlerOutcome {
  return text(ctx, ctx.t("pu-no-organisation"));
}

export function rows<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Telegram's callback_data limit: a button whose action is longer is left out (the member can type instead). */
export function fitsCallbackData(action: string): boolean {
  return Buffer.byteLength(action, "utf8") <= 64;
}

export function parseId(raw: string | undefined): number | null {
  const id = Number((raw ?? "").replace(/^#/, ""));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
