/**
 * Help requests and offers: every state change in one transaction together with the messages
 * it causes (outbox), so a crash never leaves a change without its notice or a notice without
 * its change. Expected failures are returned as tagged results; the handlers turn them into
 * friendly words.
 */
import { ANONYMISED_TEXT } from "../../privacy/deletion.js";
import type { DbOrTx } from "../../../db/client.js";
import type { HelpOffer, HelpRequest, Member } from "../../../generated/prisma/client.js";
import type { CoreDeps } from "../../app/contract.js";
import { isUniqueViolation } from "../../errors.js";
import { MUNICIPALITIES } from "../../members.js";
import { enqueuePost, enqueuePostUpdate, enqueueToMember, enqueueToStaff } from "../../delivery/outbox.js";
import type { RichText } from "../../types.js";
import { DAY_MS, formatDay } from "../../time.js";
import {
  EXTEND_DAYS,
  isCategory,
  LIVE,
  MAX_DAYS,
  NOTE_MAX,
  OTHER_MUNICIPALITY,
  REASON_MAX,
  type Category,
} from "./constants.js";
import { contactLines, loadMember, nameWithOrganisation } from "./people.js";
import { describeRequest, isLive, requestInclude, type RequestView } from "./render.js";
import { checkDetails, checkShortText, checkTitle } from "./validate.js";

export const ENTITY = "help_request";

/** Who acts: a member, and whether the core recognised them as staff. */
export interface Actor {
  memberId: number;
  staff: boolean;
}

export interface AskInput {
  title: string;
  details: string;
  category: Category;
  municipality: string;
  expiresAt: Date;
  askedAs: "organisation" | "anonymous";
}

export type CreateResult =
  | { type: "ok"; request: RequestView }
  | { type: "flood"; limit: number }
  | { type: "invalid"; error: string; args?: Record<string, string | number> };

/** How many requests a member has made in the last 24 hours (the flood guard counts these). */
export async function requestsInLastDay(db: DbOrTx, memberId: number, now: Date): Promise<number> {
  return db.helpRequest.count({ where: { askerId: memberId, createdAt: { gt: new Date(now.getTime() - DAY_MS) } } });
}

/**
 * Creates a request and, in the same transaction, queues its posts to every active group and
 * channel. Validates everything again (the dialog did already) so no path can skip a check.
 */
export async function createHelpRequest(deps: CoreDeps, member: Member, input: AskInput): Promise<CreateResult> {
  const now = deps.now();
  const title = checkTitle(input.title);
  if (!title.ok) return { type: "invalid", error: title.error, ...(title.args ? { args: title.args } : {}) };
  const details = checkDetails(input.details || "-");
  if (!details.ok) return { type: "invalid", error: details.error, ...(details.args ? { args: details.args } : {}) };
  if (!isCategory(input.category)) return { type: "invalid", error: "hr-error-category" };
  if (
    input.municipality !== OTHER_MUNICIPALITY &&
    !(MUNICIPALITIES as readonly string[]).includes(input.municipality)
  ) {
    return { type: "invalid", error: "hr-error-municipality" };
  }
  if (input.expiresAt.getTime() <= now.getTime()) return { type: "invalid", error: "hr-error-until-past" };
  const expiresAt = new Date(Math.min(input.expiresAt.getTime(), now.getTime() + MAX_DAYS * DAY_MS));
  const limit = deps.config.helpRequestsPerDay;
  return deps.db.$transaction(async (tx): Promise<CreateResult> => {
    if ((await requestsInLastDay(tx, member.id, now)) >= limit) return { type: "flood", limit };
    const request = await tx.helpRequest.create({
      data: {
        askerId: member.id,
        organisationId: member.organisationId,
        askedAs: input.askedAs,
        title: title.value,
        details: details.value,
        category: input.category,
        municipality: input.municipality,
        expiresAt,
        createdAt: now,
      },
    });
    // The asker is `member`; only the organisation is read (one statement instead of the three an include takes).
    const organisation =
      request.organisationId === null
        ? null
        : await tx.organisation.findUnique({ where: { id: request.organisationId } });
    await enqueuePost(tx, ENTITY, request.id, now);
    return { type: "ok", request: { ...request, organisation, asker: member } };
  });
}

export async function findRequest(db: DbOrTx, id: number): Promise<RequestView | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.helpRequest.findUnique({ where: { id }, include: requestInclude });
}

// ---- offers ----------------------------------------------------------------------------------

export type OfferCheck =
  | { type: "ok"; request: HelpRequest }
  | { type: "not_found" }
  | { type: "own" }
  | { type: "not_live"; status: string }
  | { type: "already" };

/**
 * Whether a member may offer help on a request: it is live, not their own, and they have not
 * offered yet. Reads the request alone (no organisation or asker: an offer needs neither).
 */
export async function checkOffer(db: DbOrTx, helperId: number, requestId: number): Promise<OfferCheck> {
  if (!Number.isSafeInteger(requestId) || requestId <= 0) return { type: "not_found" };
  const request = await db.helpRequest.findUnique({ where: { id: requestId } });
  if (!request) return { type: "not_found" };
  if (request.askerId === helperId) return { type: "own" };
  if (!isLive(request.status)) return { type: "not_live", status: request.status };
  const existing = await db.helpOffer.findUnique({ where: { requestId_helperId: { requestId, helperId } } });
  if (existing) return { type: "already" };
  return { type: "ok", request };
}

export type OfferResult =
  | { type: "ok"; offer: HelpOffer; request: HelpRequest }
  | Exclude<OfferCheck, { type: "ok" }>
  | { type: "invalid"; error: string; args?: Record<string, string | number> };

/**
 * Records an offer and introduces the helper to the asker privately (name, organisation, note,
 * how to reach them) with Accept/Decline buttons. Contact details never go to a group.
 */
export async function createOffer(
  deps: CoreDeps,
  helperId: number,
  requestId: number,
  note: string,
): Promise<OfferResult> {
  const now = deps.now();
  const checkedNote = checkShortText(note, NOTE_MAX);
  if (!checkedNote.ok)
    return { type: "invalid", error: checkedNote.error, ...(checkedNote.args ? { args: checkedNote.args } : {}) };
  const cleanNote = checkedNote.value;
  try {
    return await deps.db.$transaction(async (tx): Promise<OfferResult> => {
      const check = await checkOffer(tx, helperId, requestId);
      if (check.type !== "ok") return check;
      const offer = await tx.helpOffer.create({ data: { requestId, helperId, note: cleanNote, createdAt: now } });
      const helper = (await loadMember(tx, helperId))!;
      const request = check.request;
      await enqueueToMember(
        tx,
        request.askerId,
        (t) => {
          const text: RichText = [
            "🤝 ",
            { b: t("hr-offer-dm-title") },
            "\n",
            t("hr-offer-dm-request", { title: request.title }),
            "\n\n",
          ];
          text.push(`${t("hr-label-helper")}: `, { b: nameWithOrganisation(helper) });
          if (offer.note) text.push("\n", `${t("hr-label-note")}: `, offer.note);
          text.push(
            "\n\n",
            { b: t("hr-label-contact") },
            "\n",
            ...contactLines(t, helper),
            "\n\n",
            t("hr-offer-dm-question"),
          );
          return {
            text,
            buttons: [
              [
                { label: t("hr-button-accept"), action: `hr:accept:${offer.id}` },
                { label: t("hr-button-decline"), action: `hr:decline:${offer.id}` },
              ],
            ],
          };
        },
        now,
      );
      return { type: "ok", offer, request };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { type: "already" };
    throw err;
  }
}

type OfferOnRequest = HelpOffer & { request: RequestView };

export type OfferDecision =
  | { type: "ok"; offer: OfferOnRequest }
  | { type: "not_found" }
  | { type: "not_yours" }
  | { type: "not_pending"; status: string }
  | { type: "not_live"; status: string };

async function loadOfferForAsker(db: DbOrTx, memberId: number, offerId: number) {
  if (!Number.isSafeInteger(offerId) || offerId <= 0) return { type: "not_found" as const };
  const offer = await db.helpOffer.findUnique({
    where: { id: offerId },
    include: { request: { include: requestInclude } },
  });
  if (!offer || offer.helperId == null) return { type: "not_found" as const };
  if (offer.request.askerId !== memberId) return { type: "not_yours" as const };
  return { type: "ok" as const, offer };
}

/**
 * The asker's decision on a pending offer: loads it (theirs only), and moves it from pending to
 * `to` with a conditional update, so two presses (or two processes) decide it once.
 */
async function decidePendingOffer(
  db: DbOrTx,
  memberId: number,
  offerId: number,
  to: "accepted" | "declined",
  requireLive: boolean,
) {
  const found = await loadOfferForAsker(db, memberId, offerId);
  if (found.type !== "ok") return found;
  const { offer } = found;
  if (offer.status !== "pending") return { type: "not_pending" as const, status: offer.status };
  if (requireLive && !isLive(offer.request.status)) return { type: "not_live" as const, status: offer.request.status };
  const changed = await db.helpOffer.updateMany({ where: { id: offer.id, status: "pending" }, data: { status: to } });
  if (changed.count !== 1) return { type: "not_pending" as const, status: "changed" };
  return found;
}

/** The asker accepts an offer: the request is in progress and the helper gets the asker's contact, privately. */
export async function acceptOffer(deps: CoreDeps, memberId: number, offerId: number): Promise<OfferDecision> {
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<OfferDecision> => {
    const found = await decidePendingOffer(tx, memberId, offerId, "accepted", true);
    if (found.type !== "ok") return found;
    const { offer } = found;
    const moved = await tx.helpRequest.updateMany({
      where: { id: offer.requestId, status: "open" },
      data: { status: "in_progress" },
    });
    if (moved.count) await enqueuePostUpdate(tx, ENTITY, offer.requestId, now);
    const asker = (await loadMember(tx, memberId))!;
    await enqueueToMember(
      tx,
      offer.helperId,
      (t) => ({
        text: [
          "🎉 ",
          { b: t("hr-accepted-dm-title") },
          "\n",
          t("hr-accepted-dm-body", { name: nameWithOrganisation(asker), title: offer.request.title }),
          "\n\n",
          { b: t("hr-label-contact") },
          "\n",
          ...contactLines(t, asker),
        ],
      }),
      now,
    );
    return {
      type: "ok",
      offer: {
        ...offer,
        status: "accepted",
        request: { ...offer.request, status: moved.count ? "in_progress" : offer.request.status },
      },
    };
  });
}

/** The asker declines an offer; the helper is thanked kindly all the same. */
export async function declineOffer(deps: CoreDeps, memberId: number, offerId: number): Promise<OfferDecision> {
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<OfferDecision> => {
    const found = await decidePendingOffer(tx, memberId, offerId, "declined", false);
    if (found.type !== "ok") return found;
    const { offer } = found;
    await enqueueToMember(
      tx,
      offer.helperId,
      (t) => ({
        text: [t("hr-declined-dm", { title: offer.request.title })],
      }),
      now,
    );
    return { type: "ok", offer: { ...offer, status: "declined" } };
  });
}

export type ThankResult = OfferDecision | { type: "already" };

/** The asker thanks a helper: the helper is told. Once per offer. */
export async function thankHelper(deps: CoreDeps, memberId: number, offerId: number): Promise<ThankResult> {
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<ThankResult> => {
    const found = await loadOfferForAsker(tx, memberId, offerId);
    if (found.type !== "ok") return found;
    const { offer } = found;
    if (offer.status === "declined" || offer.status === "withdrawn")
      return { type: "not_pending", status: offer.status };
    const changed = await tx.helpOffer.updateMany({
      where: { id: offer.id, thankedAt: null },
      data: { thankedAt: now },
    });
    if (changed.count !== 1) return { type: "already" };
    const asker = (await loadMember(tx, memberId))!;
    await enqueueToMember(
      tx,
      offer.helperId,
      (t) => ({
        text: ["💐 ", t("hr-thanks-dm", { name: nameWithOrganisation(asker), title: offer.request.title })],
      }),
      now,
    );
    return { type: "ok", offer: { ...offer, thankedAt: now } };
  });
}

// ---- status changes by the asker or staff ------------------------------------------------------

export type StatusResult =
  | { type: "ok"; request: RequestView }
  | { type: "not_found" }
  | { type: "not_allowed" }
  | { type: "wrong_state"; status: string }
  | { type: "at_max" };

function mayManage(actor: Actor, request: RequestView): boolean {
  return actor.staff || (request.askerId != null && request.askerId === actor.memberId);
}

/** The asker (or staff) marks a live request resolved; the posts show it at once. */
export async function resolveRequest(deps: CoreDeps, actor: Actor, requestId: number): Promise<StatusResult> {
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<StatusResult> => {
    const request = await findRequest(tx, requestId);
    if (!request) return { type: "not_found" };
    if (!mayManage(actor, request)) return { type: "not_allowed" };
    const changed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: { in: LIVE } },
      data: { status: "resolved", resolvedAt: now },
    });
    if (!changed.count) return { type: "wrong_state", status: request.status };
    await enqueuePostUpdate(tx, ENTITY, request.id, now);
    if (request.askerId !== actor.memberId) {
      await enqueueToMember(
        tx,
        request.askerId,
        (t) => ({ text: [t("hr-resolved-by-staff-dm", { title: request.title })] }),
        now,
      );
    }
    return { type: "ok", request: { ...request, status: "resolved", resolvedAt: now } };
  });
}

/** Adds two weeks to a live request, at most 90 days from when it was made. */
export async function extendRequest(deps: CoreDeps, actor: Actor, requestId: number): Promise<StatusResult> {
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<StatusResult> => {
    const request = await findRequest(tx, requestId);
    if (!request) return { type: "not_found" };
    if (!mayManage(actor, request)) return { type: "not_allowed" };
    if (!isLive(request.status)) return { type: "wrong_state", status: request.status };
    const cap = request.createdAt.getTime() + MAX_DAYS * DAY_MS;
    const base = Math.max(request.expiresAt.getTime(), now.getTime());
    const next = Math.min(base + EXTEND_DAYS * DAY_MS, cap);
    if (next <= request.expiresAt.getTime()) return { type: "at_max" };
    const expiresAt = new Date(next);
    // A new date deserves its own reminder: reminderSentAt starts over.
    const changed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: { in: LIVE }, expiresAt: request.expiresAt },
      data: { expiresAt, reminderSentAt: null },
    });
    if (!changed.count) return { type: "wrong_state", status: "changed" };
    await enqueuePostUpdate(tx, ENTITY, request.id, now);
    return { type: "ok", request: { ...request, expiresAt, reminderSentAt: null } };
  });
}

// ---- staff -----------------------------------------------------------------------------------

/** Hiding, closing and reopening any request is for staff; asked before a hide dialog starts, and again by each change. */
export function mayModerate(actor: Actor): boolean {
  return actor.staff;
}

/** Staff hide a request with a reason; the asker is told the reason, the group post loses its content. */
export async function hideRequest(
  deps: CoreDeps,
  actor: Actor,
  requestId: number,
  reason: string,
): Promise<StatusResult | { type: "invalid"; error: string; args?: Record<string, string | number> }> {
  if (!mayModerate(actor)) return { type: "not_allowed" };
  const checked = checkShortText(reason, REASON_MAX);
  if (!checked.ok) return { type: "invalid", error: checked.error, ...(checked.args ? { args: checked.args } : {}) };
  if (!checked.value) return { type: "invalid", error: "hr-error-reason-empty" };
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const request = await findRequest(tx, requestId);
    if (!request) return { type: "not_found" as const };
    const changed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: { in: LIVE } },
      data: { status: "hidden", statusReason: checked.value, closedAt: now },
    });
    if (!changed.count) return { type: "wrong_state" as const, status: request.status };
    await enqueuePostUpdate(tx, ENTITY, request.id, now);
    await enqueueToMember(
      tx,
      request.askerId,
      (t) => ({
        text: [
          // The hidden text is not quoted again (it may be what had to go): the request by its number.
          t("hr-hidden-dm", { title: `#${request.id}` }),
          "\n\n",
          `${t("hr-label-reason")}: `,
          checked.value,
          "\n\n",
          t("hr-hidden-dm-after"),
        ],
      }),
      now,
    );
    return { type: "ok" as const, request: { ...request, status: "hidden", statusReason: checked.value } };
  });
}

/**
 * Staff remove a request's text as confidential (a code or a client's details got through): the
 * title and details become "–" in the database, the request is hidden if it was live, and every
 * post of it is edited (the outbox re-renders them from the row, so no copy keeps the text). The
 * asker is told without the text being quoted.
 */
export async function purgeRequest(deps: CoreDeps, actor: Actor, requestId: number): Promise<StatusResult> {
  if (!mayModerate(actor)) return { type: "not_allowed" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<StatusResult> => {
    const request = await findRequest(tx, requestId);
    if (!request) return { type: "not_found" };
    if (request.status === "withdrawn") return { type: "wrong_state", status: request.status };
    const live = isLive(request.status);
    await tx.helpRequest.update({
      where: { id: request.id },
      data: {
        title: ANONYMISED_TEXT,
        details: "",
        ...(live ? { status: "hidden", closedAt: now } : {}),
      },
    });
    await enqueuePostUpdate(tx, ENTITY, request.id, now);
    await enqueueToMember(
      tx,
      request.askerId,
      (t) => ({ text: [t("hr-purged-dm", { title: `#${request.id}` }), "\n\n", t("hr-hidden-dm-after")] }),
      now,
    );
    return {
      type: "ok",
      request: { ...request, title: ANONYMISED_TEXT, details: "", status: live ? "hidden" : request.status },
    };
  });
}

/** Staff close a live (or hidden) request; the asker is told. */
export async function closeRequest(deps: CoreDeps, actor: Actor, requestId: number): Promise<StatusResult> {
  if (!mayModerate(actor)) return { type: "not_allowed" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<StatusResult> => {
    const request = await findRequest(tx, requestId);
    if (!request) return { type: "not_found" };
    const changed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: { in: [...LIVE, "hidden"] } },
      data: { status: "closed", closedAt: now },
    });
    if (!changed.count) return { type: "wrong_state", status: request.status };
    await enqueuePostUpdate(tx, ENTITY, request.id, now);
    await enqueueToMember(tx, request.askerId, (t) => ({ text: [t("hr-closed-dm", { title: request.title })] }), now);
    return { type: "ok", request: { ...request, status: "closed" } };
  });
}

/**
 * Staff reopen a hidden, closed, expired or resolved request. If its date has passed it gets
 * two more weeks (within 90 days of creation when possible, otherwise two weeks from now).
 */
export async function reopenRequest(deps: CoreDeps, actor: Actor, requestId: number): Promise<StatusResult> {
  if (!mayModerate(actor)) return { type: "not_allowed" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<StatusResult> => {
    const request = await findRequest(tx, requestId);
    if (!request) return { type: "not_found" };
    let expiresAt = request.expiresAt;
    if (expiresAt.getTime() <= now.getTime()) {
      const capped = Math.min(now.getTime() + EXTEND_DAYS * DAY_MS, request.createdAt.getTime() + MAX_DAYS * DAY_MS);
      expiresAt = new Date(capped > now.getTime() ? capped : now.getTime() + EXTEND_DAYS * DAY_MS);
    }
    const changed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: { in: ["hidden", "closed", "expired", "resolved"] } },
      data: { status: "open", statusReason: null, closedAt: null, resolvedAt: null, reminderSentAt: null, expiresAt },
    });
    if (!changed.count) return { type: "wrong_state", status: request.status };
    await enqueuePostUpdate(tx, ENTITY, request.id, now);
    await enqueueToMember(tx, request.askerId, (t) => ({ text: [t("hr-reopened-dm", { title: request.title })] }), now);
    return { type: "ok", request: { ...request, status: "open", expiresAt } };
  });
}

// ---- time-driven -------------------------------------------------------------------------------

/** Expires live requests past their date: posts edited, the asker told. Safe to run anywhere, any time. */
export async function expireRequests(deps: CoreDeps): Promise<number> {
  const now = deps.now();
  const due = await deps.db.helpRequest.findMany({
    where: { status: { in: LIVE }, expiresAt: { lte: now } },
    select: { id: true },
  });
  let n = 0;
  for (const { id } of due) {
    n += await deps.db.$transaction(async (tx) => {
      const changed = await tx.helpRequest.updateMany({
        where: { id, status: { in: LIVE }, expiresAt: { lte: now } },
        data: { status: "expired", closedAt: now },
      });
      if (!changed.count) return 0;
      const request = (await findRequest(tx, id))!;
      await enqueuePostUpdate(tx, ENTITY, id, now);
      await enqueueToMember(
        tx,
        request.askerId,
        (t) => ({ text: [t("hr-expired-dm", { title: request.title })] }),
        now,
      );
      return 1;
    });
  }
  return n;
}

/**
 * Two days before a live request expires, asks the asker whether to extend it (once per date).
 * Requests made to last two days or less are not asked about.
 */
export async function remindBeforeExpiry(deps: CoreDeps): Promise<number> {
  const now = deps.now();
  const soon = new Date(now.getTime() + 2 * DAY_MS);
  const due = await deps.db.helpRequest.findMany({
    where: { status: { in: LIVE }, reminderSentAt: null, expiresAt: { gt: now, lte: soon } },
    select: { id: true, createdAt: true, expiresAt: true },
  });
  let n = 0;
  const tz = deps.config.digest.timezone;
  for (const r of due) {
    if (r.expiresAt.getTime() - r.createdAt.getTime() <= 2 * DAY_MS) continue;
    n += await deps.db.$transaction(async (tx) => {
      const changed = await tx.helpRequest.updateMany({
        where: { id: r.id, reminderSentAt: null, status: { in: LIVE } },
        data: { reminderSentAt: now },
      });
      if (!changed.count) return 0;
      const request = (await findRequest(tx, r.id))!;
      const canExtend = request.expiresAt.getTime() < request.createdAt.getTime() + MAX_DAYS * DAY_MS;
      await enqueueToMember(
        tx,
        request.askerId,
        (t) => ({
          text: [
            t("hr-reminder-dm", { title: request.title, date: formatDay(request.expiresAt, tz) }),
            "\n\n",
            t(canExtend ? "hr-reminder-question" : "hr-reminder-no-extend"),
          ],
          buttons: [
            [
              ...(canExtend ? [{ label: t("hr-button-extend"), action: `hr:extend:${request.id}` }] : []),
              { label: t("hr-button-resolve"), action: `hr:resolve:${request.id}` },
            ],
          ],
        }),
        now,
      );
      return 1;
    });
  }
  return n;
}

/** A request nobody has offered on after config.helpFlagAfterDays days is flagged to the staff channels, once. */
export async function flagUnanswered(deps: CoreDeps): Promise<number> {
  const now = deps.now();
  const before = new Date(now.getTime() - deps.config.helpFlagAfterDays * DAY_MS);
  const due = await deps.db.helpRequest.findMany({
    where: { status: "open", staffFlaggedAt: null, createdAt: { lte: before }, offers: { none: {} } },
    select: { id: true },
  });
  const tz = deps.config.digest.timezone;
  let n = 0;
  for (const { id } of due) {
    n += await deps.db.$transaction(async (tx) => {
      const changed = await tx.helpRequest.updateMany({
        where: { id, staffFlaggedAt: null, status: "open", offers: { none: {} } },
        data: { staffFlaggedAt: now },
      });
      if (!changed.count) return 0;
      const request = (await findRequest(tx, id))!;
      await enqueueToStaff(
        tx,
        (t) => ({
          text: [
            "🔔 ",
            { b: t("hr-flag-title", { days: deps.config.helpFlagAfterDays }) },
            "\n",
            t("hr-flag-body"),
            "\n\n",
            ...describeRequest(t, request, tz, { staffView: true }),
          ],
          buttons: [[{ label: t("hr-button-offer"), action: `hr:offer:${id}` }]],
        }),
        now,
      );
      return 1;
    });
  }
  return n;
}
