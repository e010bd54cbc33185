/**
 * What the public web page may show: only what organisations published and staff approved —
 * published profiles, and the open places of organisations that have one. Nothing else leaves
 * the network's database through the portal. The rows are read once per change of the database
 * into the search's snapshot (`loadSnapshot` in search.ts: published profiles, open places of
 * their organisations); the pages filter that snapshot with the functions here, end dates at
 * the time of the request.
 */
import type { PortalProfile } from "../../../generated/prisma/client.js";
import {
  JOB_KINDS,
  MUNICIPALITIES,
  PLACE_KINDS,
  TARGET_GROUPS,
  parseKeys,
  type PlaceKind,
  type TargetGroup,
} from "./constants.js";
import { publishedFields, type ProfileFields } from "./render.js";

export interface PublicProfile extends ProfileFields {
  organisationId: number;
  name: string;
  updatedAt: Date;
}

export interface PublicPlace {
  id: number;
  organisationId: number;
  organisation: string;
  kind: PlaceKind;
  title: string;
  tasks: string;
  targetGroups: TargetGroup[];
  municipality: string;
  hoursPerWeek: number | null;
  startsAt: Date | null;
  endsAt: Date;
  howToApply: string;
  createdAt: Date;
  updatedAt: Date;
  /** A job in schema.org's sense (work trial, wage subsidy, apprenticeship). */
  job: boolean;
}

export interface ProfileFilterInput {
  municipality?: string | undefined;
  targetGroup?: TargetGroup | undefined;
}

/** A published profile row (with its organisation) as the web page shows it. */
export function toPublicProfile(p: PortalProfile & { organisation: { name: string } }): PublicProfile {
  return {
    ...publishedFields(p),
    organisationId: p.organisationId,
    name: p.organisation.name,
    updatedAt: p.publishedAt ?? p.updatedAt,
  };
}

const byName = new Intl.Collator("fi");

/** Profiles in the order of the organisation list (by name, Finnish collation). */
export function sortProfiles(profiles: PublicProfile[]): PublicProfile[] {
  return profiles.sort((a, b) => byName.compare(a.name, b.name));
}

/** The profiles that pass the list's filters (order kept). */
export function filterProfiles(profiles: readonly PublicProfile[], filter: ProfileFilterInput = {}): PublicProfile[] {
  return profiles
    .filter((p) => !filter.municipality || p.municipalities.includes(filter.municipality))
    .filter(
      (p) => !filter.targetGroup || p.targetGroups.includes(filter.targetGroup) || p.targetGroups.includes("everyone"),
    );
}

export interface PlaceFilterInput {
  municipality?: string | undefined;
  targetGroup?: TargetGroup | undefined;
  kind?: PlaceKind | undefined;
  organisationId?: number | undefined;
}

/** An open place row (with its organisation's name) as the web page shows it. */
export function toPublicPlace(p: {
  id: number;
  organisationId: number;
  organisation: { name: string };
  kind: string;
  title: string;
  tasks: string;
  targetGroups: string;
  municipality: string;
  hoursPerWeek: number | null;
  startsAt: Date | null;
  endsAt: Date;
  howToApply: string;
  createdAt: Date;
  updatedAt: Date;
}): PublicPlace {
  const kind = (PLACE_KINDS as readonly string[]).includes(p.kind) ? (p.kind as PlaceKind) : "volunteering";
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisation: p.organisation.name,
    kind,
    title: p.title,
    tasks: p.tasks,
    targetGroups: parseKeys(p.targetGroups, TARGET_GROUPS),
    municipality: p.municipality,
    hoursPerWeek: p.hoursPerWeek,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    howToApply: p.howToApply,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    job: JOB_KINDS.includes(kind),
  };
}

/**
 * The places that pass the filters and are still open at `now` (order kept). A place without
 * target groups, or for everyone, fits every target group.
 */
export function filterPlaces(places: readonly PublicPlace[], f: PlaceFilterInput, now: number): PublicPlace[] {
  return places.filter(
    (p) =>
      p.endsAt.getTime() > now &&
      (!f.kind || p.kind === f.kind) &&
      (!f.municipality || p.municipality === f.municipality) &&
      (!f.organisationId || p.organisationId === f.organisationId) &&
      (!f.targetGroup ||
        !p.targetGroups.length ||
        p.targetGroups.includes(f.targetGroup) ||
        p.targetGroups.includes("everyone")),
  );
}

/** Newest first (as the places list shows them). */
export function sortPlaces(places: PublicPlace[]): PublicPlace[] {
  return places.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
}

export function isMunicipality(v: unknown): v is string {
  return typeof v === "string" && (MUNICIPALITIES as readonly string[]).includes(v);
}
export function isTargetGroup(v: unknown): v is TargetGroup {
  return typeof v === "string" && (TARGET_GROUPS as readonly string[]).includes(v);
}
