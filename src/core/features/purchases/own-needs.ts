/**
 * An organisation's own needs: `/tarve` with no arguments lists them with buttons to change
 * (`pu:neededit:<id>`: seats, date and place asked again) or delete (`pu:needdel:<id>`) each,
 * and to add a new one (`pu:neednew`). Only members of the organisation may touch its needs.
 */
import type { HandlerContext, HandlerOutcome } from "../../app/contract.js";
import type { Button, RichText } from "../../types.js";
import { formatDate } from "./format.js";
import { courseLabel } from "./needs.js";

function ownOpenNeeds(ctx: HandlerContext) {
  if (!ctx.member.organisationId) return Promise.resolve([]);
  return ctx.db.need.findMany({
    where: { organisationId: ctx.member.organisationId, status: "open", neededBy: { gt: ctx.now() } },
    include: { courseType: true },
    orderBy: [{ neededBy: "asc" }, { id: "asc" }],
  });
}

/** The list with its buttons, or null when the organisation has no open needs. */
export async function ownNeedsList(ctx: HandlerContext): Promise<HandlerOutcome | null> {
  const needs = await ownOpenNeeds(ctx);
  if (!needs.length) return null;
  const { t } = ctx;
  const tz = ctx.config.digest.timezone;
  const text: RichText = [{ b: t("pu-own-needs-title") }];
  const buttons: Button[][] = [];
  for (const n of needs) {
    const course = courseLabel(n, t);
    text.push(
      "\n",
      t("pu-own-need-line", {
        id: n.id,
        course,
        seats: n.seats,
        date: formatDate(n.neededBy, tz, t),
        municipality: n.municipality,
      }),
    );
    buttons.push([
      { label: t("pu-button-need-change", { id: n.id }), action: `pu:neededit:${n.id}` },
      { label: t("pu-button-need-delete", { id: n.id }), action: `pu:needdel:${n.id}` },
    ]);
  }
  text.push("\n\n", t("pu-own-needs-hint"));
  buttons.push([{ label: t("pu-button-need-new"), action: "pu:neednew" }]);
  return { replies: [{ message: { text, buttons }, ...(ctx.chat.kind === "group" ? { private: true } : {}) }] };
}

/** The organisation's own open need by the id in a button, or null (someone else's, gone, or forged). */
export async function ownNeed(ctx: HandlerContext, idRaw: string | undefined) {
  const id = Number(idRaw);
  if (!Number.isSafeInteger(id) || id <= 0 || !ctx.member.organisationId) return null;
  return ctx.db.need.findFirst({ where: { id, organisationId: ctx.member.organisationId, status: "open" } });
}

/** `pu:needdel:<id>`: the need is closed (it no longer counts anywhere). */
export async function deleteOwnNeed(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const need = await ownNeed(ctx, idRaw);
  if (!need) return { replies: [], toast: ctx.t("error-stale-button") };
  await ctx.db.need.updateMany({ where: { id: need.id, status: "open" }, data: { status: "closed" } });
  const text = ctx.t("pu-need-deleted", { id: need.id });
  return { replies: [{ message: { text: [text] }, replace: true }], toast: text.slice(0, 190) };
}
