/**
 * Members' rights over their data: `/omat_tiedot` sends everything stored about the member as
 * JSON; `/poista_tiedot` deletes their identity after confirmation and anonymises what they
 * posted, so the network's statistics (how many asked, helped, bought) stay intact.
 * Retention: closed help requests are anonymised after config.retentionMonths.
 */
import type { DbOrTx } from "../../db/client.js";
import type { CoreDeps, Feature, HandlerContext, HandlerOutcome } from "../app/contract.js";
import { clearDialog } from "../dialogs.js";

export const ANONYMISED_TEXT = "–";

/** Everything stored about a member, as plain JSON-ready data. */
export async function exportMemberData(db: DbOrTx, memberId: number) {
  const member = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    include: {
      identities: true,
      organisation: true,
      helpRequests: true,
      offers: true,
      needs: true,
      purchases: true,
      seats: true,
    },
  });
  const dialogs = await db.dialog.findMany({
    where: { OR: member.identities.map((i) => ({ platform: i.platform, userId: i.externalUserId })) },
  });
  return { exportedFrom: "Mahdollisuudet käyttöön! -botti", member, dialogs };
}

/** Deletes the member and their identities; what they posted stays, without them. */
export async function deleteMemberData(db: CoreDeps["db"], memberId: number, now: Date) {
  await db.$transaction(async (tx) => {
    const identities = await tx.identity.findMany({ where: { memberId } });
    for (const i of identities) await clearDialog(tx, i.platform, i.externalUserId);
    await tx.helpRequest.updateMany({
      where: { askerId: memberId },
      data: { askerId: null, askedAs: "anonymous", title: ANONYMISED_TEXT, details: "", anonymisedAt: now },
    });
    await tx.helpOffer.updateMany({ where: { helperId: memberId }, data: { helperId: null, note: "" } });
    await tx.need.updateMany({ where: { memberId }, data: { memberId: null } });
    await tx.purchase.updateMany({ where: { organiserId: memberId }, data: { organiserId: null } });
    await tx.purchaseSeat.updateMany({ where: { memberId }, data: { memberId: null } });
    await tx.member.delete({ where: { id: memberId } });
  });
}

/** Anonymises closed help requests older than the retention period. Returns how many. */
export async function applyRetention(deps: CoreDeps): Promise<number> {
  const cutoff = new Date(deps.now());
  cutoff.setMonth(cutoff.getMonth() - deps.config.retentionMonths);
  const old = await deps.db.helpRequest.findMany({
    where: {
      status: { in: ["resolved", "expired", "hidden", "closed"] },
      OR: [{ closedAt: { lt: cutoff } }, { closedAt: null, resolvedAt: { lt: cutoff } }],
      anonymisedAt: null,
    },
    select: { id: true },
  });
  if (!old.length) return 0;
  const ids = old.map((r) => r.id);
  await deps.db.$transaction(async (tx) => {
    await tx.helpRequest.updateMany({
      where: { id: { in: ids } },
      data: { askerId: null, title: ANONYMISED_TEXT, details: "", statusReason: null, anonymisedAt: deps.now() },
    });
    await tx.helpOffer.updateMany({ where: { requestId: { in: ids } }, data: { helperId: null, note: "" } });
  });
  return ids.length;
}

async function myData(ctx: HandlerContext): Promise<HandlerOutcome> {
  const data = await exportMemberData(ctx.db, ctx.member.id);
  return {
    replies: [
      {
        message: { text: [ctx.t("md-export-intro")] },
        private: true,
        file: { filename: "omat-tiedot.json", mimeType: "application/json", content: JSON.stringify(data, null, 2) },
      },
    ],
  };
}

async function deleteData(ctx: HandlerContext): Promise<HandlerOutcome> {
  return {
    replies: [
      {
        private: true,
        message: {
          text: [{ b: ctx.t("md-delete-confirm-title") }, "\n\n", ctx.t("md-delete-confirm")],
          buttons: [[
            { label: ctx.t("md-delete-yes"), action: `md:delete:${ctx.member.id}` },
            { label: ctx.t("md-delete-no"), action: "md:keep" },
          ]],
        },
      },
    ],
  };
}

async function action(ctx: HandlerContext, action: string): Promise<HandlerOutcome> {
  const [, verb, id] = action.split(":");
  if (verb === "keep") return { replies: [{ message: { text: [ctx.t("md-delete-kept")] }, replace: true }] };
  // The button carries the member id it was made for: a forwarded or forged button deletes nobody else.
  if (verb !== "delete" || Number(id) !== ctx.member.id) return { replies: [], toast: ctx.t("error-stale-button") };
  await deleteMemberData(ctx.db, ctx.member.id, ctx.now());
  return { replies: [{ message: { text: [ctx.t("md-deleted")] }, replace: true }] };
}

export const memberDataFeature: Feature = {
  name: "member-data",
  commands: [
    { names: ["omat_tiedot", "mydata"], descriptionKey: "cmd-mydata", handler: myData },
    { names: ["poista_tiedot", "deletedata"], descriptionKey: "cmd-deletedata", handler: deleteData },
  ],
  actions: [{ prefix: "md", handler: action }],
  jobs: [
    {
      name: "retention",
      async run(deps) {
        const n = await applyRetention(deps);
        if (n) deps.log.info({ anonymised: n }, "retention applied");
      },
    },
  ],
};
