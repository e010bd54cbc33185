/** Small helpers to answer a member: privately when they pressed or typed in a group. */
import type { HandlerContext, HandlerOutcome } from "../../app/contract.js";
import type { OutgoingMessage, RichText } from "../../types.js";
import { statusLabel } from "./render.js";

/** One reply; sent privately when the interaction happened in a group (the group sees nothing of it). */
export function answer(
  ctx: HandlerContext,
  message: OutgoingMessage,
  options: { replace?: boolean } = {},
): HandlerOutcome {
  const inGroup = ctx.chat.kind === "group";
  return {
    replies: [
      { message, ...(inGroup ? { private: true } : {}), ...(options.replace && !inGroup ? { replace: true } : {}) },
    ],
    ...(inGroup ? { toast: ctx.t("hr-toast-see-private") } : {}),
  };
}

export function answerText(ctx: HandlerContext, ...text: RichText): HandlerOutcome {
  return answer(ctx, { text });
}

/** A short notice on the pressed button itself, nothing else changes. */
export function toast(text: string): HandlerOutcome {
  return { replies: [], toast: text.slice(0, 200) };
}

export function stale(ctx: HandlerContext): HandlerOutcome {
  return toast(ctx.t("error-stale-button"));
}

/** A polite refusal for each expected failure of the service functions. */
export function refusal(
  ctx: HandlerContext,
  result: { type: string; status?: string },
  staffAction = false,
): HandlerOutcome {
  const { t } = ctx;
  switch (result.type) {
    case "own":
      return toast(t("hr-error-own-request"));
    case "already":
      return toast(t("hr-error-already"));
    case "not_live":
    case "wrong_state":
      return toast(
        result.status && result.status !== "changed"
          ? t("hr-error-wrong-state", { status: statusLabel(t, result.status) })
          : t("error-stale-button"),
      );
    case "not_pending":
      return toast(t("hr-error-offer-handled"));
    case "not_yours":
    case "not_allowed":
      return toast(t(staffAction ? "error-staff-only" : "error-not-allowed"));
    case "at_max":
      return toast(t("hr-error-extend-max"));
    case "flood":
      return toast(t("hr-error-flood"));
    default:
      return stale(ctx);
  }
}
