/**
 * Search across organisation profiles and open places, in Finnish as people write it: every
 * word is reduced with the Snowball stemmers of Finnish, Swedish and English (the text's language
 * is not known, so all three stems are indexed and searched), and MiniSearch matches prefixes
 * ("nuor" finds "nuoret", "nuorille", "nuorten") and typos (one edit in words of five letters or
 * more, two from eight). The fixed lists (target groups, activities, kinds of place) are indexed
 * by their labels in all three languages and their everyday words, so a Swedish or English word
 * finds a Finnish profile.
 *
 * The index is derived from the database and cached in the object `createPortalSearch` returns
 * (one per core). Every search first reads a small fingerprint of the tables (row counts and the
 * latest `updatedAt` of profiles and places, the number of organisations): when anything changed,
 * in this process or another one on the same database, the index is rebuilt before answering.
 * So two processes never need each other's memory, and a search never answers from stale data.
 * Expiry needs no rebuild: a place's end date is checked at query time. The public web page
 * reads the same snapshot (`published`): published profiles and places, already parsed and
 * sorted, so a page costs the fingerprint's three small queries and no more. The memory it
 * holds is one copy of what is published (replaced, never accumulated, when the data changes).
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { portalFingerprint } from "../../../db/portal-fingerprint.js";
import type { CoreDeps } from "../../app/contract.js";
import { translator } from "../../i18n/index.js";
import { LOCALES } from "../../types.js";
import {
  sortPlaces,
  sortProfiles,
  toPublicPlace,
  toPublicProfile,
  type PublicPlace,
  type PublicProfile,
} from "./public.js";
import {
  ACTIVITIES,
  MUNICIPALITIES,
  SERVED_LANGUAGES,
  TARGET_GROUPS,
  WORDS,
  parseKeys,
  type PlaceKind,
  type TargetGroup,
} from "./constants.js";

type Stemmer = { stem(word: string): string };

/** The Snowball stemmers, loaded when the first search needs them (not at start-up: they are large). */
async function loadStemmers(): Promise<Stemmer[]> {
  // A CommonJS module marked __esModule: Node puts its exports on `default`, tsx and bundlers
  // on the namespace itself (its `default` is then undefined). Take whichever has newStemmer.
  type Snowball = { newStemmer(language: string): Stemmer };
  const mod = (await import("snowball-stemmers")) as unknown as Snowball & { default?: Snowball };
  const snowball = mod.default?.newStemmer ? mod.default : mod;
  return (["finnish", "swedish", "english"] as const).map((l) => snowball.newStemmer(l));
}

/** Words too common to mean anything in a search. */
const STOP_WORDS: readonly string[] = [
  "ja",
  "tai",
  "on",
  "ovat",
  "ei",
  "se",
  "ne",
  "jotka",
  "joka",
  "kanssa",
  "parissa",
  "varten",
  "myös",
  "kuin",
  "sekä",
  "och",
  "eller",
  "är",
  "för",
  "med",
  "som",
  "en",
  "ett",
  "att",
  "av",
  "på",
  "till",
  "the",
  "and",
  "or",
  "for",
  "with",
  "of",
  "to",
  "in",
  "a",
  "an",
  "is",
  "are",
  "at",
];

/** A word → its forms as indexed and searched: the word itself and its stems. */
export function analyse(term: string, stemmers: readonly Stemmer[]): string[] | null {
  const w = term.toLowerCase();
  if (w.length < 2 || STOP_WORDS.includes(w)) return null;
  const forms = new Set([w]);
  for (const s of stemmers) {
    const stem = s.stem(w);
    if (stem.length >= 2) forms.add(stem);
  }
  return [...forms];
}

export interface SearchDoc {
  /** "o<organisationId>" for a profile, "p<placeId>" for a place. */
  id: string;
  type: "profile" | "place";
  refId: number;
  organisationId: number;
  organisation: string;
  /** The place's title (profiles: the organisation's name). */
  title: string;
  /** Free text: about, services, premises (profiles); tasks, how to apply (places). */
  text: string;
  /** Labels of the fixed lists in every language, and their everyday words. */
  labels: string;
  municipalities: string[];
  targetGroups: TargetGroup[];
  activities: string[];
  languages: string[];
  kind: PlaceKind | null;
  hoursPerWeek: number | null;
  endsAt: number | null;
  /** The organisation's profile is published (the public web page shows only these). */
  published: boolean;
  contact: string;
  createdAt: number;
}

export interface SearchFilters {
  municipality?: string | undefined;
  targetGroup?: TargetGroup | undefined;
  kind?: PlaceKind | undefined;
  /** Only what is public: published profiles and the places of organisations with one. */
  publicOnly?: boolean;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The indexed terms the query matched. */
  terms: string[];
}

function labelText(prefix: string, keys: readonly string[]): string {
  const out: string[] = [];
  for (const k of keys) {
    for (const l of LOCALES) out.push(translator(l)(`${prefix}-${k}`));
    out.push(...(WORDS[k] ?? []));
  }
  return out.join(" · ");
}

interface Built {
  stamp: string;
  index: MiniSearch<SearchDoc>;
  docs: Map<string, SearchDoc>;
  published: PublishedSnapshot;
}

async function fingerprint(deps: Pick<CoreDeps, "db">): Promise<string> {
  return portalFingerprint(deps.db);
}

/** Every searchable document: published profiles and open places. */
export async function loadDocs(deps: Pick<CoreDeps, "db">): Promise<SearchDoc[]> {
  return (await loadSnapshot(deps)).docs;
}

/**
 * What the public web page shows, from the same snapshot as the index: published profiles (by
 * name) and the open places of their organisations (newest first, including places past their
 * end date: `filterPlaces` leaves those out at the time of the request).
 */
export interface PublishedSnapshot {
  profiles: PublicProfile[];
  places: PublicPlace[];
  profileById: Map<number, PublicProfile>;
  placeById: Map<number, PublicPlace>;
}

async function loadSnapshot(deps: Pick<CoreDeps, "db">): Promise<{ docs: SearchDoc[]; published: PublishedSnapshot }> {
  const profiles = await deps.db.portalProfile.findMany({
    where: { published: true },
    include: { organisation: true },
  });
  const publishedOrgs = new Map(profiles.map((p) => [p.organisationId, p]));
  const places = await deps.db.openPlace.findMany({ where: { status: "open" }, include: { organisation: true } });
  const publicProfiles = sortProfiles(profiles.map(toPublicProfile));
  const publicPlaces = sortPlaces(places.filter((p) => publishedOrgs.has(p.organisationId)).map(toPublicPlace));
  const published: PublishedSnapshot = {
    profiles: publicProfiles,
    places: publicPlaces,
    profileById: new Map(publicProfiles.map((p) => [p.organisationId, p])),
    placeById: new Map(publicPlaces.map((p) => [p.id, p])),
  };
  const docs: SearchDoc[] = [];
  for (const p of profiles) {
    const targetGroups = parseKeys(p.targetGroups, TARGET_GROUPS);
    const activities = parseKeys(p.activities, ACTIVITIES);
    docs.push({
      id: `o${p.organisationId}`,
      type: "profile",
      refId: p.id,
      organisationId: p.organisationId,
      organisation: p.organisation.name,
      title: p.organisation.name,
      text: [p.about, p.services, p.premises, p.accessibility].filter(Boolean).join("\n"),
      labels: [labelText("pt-tg", targetGroups), labelText("pt-act", activities)].join(" · "),
      municipalities: parseKeys(p.municipalities, MUNICIPALITIES),
      targetGroups,
      activities,
      languages: parseKeys(p.languages, SERVED_LANGUAGES),
      kind: null,
      hoursPerWeek: null,
      endsAt: null,
      published: true,
      contact: p.contact,
      createdAt: p.createdAt.getTime(),
    });
  }
  for (const p of places) {
    const targetGroups = parseKeys(p.targetGroups, TARGET_GROUPS);
    const profile = publishedOrgs.get(p.organisationId);
    const activities = profile ? parseKeys(profile.activities, ACTIVITIES) : [];
    docs.push({
      id: `p${p.id}`,
      type: "place",
      refId: p.id,
      organisationId: p.organisationId,
      organisation: p.organisation.name,
      title: p.title,
      text: [p.tasks, p.howToApply].filter(Boolean).join("\n"),
      labels: [labelText("pt-kind", [p.kind]), labelText("pt-tg", targetGroups), labelText("pt-act", activities)].join(
        " · ",
      ),
      municipalities: [p.municipality],
      targetGroups,
      activities,
      languages: profile ? parseKeys(profile.languages, SERVED_LANGUAGES) : [],
      kind: p.kind as PlaceKind,
      hoursPerWeek: p.hoursPerWeek,
      endsAt: p.endsAt.getTime(),
      published: Boolean(profile),
      contact: p.howToApply || profile?.contact || "",
      createdAt: p.createdAt.getTime(),
    });
  }
  return { docs, published };
}

/** Stemming is the costly part of indexing and the vocabulary is small: each word is analysed once. */
function memoised(analyseWord: (w: string) => string[] | null, cache: Map<string, string[] | null>, max = 50_000) {
  return (term: string) => {
    const hit = cache.get(term);
    if (hit !== undefined) return hit;
    if (cache.size >= max) cache.clear();
    const forms = analyseWord(term);
    cache.set(term, forms);
    return forms;
  };
}

function buildIndex(docs: SearchDoc[], processTerm: (term: string) => string[] | null): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ["organisation", "title", "text", "labels", "place"],
    extractField: (doc, field) =>
      field === "place"
        ? doc.municipalities.join(" ")
        : String((doc as unknown as Record<string, unknown>)[field] ?? ""),
    processTerm,
    searchOptions: {
      boost: { title: 2, organisation: 1.5, labels: 1.2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : false),
      combineWith: "OR",
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  });
  index.addAll(docs);
  return index;
}

function passes(doc: SearchDoc, f: SearchFilters, now: number): boolean {
  if (doc.endsAt !== null && doc.endsAt <= now) return false;
  if (f.publicOnly && !doc.published) return false;
  if (f.municipality && !doc.municipalities.includes(f.municipality)) return false;
  if (f.kind && doc.kind !== f.kind) return false;
  if (f.targetGroup) {
    const fits =
      doc.targetGroups.includes(f.targetGroup) ||
      doc.targetGroups.includes("everyone") ||
      (doc.type === "place" && !doc.targetGroups.length);
    if (!fits) return false;
  }
  return true;
}

export interface PortalSearch {
  /** The current documents (the index rebuilt first when the database changed). */
  docs(deps: Pick<CoreDeps, "db">): Promise<SearchDoc[]>;
  /** What the public web page shows (the same snapshot, equally fresh). */
  published(deps: Pick<CoreDeps, "db">): Promise<PublishedSnapshot>;
  /**
   * Documents matching `query` (any word; more words and better fields rank higher) and the
   * filters, best first. An empty query lists everything that passes the filters, newest first.
   */
  search(
    deps: Pick<CoreDeps, "db" | "now">,
    query: string,
    filters?: SearchFilters,
    limit?: number,
  ): Promise<{ hits: SearchHit[]; total: number }>;
}

/** One search cache per core (see the module comment for why it is safe with several processes). */
export function createPortalSearch(): PortalSearch {
  let built: Built | undefined;
  let building: Promise<Built> | undefined;
  let processTerm: ((term: string) => string[] | null) | undefined;

  async function current(deps: Pick<CoreDeps, "db">): Promise<Built> {
    const stamp = await fingerprint(deps);
    if (built?.stamp === stamp) return built;
    if (building) {
      const b = await building;
      if (b.stamp === stamp) return b;
    }
    building = (async () => {
      if (!processTerm) {
        const stemmers = await loadStemmers();
        processTerm = memoised((term) => analyse(term, stemmers), new Map());
      }
      const { docs, published } = await loadSnapshot(deps);
      return { stamp, index: buildIndex(docs, processTerm), docs: new Map(docs.map((d) => [d.id, d])), published };
    })();
    try {
      built = await building;
      return built;
    } finally {
      building = undefined;
    }
  }

  return {
    async docs(deps) {
      return [...(await current(deps)).docs.values()];
    },
    async published(deps) {
      return (await current(deps)).published;
    },
    async search(deps, query, filters = {}, limit = 10) {
      const b = await current(deps);
      const now = deps.now().getTime();
      const q = query.trim();
      let hits: SearchHit[];
      if (!q) {
        hits = [...b.docs.values()]
          .filter((d) => passes(d, filters, now))
          .sort((x, y) => y.createdAt - x.createdAt || x.id.localeCompare(y.id))
          .map((doc) => ({ doc, score: 0, terms: [] }));
      } else {
        hits = b.index
          .search(q, { filter: (r: SearchResult) => passes(b.docs.get(r.id as string)!, filters, now) })
          .map((r) => ({ doc: b.docs.get(r.id as string)!, score: r.score, terms: r.terms }));
      }
      return { hits: hits.slice(0, limit), total: hits.length };
    },
  };
}
