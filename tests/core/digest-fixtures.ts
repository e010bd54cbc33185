/**
 * A week of network life for the digest tests, written straight into the database (the help
 * request and joint purchase features are built elsewhere; the digest only reads their tables).
 * Times are around Monday 23.11.2026 08:00 Europe/Helsinki (06:00 UTC), the default slot.
 */
import type { Db } from "../../src/db/client.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import type { PaceClock } from "../../src/core/features/digest/pacing.js";
import type { TestClock } from "../support/core.js";

export const SLOT_TIME = "2026-11-23T06:00:00Z"; // Monday 08:00 in Helsinki
export const SLOT = "2026-W48";
export const GROUP = "-100200";
export const STAFF = "C1";

const at = (iso: string) => new Date(iso);

/** Sleeps move the fake clock: pacing and 429 waits take no real time. */
export function fakePace(clock: TestClock): PaceClock & { slept: number[] } {
  const slept: number[] = [];
  return {
    slept,
    now: () => clock.now().getTime(),
    sleep: async (ms) => {
      slept.push(ms);
      clock.advance(ms);
    },
  };
}

export async function member(
  db: Db,
  name: string,
  platform: string,
  chatId: string,
  options: { locale?: string; subscribed?: boolean; orgName?: string } = {},
) {
  const org = options.orgName ? await db.organisation.findUniqueOrThrow({ where: { name: options.orgName } }) : null;
  return db.member.create({
    data: {
      displayName: name,
      locale: options.locale ?? "fi",
      digestSubscribed: options.subscribed ?? true,
      organisationId: org?.id ?? null,
      identities: {
        create: { platform, externalUserId: chatId, privateChatId: chatId, createdAt: at("2026-10-01T10:00:00Z") },
      },
    },
  });
}

export async function channels(db: Db) {
  await syncChannels(db, "telegram", [{ platform: "telegram", chatId: GROUP, kind: "community" }]);
  await syncChannels(db, "slack", [{ platform: "slack", chatId: STAFF, kind: "staff" }]);
}

export async function request(
  db: Db,
  data: {
    title: string;
    askerId?: number;
    org?: string;
    createdAt: string;
    status?: string;
    resolvedAt?: string;
    anonymous?: boolean;
  },
) {
  const org = data.org ? await db.organisation.findUniqueOrThrow({ where: { name: data.org } }) : null;
  return db.helpRequest.create({
    data: {
      title: data.title,
      askerId: data.askerId ?? null,
      organisationId: org?.id ?? null,
      askedAs: data.anonymous ? "anonymous" : "organisation",
      category: "hands",
      municipality: org?.municipality ?? "Lahti",
      status: data.status ?? "open",
      createdAt: at(data.createdAt),
      updatedAt: at(data.resolvedAt ?? data.createdAt),
      resolvedAt: data.resolvedAt ? at(data.resolvedAt) : null,
      expiresAt: new Date(at(data.createdAt).getTime() + 30 * 86_400_000),
    },
  });
}

export async function offer(db: Db, requestId: number, helperId: number, status: string, createdAt: string) {
  return db.helpOffer.create({
    data: { requestId, helperId, status, createdAt: at(createdAt), updatedAt: at(createdAt) },
  });
}

export async function purchase(
  db: Db,
  data: {
    courseName: string;
    org?: string;
    organiserId?: number;
    minSeats: number;
    committed: number;
    status?: string;
    deadline: string;
    createdAt: string;
    tippedAt?: string;
    closedAt?: string;
    priceMode?: "total" | "per_seat";
    priceCents?: number;
    soloPriceCents?: number;
  },
) {
  const org = data.org ? await db.organisation.findUniqueOrThrow({ where: { name: data.org } }) : null;
  return db.purchase.create({
    data: {
      courseName: data.courseName,
      organisationId: org?.id ?? null,
      organiserId: data.organiserId ?? null,
      minSeats: data.minSeats,
      maxSeats: data.minSeats + 5,
      priceMode: data.priceMode ?? "total",
      priceCents: data.priceCents ?? 150_000,
      soloPriceCents: data.soloPriceCents ?? null,
      deadline: at(data.deadline),
      status: data.status ?? "open",
      committedSeats: data.committed,
      createdAt: at(data.createdAt),
      tippedAt: data.tippedAt ? at(data.tippedAt) : null,
      closedAt: data.closedAt ? at(data.closedAt) : null,
    },
  });
}

/**
 * The week before the slot: an old request still waiting (9 days), a new one that got an offer,
 * one solved with two helpers, an open joint purchase 6 seats short, one that tipped (bought
 * alone 250 €/seat, together 1 500 € for 10 seats: 1 000 € saved), one cancelled, a need.
 * Members: Aino (Telegram, Finnish, subscribed, has her own open request), Erik (Slack, Swedish,
 * subscribed), Bob (Telegram, not subscribed).
 */
export async function busyWeek(db: Db) {
  await channels(db);
  const aino = await member(db, "Aino", "telegram", "501", { orgName: "Manna ry" });
  const erik = await member(db, "Erik", "slack", "U2", { locale: "sv" });
  const bob = await member(db, "Bob", "telegram", "503", { subscribed: false });
  const waiting = await request(db, {
    title: "Kaksi käsiparia muuttoon",
    askerId: aino.id,
    org: "Manna ry",
    createdAt: "2026-11-14T05:00:00Z",
  });
  const fresh = await request(db, {
    title: "Pakettiauto lainaan lauantaiksi",
    askerId: bob.id,
    org: "Pelastusarmeija",
    createdAt: "2026-11-20T09:00:00Z",
  });
  await offer(db, fresh.id, erik.id, "pending", "2026-11-20T12:00:00Z");
  const solved = await request(db, {
    title: "Tilat tiistain ryhmälle",
    askerId: erik.id,
    org: "Dila",
    createdAt: "2026-11-10T09:00:00Z",
    status: "resolved",
    resolvedAt: "2026-11-21T09:00:00Z",
  });
  await offer(db, solved.id, aino.id, "accepted", "2026-11-11T09:00:00Z");
  await offer(db, solved.id, bob.id, "accepted", "2026-11-12T09:00:00Z");
  await purchase(db, {
    courseName: "Hygieniapassi",
    org: "Kaupunkikylä ry",
    organiserId: aino.id,
    minSeats: 15,
    committed: 9,
    deadline: "2026-12-12T21:59:00Z",
    createdAt: "2026-11-18T09:00:00Z",
  });
  await purchase(db, {
    courseName: "Järjestysmieskoulutus",
    org: "Nastolan työttömät ry",
    minSeats: 10,
    committed: 10,
    status: "tipped",
    deadline: "2026-12-01T21:59:00Z",
    createdAt: "2026-11-02T09:00:00Z",
    tippedAt: "2026-11-19T09:00:00Z",
    priceCents: 150_000,
    soloPriceCents: 25_000,
  });
  await purchase(db, {
    courseName: "Ruoanlaittokurssi",
    minSeats: 10,
    committed: 3,
    status: "cancelled",
    deadline: "2026-11-20T21:59:00Z",
    createdAt: "2026-11-01T09:00:00Z",
    closedAt: "2026-11-21T10:00:00Z",
  });
  const course = await db.courseType.findUniqueOrThrow({ where: { key: "tyoturvallisuuskortti" } });
  const org = await db.organisation.findUniqueOrThrow({ where: { name: "Jyränkölän Setlementti ry" } });
  await db.need.create({
    data: {
      organisationId: org.id,
      courseTypeId: course.id,
      seats: 6,
      neededBy: at("2027-02-01T10:00:00Z"),
      municipality: "Heinola",
      createdAt: at("2026-11-17T09:00:00Z"),
      updatedAt: at("2026-11-17T09:00:00Z"),
    },
  });
  return { aino, erik, bob, waiting, fresh, solved };
}
