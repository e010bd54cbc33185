/**
 * Deletion that deletes (`/poista_tiedot`). In one transaction, everything stored about the
 * member goes or is anonymised, and the people their leaving affects are told:
 *
 * - their open help requests are withdrawn (status `withdrawn`; the posts in the groups and
 *   channels are edited to say so) and every request of theirs loses its words (title, details,
 *   reason) and its link to them; helpers who had offered on a withdrawn request are told;
 * - their pending or accepted offers are withdrawn and the askers told (a request in progress
 *   only because of them is open again); every offer of theirs loses its note and its link;
 * - joint purchases they organise pass to another member of the organisation, who is told, or,
 *   when there is nobody, to the staff, who are told; needs and seats stay with the organisation;
 * - outbox messages to them are deleted, whether waiting or sent; messages to others that quote
 *   them (their name, handle, id or words) are deleted while waiting and emptied once sent;
 * - digest delivery records for them, their guided conversations, their identities and the member
 *   record itself are deleted;
 * - a mark (a keyed one-way hash of each platform identity, no name, no id) lets the next message
 *   from the same account say that they start afresh instead of silently becoming a new member;
 *   the mark is removed then, or after MARK_DAYS. The hash is an HMAC-SHA-256 keyed with this
 *   installation's secret (table InstallationSecret, made on the first deletion from 32 random
 *   bytes and shared by every instance on the database): without the key, trying every numeric
 *   Telegram id finds nothing. A database copied with db:copy takes its secret with its marks.
 *
 * What stays: anonymised statistics (how many requests, offers, seats, which organisations).
 */
import { createHmac, randomBytes } from "node:crypto";
import { releaseDeletedData, type DbOrTx } from "../../db/client.js";
import type { CoreDeps } from "../app/contract.js";
import { DELIVERED_PAYLOAD, enqueuePostUpdate, enqueueToMember, enqueueToStaff } from "../delivery/outbox.js";

export const ANONYMISED_TEXT = "–";
/** How long the fresh-start mark of a deleted account is kept, at most. */
export const MARK_DAYS = 90;

const HELP_REQUEST = "help_request";
const LIVE_REQUEST = ["open", "in_progress"];
const LIVE_OFFER = ["pending", "accepted"];
const LIVE_PURCHASE = ["open", "tipped"];

/** The name of the deletion marks' key in InstallationSecret. */
export const MARK_KEY = "deletion-mark";

/**
 * This installation's key for the deletion marks; made (32 random bytes) when `create` and none
 * exists yet. Two instances making it at once: one insert wins, both use the stored one.
 */
export async function deletionMarkKey(db: DbOrTx, create: boolean): Promise<Buffer | null> {
  const stored = await db.installationSecret.findUnique({ where: { name: MARK_KEY } });
  if (stored) return Buffer.from(stored.value, "hex");
  if (!create) return null;
  try {
    await db.installationSecret.create({ data: { name: MARK_KEY, value: randomBytes(32).toString("hex") } });
  } catch (err) {
    // Another instance made it first (a unique violation): theirs is the key.
    if (!(await db.installationSecret.findUnique({ where: { name: MARK_KEY } }))) throw err;
  }
  const row = await db.installationSecret.findUniqueOrThrow({ where: { name: MARK_KEY } });
  return Buffer.from(row.value, "hex");
}

/** The mark of a deleted platform identity: an HMAC with the installation's key, so the table holds no id. */
export function deletionMark(key: Buffer, platform: string, externalUserId: string): string {
  return createHmac("sha256", key).update(`mk-deleted\u0000${platform}\u0000${externalUserId}`).digest("hex");
}

export interface DeletionReport {
  requestsWithdrawn: number;
  offersWithdrawn: number;
  purchasesHandedOver: number;
  outboxDeleted: number;
  outboxEmptied: number;
}

/** Strings that identify the member or are their own words, for finding what quotes them. */
async function traces(db: DbOrTx, memberId: number): Promise<string[]> {
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { identities: true } });
  const requests = await db.helpRequest.findMany({
    where: { askerId: memberId },
    select: { title: true, details: true, statusReason: true },
  });
  const offers = await db.helpOffer.findMany({ where: { helperId: memberId }, select: { note: true } });
  const all = [
    member.displayName,
    ...member.identities.flatMap((i) => [i.externalUserId, i.privateChatId, i.username ?? ""]),
    ...requests.flatMap((r) => [r.title, r.details, r.statusReason ?? ""]),
    ...offers.map((o) => o.note),
  ];
  // Very short strings would match unrelated messages ("Jo", "42"): four characters at least.
  return [...new Set(all.map((s) => s.trim()).filter((s) => [...s].length >= 4 && s !== ANONYMISED_TEXT))];
}

export async function deleteMemberData(deps: CoreDeps, memberId: number): Promise<DeletionReport> {
  const now = deps.now();
  // Made outside the transaction: a unique violation inside one would abort it on PostgreSQL.
  const key = (await deletionMarkKey(deps.db, true))!;
  const report = await deps.db.$transaction(async (tx) => {
    const report: DeletionReport = {
      requestsWithdrawn: 0,
      offersWithdrawn: 0,
      purchasesHandedOver: 0,
      outboxDeleted: 0,
      outboxEmptied: 0,
    };
    const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, include: { identities: true } });
    const quotes = await traces(tx, memberId);

    // Their help requests: the live ones withdrawn, helpers who offered told; all without their words.
    const requests = await tx.helpRequest.findMany({
      where: { askerId: memberId },
      select: { id: true, status: true },
    });
    const live = requests.filter((r) => LIVE_REQUEST.includes(r.status)).map((r) => r.id);
    const offersOnLive = await tx.helpOffer.findMany({
      where: { requestId: { in: live }, status: { in: LIVE_OFFER }, helperId: { not: null } },
    });
    for (const o of offersOnLive) {
      if (o.helperId === memberId) continue;
      await enqueueToMember(
        tx,
        o.helperId,
        (t) => ({ text: [t("del-request-withdrawn-to-helper", { id: o.requestId })] }),
        now,
      );
    }
    await tx.helpOffer.updateMany({
      where: { requestId: { in: live }, status: { in: LIVE_OFFER } },
      data: { status: "withdrawn" },
    });
    report.requestsWithdrawn = (
      await tx.helpRequest.updateMany({ where: { id: { in: live } }, data: { status: "withdrawn", closedAt: now } })
    ).count;
    await tx.helpRequest.updateMany({
      where: { askerId: memberId },
      data: {
        askerId: null,
        askedAs: "anonymous",
        title: ANONYMISED_TEXT,
        details: "",
        statusReason: null,
        anonymisedAt: now,
      },
    });
    // A post not yet sent need not be sent at all; the sent ones are edited to say what happened.
    await tx.outboxMessage.deleteMany({
      where: { op: "post", entityType: HELP_REQUEST, entityId: { in: requests.map((r) => r.id) }, status: "pending" },
    });
    for (const r of requests) await enqueuePostUpdate(tx, HELP_REQUEST, r.id, now);

    // Their offers: the live ones withdrawn and the askers told.
    const offers = await tx.helpOffer.findMany({
      where: { helperId: memberId, status: { in: LIVE_OFFER } },
      include: { request: true },
    });
    for (const o of offers) {
      await tx.helpOffer.update({ where: { id: o.id }, data: { status: "withdrawn" } });
      report.offersWithdrawn++;
      if (!LIVE_REQUEST.includes(o.request.status) || o.request.askerId === memberId) continue;
      await enqueueToMember(
        tx,
        o.request.askerId,
        (t) => ({ text: [t("del-offer-withdrawn-to-asker", { title: o.request.title })] }),
        now,
      );
      if (o.status === "accepted" && o.request.status === "in_progress") {
        const others = await tx.helpOffer.count({
          where: { requestId: o.requestId, status: "accepted", id: { not: o.id } },
        });
        if (!others) {
          await tx.helpRequest.update({ where: { id: o.requestId }, data: { status: "open" } });
          await enqueuePostUpdate(tx, HELP_REQUEST, o.requestId, now);
        }
      }
    }
    await tx.helpOffer.updateMany({ where: { helperId: memberId }, data: { helperId: null, note: "" } });

    // Joint purchases they organise: to another member of the organisation, or to the staff.
    const purchases = await tx.purchase.findMany({ where: { organiserId: memberId, status: { in: LIVE_PURCHASE } } });
    for (const p of purchases) {
      const successor = p.organisationId
        ? await tx.member.findFirst({
            where: { organisationId: p.organisationId, id: { not: memberId }, identities: { some: {} } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          })
        : null;
      await tx.purchase.update({ where: { id: p.id }, data: { organiserId: successor?.id ?? null } });
      const args = { course: p.courseName, id: p.id };
      if (successor)
        await enqueueToMember(tx, successor.id, (t) => ({ text: [t("del-purchase-new-organiser", args)] }), now);
      else await enqueueToStaff(tx, (t) => ({ text: [t("del-purchase-to-staff", args)] }), now);
      report.purchasesHandedOver++;
    }
    await tx.purchase.updateMany({ where: { organiserId: memberId }, data: { organiserId: null } });
    await tx.need.updateMany({ where: { memberId }, data: { memberId: null } });
    await tx.purchaseSeat.updateMany({ where: { memberId }, data: { memberId: null } });
    // A profile version they submitted stays the organisation's; who submitted it is forgotten.
    await tx.portalProfile.updateMany({ where: { draftById: memberId }, data: { draftById: null } });

    // The outbox: nothing to them, nothing quoting them.
    for (const i of member.identities) {
      report.outboxDeleted += (
        await tx.outboxMessage.deleteMany({
          where: { platform: i.platform, chatId: i.privateChatId, op: { in: ["send", "file"] } },
        })
      ).count;
    }
    for (const q of quotes) {
      const where = { op: { in: ["send", "file"] }, payload: { contains: q } };
      report.outboxDeleted += (
        await tx.outboxMessage.deleteMany({ where: { ...where, status: { in: ["pending", "sending"] } } })
      ).count;
      report.outboxEmptied += (
        await tx.outboxMessage.updateMany({
          where: { ...where, status: { in: ["sent", "failed"] } },
          data: { payload: DELIVERED_PAYLOAD },
        })
      ).count;
    }

    // Digest records, conversations, identities, the member; the fresh-start marks.
    const keys = [`member:${memberId}`, ...member.identities.map((i) => `${i.platform}:${i.privateChatId}`)];
    await tx.delivery.deleteMany({ where: { recipientKey: { in: keys } } });
    for (const i of member.identities) {
      await tx.dialog.deleteMany({ where: { platform: i.platform, userId: i.externalUserId } });
      const keyHash = deletionMark(key, i.platform, i.externalUserId);
      await tx.deletedIdentity.upsert({
        where: { keyHash },
        create: { keyHash, deletedAt: now },
        update: { deletedAt: now },
      });
    }
    await tx.member.delete({ where: { id: memberId } });
    return report;
  });
  // The deleted text is not left in the database file or its write-ahead log either.
  await releaseDeletedData(deps.db);
  return report;
}

/**
 * True (once) when the account behind a member just created had deleted its data before: the
 * mark is removed, and the caller says they start afresh.
 */
export async function consumeDeletionMark(db: DbOrTx, platform: string, externalUserId: string): Promise<boolean> {
  const key = await deletionMarkKey(db, false);
  if (!key) return false; // nobody has deleted their data here yet
  const { count } = await db.deletedIdentity.deleteMany({
    where: { keyHash: deletionMark(key, platform, externalUserId) },
  });
  return count > 0;
}

/** Housekeeping: marks older than MARK_DAYS go; delivered messages that still hold text lose it. */
export async function pruneDeletionTraces(deps: CoreDeps): Promise<{ marks: number; emptied: number }> {
  const cutoff = new Date(deps.now().getTime() - MARK_DAYS * 86_400_000);
  const marks = (await deps.db.deletedIdentity.deleteMany({ where: { deletedAt: { lt: cutoff } } })).count;
  const emptied = (
    await deps.db.outboxMessage.updateMany({
      where: { op: { in: ["send", "file"] }, status: { in: ["sent", "failed"] }, payload: { not: DELIVERED_PAYLOAD } },
      data: { payload: DELIVERED_PAYLOAD },
    })
  ).count;
  return { marks, emptied };
}
