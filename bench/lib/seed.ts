/**
 * Test data for the benchmark, written straight into a fresh database with Prisma's createMany
 * in batches (100 000 help requests take seconds this way, minutes through the bot).
 */
import { freshDatabaseUrl } from "../../tests/support/db.js";
import { openDatabase, type Db } from "../../src/db/client.js";
import { seedReferenceData } from "../../src/core/seed.js";
import { MUNICIPALITIES, organisationRow } from "../../src/core/members.js";
import { CATEGORIES } from "../../src/core/features/help-requests/constants.js";
import { nowMs } from "./stats.js";

const BATCH = 1000;
const DAY = 86_400_000;

/** A fresh migrated database (a copy of the SQLite template, or `url` when given), with the reference data. */
export async function freshDb(given?: string): Promise<{ url: string; db: Db }> {
  const url = given ?? (await freshDatabaseUrl());
  const db = await openDatabase(url);
  await seedReferenceData(db);
  return { url, db };
}

async function batches(total: number, write: (from: number, count: number) => Promise<unknown>) {
  for (let from = 0; from < total; from += BATCH) await write(from, Math.min(BATCH, total - from));
}

/**
 * Members with one identity each on `platform`; returns their member ids in order.
 * `chatIdOf(i)` is the private chat id (Telegram user id = private chat id).
 */
export async function seedMembers(
  db: Db,
  count: number,
  options: {
    platform: string;
    userIdOf: (i: number) => string;
    namePrefix: string;
    digestSubscribed?: boolean;
    localeOf?: (i: number) => string;
    orgOffset?: number;
  },
): Promise<number[]> {
  if (count === 0) return [];
  const orgs = await db.organisation.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const before = await db.member.aggregate({ _max: { id: true } });
  const firstId = (before._max.id ?? 0) + 1;
  await batches(count, (from, n) =>
    db.member.createMany({
      data: Array.from({ length: n }, (_, k) => ({
        displayName: `${options.namePrefix} ${from + k + 1}`,
        locale: options.localeOf?.(from + k) ?? "fi",
        organisationId: orgs[((options.orgOffset ?? 0) + from + k) % orgs.length]!.id,
        digestSubscribed: options.digestSubscribed ?? false,
      })),
    }),
  );
  const ids = (
    await db.member.findMany({ where: { id: { gte: firstId } }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((m) => m.id);
  await batches(ids.length, (from, n) =>
    db.identity.createMany({
      data: ids.slice(from, from + n).map((memberId, k) => {
        const userId = options.userIdOf(from + k);
        return { platform: options.platform, externalUserId: userId, privateChatId: userId, memberId };
      }),
    }),
  );
  return ids;
}

const TITLES = [
  "Kaksi vapaaehtoista muuttoapuun",
  "Pakettiauto lainaan lauantaiksi",
  "Kokoustila kymmenelle hengelle",
  "Työkokeilupaikka nuorelle kahvilaan",
  "Apua kirjanpito-ohjelman käyttöön",
  "Kuljetus kierrätystavaroille",
  "Ompelukoneita kurssille",
  "Kokki ruokapäivään",
];

/** `count` more organisations (joint purchases are joined per organisation). */
export async function seedOrganisations(db: Db, count: number): Promise<void> {
  await batches(count, (from, n) =>
    db.organisation.createMany({
      data: Array.from({ length: n }, (_, k) =>
        organisationRow({
          name: `Testijärjestö ${from + k + 1}`,
          municipality: MUNICIPALITIES[(from + k) % MUNICIPALITIES.length]!,
        }),
      ),
    }),
  );
}

/**
 * Open help requests by `askerIds` (round robin), newest last; returns the ids. `steadyState`
 * marks them as already seen by the periodic jobs (expiry reminder and staff flag done), as a
 * running instance would have left them; without it the next start catches up all of them.
 */
export async function seedHelpRequests(
  db: Db,
  count: number,
  askerIds: number[],
  now = new Date(),
  options: { steadyState?: boolean } = {},
): Promise<{ ids: number[]; ms: number }> {
  const t0 = nowMs();
  const members = await db.member.findMany({
    where: { id: { in: askerIds } },
    select: { id: true, organisationId: true },
  });
  const byId = new Map(members.map((m) => [m.id, m]));
  const before = await db.helpRequest.aggregate({ _max: { id: true } });
  const firstId = (before._max.id ?? 0) + 1;
  await batches(count, (from, n) =>
    db.helpRequest.createMany({
      data: Array.from({ length: n }, (_, k) => {
        const i = from + k;
        const asker = byId.get(askerIds[i % askerIds.length]!)!;
        // Spread over the last 13 days, expiring 1–30 days from now: all live.
        const createdAt = new Date(now.getTime() - 13 * DAY + Math.floor(((i + 1) / (count + 1)) * 13 * DAY));
        return {
          askerId: asker.id,
          organisationId: asker.organisationId,
          askedAs: i % 7 === 0 ? "anonymous" : "organisation",
          title: `${TITLES[i % TITLES.length]} (${i + 1})`,
          details: i % 3 === 0 ? "" : "Tarvitsemme apua ensi viikolla. Kerro, jos pystyt auttamaan – kiitos!",
          category: CATEGORIES[i % CATEGORIES.length]!,
          municipality: MUNICIPALITIES[i % MUNICIPALITIES.length]!,
          status: "open",
          expiresAt: new Date(now.getTime() + DAY + (i % 29) * DAY),
          createdAt,
          ...(options.steadyState ? { reminderSentAt: now, staffFlaggedAt: now } : {}),
        };
      }),
    }),
  );
  const ids = (
    await db.helpRequest.findMany({ where: { id: { gte: firstId } }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((r) => r.id);
  return { ids, ms: nowMs() - t0 };
}
