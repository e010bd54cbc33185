/**
 * Needs: an organisation records a course it expects to need. Needs of different organisations
 * match when they are open, for the same course type (or, for free text, the same course name),
 * and needed within ±60 days of each other. Matching needs are shown to each other's owners;
 * when their seats together reach the course type's usual minimum, every owner gets a one-tap
 * proposal to start a joint purchase.
 *
 * One need per organisation per course and period: a second need of the same organisation for
 * the same course type (or free-text course name) needed within MATCH_WINDOW_DAYS of an open one
 * updates that need (seats, date, place) instead of counting the organisation twice. Needs
 * expire at their date (runDeadlines closes them).
 */
import type { CoreDeps } from "../../app/contract.js";
import { enqueueToMember } from "../../delivery/outbox.js";
import { DAY_MS } from "../../time.js";
import type { DbOrTx } from "../../../db/client.js";
import type { CourseType, Need } from "../../../generated/prisma/client.js";
import { needMatchMessage } from "./render.js";
import { normaliseKey } from "./parse.js";
import { courseTypeName } from "./course-names.js";
import type { Translate } from "../../i18n/index.js";
import { TX_OPTIONS } from "./service.js";

/** Needs further apart than this are not the same course. */
export const MATCH_WINDOW_DAYS = 60;
/** The usual minimum when a need is free text (no course type). */
export const DEFAULT_MIN_SEATS = 15;

export type NeedWithType = Need & { courseType: CourseType | null; organisation: { id: number; name: string } | null };

/** Finds a course type by key or name (case and accents ignored; a name prefix of 5+ letters will do). */
export async function findCourseType(db: DbOrTx, text: string): Promise<CourseType | null> {
  const wanted = normaliseKey(text);
  if (!wanted) return null;
  const types = await db.courseType.findMany({ orderBy: { id: "asc" } });
  return (
    types.find((c) => normaliseKey(c.key) === wanted || normaliseKey(c.name) === wanted) ??
    (wanted.length >= 5 ? types.find((c) => normaliseKey(c.name).startsWith(wanted)) : undefined) ??
    null
  );
}

/** Open needs of other organisations that match `need` (see the module comment), oldest first. */
export async function matchingNeeds(db: DbOrTx, need: Need, now: Date): Promise<NeedWithType[]> {
  const from = new Date(need.neededBy.getTime() - MATCH_WINDOW_DAYS * DAY_MS);
  const to = new Date(need.neededBy.getTime() + MATCH_WINDOW_DAYS * DAY_MS);
  const candidates = await db.need.findMany({
    where: {
      id: { not: need.id },
      status: "open",
      courseTypeId: need.courseTypeId,
      neededBy: { gte: from.getTime() > now.getTime() ? from : now, lte: to },
      ...(need.organisationId ? { NOT: { organisationId: need.organisationId } } : {}),
    },
    include: { courseType: true, organisation: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (need.courseTypeId !== null) return candidates;
  const key = normaliseKey(need.courseText);
  return candidates.filter((c) => normaliseKey(c.courseText) === key);
}

/** What a need is for: its course type's name (in the reader's language when `t` is given), or the course as typed. */
export function courseLabel(
  need: { courseType: { key: string; name: string } | null; courseText: string },
  t?: Translate,
): string {
  if (!need.courseType) return need.courseText;
  return t ? courseTypeName(t, need.courseType) : need.courseType.name;
}

export interface NeedInput {
  /** Change this need of the organisation (from the /tarve list) instead of finding or adding one. */
  editId?: number;
  courseTypeId: number | null;
  courseText: string;
  seats: number;
  neededBy: Date;
  municipality: string;
}

/** The organisation's open need for the same course within the period of `neededBy`, if any. */
export async function sameNeed(
  db: DbOrTx,
  organisationId: number,
  input: Pick<NeedInput, "courseTypeId" | "courseText" | "neededBy">,
  now: Date,
) {
  const from = new Date(Math.max(input.neededBy.getTime() - MATCH_WINDOW_DAYS * DAY_MS, now.getTime()));
  const to = new Date(input.neededBy.getTime() + MATCH_WINDOW_DAYS * DAY_MS);
  const candidates = await db.need.findMany({
    where: { organisationId, status: "open", courseTypeId: input.courseTypeId, neededBy: { gte: from, lte: to } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (input.courseTypeId !== null) return candidates[0] ?? null;
  const key = normaliseKey(input.courseText);
  return candidates.find((c) => normaliseKey(c.courseText) === key) ?? null;
}

/**
 * Records a need of the member's organisation, or updates the organisation's need for the same
 * course and period; tells the owners of matching needs about a new need (and, when the seats
 * together reach the usual minimum, proposes a joint purchase to each owner who has not had a
 * proposal yet). Returns the need, whether it was an update, its matches and whether to propose.
 */
export async function createNeed(deps: CoreDeps, memberId: number, organisationId: number, input: NeedInput) {
  const now = deps.now();
  const tz = deps.config.digest.timezone;
  return deps.db.$transaction(async (tx) => {
    const { editId, ...fields } = input;
    const edited = editId ? await tx.need.findFirst({ where: { id: editId, organisationId, status: "open" } }) : null;
    const existing = edited ?? (await sameNeed(tx, organisationId, fields, now));
    const updated = Boolean(existing);
    const created = existing
      ? await tx.need.update({
          where: { id: existing.id },
          data: { memberId, seats: fields.seats, neededBy: fields.neededBy, municipality: fields.municipality },
        })
      : await tx.need.create({ data: { organisationId, memberId, ...fields, createdAt: now } });
    const need = await tx.need.findUniqueOrThrow({
      where: { id: created.id },
      include: { courseType: true, organisation: { select: { id: true, name: true } } },
    });
    const matches = await matchingNeeds(tx, need, now);
    const groupSeats = need.seats + matches.reduce((n, m) => n + m.seats, 0);
    const threshold = need.courseType?.usualMinSeats ?? DEFAULT_MIN_SEATS;
    const propose = matches.length > 0 && groupSeats >= threshold;
    const notified = new Set<number>();
    for (const m of matches) {
      if (!m.memberId || m.memberId === memberId || notified.has(m.memberId)) continue;
      notified.add(m.memberId);
      const withProposal = propose && !m.proposedAt;
      if (updated && !withProposal) continue; // an update is news to the others only when it makes a proposal
      await enqueueToMember(
        tx,
        m.memberId,
        (t) => needMatchMessage(t, tz, need, m, withProposal ? { groupSeats, threshold } : null),
        now,
      );
    }
    if (propose) {
      await tx.need.updateMany({
        where: { id: { in: [need.id, ...matches.map((m) => m.id)] }, proposedAt: null },
        data: { proposedAt: now },
      });
    }
    return { need, updated, matches, groupSeats, threshold, propose };
  }, TX_OPTIONS);
}

/**
 * The group a proposal stands for, for someone who may act on it (who recorded the need, or
 * someone of the same organisation): null when the need is gone.
 */
export async function proposalFor(
  db: DbOrTx,
  actor: { memberId: number; organisationId: number | null },
  needId: number,
  now: Date,
) {
  const group = await proposalGroup(db, needId, now);
  if (!group) return null;
  const own = group.need;
  const mine =
    actor.memberId === own.memberId || (actor.organisationId !== null && actor.organisationId === own.organisationId);
  return mine ? { type: "ok" as const, ...group } : { type: "not_allowed" as const };
}

/** The group a proposal stands for, as it is now: the need and its current matches. */
export async function proposalGroup(db: DbOrTx, needId: number, now: Date) {
  const need = await db.need.findUnique({
    where: { id: needId },
    include: { courseType: true, organisation: { select: { id: true, name: true } } },
  });
  if (!need) return null;
  const matches = need.status === "open" ? await matchingNeeds(db, need, now) : [];
  const group = [need, ...matches];
  return {
    need,
    group,
    seats: group.reduce((n, g) => n + g.seats, 0),
    threshold: need.courseType?.usualMinSeats ?? DEFAULT_MIN_SEATS,
  };
}
