/**
 * The fixed, translatable vocabularies of the portal (issue 15): target groups, activities,
 * kinds of open places, languages served; municipalities are the network's own list. Keys are
 * stored; labels come from the .ftl files (`pt-tg-…`, `pt-act-…`, `pt-kind-…`, `pt-lang-…`).
 * `WORDS` holds everyday forms in Finnish, Swedish and English for typed answers.
 */
import { MUNICIPALITIES } from "../../members.js";

export const TARGET_GROUPS = [
  "youth",
  "long_term_unemployed",
  "immigrants",
  "older_people",
  "disabilities",
  "families",
  "mental_health",
  "substance_recovery",
  "everyone",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const ACTIVITIES = [
  "food",
  "recycling",
  "crafts",
  "outdoors",
  "animals",
  "care",
  "it",
  "guidance",
  "sports",
  "culture",
  "repair",
  "cleaning",
  "office",
  "courses",
  "peer_support",
  "transport",
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const PLACE_KINDS = ["work_trial", "wage_subsidy", "rehabilitative", "volunteering", "apprenticeship"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Place kinds that are jobs in schema.org's sense (JobPosting on the web page). */
export const JOB_KINDS: readonly PlaceKind[] = ["work_trial", "wage_subsidy", "apprenticeship"];

export const SERVED_LANGUAGES = ["fi", "sv", "en", "ru", "et", "ar", "so", "fa", "ku", "uk", "sgn"] as const;
export type ServedLanguage = (typeof SERVED_LANGUAGES)[number];

export { MUNICIPALITIES };

/** Everyday words (lower case) that name a key, beyond its translated labels. */
export const WORDS: Record<string, string[]> = {
  youth: ["nuoret", "nuori", "nuorille", "nuorten", "nuoriso", "ungdomar", "unga", "young", "youth", "young people"],
  long_term_unemployed: [
    "pitkäaikaistyöttömät",
    "työttömät",
    "työtön",
    "långtidsarbetslösa",
    "arbetslösa",
    "unemployed",
    "long-term unemployed",
  ],
  immigrants: ["maahanmuuttajat", "maahanmuuttaja", "invandrare", "immigrants", "migrants"],
  older_people: ["ikäihmiset", "vanhukset", "seniorit", "äldre", "seniorer", "older people", "elderly", "seniors"],
  disabilities: ["vammaiset", "vammaisille", "funktionsnedsättning", "disabled", "disabilities"],
  families: ["perheet", "lapsiperheet", "familjer", "families"],
  mental_health: ["mielenterveys", "mielenterveyskuntoutujat", "psykisk hälsa", "mental health"],
  substance_recovery: ["päihteet", "päihdekuntoutujat", "missbruk", "substance", "addiction"],
  everyone: ["kaikki", "kaikille", "alla", "everyone", "all"],
  food: ["ruoka", "kahvila", "keittiö", "ruoanjako", "mat", "kafé", "kök", "food", "cafe", "kitchen"],
  recycling: ["kierrätys", "kirpputori", "återvinning", "loppis", "recycling", "second hand"],
  crafts: ["käsityö", "käsityöt", "ompelu", "hantverk", "crafts", "sewing"],
  outdoors: ["ulkotyöt", "ympäristö", "piha", "metsä", "utomhus", "miljö", "outdoors", "environment", "gardening"],
  animals: ["eläimet", "eläinten", "eläin", "djur", "animals"],
  care: ["hoiva", "hoitotyö", "vanhustyö", "vård", "omsorg", "care"],
  it: ["tietotekniikka", "atk", "tietokone", "data", "it", "computers"],
  guidance: ["ohjaus", "neuvonta", "rådgivning", "handledning", "guidance", "advice"],
  sports: ["liikunta", "urheilu", "idrott", "motion", "sports", "exercise"],
  culture: ["kulttuuri", "taide", "musiikki", "kultur", "konst", "culture", "art", "music"],
  repair: ["korjaus", "rakennus", "remontti", "reparation", "bygg", "repair", "building"],
  cleaning: ["siivous", "städning", "cleaning"],
  office: ["toimisto", "kontor", "office"],
  courses: ["kurssit", "koulutus", "kurser", "utbildning", "courses", "training"],
  peer_support: ["vertaistuki", "kamratstöd", "peer support"],
  transport: ["kuljetus", "kuljetukset", "transport", "driving"],
  work_trial: ["työkokeilu", "työkokeilut", "työkokeiluun", "arbetsprövning", "work trial"],
  wage_subsidy: ["palkkatuki", "palkkatuettu", "lönesubvention", "wage subsidy"],
  rehabilitative: ["kuntouttava", "kuntouttava työtoiminta", "rehabiliterande", "rehabilitative"],
  volunteering: [
    "vapaaehtoistyö",
    "vapaaehtoinen",
    "vapaaehtoiseksi",
    "frivilligarbete",
    "frivillig",
    "volunteering",
    "volunteer",
  ],
  apprenticeship: ["oppisopimus", "läroavtal", "apprenticeship"],
};

export const ABOUT_MIN = 20;
export const ABOUT_MAX = 600;
export const SHORT_MAX = 300;
export const CONTACT_MAX = 300;
export const PLACE_TITLE_MAX = 100;
export const TASKS_MAX = 800;
export const APPLY_MAX = 300;
/** The longest an open place stays open before it has to be announced again. */
export const PLACE_MAX_DAYS = 365;
export const PLACE_DEFAULT_DAYS = 60;
/** A profile not changed or confirmed for this long is flagged to its organisation… */
export const STALE_AFTER_DAYS = 365;
/** …and to staff when nobody at the organisation reacted this many days later. */
export const STALE_STAFF_AFTER_DAYS = 14;

/** Comma-separated keys as stored → the keys of `allowed` they name, in the list's order. */
export function parseKeys<T extends string>(stored: string, allowed: readonly T[]): T[] {
  const set = new Set(stored.split(",").map((s) => s.trim()));
  return allowed.filter((k) => set.has(k));
}

export function joinKeys(keys: readonly string[]): string {
  return keys.join(",");
}

export function isPlaceKind(v: unknown): v is PlaceKind {
  return typeof v === "string" && (PLACE_KINDS as readonly string[]).includes(v);
}

/** The largest id a database row can have (PostgreSQL's `integer`); larger ids name nothing. */
export const MAX_ID = 2_147_483_647;

/** An id that can name a row on both databases: a whole number 1…2³¹−1. */
export function isRowId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_ID;
}
