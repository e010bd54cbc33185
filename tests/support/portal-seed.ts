/**
 * Portal data for tests and benchmarks: a few realistic profiles and places by hand
 * (`seedPortalStory`), or many generated ones (`seedPortalBulk`: e.g. 500 organisations and
 * 2 000 open places for `npm run bench`), written straight into the database.
 */
import type { Db } from "../../src/db/client.js";
import {
  ACTIVITIES,
  MUNICIPALITIES,
  PLACE_KINDS,
  SERVED_LANGUAGES,
  TARGET_GROUPS,
} from "../../src/core/features/portal/constants.js";
import { organisationRow } from "../../src/core/members.js";

const DAY = 86_400_000;

export interface ProfileSeed {
  name: string;
  about: string;
  targetGroups: string[];
  activities?: string[];
  services?: string;
  municipalities: string[];
  contact?: string;
  languages?: string[];
  published?: boolean;
}

export interface PlaceSeed {
  organisation: string;
  kind: string;
  title: string;
  tasks?: string;
  targetGroups?: string[];
  municipality: string;
  hoursPerWeek?: number | null;
  endsInDays?: number;
  howToApply?: string;
}

export async function seedProfile(db: Db, p: ProfileSeed, now: Date) {
  const org = await db.organisation.upsert({
    where: { name: p.name },
    create: organisationRow({ name: p.name, municipality: p.municipalities[0] ?? "Lahti" }),
    update: {},
  });
  return db.portalProfile.create({
    data: {
      organisationId: org.id,
      published: p.published ?? true,
      about: p.about,
      targetGroups: p.targetGroups.join(","),
      activities: (p.activities ?? []).join(","),
      services: p.services ?? "",
      municipalities: p.municipalities.join(","),
      contact: p.contact ?? `info@${p.name.toLowerCase().replace(/[^a-z]+/g, "")}.fi`,
      languages: (p.languages ?? ["fi"]).join(","),
      confirmedAt: now,
      publishedAt: now,
      createdAt: now,
    },
  });
}

export async function seedPlace(db: Db, p: PlaceSeed, now: Date) {
  const org = await db.organisation.findUniqueOrThrow({ where: { name: p.organisation } });
  return db.openPlace.create({
    data: {
      organisationId: org.id,
      kind: p.kind,
      title: p.title,
      tasks: p.tasks ?? "",
      targetGroups: (p.targetGroups ?? []).join(","),
      municipality: p.municipality,
      hoursPerWeek: p.hoursPerWeek ?? null,
      endsAt: new Date(now.getTime() + (p.endsInDays ?? 60) * DAY),
      howToApply: p.howToApply ?? "",
      createdAt: now,
    },
  });
}

/** A handful of organisations from the 2014 workshops, with places. */
export async function seedPortalStory(db: Db, now: Date) {
  await seedProfile(
    db,
    {
      name: "Kaupunkikylä ry",
      about: "Ekokahvila MeaManna ja kotieläinpiha: nuoret pääsevät työkokeiluun eläinten parissa.",
      targetGroups: ["youth", "long_term_unemployed"],
      activities: ["food", "animals"],
      municipalities: ["Hollola", "Lahti"],
      languages: ["fi", "en"],
    },
    now,
  );
  await seedProfile(
    db,
    {
      name: "Manna ry",
      about: "Ruoka-apua ja yhteisiä aterioita perheille ja ikäihmisille.",
      targetGroups: ["families", "older_people"],
      activities: ["food"],
      municipalities: ["Lahti"],
    },
    now,
  );
  await seedProfile(
    db,
    {
      name: "Lahden 4H-yhdistys",
      about: "Nuorten työllistymistä ja yrittäjyyttä, kesätöitä ja pihatöitä Yli-Marolassa.",
      targetGroups: ["youth"],
      activities: ["outdoors", "animals"],
      municipalities: ["Lahti", "Nastola"],
    },
    now,
  );
  await seedProfile(
    db,
    {
      name: "Kankurin Ilo osuuskunta",
      about: "Kudontaa ja käsitöitä maahanmuuttajanaisille ja kaikille kiinnostuneille.",
      targetGroups: ["immigrants", "everyone"],
      activities: ["crafts"],
      municipalities: ["Lahti"],
      languages: ["fi", "ar", "so"],
    },
    now,
  );
  await seedProfile(
    db,
    {
      name: "Pelastusarmeija",
      about: "Kierrätysmyymälä ja kuntouttava työtoiminta pitkäaikaistyöttömille.",
      targetGroups: ["long_term_unemployed", "substance_recovery"],
      activities: ["recycling", "cleaning"],
      municipalities: ["Lahti", "Heinola"],
    },
    now,
  );
  await seedProfile(
    db,
    {
      name: "Luonnosseura",
      about: "Tämä esittely odottaa vielä hyväksyntää.",
      targetGroups: ["youth"],
      municipalities: ["Hollola"],
      published: false,
    },
    now,
  );
  await seedPlace(
    db,
    {
      organisation: "Kaupunkikylä ry",
      kind: "work_trial",
      title: "Eläintenhoitaja kotieläinpihalle",
      tasks: "Eläinten ruokinta ja pihatyöt",
      targetGroups: ["youth"],
      municipality: "Hollola",
      hoursPerWeek: 20,
    },
    now,
  );
  await seedPlace(
    db,
    {
      organisation: "Pelastusarmeija",
      kind: "wage_subsidy",
      title: "Myyjä kierrätysmyymälään",
      tasks: "Asiakaspalvelu ja tavaroiden lajittelu",
      targetGroups: ["long_term_unemployed"],
      municipality: "Lahti",
      hoursPerWeek: 30,
    },
    now,
  );
  await seedPlace(
    db,
    {
      organisation: "Manna ry",
      kind: "volunteering",
      title: "Ruoanjakaja",
      tasks: "Ruoan jakaminen perjantaisin",
      municipality: "Lahti",
      hoursPerWeek: 4,
    },
    now,
  );
  await seedPlace(
    db,
    {
      organisation: "Luonnosseura",
      kind: "work_trial",
      title: "Metsätöitä luonnossa",
      municipality: "Hollola",
      hoursPerWeek: 15,
    },
    now,
  );
}

const WORDS_FI = [
  "kahvila",
  "keittiö",
  "kierrätys",
  "puutyöt",
  "ompelu",
  "pihatyöt",
  "siivous",
  "asiakaspalvelu",
  "atk-tuki",
  "liikunta",
  "musiikki",
  "ohjaus",
  "kuljetus",
  "eläimet",
  "metsä",
  "toimisto",
];

/** Many generated organisations and places (deterministic), written with a few bulk inserts. */
export async function seedPortalBulk(db: Db, options: { organisations: number; places: number; now: Date }) {
  const { now } = options;
  const pick = <T>(list: readonly T[], i: number, n = 1): T[] =>
    Array.from({ length: n }, (_, k) => list[(i * 7 + k * 3) % list.length]!);
  const names = Array.from({ length: options.organisations }, (_, i) => `Yhdistys ${i + 1}`);
  await db.organisation.createMany({
    data: names.map((name, i) => organisationRow({ name, municipality: MUNICIPALITIES[i % MUNICIPALITIES.length]! })),
  });
  const orgs = await db.organisation.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const idOf = new Map(orgs.map((o) => [o.name, o.id]));
  const orgIds = names.map((n) => idOf.get(n)!);
  await db.portalProfile.createMany({
    data: orgIds.map((organisationId, i) => ({
      organisationId,
      published: true,
      about: `Yhdistys ${i + 1} tarjoaa ${pick(WORDS_FI, i, 3).join(", ")} ja yhteisöllistä toimintaa.`,
      targetGroups: [...new Set(pick(TARGET_GROUPS, i, 2))].join(","),
      activities: [...new Set(pick(ACTIVITIES, i, 3))].join(","),
      municipalities: [...new Set(pick(MUNICIPALITIES, i, 2))].join(","),
      contact: `info@yhdistys${i + 1}.fi`,
      languages: [...new Set(["fi", ...pick(SERVED_LANGUAGES, i, 1)])].join(","),
      confirmedAt: now,
      createdAt: now,
      updatedAt: now,
    })),
  });
  await db.openPlace.createMany({
    data: Array.from({ length: options.places }, (_, i) => ({
      organisationId: orgIds[i % orgIds.length]!,
      kind: PLACE_KINDS[i % PLACE_KINDS.length]!,
      title: `${pick(WORDS_FI, i)[0]} – tehtävä ${i + 1}`,
      tasks: `Tehtäviin kuuluu ${pick(WORDS_FI, i + 1, 2).join(" ja ")}.`,
      targetGroups: pick(TARGET_GROUPS, i)[0]!,
      municipality: MUNICIPALITIES[i % MUNICIPALITIES.length]!,
      hoursPerWeek: 5 + (i % 8) * 5,
      endsAt: new Date(now.getTime() + (10 + (i % 200)) * DAY),
      createdAt: new Date(now.getTime() - (i % 30) * DAY),
      updatedAt: now,
    })),
  });
}
