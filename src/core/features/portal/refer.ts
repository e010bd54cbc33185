/**
 * `/ohjaa` (`/refer`): a worker describes a client's situation without identifying them — age
 * group, municipality, interests, how much they can do, language, anything else that matters —
 * in a few steps, and gets the organisations and open places that fit, best first, each with why
 * it fits and how to get in touch. Never an empty answer ("ei myydä eioota"): when nothing fits
 * well, the nearest options and the staff channel's offer to help, one button away.
 *
 * Nothing about the client is stored: the answers live in the conversation state until the
 * answer is given, and the staff button carries only the chosen list items.
 */
import type { HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { enqueueToStaff } from "../../delivery/outbox.js";
import type { Translate } from "../../i18n/index.js";
import type { RichText } from "../../types.js";
import { answer, answerText, stale } from "../help-requests/replies.js";
import {
  ACTIVITIES,
  MUNICIPALITIES,
  SERVED_LANGUAGES,
  SHORT_MAX,
  TARGET_GROUPS,
  type TargetGroup,
} from "./constants.js";
import { formAction, formDialog, startForm, type FormDef, type Option, type Values } from "./form.js";
import { renderDoc } from "./find.js";
import { activityOptions, labels, languageOptions, municipalityOptions } from "./render.js";
import type { PortalSearch, SearchDoc } from "./search.js";

export const AGE_GROUPS = ["young", "adult", "older"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const CAPACITIES = ["few", "part", "full", "unsure"] as const;
export type Capacity = (typeof CAPACITIES)[number];
/** The most hours a week each capacity can take. */
const CAPACITY_HOURS: Record<Capacity, number | null> = { few: 10, part: 25, full: 40, unsure: null };
/** Situations beyond age (target groups that are not an age). */
export const SITUATIONS: readonly TargetGroup[] = [
  "long_term_unemployed",
  "immigrants",
  "disabilities",
  "mental_health",
  "substance_recovery",
  "families",
];
const AGE_TARGET: Record<AgeGroup, TargetGroup | null> = { young: "youth", adult: null, older: "older_people" };

export interface Situation {
  age: AgeGroup;
  municipality: string;
  activities: string[];
  words: string;
  capacity: Capacity;
  language: string;
  situations: TargetGroup[];
}

export interface Ranked {
  doc: SearchDoc;
  score: number;
  reasons: string[];
  /** In the right municipality and fitting the person (group, interest or words). */
  good: boolean;
}

/** A place's weekly hours against what the person can manage: a fit counts, too many sink it. */
function hoursScore(t: Translate, doc: SearchDoc, maxHours: number | null, reasons: string[]): number {
  if (!doc.hoursPerWeek || maxHours === null) return 0;
  if (doc.hoursPerWeek > maxHours) return -3;
  reasons.push(t("pt-why-hours", { hours: doc.hoursPerWeek }));
  return 2;
}

/**
 * Scores every profile and open place for a situation. `wordScores` are the text-search scores
 * of the free words (by document id). Places the person cannot take (too many hours) sink.
 */
export function rankForSituation(
  t: Translate,
  docs: SearchDoc[],
  s: Situation,
  wordScores: Map<string, number>,
  now: number,
): Ranked[] {
  const wanted: TargetGroup[] = [...(AGE_TARGET[s.age] ? [AGE_TARGET[s.age]!] : []), ...s.situations];
  const maxWords = Math.max(0, ...wordScores.values());
  const maxHours = CAPACITY_HOURS[s.capacity];
  const out: Ranked[] = [];
  for (const doc of docs) {
    if (doc.endsAt !== null && doc.endsAt <= now) continue;
    let score = 0;
    let fits = false;
    const reasons: string[] = [];
    const here = doc.municipalities.includes(s.municipality);
    if (here) {
      score += 4;
      reasons.push(t(doc.type === "place" ? "pt-why-place-in" : "pt-why-works-in", { municipality: s.municipality }));
    }
    const groups = wanted.filter((g) => doc.targetGroups.includes(g));
    if (groups.length) {
      score += 3 * groups.length;
      fits = true;
      reasons.push(t("pt-why-for", { groups: labels(t, "pt-tg", groups) }));
    } else if (doc.targetGroups.includes("everyone")) {
      score += 1;
      reasons.push(t("pt-why-everyone"));
    }
    const acts = s.activities.filter((a) => doc.activities.includes(a));
    if (acts.length) {
      score += 2 * acts.length;
      fits = true;
      reasons.push(t("pt-why-activities", { activities: labels(t, "pt-act", acts) }));
    }
    const w = wordScores.get(doc.id);
    if (w && maxWords > 0) {
      score += 1 + (2 * w) / maxWords;
      fits = true;
      reasons.push(t("pt-why-words", { words: s.words }));
    }
    if (doc.type === "place") score += 1 + hoursScore(t, doc, maxHours, reasons);
    if (s.language !== "fi") {
      if (doc.languages.includes(s.language)) {
        score += 2;
        reasons.push(t("pt-why-language", { language: t(`pt-lang-${s.language}`) }));
      } else score -= 1;
    }
    out.push({ doc, score, reasons, good: here && fits });
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      (a.doc.type === b.doc.type ? 0 : a.doc.type === "place" ? -1 : 1) ||
      b.doc.createdAt - a.doc.createdAt,
  );
}

const ageOptions = (t: Translate): Option[] => AGE_GROUPS.map((k) => ({ key: k, label: t(`pt-age-${k}`) }));
const capacityOptions = (t: Translate): Option[] => CAPACITIES.map((k) => ({ key: k, label: t(`pt-cap-${k}`) }));
const situationOptions = (t: Translate): Option[] => SITUATIONS.map((k) => ({ key: k, label: t(`pt-tg-${k}`) }));

/** Compact form of a situation's list answers for the staff button (≤ 64 bytes; free words left out). */
export function encodeSituation(s: Situation): string {
  const bits = (all: readonly string[], chosen: readonly string[]) =>
    all.reduce((n, k, i) => (chosen.includes(k) ? n | (1 << i) : n), 0).toString(36);
  return [
    AGE_GROUPS.indexOf(s.age),
    (MUNICIPALITIES as readonly string[]).indexOf(s.municipality),
    CAPACITIES.indexOf(s.capacity),
    (SERVED_LANGUAGES as readonly string[]).indexOf(s.language),
    bits(SITUATIONS, s.situations),
    bits(ACTIVITIES, s.activities),
  ].join(":");
}

export function decodeSituation(parts: string[]): Situation | null {
  const [a, m, c, l, sit, act] = parts;
  const n = (v: string | undefined) => (v !== undefined && /^\d{1,2}$/.test(v) ? Number(v) : -1);
  const age = AGE_GROUPS[n(a)];
  const municipality = MUNICIPALITIES[n(m)];
  const capacity = CAPACITIES[n(c)];
  const language = SERVED_LANGUAGES[n(l)];
  if (
    !age ||
    !municipality ||
    !capacity ||
    !language ||
    !/^[0-9a-z]{1,8}$/.test(sit ?? "") ||
    !/^[0-9a-z]{1,8}$/.test(act ?? "")
  )
    return null;
  const from = <T extends string>(all: readonly T[], v: string) =>
    all.filter((_, i) => (parseInt(v, 36) & (1 << i)) !== 0);
  return {
    age,
    municipality,
    capacity,
    language,
    situations: from(SITUATIONS, sit!),
    activities: from(ACTIVITIES, act!),
    words: "",
  };
}

function describeSituation(t: Translate, s: Situation): string {
  const parts = [t(`pt-age-${s.age}`), s.municipality, t(`pt-cap-${s.capacity}`), t(`pt-lang-${s.language}`)];
  if (s.activities.length) parts.push(labels(t, "pt-act", s.activities));
  if (s.situations.length) parts.push(labels(t, "pt-tg", s.situations));
  return parts.join(" · ");
}

export const SHOW_GOOD = 5;
/** A stand-in translator for ranking only (reasons are worded afterwards for what is shown). */
const UNTRANSLATED: Translate = (key) => key;
export const SHOW_NEAREST = 3;

export function createReferral(search: PortalSearch) {
  const form: FormDef = {
    flow: "pt-refer",
    prefix: "pr",
    direct: true,
    steps: [
      { name: "age", kind: "choice", prompt: "pt-ask-age", options: ageOptions, columns: 1 },
      {
        name: "municipality",
        kind: "choice",
        prompt: "pt-ask-client-municipality",
        options: municipalityOptions,
        columns: 3,
      },
      {
        name: "activities",
        kind: "multi",
        prompt: "pt-ask-interests",
        options: activityOptions,
        optional: true,
        columns: 3,
      },
      {
        name: "words",
        kind: "text",
        prompt: "pt-ask-words",
        max: SHORT_MAX,
        optional: true,
        field: "portal.refer.words",
      },
      { name: "capacity", kind: "choice", prompt: "pt-ask-capacity", options: capacityOptions, columns: 1 },
      { name: "language", kind: "choice", prompt: "pt-ask-language", options: languageOptions, columns: 3 },
      {
        name: "situations",
        kind: "multi",
        prompt: "pt-ask-situation",
        options: situationOptions,
        optional: true,
        columns: 1,
      },
    ],
    summary: () => [],
    finish: (ctx, v) => answerSituation(ctx, toSituation(v)),
  };

  function toSituation(v: Values): Situation {
    return {
      age: (AGE_GROUPS as readonly string[]).includes(String(v.age)) ? (v.age as AgeGroup) : "adult",
      municipality: String(v.municipality ?? "Lahti"),
      activities: ((v.activities as string[] | undefined) ?? []).filter((a) =>
        (ACTIVITIES as readonly string[]).includes(a),
      ),
      words: String(v.words ?? ""),
      capacity: (CAPACITIES as readonly string[]).includes(String(v.capacity)) ? (v.capacity as Capacity) : "unsure",
      language: (SERVED_LANGUAGES as readonly string[]).includes(String(v.language)) ? String(v.language) : "fi",
      situations: ((v.situations as string[] | undefined) ?? []).filter((g): g is TargetGroup =>
        (TARGET_GROUPS as readonly string[]).includes(g),
      ),
    };
  }

  async function answerSituation(ctx: HandlerContext, s: Situation): Promise<HandlerOutcome> {
    const { t } = ctx;
    const docs = await search.docs(ctx);
    const wordScores = new Map<string, number>();
    if (s.words.trim())
      for (const h of (await search.search(ctx, s.words, {}, 1000)).hits) wordScores.set(h.doc.id, h.score);
    const now = ctx.now().getTime();
    // Scores need no words: rank everything without translating (thousands of reasons nobody
    // reads), then word the reasons of the few shown. Same scores, so the same order.
    const scored = rankForSituation(UNTRANSLATED, docs, s, wordScores, now);
    const firstGood = scored.filter((r) => r.good).slice(0, SHOW_GOOD);
    const pickedDocs = (firstGood.length ? firstGood : scored.slice(0, SHOW_NEAREST)).map((r) => r.doc);
    const ranked = rankForSituation(t, pickedDocs, s, wordScores, now);
    const good = ranked.filter((r) => r.good).slice(0, SHOW_GOOD);
    const text: RichText = [{ i: describeSituation(t, s) }, "\n\n"];
    const shown = good.length ? good : ranked.slice(0, SHOW_NEAREST);
    if (good.length) text.push({ b: t("pt-refer-good", { count: good.length }) });
    else if (shown.length) text.push({ b: t("pt-refer-nearest") });
    else text.push({ b: t("pt-refer-nothing") });
    shown.forEach((r, i) => {
      text.push("\n\n", `${i + 1}. `, ...renderDoc(t, r.doc, ctx.config.digest.timezone));
      if (r.reasons.length) text.push("\n  ", { i: `${t("pt-refer-why")}: ${r.reasons.join("; ")}` });
    });
    text.push("\n\n", t(good.length ? "pt-refer-staff-also" : "pt-refer-staff-offer"));
    return answer(ctx, {
      text,
      buttons: [[{ label: t("pt-button-ask-staff"), action: `pt:rh:${encodeSituation(s)}` }]],
    });
  }

  /** The staff-help button: the situation (list answers only) goes to the staff channel with who asks. */
  async function askStaff(ctx: HandlerContext, parts: string[]): Promise<HandlerOutcome> {
    const s = decodeSituation(parts);
    if (!s) return stale(ctx);
    const org = ctx.member.organisationId
      ? await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } })
      : null;
    const who = org ? `${ctx.member.displayName} (${org.name})` : ctx.member.displayName;
    await ctx.db.$transaction(async (tx) => {
      await enqueueToStaff(
        tx,
        (t) => ({
          text: [
            "🧭 ",
            { b: t("pt-refer-staff-title", { who }) },
            "\n",
            describeSituation(t, s),
            "\n\n",
            t("pt-refer-staff-body"),
          ],
        }),
        ctx.now(),
      );
    });
    return answerText(ctx, "✅ ", ctx.t("pt-refer-staff-sent"));
  }

  return {
    form,
    command: (ctx: HandlerContext) => startForm(ctx, form),
    dialog: formDialog(form),
    action: (ctx: HandlerContext, action: string) => formAction(ctx, form, action),
    askStaff,
  };
}
