/** The fixed vocabularies and limits of help requests, and their compact forms in button payloads. */
import { MUNICIPALITIES } from "../../members.js";

export const CATEGORIES = ["hands", "premises", "equipment", "knowhow", "transport", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Everyday words for each category in Finnish, Swedish and English, for typed answers and /avoimet filters. */
export const CATEGORY_WORDS: Record<Category, string[]> = {
  hands: [
    "käsiparit",
    "käsipareja",
    "kädet",
    "vapaaehtoiset",
    "vapaaehtoisia",
    "talkoot",
    "talkoolaisia",
    "hands",
    "volunteers",
    "händer",
    "frivilliga",
  ],
  premises: ["tila", "tilat", "tiloja", "tilaa", "premises", "space", "room", "lokal", "lokaler"],
  equipment: [
    "tavara",
    "tavarat",
    "tavaraa",
    "välineet",
    "välineitä",
    "materiaalit",
    "equipment",
    "materials",
    "things",
    "saker",
    "utrustning",
    "material",
  ],
  knowhow: [
    "osaaminen",
    "osaamista",
    "neuvot",
    "neuvoja",
    "neuvonta",
    "know-how",
    "knowhow",
    "advice",
    "råd",
    "kunnande",
  ],
  transport: [
    "kuljetus",
    "kuljetusta",
    "kyyti",
    "kyydit",
    "kyytejä",
    "transport",
    "ride",
    "rides",
    "skjuts",
    "transporter",
  ],
  other: ["muu", "muuta", "other", "annat", "övrigt"],
};

export const STATUSES = ["open", "in_progress", "resolved", "expired", "hidden", "closed", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses in which a request is live: shown in /avoimet and open to offers. */
export const LIVE: Status[] = ["open", "in_progress"];

export const TITLE_MAX = 100;
export const DETAILS_MAX = 1000;
export const NOTE_MAX = 300;
export const REASON_MAX = 300;
export const DEFAULT_DAYS = 14;
export const MAX_DAYS = 90;
export const EXTEND_DAYS = 14;
export const REMIND_BEFORE_MS = 2 * 86_400_000;
export const PAGE_SIZE = 5;

/** The value stored for a municipality outside the seed region. */
export const OTHER_MUNICIPALITY = "other";

export function isCategory(v: unknown): v is Category {
  return typeof v === "string" && (CATEGORIES as readonly string[]).includes(v);
}

/** Municipality → short payload code (its index, or "o" for other); "-" means any. */
export function municipalityCode(m: string): string {
  if (m === OTHER_MUNICIPALITY) return "o";
  const i = (MUNICIPALITIES as readonly string[]).indexOf(m);
  return i >= 0 ? String(i) : "-";
}

export function municipalityFromCode(code: string | undefined): string | undefined {
  if (code === "o") return OTHER_MUNICIPALITY;
  if (code === undefined || !/^\d{1,2}$/.test(code)) return undefined;
  return MUNICIPALITIES[Number(code)];
}
