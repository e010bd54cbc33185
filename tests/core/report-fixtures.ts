/**
 * A known history for the report's tests, written straight into the database: November 2026
 * (the period) and October 2026 (the previous period) in Helsinki time. Every figure the tests
 * expect is worked out by hand in the comments here.
 *
 * Helsinki: October 2026 is 2026-09-30T21:00Z … 2026-10-31T22:00Z (summer time ends 25.10.),
 * November 2026 is 2026-10-31T22:00Z … 2026-11-30T22:00Z.
 */
import type { Db } from "../../src/db/client.js";
import { organisationRow } from "../../src/core/members.js";

const at = (iso: string) => new Date(iso);
const H = 3_600_000;

export interface History {
  orgs: Record<"A" | "B" | "C" | "D" | "E", number>;
  members: Record<"m1" | "m2" | "m3" | "m4" | "m5" | "m6", number>;
  purchases: Record<"P1" | "P2" | "P3" | "P4" | "P5" | "P6", number>;
}

export async function seedHistory(db: Db): Promise<History> {
  const org = async (name: string, municipality: string) =>
    (await db.organisation.create({ data: organisationRow({ name, municipality }) })).id;
  const orgs = {
    A: await org("Lahden Kierrätyspiste ry", "Lahti"),
    B: await org("Hollolan Apu ry", "Hollola"),
    C: await org("Nastolan Kylätalo ry", "Nastola"),
    D: await org("Heinolan Nuoret ry", "Heinola"),
    E: await org("Orimattilan Kylät ry", "Orimattila"),
  };
  const member = async (displayName: string, organisationId: number, platform?: string) => {
    const m = await db.member.create({ data: { displayName, organisationId } });
    if (platform)
      await db.identity.create({
        data: { platform, externalUserId: `${platform}-${m.id}`, privateChatId: `${platform}-${m.id}`, memberId: m.id },
      });
    return m.id;
  };
  const members = {
    m1: await member("Aino", orgs.A, "telegram"),
    m2: await member("Bertta", orgs.A, "telegram"),
    m3: await member("Cecilia", orgs.B, "telegram"),
    m4: await member("Daniel", orgs.C),
    m5: await member("Eero", orgs.D, "slack"),
    m6: await member("Fanni", orgs.E),
  };
  const { m1, m2, m3, m4, m5, m6 } = members;
  const { A, B, C, D, E } = orgs;

  const request = async (r: {
    created: string;
    category: string;
    municipality: string;
    asker: number;
    organisationId: number;
    status?: string;
    resolvedAt?: string;
    closedAt?: string;
    offers?: { helper: number; afterMs: number }[];
  }) => {
    const createdAt = at(r.created);
    const req = await db.helpRequest.create({
      data: {
        askerId: r.asker,
        organisationId: r.organisationId,
        title: "Apua tarvitaan",
        category: r.category,
        municipality: r.municipality,
        status: r.status ?? "open",
        expiresAt: new Date(createdAt.getTime() + 14 * 24 * H),
        createdAt,
        resolvedAt: r.resolvedAt ? at(r.resolvedAt) : null,
        closedAt: r.closedAt ? at(r.closedAt) : null,
      },
    });
    for (const o of r.offers ?? []) {
      await db.helpOffer.create({
        data: { requestId: req.id, helperId: o.helper, createdAt: new Date(createdAt.getTime() + o.afterMs) },
      });
    }
    return req.id;
  };

  // --- November (the period) ---
  // R1: the first second of November in Helsinki; offer after 2 h; resolved after 72 h (local 4.11. 00:00).
  await request({
    created: "2026-10-31T22:00:00Z",
    category: "hands",
    municipality: "Lahti",
    asker: m1,
    organisationId: A,
    status: "resolved",
    resolvedAt: "2026-11-03T22:00:00Z",
    offers: [{ helper: m3, afterMs: 2 * H }],
  });
  // R2: offers after 4 h and 5 h (the first counts); resolved after 48 h.
  await request({
    created: "2026-11-02T08:00:00Z",
    category: "hands",
    municipality: "Lahti",
    asker: m2,
    organisationId: A,
    status: "resolved",
    resolvedAt: "2026-11-04T08:00:00Z",
    offers: [
      { helper: m4, afterMs: 4 * H },
      { helper: m3, afterMs: 5 * H },
    ],
  });
  // R3: offer after 1 h, in progress.
  await request({
    created: "2026-11-05T10:00:00Z",
    category: "transport",
    municipality: "Lahti",
    asker: m1,
    organisationId: A,
    status: "in_progress",
    offers: [{ helper: m5, afterMs: 1 * H }],
  });
  // R4: no offer, open.
  await request({
    created: "2026-11-09T10:00:00Z",
    category: "premises",
    municipality: "Hollola",
    asker: m3,
    organisationId: B,
  });
  // R5: expired in November.
  await request({
    created: "2026-11-10T10:00:00Z",
    category: "premises",
    municipality: "Hollola",
    asker: m3,
    organisationId: B,
    status: "expired",
    closedAt: "2026-11-18T10:00:00Z",
  });
  // R6: offer after 30 min; resolved after 24 h.
  await request({
    created: "2026-11-11T10:00:00Z",
    category: "hands",
    municipality: "Hollola",
    asker: m3,
    organisationId: B,
    status: "resolved",
    resolvedAt: "2026-11-12T10:00:00Z",
    offers: [{ helper: m1, afterMs: 0.5 * H }],
  });
  // R7: hidden by staff: not counted, and its asker (m6, organisation E) is not active.
  await request({
    created: "2026-11-12T10:00:00Z",
    category: "other",
    municipality: "Orimattila",
    asker: m6,
    organisationId: E,
    status: "hidden",
    closedAt: "2026-11-12T11:00:00Z",
  });

  // --- October (the previous period) ---
  // R8: the last second of October in Helsinki; no offer; resolved in November after 48 h.
  await request({
    created: "2026-10-31T21:59:59Z",
    category: "hands",
    municipality: "Lahti",
    asker: m2,
    organisationId: A,
    status: "resolved",
    resolvedAt: "2026-11-02T21:59:59Z",
  });
  // R9: offer after 3 h; resolved after 24 h.
  await request({
    created: "2026-10-05T09:00:00Z",
    category: "knowhow",
    municipality: "Heinola",
    asker: m5,
    organisationId: D,
    status: "resolved",
    resolvedAt: "2026-10-06T09:00:00Z",
    offers: [{ helper: m2, afterMs: 3 * H }],
  });
  // R10: expired in October.
  await request({
    created: "2026-10-20T09:00:00Z",
    category: "knowhow",
    municipality: "Heinola",
    asker: m5,
    organisationId: D,
    status: "expired",
    closedAt: "2026-10-30T09:00:00Z",
  });
  // R11, R12: open.
  await request({
    created: "2026-10-08T09:00:00Z",
    category: "hands",
    municipality: "Lahti",
    asker: m2,
    organisationId: A,
  });
  await request({
    created: "2026-10-09T09:00:00Z",
    category: "hands",
    municipality: "Lahti",
    asker: m2,
    organisationId: A,
  });

  const purchase = async (p: {
    created: string;
    organiser: number;
    organisationId: number;
    priceMode: string;
    priceCents: number;
    soloPriceCents?: number;
    status: string;
    closedAt?: string;
    seats?: { org: number; member: number; seats: number }[];
  }) => {
    const committed = (p.seats ?? []).reduce((s, x) => s + x.seats, 0);
    const row = await db.purchase.create({
      data: {
        organiserId: p.organiser,
        organisationId: p.organisationId,
        courseName: "Hygieniapassi",
        minSeats: 5,
        maxSeats: 20,
        priceMode: p.priceMode,
        priceCents: p.priceCents,
        soloPriceCents: p.soloPriceCents ?? null,
        deadline: at(p.closedAt ?? "2026-12-15T10:00:00Z"),
        status: p.status,
        committedSeats: committed,
        closedAt: p.closedAt ? at(p.closedAt) : null,
        createdAt: at(p.created),
      },
    });
    for (const s of p.seats ?? []) {
      await db.purchaseSeat.create({
        data: {
          purchaseId: row.id,
          organisationId: s.org,
          memberId: s.member,
          seats: s.seats,
          status: "committed",
          createdAt: at(p.created),
          queuedAt: at(p.created),
        },
      });
    }
    return row.id;
  };
  // P1: 150 € a seat, alone 250 €, 10 seats: saved (250 − 150) × 10 = 1 000 €.
  const P1 = await purchase({
    created: "2026-11-03T10:00:00Z",
    organiser: m1,
    organisationId: A,
    priceMode: "per_seat",
    priceCents: 15_000,
    soloPriceCents: 25_000,
    status: "closed",
    closedAt: "2026-11-15T10:00:00Z",
    seats: [
      { org: A, member: m1, seats: 6 },
      { org: B, member: m3, seats: 4 },
    ],
  });
  // P2: 3 000 € for the course, 12 seats (250 € a seat), alone 300 €: saved (300 − 250) × 12 = 600 €.
  const P2 = await purchase({
    created: "2026-11-04T10:00:00Z",
    organiser: m3,
    organisationId: B,
    priceMode: "total",
    priceCents: 300_000,
    soloPriceCents: 30_000,
    status: "closed",
    closedAt: "2026-11-20T08:00:00Z",
    seats: [
      { org: B, member: m3, seats: 5 },
      { org: C, member: m4, seats: 4 },
      { org: D, member: m5, seats: 3 },
    ],
  });
  // P3: solo price unknown: realised, but no saving counted.
  const P3 = await purchase({
    created: "2026-11-05T10:00:00Z",
    organiser: m1,
    organisationId: A,
    priceMode: "per_seat",
    priceCents: 10_000,
    status: "closed",
    closedAt: "2026-11-16T10:00:00Z",
    seats: [{ org: A, member: m1, seats: 5 }],
  });
  // P4: cancelled; P6: still open.
  const P4 = await purchase({
    created: "2026-11-06T10:00:00Z",
    organiser: m2,
    organisationId: A,
    priceMode: "per_seat",
    priceCents: 10_000,
    status: "cancelled",
    closedAt: "2026-11-18T10:00:00Z",
  });
  const P6 = await purchase({
    created: "2026-11-07T10:00:00Z",
    organiser: m2,
    organisationId: A,
    priceMode: "per_seat",
    priceCents: 10_000,
    status: "open",
  });
  // P5 (October): 200 € a seat, alone 220 €, 8 seats: saved 160 €.
  const P5 = await purchase({
    created: "2026-10-10T10:00:00Z",
    organiser: m4,
    organisationId: C,
    priceMode: "per_seat",
    priceCents: 20_000,
    soloPriceCents: 22_000,
    status: "closed",
    closedAt: "2026-10-28T10:00:00Z",
    seats: [{ org: C, member: m4, seats: 8 }],
  });

  const need = (created: string, organisationId: number, memberId: number, purchaseId: number | null, status: string) =>
    db.need.create({
      data: {
        organisationId,
        memberId,
        purchaseId,
        status,
        seats: 3,
        neededBy: at("2027-03-31T10:00:00Z"),
        municipality: "Lahti",
        courseText: "hygieniapassi",
        createdAt: at(created),
      },
    });
  await need("2026-11-01T10:00:00Z", B, m3, P1, "closed"); // met (P1 realised in November)
  await need("2026-11-02T10:00:00Z", C, m4, P2, "closed"); // met (P2)
  await need("2026-11-08T10:00:00Z", D, m5, null, "open"); // not met
  await need("2026-10-12T10:00:00Z", C, m4, P5, "closed"); // October, met by P5

  // Digest runs: two in November, one in October; a monthly report run (not a digest) too.
  const run = async (job: string, slot: string, startedAt: string, deliveries: [string, string][]) => {
    const r = await db.jobRun.create({ data: { job, slot, startedAt: at(startedAt), finishedAt: at(startedAt) } });
    for (const [recipientKey, status] of deliveries)
      await db.delivery.create({ data: { runId: r.id, recipientKey, status } });
  };
  await run("digest", "2026-W45", "2026-11-02T06:00:00Z", [
    ["telegram:-100123", "sent"],
    ["slack:C0STAFF", "sent"],
    [`member:${m1}`, "sent"],
    [`member:${m3}`, "sent"],
    [`member:${m2}`, "failed"],
  ]);
  await run("digest", "2026-W46", "2026-11-09T06:00:00Z", [
    ["telegram:-100123", "sent"],
    ["slack:C0STAFF", "sent"],
    [`member:${m1}`, "sent"],
    [`member:${m5}`, "sent"],
  ]);
  await run("digest", "2026-W43", "2026-10-19T05:00:00Z", [["telegram:-100123", "sent"]]);
  await run("report-monthly", "2026-11", "2026-11-02T07:00:00Z", [["slack:C0STAFF", "sent"]]);

  // Open places: in November 2 announced (a hidden one not counted) and 2 filled (one announced in
  // October); in October 1 announced, none filled.
  const place = (created: string, status: string, closedAt?: string) =>
    db.openPlace.create({
      data: {
        organisationId: A,
        kind: "work_trial",
        title: "Työkokeilu kierrätyspisteessä",
        municipality: "Lahti",
        endsAt: at("2027-02-01T10:00:00Z"),
        status,
        createdAt: at(created),
        closedAt: closedAt ? at(closedAt) : null,
      },
    });
  await place("2026-11-03T10:00:00Z", "open");
  await place("2026-11-04T10:00:00Z", "filled", "2026-11-10T10:00:00Z");
  await place("2026-11-05T10:00:00Z", "hidden", "2026-11-05T11:00:00Z");
  await place("2026-10-15T10:00:00Z", "filled", "2026-11-02T10:00:00Z");

  return { orgs, members, purchases: { P1, P2, P3, P4, P5, P6 } };
}
