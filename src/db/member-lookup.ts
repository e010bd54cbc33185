/**
 * The identity someone acts through and their member, in one statement. Every update starts with
 * this lookup (`ensureMember`), and Prisma loads an `include` with a query of its own on SQLite
 * (its join strategy exists only for PostgreSQL and MySQL): two round trips through the client
 * runtime where one does. Standard SQL with quoted identifiers and bound parameters (a tagged template): the same
 * text on SQLite and PostgreSQL. Values are normalised here (dates, booleans, integers), so the
 * result has exactly the shape of `identity.findUnique({ include: { member: true } })`; a test
 * compares the two on both databases (tests/core/db.test.ts).
 */
import type { DbOrTx } from "./client.js";
import type { Identity, Member } from "../generated/prisma/client.js";

// Prisma.sql placeholders: "?" on SQLite, "$1" on PostgreSQL.
const lookup = (db: DbOrTx, platform: string, externalUserId: string) => db.$queryRaw<Row[]>`SELECT
  i."id" AS "i_id", i."platform" AS "i_platform", i."externalUserId" AS "i_externalUserId",
  i."privateChatId" AS "i_privateChatId", i."username" AS "i_username", i."privateChatOpen" AS "i_privateChatOpen",
  i."memberId" AS "i_memberId", i."createdAt" AS "i_createdAt",
  m."id" AS "m_id", m."displayName" AS "m_displayName", m."locale" AS "m_locale",
  m."organisationId" AS "m_organisationId", m."digestSubscribed" AS "m_digestSubscribed",
  m."createdAt" AS "m_createdAt", m."updatedAt" AS "m_updatedAt"
FROM "Identity" i JOIN "Member" m ON m."id" = i."memberId"
WHERE i."platform" = ${platform} AND i."externalUserId" = ${externalUserId}`;

type Row = Record<string, unknown>;

const int = (v: unknown) => Number(v);
const intOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const date = (v: unknown) => (v instanceof Date ? v : new Date(typeof v === "string" ? v : Number(v)));
const bool = (v: unknown) => v === true || v === 1 || v === 1n || v === "1" || v === "true";
const boolOrNull = (v: unknown) => (v === null || v === undefined ? null : bool(v));
const textOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

export async function identityWithMember(
  db: DbOrTx,
  platform: string,
  externalUserId: string,
): Promise<(Identity & { member: Member }) | null> {
  const rows = await lookup(db, platform, externalUserId);
  const r = rows[0];
  if (!r) return null;
  return {
    id: int(r.i_id),
    platform: String(r.i_platform),
    externalUserId: String(r.i_externalUserId),
    privateChatId: String(r.i_privateChatId),
    username: textOrNull(r.i_username),
    privateChatOpen: boolOrNull(r.i_privateChatOpen),
    memberId: int(r.i_memberId),
    createdAt: date(r.i_createdAt),
    member: {
      id: int(r.m_id),
      displayName: String(r.m_displayName),
      locale: String(r.m_locale),
      organisationId: intOrNull(r.m_organisationId),
      digestSubscribed: bool(r.m_digestSubscribed),
      createdAt: date(r.m_createdAt),
      updatedAt: date(r.m_updatedAt),
    },
  };
}
