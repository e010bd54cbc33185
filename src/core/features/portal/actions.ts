/**
 * The `pt:` buttons: staff approve a profile (`pt:approve:<id>:<revision>`), an organisation
 * confirms its profile is current (`pt:fresh:<id>`) or edits it (`pt:edit`), closes a filled
 * place (`pt:close:<id>`), `/paikat`'s filters (`pt:list:…`), and `/ohjaa`'s "ask staff" (`pt:rh:…`).
 */
import type { Handler, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { answerText, stale, toast } from "../help-requests/replies.js";
import { editProfile } from "./ask.js";
import { listAction } from "./lists.js";
import { approvePlace, approveProfile, closePlace, confirmProfile, hidePlace, unpublishProfile } from "./service.js";

export function createPortalAction(referral: {
  askStaff: (ctx: HandlerContext, parts: string[]) => Promise<HandlerOutcome>;
}): Handler {
  return async (ctx, action) => {
    const [, verb = "", ...rest] = action.split(":");
    const id = Number(rest[0]);
    const { t } = ctx;
    switch (verb) {
      case "approve": {
        const r = await approveProfile(ctx, { memberId: ctx.member.id, staff: ctx.staff }, id, Number(rest[1]));
        switch (r.type) {
          case "ok":
            return {
              replies: [
                {
                  message: {
                    text: [
                      "✅ ",
                      t("pt-approved-staff", { organisation: r.organisation, name: ctx.member.displayName }),
                    ],
                    buttons: [[{ label: t("pt-button-unpublish"), action: `pt:unpublish:${r.organisationId}` }]],
                  },
                  replace: true,
                },
              ],
              toast: t("pt-approved-toast"),
            };
          case "not_allowed":
            return toast(t("error-staff-only"));
          case "already":
            return toast(t("pt-error-already-approved"));
          case "outdated":
            return toast(t("pt-error-outdated"));
          default:
            return stale(ctx);
        }
      }
      case "fresh": {
        const r = await confirmProfile(ctx, ctx.member, id);
        if (r.type === "not_allowed") return toast(t("error-not-allowed"));
        if (r.type !== "ok") return stale(ctx);
        return answerText(ctx, "✅ ", t("pt-confirmed"));
      }
      case "edit":
        return editProfile(ctx);
      case "close": {
        const r = await closePlace(ctx, { member: ctx.member, staff: ctx.staff }, id);
        if (r.type === "not_allowed") return toast(t("error-not-allowed"));
        if (r.type === "not_open") return toast(t("pt-error-not-open"));
        if (r.type !== "ok") return stale(ctx);
        return answerText(ctx, "✅ ", t("pt-place-closed", { title: r.place.title }));
      }
      case "approveplace": {
        const r = await approvePlace(ctx, { staff: ctx.staff }, id);
        if (r.type === "not_allowed") return toast(t("error-staff-only"));
        if (r.type === "not_pending") return toast(t("pt-error-not-pending"));
        if (r.type !== "ok") return stale(ctx);
        return { replies: [], toast: t("pt-approved-toast") };
      }
      case "hideplace": {
        const r = await hidePlace(ctx, { staff: ctx.staff }, id);
        if (r.type === "not_allowed") return toast(t("error-staff-only"));
        if (r.type !== "ok") return stale(ctx);
        return { replies: [], toast: t("pt-hidden-toast") };
      }
      case "unpublish": {
        const r = await unpublishProfile(ctx, { staff: ctx.staff }, id);
        if (r.type === "not_allowed") return toast(t("error-staff-only"));
        if (r.type !== "ok") return toast(t("pt-error-not-published"));
        return answerText(ctx, "🙈 ", t("pt-profile-unpublished", { organisation: r.title }));
      }
      case "list":
        return listAction(ctx, rest);
      case "rh":
        return referral.askStaff(ctx, rest);
    }
    return stale(ctx);
  };
}

/**
 * `/piilota paikka 12` · `/piilota jarjesto 5` (`/hide place 12`, `/hide profile 5`), or a portal
 * address (`/piilota https://…/paikat/12`): staff take a place or a profile off the portal at once.
 */
export const hideCommand: Handler = async (ctx, args) => {
  const { t } = ctx;
  if (!ctx.staff) return answerText(ctx, t("error-staff-only"));
  const s = args.trim().toLowerCase();
  const m =
    /^(?:paikka|place|plats|\S*\/paikat\/)\s*(\d{1,10})\/?$/u.exec(s) ??
    /^(?:jarjesto|järjestö|profile|profil|organisation|\S*\/jarjestot\/)\s*(\d{1,10})\/?$/u.exec(s);
  if (!m) return answerText(ctx, t("pt-hide-usage"));
  const id = Number(m[1]);
  const place = /^(?:paikka|place|plats|\S*\/paikat\/)/u.test(s);
  if (place) {
    const r = await hidePlace(ctx, { staff: true }, id);
    if (r.type !== "ok") return answerText(ctx, t("pt-error-no-place"));
    return answerText(ctx, "🙈 ", t("pt-place-hidden-staff", { title: r.title }));
  }
  const r = await unpublishProfile(ctx, { staff: true }, id);
  if (r.type !== "ok") return answerText(ctx, t("pt-error-not-published"));
  return answerText(ctx, "🙈 ", t("pt-profile-unpublished", { organisation: r.title }));
};
