/**
 * The portal's state changes, each with the messages it causes in one transaction (outbox):
 * submitting a profile for approval, staff approving it, confirming it is still current,
 * announcing, closing and expiring open places, and flagging profiles nobody has updated for a
 * year. Expected failures are tagged results; the handlers turn them into friendly words.
 */
import type { DbOrTx } from "../../../db/client.js";
import type { Member, OpenPlace, PortalProfile } from "../../../generated/prisma/client.js";
import type { CoreDeps } from "../../app/contract.js";
import { MUNICIPALITIES } from "../../members.js";
import { enqueuePost, enqueuePostUpdate, enqueueToMember, enqueueToStaff } from "../../delivery/outbox.js";
import { DAY_MS } from "../../time.js";
import {
  ABOUT_MAX,
  ACTIVITIES,
  APPLY_MAX,
  CONTACT_MAX,
  PLACE_MAX_DAYS,
  PLACE_TITLE_MAX,
  SERVED_LANGUAGES,
  SHORT_MAX,
  STALE_AFTER_DAYS,
  STALE_STAFF_AFTER_DAYS,
  TARGET_GROUPS,
  TASKS_MAX,
  isPlaceKind,
  isRowId,
  joinKeys,
  type PlaceKind,
} from "./constants.js";
import { guardErrorKey, guardField } from "./guard.js";
import { describePlace, describeProfile, publishedFields, type PlaceView, type ProfileFields } from "./render.js";

export const PLACE_ENTITY = "open_place";

export type Invalid = { type: "invalid"; error: string; args?: Record<string, string | number> };

function only<T extends string>(values: unknown, allowed: readonly T[]): T[] {
  const list = Array.isArray(values) ? values.map(String) : [];
  return allowed.filter((k) => list.includes(k));
}

function text(value: unknown, max: number, field: string, required = false): { ok: true; value: string } | Invalid {
  const s = typeof value === "string" ? value.trim() : "";
  if (required && !s) return { type: "invalid", error: "pt-error-empty" };
  if ([...s].length > max) return { type: "invalid", error: "pt-error-long", args: { length: [...s].length, max } };
  const guarded = guardField(s, field);
  if (!guarded.ok) return { type: "invalid", error: guardErrorKey(guarded.reason) };
  return { ok: true, value: s };
}

/** Checks every field again (the form did already) so no path can skip a check. */
export function checkProfile(values: Record<string, unknown>): { ok: true; fields: ProfileFields } | Invalid {
  const about = text(values.about, ABOUT_MAX, "portal.about", true);
  if (!("ok" in about)) return about;
  const services = text(values.services, SHORT_MAX, "portal.services");
  if (!("ok" in services)) return services;
  const premises = text(values.premises, SHORT_MAX, "portal.premises");
  if (!("ok" in premises)) return premises;
  const contact = text(values.contact, CONTACT_MAX, "portal.contact", true);
  if (!("ok" in contact)) return contact;
  const accessibility = text(values.accessibility, SHORT_MAX, "portal.accessibility");
  if (!("ok" in accessibility)) return accessibility;
  const targetGroups = only(values.targetGroups, TARGET_GROUPS);
  const municipalities = only(values.municipalities, MUNICIPALITIES);
  if (!targetGroups.length || !municipalities.length) return { type: "invalid", error: "pt-error-choose-one" };
  return {
    ok: true,
    fields: {
      about: about.value,
      targetGroups,
      activities: only(values.activities, ACTIVITIES),
      services: services.value,
      municipalities,
      premises: premises.value,
      contact: contact.value,
      languages: only(values.languages, SERVED_LANGUAGES),
      accessibility: accessibility.value,
    },
  };
}

function columns(f: ProfileFields) {
  return {
    about: f.about,
    targetGroups: joinKeys(f.targetGroups),
    activities: joinKeys(f.activities),
    services: f.services,
    municipalities: joinKeys(f.municipalities),
    premises: f.premises,
    contact: f.contact,
    languages: joinKeys(f.languages),
    accessibility: f.accessibility,
  };
}

export type SubmitResult = { type: "ok"; profile: PortalProfile } | { type: "no_organisation" } | Invalid;

/**
 * A member sends their organisation's new or changed profile for approval: it waits in `draft`
 * (the published version stays as it is) and the staff channels get it with an approve button.
 */
export async function submitProfile(
  deps: CoreDeps,
  member: Member,
  values: Record<string, unknown>,
): Promise<SubmitResult> {
  if (!member.organisationId) return { type: "no_organisation" };
  const checked = checkProfile(values);
  if (!("ok" in checked)) return checked;
  const now = deps.now();
  const organisationId = member.organisationId;
  return deps.db.$transaction(async (tx): Promise<SubmitResult> => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    const draft = JSON.stringify(checked.fields);
    const profile = await tx.portalProfile.upsert({
      where: { organisationId },
      create: {
        organisationId,
        draft,
        draftRevision: 1,
        draftById: member.id,
        submittedAt: now,
        confirmedAt: now,
        createdAt: now,
      },
      update: { draft, draftRevision: { increment: 1 }, draftById: member.id, submittedAt: now },
    });
    await enqueueToStaff(
      tx,
      (t) => ({
        text: [
          "🗂️ ",
          {
            b: t(profile.published ? "pt-staff-changed" : "pt-staff-new", {
              organisation: organisation.name,
              name: member.displayName,
            }),
          },
          "\n\n",
          ...describeProfile(t, organisation.name, checked.fields),
        ],
        buttons: [[{ label: t("pt-button-approve"), action: `pt:approve:${profile.id}:${profile.draftRevision}` }]],
      }),
      now,
    );
    return { type: "ok", profile };
  });
}

export type ApproveResult =
  | { type: "ok"; organisation: string; organisationId: number }
  | { type: "not_allowed" }
  | { type: "not_found" }
  | { type: "already" }
  | { type: "outdated" };

/**
 * Staff approve a submitted profile (one button): the draft of exactly that revision becomes the
 * published profile. A conditional update, so two presses (or two staff, or two processes)
 * publish it once, and a button of an older revision publishes nothing.
 */
export async function approveProfile(
  deps: CoreDeps,
  approver: { memberId: number; staff: boolean },
  profileId: number,
  revision: number,
): Promise<ApproveResult> {
  if (!approver.staff) return { type: "not_allowed" };
  if (!isRowId(profileId)) return { type: "not_found" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<ApproveResult> => {
    const profile = await tx.portalProfile.findUnique({ where: { id: profileId }, include: { organisation: true } });
    if (!profile) return { type: "not_found" };
    if (profile.draft === null) return { type: "already" };
    if (profile.draftRevision !== revision) return { type: "outdated" };
    const fields = JSON.parse(profile.draft) as ProfileFields;
    const changed = await tx.portalProfile.updateMany({
      where: { id: profileId, draftRevision: revision, draft: { not: null } },
      data: {
        ...columns(fields),
        published: true,
        publishedAt: now,
        confirmedAt: now,
        draft: null,
        staleNotifiedAt: null,
        staleStaffFlaggedAt: null,
      },
    });
    if (changed.count !== 1) return { type: "already" };
    await enqueueToMember(
      tx,
      profile.draftById,
      (t) => ({ text: ["✅ ", t("pt-approved-dm", { organisation: profile.organisation.name })] }),
      now,
    );
    return { type: "ok", organisation: profile.organisation.name, organisationId: profile.organisationId };
  });
}

export type ConfirmResult = { type: "ok" } | { type: "not_allowed" } | { type: "not_found" };

/** The organisation says its published profile is still current: the 12-month clock starts again. */
export async function confirmProfile(deps: CoreDeps, member: Member, profileId: number): Promise<ConfirmResult> {
  if (!isRowId(profileId)) return { type: "not_found" };
  const profile = await deps.db.portalProfile.findUnique({ where: { id: profileId } });
  if (!profile) return { type: "not_found" };
  if (profile.organisationId !== member.organisationId) return { type: "not_allowed" };
  await deps.db.portalProfile.update({
    where: { id: profileId },
    data: { confirmedAt: deps.now(), staleNotifiedAt: null, staleStaffFlaggedAt: null },
  });
  return { type: "ok" };
}

export async function profileOf(db: DbOrTx, organisationId: number | null): Promise<PortalProfile | null> {
  if (organisationId === null) return null;
  return db.portalProfile.findUnique({ where: { organisationId } });
}

// ---- open places -----------------------------------------------------------------------------

export interface PlaceInput {
  kind: PlaceKind;
  title: string;
  tasks: string;
  targetGroups: string[];
  municipality: string;
  hoursPerWeek: number | null;
  startsAt: Date | null;
  endsAt: Date;
  howToApply: string;
}

export type PlaceResult = { type: "ok"; place: PlaceView } | { type: "no_organisation" } | Invalid;

/** Announces an open place and, in the same transaction, posts it to the community group and the staff channel. */
export async function createPlace(deps: CoreDeps, member: Member, input: PlaceInput): Promise<PlaceResult> {
  if (!member.organisationId) return { type: "no_organisation" };
  const now = deps.now();
  if (!isPlaceKind(input.kind)) return { type: "invalid", error: "pt-error-choice" };
  const title = text(input.title, PLACE_TITLE_MAX, "portal.place.title", true);
  if (!("ok" in title)) return title;
  const tasks = text(input.tasks, TASKS_MAX, "portal.place.tasks");
  if (!("ok" in tasks)) return tasks;
  const apply = text(input.howToApply, APPLY_MAX, "portal.place.apply");
  if (!("ok" in apply)) return apply;
  if (!(MUNICIPALITIES as readonly string[]).includes(input.municipality))
    return { type: "invalid", error: "hr-error-municipality" };
  if (input.endsAt.getTime() <= now.getTime()) return { type: "invalid", error: "hr-error-until-past" };
  if (
    input.hoursPerWeek !== null &&
    (!Number.isInteger(input.hoursPerWeek) || input.hoursPerWeek < 1 || input.hoursPerWeek > 40)
  ) {
    return { type: "invalid", error: "pt-error-hours" };
  }
  const endsAt = new Date(Math.min(input.endsAt.getTime(), now.getTime() + PLACE_MAX_DAYS * DAY_MS));
  const organisationId = member.organisationId;
  return deps.db.$transaction(async (tx): Promise<PlaceResult> => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    let howToApply = apply.value;
    if (!howToApply) howToApply = (await profileOf(tx, organisationId))?.contact ?? "";
    const place = await tx.openPlace.create({
      data: {
        organisationId,
        createdById: member.id,
        kind: input.kind,
        title: title.value,
        tasks: tasks.value,
        targetGroups: joinKeys(only(input.targetGroups, TARGET_GROUPS)),
        municipality: input.municipality,
        hoursPerWeek: input.hoursPerWeek,
        startsAt: input.startsAt,
        endsAt,
        howToApply,
        // Nothing reaches the public web unreviewed: a new place waits for staff approval
        // (one button on its staff-channel post), like a profile.
        status: "pending",
        createdAt: now,
      },
    });
    await enqueuePost(tx, PLACE_ENTITY, place.id, now, ["staff"]);
    return { type: "ok", place: { ...place, organisation } };
  });
}

export type CloseResult =
  | { type: "ok"; place: OpenPlace }
  | { type: "not_found" }
  | { type: "not_allowed" }
  | { type: "not_open"; status: string };

/** The organisation (or staff) closes a place that was filled: it leaves the lists and its posts say so. */
export async function closePlace(
  deps: CoreDeps,
  actor: { member: Member; staff: boolean },
  placeId: number,
): Promise<CloseResult> {
  if (!isRowId(placeId)) return { type: "not_found" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<CloseResult> => {
    const place = await tx.openPlace.findUnique({ where: { id: placeId } });
    if (!place) return { type: "not_found" };
    // Only the member who announced the place (or staff) closes it: joining an organisation with
    // `/organisaatio` is not proof of speaking for it.
    if (!actor.staff && (place.createdById === null || place.createdById !== actor.member.id))
      return { type: "not_allowed" };
    const changed = await tx.openPlace.updateMany({
      where: { id: placeId, status: "open" },
      data: { status: "filled", closedAt: now },
    });
    if (changed.count !== 1) return { type: "not_open", status: place.status };
    await enqueuePostUpdate(tx, PLACE_ENTITY, placeId, now);
    return { type: "ok", place: { ...place, status: "filled", closedAt: now } };
  });
}

export type PlaceApproveResult =
  | { type: "ok"; place: OpenPlace }
  | { type: "not_allowed" }
  | { type: "not_found" }
  | { type: "not_pending"; status: string };

/**
 * Staff approve a new place (one button on its staff post): it becomes `open`, i.e. public on the
 * web page, the JSON feed and search, and is posted to the community group. Conditional, so two
 * presses publish once.
 */
export async function approvePlace(
  deps: CoreDeps,
  approver: { staff: boolean },
  placeId: number,
): Promise<PlaceApproveResult> {
  if (!approver.staff) return { type: "not_allowed" };
  if (!isRowId(placeId)) return { type: "not_found" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<PlaceApproveResult> => {
    const place = await tx.openPlace.findUnique({ where: { id: placeId } });
    if (!place) return { type: "not_found" };
    const changed = await tx.openPlace.updateMany({
      where: { id: placeId, status: "pending" },
      data: { status: "open" },
    });
    if (changed.count !== 1) return { type: "not_pending", status: place.status };
    await enqueuePostUpdate(tx, PLACE_ENTITY, placeId, now);
    await enqueuePost(tx, PLACE_ENTITY, placeId, now, ["community"]);
    if (place.createdById !== null)
      await enqueueToMember(
        tx,
        place.createdById,
        (t) => ({ text: ["✅ ", t("pt-place-approved-dm", { title: place.title })] }),
        now,
      );
    return { type: "ok", place: { ...place, status: "open" } };
  });
}

export type HideResult = { type: "ok"; title: string } | { type: "not_allowed" } | { type: "not_found" };

/** What a hidden place's texts become: the usual reason to hide is confidential data. */
const BLANK = "–";

/**
 * Staff take a place off the portal at once (web page, feed, search, lists) and blank its texts;
 * its posts say it is no longer shown.
 */
export async function hidePlace(deps: CoreDeps, actor: { staff: boolean }, placeId: number): Promise<HideResult> {
  if (!actor.staff) return { type: "not_allowed" };
  if (!isRowId(placeId)) return { type: "not_found" };
  const now = deps.now();
  return deps.db.$transaction(async (tx): Promise<HideResult> => {
    const place = await tx.openPlace.findUnique({ where: { id: placeId } });
    if (!place) return { type: "not_found" };
    await tx.openPlace.update({
      where: { id: placeId },
      data: { status: "hidden", closedAt: place.closedAt ?? now, title: BLANK, tasks: "", howToApply: "" },
    });
    await enqueuePostUpdate(tx, PLACE_ENTITY, placeId, now);
    return { type: "ok", title: `#${placeId}` };
  });
}

/**
 * Staff take an organisation's profile off the portal at once (and with it the organisation's
 * places, which are public only next to a published profile). A pending draft is dropped too; the
 * organisation can send a new one for approval.
 */
export async function unpublishProfile(
  deps: CoreDeps,
  actor: { staff: boolean },
  organisationId: number,
): Promise<HideResult> {
  if (!actor.staff) return { type: "not_allowed" };
  if (!isRowId(organisationId)) return { type: "not_found" };
  return deps.db.$transaction(async (tx): Promise<HideResult> => {
    const profile = await tx.portalProfile.findUnique({ where: { organisationId }, include: { organisation: true } });
    if (!profile || (!profile.published && profile.draft === null)) return { type: "not_found" };
    await tx.portalProfile.update({
      where: { id: profile.id },
      data: { published: false, draft: null, draftRevision: { increment: 1 } },
    });
    return { type: "ok", title: profile.organisation.name };
  });
}

/** Places whose end date has passed are closed as expired (their posts are edited). Idempotent. */
export async function expirePlaces(deps: CoreDeps): Promise<number> {
  const now = deps.now();
  const due = await deps.db.openPlace.findMany({
    where: { status: { in: ["open", "pending"] }, endsAt: { lte: now } },
    select: { id: true },
    take: 500,
  });
  let count = 0;
  for (const { id } of due) {
    await deps.db.$transaction(async (tx) => {
      const changed = await tx.openPlace.updateMany({
        where: { id, status: { in: ["open", "pending"] }, endsAt: { lte: now } },
        data: { status: "expired", closedAt: now },
      });
      if (changed.count === 1) {
        count++;
        await enqueuePostUpdate(tx, PLACE_ENTITY, id, now);
      }
    });
  }
  return count;
}

/**
 * Profiles nobody has changed or confirmed for 12 months: first the organisation's members are
 * asked (with a "still up to date" button), then, two weeks later, the staff channel is told.
 * Each step is claimed with a conditional update, so two processes flag once.
 */
export async function flagStaleProfiles(deps: CoreDeps): Promise<{ organisations: number; staff: number }> {
  const now = deps.now();
  const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  const result = { organisations: 0, staff: 0 };
  const toOrganisation = await deps.db.portalProfile.findMany({
    where: { published: true, confirmedAt: { lt: staleBefore }, staleNotifiedAt: null },
    include: { organisation: { include: { members: { select: { id: true } } } } },
    take: 200,
  });
  for (const p of toOrganisation) {
    await deps.db.$transaction(async (tx) => {
      const claimed = await tx.portalProfile.updateMany({
        where: { id: p.id, staleNotifiedAt: null, confirmedAt: p.confirmedAt },
        data: { staleNotifiedAt: now },
      });
      if (claimed.count !== 1) return;
      result.organisations++;
      for (const m of p.organisation.members) {
        await enqueueToMember(
          tx,
          m.id,
          (t) => ({
            text: ["🗓️ ", t("pt-stale-dm", { organisation: p.organisation.name })],
            buttons: [
              [
                { label: t("pt-button-still-current"), action: `pt:fresh:${p.id}` },
                { label: t("pt-button-edit"), action: "pt:edit" },
              ],
            ],
          }),
          now,
        );
      }
    });
  }
  const staffBefore = new Date(now.getTime() - STALE_STAFF_AFTER_DAYS * DAY_MS);
  const toStaff = await deps.db.portalProfile.findMany({
    where: {
      published: true,
      confirmedAt: { lt: staleBefore },
      staleNotifiedAt: { lt: staffBefore },
      staleStaffFlaggedAt: null,
    },
    include: { organisation: true },
    take: 200,
  });
  for (const p of toStaff) {
    await deps.db.$transaction(async (tx) => {
      const claimed = await tx.portalProfile.updateMany({
        where: { id: p.id, staleStaffFlaggedAt: null },
        data: { staleStaffFlaggedAt: now },
      });
      if (claimed.count !== 1) return;
      result.staff++;
      await enqueueToStaff(
        tx,
        (t) => ({ text: ["🗓️ ", t("pt-stale-staff", { organisation: p.organisation.name })] }),
        now,
      );
    });
  }
  return result;
}

export { describePlace, publishedFields };
