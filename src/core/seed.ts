/**
 * Reference data for a new database: the network's organisations named in the 2014 workshops
 * and the course types they mentioned. Only written into empty tables.
 */
import type { DbOrTx } from "../db/client.js";
import { isUniqueViolation } from "./errors.js";
import { organisationRow } from "./members.js";

export const SEED_ORGANISATIONS: { name: string; municipality: string; description: string }[] = [
  {
    name: "Harjulan Setlementti ry",
    municipality: "Lahti",
    description: "Setlementtityö, Mahdollisuudet käyttöön! -hanke",
  },
  { name: "Pelastusarmeija", municipality: "Lahti", description: "Sosiaalityö ja ruoka-apu" },
  { name: "Kankurin Ilo osuuskunta", municipality: "Lahti", description: "Osuuskunta" },
  { name: "Monitoimikeskus Takatasku", municipality: "Lahti", description: "Kuntouttava työtoiminta" },
  { name: "Jyränkölän Setlementti ry", municipality: "Heinola", description: "Setlementtityö" },
  { name: "Koti ja Kuusi osuuskunta", municipality: "Lahti", description: "Osuuskunta" },
  { name: "Manna ry", municipality: "Lahti", description: "Ruoka-apu ja kierrätys" },
  { name: "Nastolan työttömät ry", municipality: "Nastola", description: "Työttömien yhdistys" },
  { name: "Kaupunkikylä ry", municipality: "Lahti", description: "Ekokahvila MeaManna" },
  { name: "Dila", municipality: "Lahti", description: "" },
  { name: "SPR Kontti Laune", municipality: "Lahti", description: "Kierrätystavaratalo" },
  { name: "Lahden 4H-yhdistys", municipality: "Lahti", description: "Nuorten työllistäminen, Yli-Marola" },
  { name: "Avainsäätiö", municipality: "Lahti", description: "" },
  { name: "Open Mind ry", municipality: "Lahti", description: "Inspis" },
  { name: "Etelä-Hämeen Nuorisoseurat", municipality: "Lahti", description: "Nuorisotyö" },
  { name: "Sosiaalialan osaamiskeskus Verso", municipality: "Lahti", description: "" },
];

export const SEED_COURSE_TYPES: { key: string; name: string; usualMinSeats: number }[] = [
  { key: "jarjestysmies", name: "Järjestysmieskoulutus", usualMinSeats: 15 },
  { key: "hygieniapassi", name: "Hygieniapassi", usualMinSeats: 10 },
  { key: "tyoturvallisuuskortti", name: "Työturvallisuuskortti", usualMinSeats: 12 },
  { key: "ensiapu", name: "Ensiapukurssi (EA1)", usualMinSeats: 12 },
  { key: "atk", name: "Tietotekniikan kurssi", usualMinSeats: 8 },
  { key: "ruoanlaitto", name: "Ruoanlaittokurssi", usualMinSeats: 10 },
];

/** Two processes starting at once may both seed: the loser's duplicate rows are refused (P2002) and ignored. */
async function ignoreDuplicate(write: () => Promise<unknown>) {
  try {
    await write();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}

export async function seedReferenceData(db: DbOrTx): Promise<void> {
  if ((await db.organisation.count()) === 0) {
    for (const o of SEED_ORGANISATIONS)
      await ignoreDuplicate(() => db.organisation.create({ data: organisationRow(o) }));
  }
  if ((await db.courseType.count()) === 0) {
    for (const c of SEED_COURSE_TYPES) await ignoreDuplicate(() => db.courseType.create({ data: c }));
  }
}
