/**
 * The `pu:` buttons and what an organisation does with a purchase: seats (join, change, confirm
 * or decline an offered seat, the seat-count dialog), and the organiser's participant list,
 * closing and cancelling (also as `/hankinta csv|sulje|peru <id>`).
 */
import { z } from "zod";
import type { DialogDef, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { clearDialog, getDialog, setDialog } from "../../dialogs.js";
import type { Button, RichText } from "../../types.js";
import type { Purchase } from "../../../generated/prisma/client.js";
import { parseSeats, MAX_SEATS } from "./parse.js";
import {
  ACTIVE_STATUSES,
  csvFile,
  finishPurchase,
  mayManage,
  participantList,
  setOrgSeats,
  type SeatResult,
} from "./service.js";
import { joinButton } from "./render.js";
import { formatDate } from "./format.js";
import { actorOf, noOrganisation, notOrganiser, parseId, reply, rows, stale, text, tz } from "./replies.js";
import { answerAction, askNeedStep, detailsAction, formHelp, propose, publishAction, startPurchase } from "./ask.js";
import { deleteOwnNeed, ownNeed } from "./own-needs.js";
import { loadPurchase, show } from "./lists.js";

export const FLOW_SEATS = "pu-seats";

/** `/hankinta` (`/purchase`): help, the organiser's verbs and a purchase's number are handled here; anything else asks for a new purchase. */
export async function purchaseCommand(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const [first = "", second] = args.split(/\s+/);
  const sub = first.toLowerCase();
  if (/^(ohje|help|hjälp|apua)$/.test(sub)) return text(ctx, ...formHelp(ctx));
  if (/^(csv|lista|list)$/.test(sub)) return csv(ctx, second);
  if (/^(sulje|close|stäng)$/.test(sub)) return close(ctx, second);
  if (/^(peru|peruuta|cancel|avbryt)$/.test(sub)) return cancel(ctx, second, true);
  if (/^#?\d+$/.test(args.trim())) return show(ctx, args.trim());
  return startPurchase(ctx, args);
}

// ---------------------------------------------------------------------------------------------
// Seats

async function orgName(ctx: HandlerContext): Promise<string> {
  if (!ctx.member.organisationId) return "?";
  return (await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } }))?.name ?? "?";
}

/** `pu:join:<id>`: how many seats? Buttons 1..N (what is allowed), or a typed number. */
async function join(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const { t } = ctx;
  const p = await loadPurchase(ctx, idRaw);
  if (!p) return stale(ctx);
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  if (!ACTIVE_STATUSES.includes(p.status) || ctx.now().getTime() >= p.deadline.getTime())
    return text(ctx, t("pu-seats-closed"));
  const row = await ctx.db.purchaseSeat.findUnique({
    where: { purchaseId_organisationId: { purchaseId: p.id, organisationId: ctx.member.organisationId } },
  });
  const offeredOthers =
    (
      await ctx.db.purchaseSeat.aggregate({
        where: { purchaseId: p.id, status: "offered", organisationId: { not: ctx.member.organisationId } },
        _sum: { seats: true },
      })
    )._sum.seats ?? 0;
  const cap = p.perOrgCap ?? p.maxSeats;
  const mine = row?.status === "committed" ? row.seats : 0;
  const fit = p.maxSeats - p.committedSeats - offeredOthers + mine;
  const buttonsUpTo = Math.min(cap, fit > 0 ? fit : cap, 10);
  const org = await orgName(ctx);
  const out: RichText = [...[{ b: p.courseName }, ` (#${p.id})`], "\n"];
  if (row && row.status !== "withdrawn")
    out.push(t(`pu-seats-current-${row.status}`, { organisation: org, seats: row.seats }), "\n");
  if (row?.status === "offered" && row.offerExpiresAt)
    out.push(t("pu-offer-confirm-by", { when: formatDate(row.offerExpiresAt, tz(ctx), t) }), "\n");
  out.push(
    t(fit > 0 ? "pu-seats-ask" : "pu-seats-ask-full", { organisation: org, max: Math.min(cap, Math.max(fit, 0)), cap }),
  );
  const buttons: Button[][] = rows(
    Array.from({ length: buttonsUpTo }, (_, i) => ({ label: String(i + 1), action: `pu:seats:${p.id}:${i + 1}` })),
    5,
  );
  if (row?.status === "offered")
    buttons.unshift([{ label: t("pu-button-confirm", { seats: row.seats }), action: `pu:confirm:${p.id}` }]);
  if (row && row.status !== "withdrawn")
    buttons.push([{ label: t("pu-button-withdraw"), action: `pu:seats:${p.id}:0` }]);
  await setDialog(ctx, {
    flow: FLOW_SEATS,
    step: "seats",
    data: { purchaseId: p.id },
  });
  return reply(ctx, { text: out, buttons });
}

async function applySeats(
  ctx: HandlerContext,
  purchaseId: number,
  seats: number,
  onlyIfOffered = false,
): Promise<HandlerOutcome> {
  const result = await setOrgSeats(ctx, {
    purchaseId,
    memberId: ctx.member.id,
    organisationId: ctx.member.organisationId,
    seats,
    onlyIfOffered,
  });
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (dialog?.flow === FLOW_SEATS && !["over_cap", "not_enough"].includes(result.type)) await clearDialog(ctx);
  return seatOutcome(ctx, purchaseId, result);
}

async function seatOutcome(ctx: HandlerContext, purchaseId: number, result: SeatResult): Promise<HandlerOutcome> {
  const { t } = ctx;
  if (result.type === "no_organisation") return noOrganisation(ctx);
  if (result.type === "not_found") return stale(ctx);
  const p = await ctx.db.purchase.findUnique({ where: { id: purchaseId } });
  if (!p) return stale(ctx);
  const org = await orgName(ctx);
  const head: RichText = [{ b: p.courseName }, ` (#${p.id})`, "\n"];
  const status = (): RichText => [
    "\n",
    t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats }),
  ];
  switch (result.type) {
    case "committed": {
      const out: RichText = [...head, t("pu-seats-committed", { organisation: org, seats: result.seats }), ...status()];
      const missing = p.minSeats - p.committedSeats;
      out.push("\n", missing > 0 ? t("pu-status-missing", { missing }) : t("pu-seats-happening"));
      return { ...text(ctx, ...out), toast: t("pu-toast-saved") };
    }
    case "waiting":
      return text(
        ctx,
        ...head,
        t("pu-seats-waiting", { organisation: org, seats: result.seats, position: result.position }),
      );
    case "offered":
      return reply(ctx, {
        text: [...head, t("pu-seats-offered", { seats: result.seats, when: formatDate(result.expiresAt, tz(ctx), t) })],
        buttons: [
          [
            { label: t("pu-button-confirm", { seats: result.seats }), action: `pu:confirm:${p.id}` },
            { label: t("pu-button-decline"), action: `pu:decline:${p.id}` },
          ],
        ],
      });
    case "withdrawn":
      return { ...text(ctx, ...head, t("pu-seats-withdrawn", { organisation: org })), toast: t("pu-toast-saved") };
    case "unchanged":
      return text(
        ctx,
        ...head,
        t(result.seats ? "pu-seats-unchanged" : "pu-seats-not-in", { organisation: org, seats: result.seats }),
      );
    case "not_enough":
      return text(ctx, ...head, t("pu-seats-not-enough", { max: result.max }));
    case "over_cap":
      return text(ctx, ...head, t("pu-seats-over-cap", { cap: result.cap }));
    case "no_offer":
      return text(ctx, ...head, t("pu-seats-no-offer"));
    case "offer_expired":
      return reply(ctx, { text: [...head, t("pu-offer-expired")], buttons: joinButton(t, p, ctx.now()) });
    case "closed":
    case "deadline_passed":
      return text(ctx, ...head, t("pu-seats-closed"));
  }
}

async function seatsAction(
  ctx: HandlerContext,
  idRaw: string | undefined,
  nRaw: string | undefined,
): Promise<HandlerOutcome> {
  const id = parseId(idRaw);
  const n = Number(nRaw);
  if (!id || !Number.isSafeInteger(n) || n < 0 || n > MAX_SEATS) return stale(ctx);
  return applySeats(ctx, id, n);
}

async function confirmAction(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const id = parseId(idRaw);
  if (!id) return stale(ctx);
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  const row = await ctx.db.purchaseSeat.findUnique({
    where: { purchaseId_organisationId: { purchaseId: id, organisationId: ctx.member.organisationId } },
  });
  if (!row || row.status !== "offered")
    return seatOutcome(
      ctx,
      id,
      row?.status === "committed" ? { type: "unchanged", status: "committed", seats: row.seats } : { type: "no_offer" },
    );
  return applySeats(ctx, id, row.seats, true);
}

async function declineAction(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const id = parseId(idRaw);
  if (!id) return stale(ctx);
  return applySeats(ctx, id, 0, true);
}

/** What the seat-count conversation keeps: the purchase it is about. */
const seatsData = z.object({ purchaseId: z.number() });

async function seatsDialog(
  ctx: HandlerContext,
  _step: string,
  data: z.infer<typeof seatsData>,
  input: string,
): Promise<HandlerOutcome> {
  if (ctx.chat.kind === "group") return { replies: [] };
  const parsed = parseSeats(input, 0, MAX_SEATS);
  if (!parsed.ok) return text(ctx, ctx.t(parsed.key, { ...parsed.args, min: 0 }), "\n", ctx.t("pu-seats-zero-hint"));
  return applySeats(ctx, data.purchaseId, parsed.value);
}

export const seatsFlow: DialogDef<z.infer<typeof seatsData>> = {
  flow: FLOW_SEATS,
  data: seatsData,
  onText: seatsDialog,
};

// ---------------------------------------------------------------------------------------------
// Organiser: participant list, closing, cancelling

async function managed(
  ctx: HandlerContext,
  idRaw: string | undefined,
): Promise<{ ok: true; p: Purchase } | { ok: false; out: HandlerOutcome }> {
  const p = await loadPurchase(ctx, idRaw);
  if (!p)
    return {
      ok: false,
      out: idRaw && ctx.interaction.input.type === "action" ? stale(ctx) : text(ctx, ctx.t("pu-not-found")),
    };
  if (!mayManage(actorOf(ctx), p)) return { ok: false, out: notOrganiser(ctx) };
  return { ok: true, p };
}

async function csv(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const m = await managed(ctx, idRaw);
  if (!m.ok) return m.out;
  const list = await participantList(ctx.db, actorOf(ctx), m.p.id);
  if (list.type !== "ok") return list.type === "not_allowed" ? notOrganiser(ctx) : text(ctx, ctx.t("pu-not-found"));
  const content = list.csv(ctx.t);
  return {
    replies: [
      {
        message: { text: [ctx.t("pu-csv-ready", { id: String(m.p.id) })] },
        file: csvFile(ctx.t, m.p.id, content),
        private: true,
      },
    ],
  };
}

async function close(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const m = await managed(ctx, idRaw);
  if (!m.ok) return m.out;
  const r = await finishPurchase(ctx, m.p.id, "close", actorOf(ctx));
  if (r.type === "not_allowed") return notOrganiser(ctx);
  if (r.type === "closed") return text(ctx, ctx.t("pu-close-done", { id: String(m.p.id) }));
  if (r.type === "below_minimum") return text(ctx, ctx.t("pu-close-below-min", { committed: r.committed, min: r.min }));
  return text(ctx, ctx.t("pu-seats-closed"));
}

async function cancel(ctx: HandlerContext, idRaw: string | undefined, confirmed: boolean): Promise<HandlerOutcome> {
  const m = await managed(ctx, idRaw);
  if (!m.ok) return m.out;
  if (!confirmed) {
    return reply(ctx, {
      text: [ctx.t("pu-cancel-confirm", { id: String(m.p.id), course: m.p.courseName })],
      buttons: [[{ label: ctx.t("pu-button-cancel-yes"), action: `pu:cancelok:${m.p.id}` }]],
    });
  }
  const r = await finishPurchase(ctx, m.p.id, "cancel", actorOf(ctx));
  if (r.type === "not_allowed") return notOrganiser(ctx);
  if (r.type === "cancelled") return text(ctx, ctx.t("pu-cancel-done", { id: String(m.p.id) }));
  return text(ctx, ctx.t("pu-seats-closed"));
}

// ---------------------------------------------------------------------------------------------
// Buttons

export async function purchaseAction(ctx: HandlerContext, action: string): Promise<HandlerOutcome> {
  const [, verb, a, ...rest] = action.split(":");
  switch (verb) {
    case "a":
      return answerAction(ctx, a, rest.join(":"));
    case "propose":
      return propose(ctx, a);
    case "join":
      return join(ctx, a);
    case "seats":
      return seatsAction(ctx, a, rest[0]);
    case "neednew":
      return askNeedStep(ctx, "course", {});
    case "needdel":
      return deleteOwnNeed(ctx, a);
    case "neededit": {
      const n = await ownNeed(ctx, a);
      if (!n) return stale(ctx);
      return askNeedStep(ctx, "seats", { courseTypeId: n.courseTypeId, courseText: n.courseText, editId: n.id });
    }
    case "confirm":
      return confirmAction(ctx, a);
    case "decline":
      return declineAction(ctx, a);
    case "csv":
      return csv(ctx, a);
    case "close":
      return close(ctx, a);
    case "cancel":
      return cancel(ctx, a, false);
    case "cancelok":
      return cancel(ctx, a, true);
    case "publish":
      return publishAction(ctx);
    case "details":
      return detailsAction(ctx);
    case "show":
      return show(ctx, a ?? "");
    default:
      return stale(ctx);
  }
}
