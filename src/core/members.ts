/** Members, their platform identities and organisations. */
import type { DbOrTx } from "../db/client.js";
import type { Config } from "./config.js";
import { isLocale, localeFromHint } from "./i18n/index.js";
import type { ActorRef, Locale, Platform } from "./types.js";
import { guardText } from "./privacy/index.js";
import { normaliseOrganisationName } from "../db/organisation-names.js";
import { identityWithMember } from "../db/member-lookup.js";
import { isUniqueViolation } from "./errors.js";

export { normaliseOrganisationName };

export const MUNICIPALITIES = [
  "Lahti",
  "Hollola",
  "Nastola",
  "Heinola",
  "Orimattila",
  "Asikkala",
  "Sysmä",
  "Hartola",
  "Padasjoki",
  "Kärkölä",
  "Iitti",
] as const;

/** One of the network's municipalities as typed (any case, extra spaces), in its own spelling; undefined otherwise. */
export function knownMunicipality(raw: string): (typeof MUNICIPALITIES)[number] | undefined {
  const typed = cleanName(raw, 40).toLocaleLowerCase("fi");
  const name = SWEDISH_MUNICIPALITY_NAMES[typed] ?? typed;
  return MUNICIPALITIES.find((m) => m.toLocaleLowerCase("fi") === name);
}

/** The Swedish names of the network's municipalities that differ from the Finnish ones. */
const SWEDISH_MUNICIPALITY_NAMES: Record<string, string> = { lahtis: "lahti", itis: "iitti" };

/** Display names and organisation names: trimmed, inner whitespace folded, control and zero-width characters removed. */
export function cleanName(raw: string, max = 80): string {
  return raw
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

/**
 * A name or handle from the platform's profile, unless the confidentiality guard refuses it (an
 * identity code or someone's contact details in it): then nothing.
 */
function profileText(raw: string | undefined, max = 80): string {
  const name = cleanName(raw ?? "", max);
  return guardText(name, "Member.displayName").ok ? name : "";
}

/**
 * Finds the member behind a platform identity, registering them on first contact
 * (their language from the platform's hint). Returns whether they are new.
 */
export async function ensureMember(db: DbOrTx, actor: ActorRef, defaultLocale: Locale) {
  const existing = await identityWithMember(db, actor.platform, actor.userId);
  if (existing) {
    const changes: { privateChatId?: string; username?: string | null } = {};
    const username = profileText(actor.username) || null;
    if (existing.privateChatId !== actor.privateChatId) changes.privateChatId = actor.privateChatId;
    if (username !== existing.username) changes.username = username;
    if (Object.keys(changes).length) await db.identity.update({ where: { id: existing.id }, data: changes });
    let { member, ...identity } = existing;
    // First met where only an id was known (e.g. Slack's App Home): take the real name when it comes.
    const name = profileText(actor.displayName);
    if (member.displayName === actor.userId && name && name !== actor.userId) {
      member = await db.member.update({ where: { id: member.id }, data: { displayName: name } });
    }
    return { member, identity: { ...identity, ...changes }, created: false };
  }
  const member = await db.member.create({
    data: {
      displayName: profileText(actor.displayName) || "?",
      locale: localeFromHint(actor.languageHint, defaultLocale),
      identities: {
        create: {
          platform: actor.platform,
          externalUserId: actor.userId,
          privateChatId: actor.privateChatId,
          username: profileText(actor.username) || null,
        },
      },
    },
    include: { identities: true },
  });
  const { identities, ...plain } = member;
  return { member: plain, identity: identities[0]!, created: true };
}

export async function setLocale(db: DbOrTx, memberId: number, locale: string) {
  if (!isLocale(locale)) return { type: "unknown_locale" as const };
  await db.member.update({ where: { id: memberId }, data: { locale } });
  return { type: "ok" as const, locale };
}

/** Staff are checked here, in core: configured admins, or people the adapter verified (Slack staff channel). */
export function isStaff(config: Pick<Config, "staffAdmins">, actor: ActorRef): boolean {
  if (actor.staffVerified) return true;
  return config.staffAdmins.some((s) => s.toLowerCase() === `${actor.platform}:${actor.userId}`.toLowerCase());
}

/**
 * Organisations in Finnish alphabetical order (å, ä, ö after z; case does not matter). Sorted here,
 * not by the database: SQLite compares bytes and PostgreSQL follows its cluster's collation.
 */
export async function listOrganisations(db: DbOrTx) {
  const finnish = new Intl.Collator("fi", { sensitivity: "base", numeric: true });
  return (await db.organisation.findMany()).sort((a, b) => finnish.compare(a.name, b.name) || a.id - b.id);
}

export type OrganisationResult =
  | { type: "ok"; organisation: { id: number; name: string; municipality: string } }
  | { type: "similar"; organisation: { id: number; name: string; municipality: string }; name: string }
  | { type: "invalid_name" }
  | { type: "unknown_municipality" };

/** Legal-form words that do not tell organisations apart: "Manna ry", "Manna r.y." and "Manna rf" are one. */
const LEGAL_FORM = /^(ry|rf|ry:n|rf:s)$/;

/**
 * An organisation name reduced to what tells it apart: lower case, no accents or punctuation,
 * no legal form (ry, r.y., rf) and no town at the end ("Manna ry., Lahti" → "manna").
 */
export function organisationKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\br\.\s*([yf])\.?(?=\s|,|$)/g, "r$1")
    .replace(/[^\p{L}\p{N}:]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w && !LEGAL_FORM.test(w));
  const towns = MUNICIPALITIES.map((m) =>
    m
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase(),
  );
  while (words.length > 1 && towns.includes(words.at(-1)!)) words.pop();
  return words.join(" ");
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The existing organisation a typed name most likely means: the same name key, or one or two
 * typos away (one from four letters up, two from ten). It is only offered: the member may still add theirs. Undefined when none is that close.
 */
export function similarOrganisation<T extends { name: string }>(all: T[], name: string): T | undefined {
  const key = organisationKey(name);
  if (!key) return undefined;
  const max = key.length >= 10 ? 2 : key.length >= 4 ? 1 : 0;
  let found: { o: T; d: number } | undefined;
  const digits = (k: string) => k.replace(/\D+/g, " ").trim();
  for (const o of all) {
    const other = organisationKey(o.name);
    if (digits(other) !== digits(key)) continue; // "Yhdistys 01" and "Yhdistys 02" are two
    const d = editDistance(key, other, max);
    if (d <= max && (!found || d < found.d)) found = { o, d };
  }
  return found?.o;
}

/** What a new organisation row needs besides its name: the name as the application compares it. */
export function organisationRow<T extends { name: string }>(data: T): T & { normalisedName: string } {
  return { ...data, normalisedName: normaliseOrganisationName(data.name) };
}

/**
 * Creates an organisation (or finds it by name: letter case, Finnish letters included, and spaces
 * do not matter) and makes the member part of it. A name close to an existing one ("Manna ry.,
 * Lahti" for "Manna ry") is not created: the existing one is returned as `similar` for the member
 * to choose, unless `force` is set. Two members (or two instances) adding the same name at the
 * same moment get one organisation: the database's unique index on the normalised name refuses
 * the second row, and the second caller joins the first one's. (Pass the client, not a
 * transaction: on PostgreSQL a refused insert ends the transaction it ran in.)
 */
export async function joinOrganisation(
  db: DbOrTx,
  memberId: number,
  input: { name: string; municipality?: string; description?: string; force?: boolean },
): Promise<OrganisationResult> {
  const name = cleanName(input.name, 100);
  if (name.length < 2) return { type: "invalid_name" };
  const normalisedName = normaliseOrganisationName(name);
  let organisation = await db.organisation.findUnique({ where: { normalisedName } });
  if (!organisation && !input.force) {
    const similar = similarOrganisation(await db.organisation.findMany(), name);
    if (similar) return { type: "similar", organisation: similar, name };
  }
  if (!organisation) {
    const municipality = input.municipality ? knownMunicipality(input.municipality) : "Lahti";
    if (!municipality) return { type: "unknown_municipality" };
    organisation = await createOrFind(db, {
      name,
      normalisedName,
      municipality,
      description: cleanName(input.description ?? "", 300),
    });
  }
  await db.member.update({ where: { id: memberId }, data: { organisationId: organisation.id } });
  return { type: "ok", organisation };
}

/** Inserts the organisation; when another caller inserted the same normalised name first, that row. */
async function createOrFind(
  db: DbOrTx,
  data: { name: string; normalisedName: string; municipality: string; description: string },
) {
  try {
    return await db.organisation.create({ data });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await db.organisation.findUnique({ where: { normalisedName: data.normalisedName } });
    if (!winner) throw err;
    return winner;
  }
}

export async function joinOrganisationById(db: DbOrTx, memberId: number, organisationId: number) {
  const organisation = await db.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation) return { type: "not_found" as const };
  await db.member.update({ where: { id: memberId }, data: { organisationId } });
  return { type: "ok" as const, organisation };
}

/**
 * The identity through which a member is reached privately: the one created most recently (the
 * platform they joined last), optionally among `platforms` only (those this process can send on).
 * Null when the member has none (deleted their data, or never used those platforms).
 */
export async function latestIdentity(db: DbOrTx, memberId: number, platforms?: string[]) {
  return db.identity.findFirst({
    where: platforms ? { memberId, platform: { in: platforms } } : { memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export function platformLabel(platform: Platform | string): string {
  return platform === "telegram" ? "Telegram" : platform === "slack" ? "Slack" : "terminal";
}
