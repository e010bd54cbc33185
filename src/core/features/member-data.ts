/**
 * Members' rights over their data: `/omat_tiedot` sends everything stored about the member as
 * JSON (with the messages still holding their words); `/poista_tiedot` deletes everything about
 * them after confirmation (src/core/privacy/deletion.ts), so only statistics stay.
 * Retention: closed help requests are anonymised after config.retentionMonths.
 */
import type { DbOrTx } from "../../db/client.js";
import type { CoreDeps, Feature, HandlerContext, HandlerOutcome } from "../app/contract.js";
import { ANONYMISED_TEXT, deleteMemberData, pruneDeletionTraces } from "../privacy/deletion.js";

export { ANONYMISED_TEXT, deleteMemberData } from "../privacy/deletion.js";

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
  // Messages to them, and messages to others that still hold their name or words (waiting to be
  // sent, or sent before delivered messages stopped keeping text).
  const words = [
    member.displayName,
    ...member.helpRequests.flatMap((r) => [r.title, r.details]),
    ...member.offers.map((o) => o.note),
  ].filter((w) => [...w.trim()].length >= 4);
  const messages = await db.outboxMessage.findMany({
    where: {
      op: { in: ["send", "file"] },
      OR: [
        ...member.identities.map((i) => ({ platform: i.platform, chatId: i.privateChatId })),
        ...words.map((w) => ({ payload: { contains: w.trim() } })),
      ],
    },
    orderBy: { id: "asc" },
  });
  const deliveries = await db.delivery.findMany({ where: { recipientKey: `member:${memberId}` } });
  return {
    exportedFrom: "Mahdollisuudet käyttöön! -botti",
    member,
    dialogs,
    messages: messages.map((m) => ({ ...m, payload: safeJson(m.payload) })),
    deliveries,
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
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
          text: [{ b: ctx.t("md-delete-confirm-title") }, "\n\n", ctx.t("del-confirm")],
          buttons: [
            [
              { label: ctx.t("md-delete-yes"), action: `md:delete:${ctx.member.id}` },
              { label: ctx.t("md-delete-no"), action: "md:keep" },
            ],
          ],
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
  const report = await deleteMemberData(ctx, ctx.member.id);
  const done = ctx.t("del-done", {
    requests: report.requestsWithdrawn,
    offers: report.offersWithdrawn,
    purchases: report.purchasesHandedOver,
  });
  return { replies: [{ message: { text: [done] }, replace: true }] };
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
    {
      name: "deletion-traces",
      async run(deps) {
        const { marks, emptied } = await pruneDeletionTraces(deps);
        if (marks || emptied) deps.log.debug({ marks, emptied }, "deletion marks pruned, delivered messages emptied");
      },
    },
  ],
};
