/**
 * The `hr:` buttons: offering help (with an optional note), accepting and declining offers,
 * resolving, thanking, extending, and the staff's hide (with a reason), close and reopen.
 * Every action checks who presses and the record's current state in the core: a forged or
 * stale button gets a polite notice and changes nothing.
 */
import { z } from "zod";
import type { DialogDef, Handler, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { clearDialog, getDialog, setDialog } from "../../dialogs.js";
import type { Button, RichText } from "../../types.js";
import { formatDay } from "../../time.js";
import { NOTE_MAX } from "./constants.js";
import { showFilters, showPage } from "./lists.js";
import { contactLines, loadMember, nameWithOrganisation } from "./people.js";
import { answer, answerText, refusal, stale, toast } from "./replies.js";
import { isLive, shortTitle } from "./render.js";
import {
  acceptOffer,
  checkOffer,
  closeRequest,
  createOffer,
  declineOffer,
  extendRequest,
  findRequest,
  hideRequest,
  purgeRequest,
  reopenRequest,
  resolveRequest,
  mayModerate,
  thankHelper,
  type Actor,
} from "./service.js";
import { checkShortText } from "./validate.js";

export const OFFER_FLOW = "hr-offer";
export const HIDE_FLOW = "hr-hide";

function actorOf(ctx: HandlerContext): Actor {
  return { memberId: ctx.member.id, staff: ctx.staff };
}

function idOf(raw: string | undefined): number {
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
}

// ---- offering ------------------------------------------------------------------------------

async function offerStart(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  const check = await checkOffer(ctx.db, ctx.member.id, requestId);
  if (check.type !== "ok") return refusal(ctx, check);
  await setDialog(ctx, {
    flow: OFFER_FLOW,
    step: "note",
    data: { requestId },
  });
  const { t } = ctx;
  return answer(ctx, {
    text: [
      t("hr-offer-note-prompt"),
      "\n",
      { b: check.request.title },
      "\n\n",
      t("hr-offer-note-hint", { max: NOTE_MAX }),
    ],
    buttons: [
      [
        { label: t("hr-button-send-without-note"), action: `hr:send:${requestId}` },
        { label: t("hr-button-cancel"), action: "hr:cancel" },
      ],
    ],
  });
}

async function offerFinish(
  ctx: HandlerContext,
  requestId: number,
  note: string,
  via: "button" | "text",
): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (dialog?.flow === OFFER_FLOW) await clearDialog(ctx);
  const result = await createOffer(ctx, ctx.member.id, requestId, note);
  if (result.type === "invalid") return answerText(ctx, "⚠️ ", ctx.t(result.error, result.args));
  if (result.type !== "ok") {
    const refused = refusal(ctx, result);
    return via === "button" ? refused : answerText(ctx, refused.toast ?? ctx.t("error-stale-button"));
  }
  return answerText(ctx, "✅ ", ctx.t("hr-offer-sent", { title: result.request.title }));
}

/** What the offer and hide flows keep between steps: the request they are about. */
const aboutRequest = z.object({ requestId: z.number() });

export const offerDialog: DialogDef<z.infer<typeof aboutRequest>> = {
  flow: OFFER_FLOW,
  data: aboutRequest,
  async onText(ctx, _step, data, text) {
    if (ctx.chat.kind === "group") return { replies: [] };
    const requestId = Number(data.requestId);
    const checked = checkShortText(text, NOTE_MAX);
    if (!checked.ok) {
      const { t } = ctx;
      return answer(ctx, {
        text: ["⚠️ ", t(checked.error, checked.args), "\n\n", t("hr-offer-note-hint", { max: NOTE_MAX })],
        buttons: [
          [
            { label: t("hr-button-send-without-note"), action: `hr:send:${requestId}` },
            { label: t("hr-button-cancel"), action: "hr:cancel" },
          ],
        ],
      });
    }
    return offerFinish(ctx, requestId, checked.value, "text");
  },
};

// ---- the asker's decisions ---------------------------------------------------------------------

async function accept(ctx: HandlerContext, offerId: number): Promise<HandlerOutcome> {
  const result = await acceptOffer(ctx, ctx.member.id, offerId);
  if (result.type !== "ok") return refusal(ctx, result);
  const { t } = ctx;
  const helper = await loadMember(ctx.db, result.offer.helperId);
  const text: RichText = ["🎉 ", t("hr-accepted", { name: helper ? nameWithOrganisation(helper) : "?" })];
  if (helper) text.push("\n\n", { b: t("hr-label-contact") }, "\n", ...contactLines(t, helper));
  text.push("\n\n", t("hr-accepted-after"));
  return answer(ctx, {
    text,
    buttons: [
      [
        { label: t("hr-button-resolve"), action: `hr:resolve:${result.offer.requestId}` },
        { label: t("hr-button-thank"), action: `hr:thank:${result.offer.id}` },
      ],
    ],
  });
}

async function decline(ctx: HandlerContext, offerId: number): Promise<HandlerOutcome> {
  const result = await declineOffer(ctx, ctx.member.id, offerId);
  if (result.type !== "ok") return refusal(ctx, result);
  return answerText(ctx, ctx.t("hr-declined"));
}

async function resolve(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  const result = await resolveRequest(ctx, actorOf(ctx), requestId);
  if (result.type !== "ok") return refusal(ctx, result);
  const { t } = ctx;
  const buttons: Button[][] = [];
  if (result.request.askerId === ctx.member.id) {
    const offers = await ctx.db.helpOffer.findMany({
      where: { requestId, thankedAt: null, helperId: { not: null }, status: { in: ["accepted", "pending"] } },
      include: { helper: true },
      orderBy: [{ status: "asc" }, { id: "asc" }],
    });
    for (const o of offers.slice(0, 10)) {
      buttons.push([
        {
          label: t("hr-button-thank-name", { name: shortTitle(o.helper?.displayName ?? "?", 30) }),
          action: `hr:thank:${o.id}`,
        },
      ]);
    }
  }
  return answer(ctx, {
    text: [
      "✅ ",
      t("hr-resolved", { title: result.request.title }),
      ...(buttons.length ? ["\n\n", t("hr-resolved-thank")] : []),
    ],
    buttons,
  });
}

async function thank(ctx: HandlerContext, offerId: number): Promise<HandlerOutcome> {
  const result = await thankHelper(ctx, ctx.member.id, offerId);
  if (result.type === "already") return toast(ctx.t("hr-error-already-thanked"));
  if (result.type !== "ok") return refusal(ctx, result);
  const helper = await loadMember(ctx.db, result.offer.helperId);
  return answerText(ctx, "💐 ", ctx.t("hr-thanked", { name: helper?.displayName ?? "?" }));
}

async function extend(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  const result = await extendRequest(ctx, actorOf(ctx), requestId);
  if (result.type !== "ok") return refusal(ctx, result);
  return answerText(
    ctx,
    "✅ ",
    ctx.t("hr-extended", {
      title: result.request.title,
      date: formatDay(result.request.expiresAt, ctx.config.digest.timezone),
    }),
  );
}

// ---- staff -----------------------------------------------------------------------------------

async function hideStart(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  if (!mayModerate(actorOf(ctx))) return refusal(ctx, { type: "not_allowed" }, true);
  const request = await findRequest(ctx.db, requestId);
  if (!request) return stale(ctx);
  if (!isLive(request.status)) return refusal(ctx, { type: "wrong_state", status: request.status });
  await setDialog(ctx, {
    flow: HIDE_FLOW,
    step: "reason",
    data: { requestId },
  });
  return answer(ctx, {
    text: [ctx.t("hr-hide-reason-prompt"), "\n", { b: request.title }],
    buttons: [[{ label: ctx.t("hr-button-cancel"), action: "hr:cancel" }]],
  });
}

export const hideDialog: DialogDef<z.infer<typeof aboutRequest>> = {
  flow: HIDE_FLOW,
  data: aboutRequest,
  async onText(ctx, _step, data, text) {
    if (ctx.chat.kind === "group") return { replies: [] };
    const result = await hideRequest(ctx, actorOf(ctx), Number(data.requestId), text);
    if (result.type === "invalid") {
      return answer(ctx, {
        text: ["⚠️ ", ctx.t(result.error, result.args), "\n\n", ctx.t("hr-hide-reason-prompt")],
        buttons: [[{ label: ctx.t("hr-button-cancel"), action: "hr:cancel" }]],
      });
    }
    await clearDialog(ctx);
    if (result.type !== "ok") return answerText(ctx, refusal(ctx, result, true).toast ?? ctx.t("error-stale-button"));
    return answerText(ctx, "✅ ", ctx.t("hr-hidden", { title: `#${result.request.id}` }));
  },
};

async function close(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  const result = await closeRequest(ctx, actorOf(ctx), requestId);
  if (result.type !== "ok") return refusal(ctx, result, true);
  return toast(ctx.t("hr-closed", { title: shortTitle(result.request.title, 60) }));
}

async function reopen(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  const result = await reopenRequest(ctx, actorOf(ctx), requestId);
  if (result.type !== "ok") return refusal(ctx, result, true);
  return toast(ctx.t("hr-reopened", { title: shortTitle(result.request.title, 60) }));
}

async function purge(ctx: HandlerContext, requestId: number): Promise<HandlerOutcome> {
  const result = await purgeRequest(ctx, actorOf(ctx), requestId);
  if (result.type !== "ok") return refusal(ctx, result, true);
  return toast(ctx.t("hr-purged", { id: String(requestId) }));
}

async function cancel(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (dialog?.flow !== OFFER_FLOW && dialog?.flow !== HIDE_FLOW) return stale(ctx);
  await clearDialog(ctx);
  return answerText(ctx, ctx.t("cancel-done"));
}

/** Routes `hr:<verb>:<id>[:…]`. */
export const hrAction: Handler = async (ctx, action) => {
  const [, verb = "", a, b, c] = action.split(":");
  const id = idOf(a);
  switch (verb) {
    case "cancel":
      return cancel(ctx);
    case "page":
      return showPage(ctx, a, b, c);
    case "filt":
      return showFilters(ctx, a, b);
  }
  if (Number.isNaN(id)) return stale(ctx);
  switch (verb) {
    case "offer":
      return offerStart(ctx, id);
    case "send":
      return offerFinish(ctx, id, "", "button");
    case "accept":
      return accept(ctx, id);
    case "decline":
      return decline(ctx, id);
    case "resolve":
      return resolve(ctx, id);
    case "thank":
      return thank(ctx, id);
    case "extend":
      return extend(ctx, id);
    case "hide":
      return hideStart(ctx, id);
    case "close":
      return close(ctx, id);
    case "reopen":
      return reopen(ctx, id);
    case "purge":
      return purge(ctx, id);
  }
  return stale(ctx);
};
