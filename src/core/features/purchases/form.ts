/**
 * The fields of a joint purchase, shared by the guided dialog and the one-line form
 * (`/hankinta nimi=… min=15 max=15 hinta=1800 määräaika=31.1.2027`): how each is parsed and
 * validated, and the checks across fields (min ≤ max, cap ≤ max, course after the deadline…).
 */
import { z } from "zod";
import type { DbOrTx } from "../../../db/client.js";
import type { TArgs } from "../../i18n/index.js";
import { cleanName } from "../../members.js";
import { findCourseType } from "./needs.js";
import { isSkip, MAX_SEATS, parseCourseDate, parseEuros, parseFutureDate, parseSeats, type Parsed } from "./parse.js";
import type { PurchaseInput } from "./service.js";
import { MAX_TOTAL_CENTS } from "./split.js";

/** The purchase being written, as stored in the dialog (dates as ISO strings; null = skipped). */
export const draftSchema = z.object({
  courseName: z.string().optional(),
  courseTypeId: z.number().nullable().optional(),
  provider: z.string().nullable().optional(),
  minSeats: z.number().optional(),
  maxSeats: z.number().optional(),
  priceCents: z.number().optional(),
  priceMode: z.enum(["total", "per_seat"]).optional(),
  deadline: z.string().optional(),
  courseDate: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  perOrgCap: z.number().nullable().optional(),
  soloPriceCents: z.number().nullable().optional(),
  needIds: z.array(z.number()).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

export const REQUIRED_FIELDS = ["name", "type", "min", "max", "price", "mode", "deadline"] as const;
export const DETAIL_FIELDS = ["provider", "date", "place", "cap", "solo"] as const;
export type FieldName = (typeof REQUIRED_FIELDS)[number] | (typeof DETAIL_FIELDS)[number];

export interface FieldContext {
  db: DbOrTx;
  now: Date;
  timeZone: string;
}

export interface FieldError {
  field: FieldName;
  key: string;
  args?: TArgs;
}

type FieldParser = (text: string, draft: Draft, ctx: FieldContext) => Promise<Parsed<Partial<Draft>>>;

const PER_SEAT_SUFFIX = /\s*(\/|per)\s*(hlö|henkilö|paikka|osallistuja|seat|person|participant|plats|deltagare)\s*$/i;

const parsers: Record<FieldName, FieldParser> = {
  async name(text) {
    const name = cleanName(text, 120);
    return name.length >= 3 ? { ok: true, value: { courseName: name } } : { ok: false, key: "pu-err-name" };
  },
  async type(text, _draft, ctx) {
    if (isSkip(text) || /^(muu|other|annan|övrig)$/i.test(text.trim()))
      return { ok: true, value: { courseTypeId: null } };
    const type = await findCourseType(ctx.db, text);
    if (!type) {
      const keys = (await ctx.db.courseType.findMany({ orderBy: { id: "asc" } })).map((c) => c.key).join(", ");
      return { ok: false, key: "pu-err-type-unknown", args: { keys } };
    }
    return { ok: true, value: { courseTypeId: type.id } };
  },
  async provider(text) {
    return { ok: true, value: { provider: isSkip(text) ? null : cleanName(text, 120) || null } };
  },
  async min(text) {
    const r = parseSeats(text, 1, MAX_SEATS);
    return r.ok ? { ok: true, value: { minSeats: r.value } } : r;
  },
  async max(text, draft) {
    const r = parseSeats(text, 1, MAX_SEATS);
    if (!r.ok) return r;
    if (draft.minSeats !== undefined && r.value < draft.minSeats)
      return { ok: false, key: "pu-err-min-over-max", args: { min: draft.minSeats, max: r.value } };
    return { ok: true, value: { maxSeats: r.value } };
  },
  async price(text, draft) {
    const perSeat = PER_SEAT_SUFFIX.test(text);
    const r = parseEuros(text.replace(PER_SEAT_SUFFIX, ""));
    if (!r.ok) return r;
    const value: Partial<Draft> = { priceCents: r.value };
    if (perSeat) value.priceMode = "per_seat";
    const mode = perSeat ? "per_seat" : draft.priceMode;
    if (mode === "per_seat" && draft.maxSeats && r.value * draft.maxSeats > MAX_TOTAL_CENTS)
      return { ok: false, key: "pu-err-price-too-large" };
    return { ok: true, value };
  },
  async mode(text, draft) {
    const v = text.trim().toLowerCase();
    let mode: "total" | "per_seat" | undefined;
    if (/^(total|totalt|yhteensä|yhteensa|koko|kurssi|koko kurssi|hela|hela kursen|course|whole)$/.test(v))
      mode = "total";
    if (/^(seat|per_seat|per seat|paikka|per paikka|hlö|per hlö|plats|per plats|person|per person)$/.test(v))
      mode = "per_seat";
    if (!mode) return { ok: false, key: "pu-err-mode" };
    if (
      mode === "per_seat" &&
      draft.priceCents &&
      draft.maxSeats &&
      draft.priceCents * draft.maxSeats > MAX_TOTAL_CENTS
    ) {
      return { ok: false, key: "pu-err-price-too-large" };
    }
    return { ok: true, value: { priceMode: mode } };
  },
  async deadline(text, _draft, ctx) {
    const r = parseFutureDate(text, ctx.now, ctx.timeZone, 2);
    return r.ok ? { ok: true, value: { deadline: r.value.toISOString() } } : r;
  },
  async date(text, draft, ctx) {
    if (isSkip(text)) return { ok: true, value: { courseDate: null } };
    const r = parseCourseDate(text, draft.deadline ? new Date(draft.deadline) : ctx.now, ctx.now, ctx.timeZone);
    return r.ok ? { ok: true, value: { courseDate: r.value.toISOString() } } : r;
  },
  async place(text) {
    return { ok: true, value: { place: isSkip(text) ? null : cleanName(text, 80) || null } };
  },
  async cap(text, draft) {
    if (isSkip(text)) return { ok: true, value: { perOrgCap: null } };
    const r = parseSeats(text, 1, draft.maxSeats ?? MAX_SEATS);
    return r.ok ? { ok: true, value: { perOrgCap: r.value } } : r;
  },
  async solo(text, draft) {
    if (isSkip(text)) return { ok: true, value: { soloPriceCents: null } };
    const r = parseEuros(text.replace(PER_SEAT_SUFFIX, ""));
    if (!r.ok) return r;
    const bad = soloProblem(draft, r.value);
    return bad ? { ok: false, key: bad.key, args: bad.args } : { ok: true, value: { soloPriceCents: r.value } };
  },
};

/** How many times the dearest pooled price per seat a solo price may be (above it: a typo or a made-up figure). */
export const SOLO_MAX_RATIO = 10;

/**
 * A solo price per seat must be plausible, because it feeds the public "euros saved" figure: not
 * below the cheapest pooled price per seat (then pooling saves nothing) and at most
 * SOLO_MAX_RATIO × the dearest pooled price per seat. Unknown price or seats: no check yet.
 */
export function soloProblem(
  draft: Pick<Draft, "priceCents" | "priceMode" | "minSeats" | "maxSeats">,
  soloCents: number,
): { key: string; args: Record<string, string> } | null {
  if (draft.priceCents === undefined || !draft.minSeats || !draft.maxSeats) return null;
  const mode = draft.priceMode ?? "total";
  const cheapest = mode === "total" ? Math.ceil(draft.priceCents / draft.maxSeats) : draft.priceCents;
  const dearest = mode === "total" ? Math.ceil(draft.priceCents / draft.minSeats) : draft.priceCents;
  const eur = (c: number) => (c / 100).toFixed(c % 100 ? 2 : 0).replace(".", ",");
  if (soloCents < cheapest) return { key: "pu-err-solo-below", args: { pooled: eur(cheapest) } };
  if (soloCents > dearest * SOLO_MAX_RATIO)
    return { key: "pu-err-solo-too-high", args: { max: eur(dearest * SOLO_MAX_RATIO), ratio: String(SOLO_MAX_RATIO) } };
  return null;
}

/** Parses one field's answer in the context of what is already known. */
export async function parseField(
  field: FieldName,
  text: string,
  draft: Draft,
  ctx: FieldContext,
): Promise<Parsed<Partial<Draft>>> {
  return parsers[field](text, draft, ctx);
}

/** Whether a field has an answer (null means the member skipped an optional field). */
export function isFilled(draft: Draft, field: FieldName): boolean {
  const v = {
    name: draft.courseName,
    type: draft.courseTypeId,
    provider: draft.provider,
    min: draft.minSeats,
    max: draft.maxSeats,
    price: draft.priceCents,
    mode: draft.priceMode,
    deadline: draft.deadline,
    date: draft.courseDate,
    place: draft.place,
    cap: draft.perOrgCap,
    solo: draft.soloPriceCents,
  }[field];
  return v !== undefined;
}

/** The next field to ask: required ones first; the details only when the member asked to add them. */
export function nextField(draft: Draft, details: boolean): FieldName | null {
  for (const f of REQUIRED_FIELDS) if (!isFilled(draft, f)) return f;
  if (details) for (const f of DETAIL_FIELDS) if (!isFilled(draft, f)) return f;
  return null;
}

/** Checks across fields, and turns a complete draft into what `createPurchase` takes. */
export function finalizeDraft(
  draft: Draft,
  now: Date,
): { ok: true; value: PurchaseInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const f of REQUIRED_FIELDS) {
    if (f === "mode" && draft.priceCents !== undefined) continue; // defaults to the total price
    if (!isFilled(draft, f)) errors.push({ field: f, key: "pu-err-missing" });
  }
  if (errors.length) return { ok: false, errors };
  const min = draft.minSeats!;
  const max = draft.maxSeats!;
  const mode = draft.priceMode ?? "total";
  const deadline = new Date(draft.deadline!);
  if (min > max) errors.push({ field: "max", key: "pu-err-min-over-max", args: { min, max } });
  if (deadline.getTime() <= now.getTime()) errors.push({ field: "deadline", key: "pu-err-date-past" });
  if (mode === "per_seat" && draft.priceCents! * max > MAX_TOTAL_CENTS)
    errors.push({ field: "price", key: "pu-err-price-too-large" });
  if (draft.perOrgCap && draft.perOrgCap > max)
    errors.push({ field: "cap", key: "pu-err-cap-over-max", args: { cap: draft.perOrgCap, max } });
  const solo = draft.soloPriceCents ? soloProblem(draft, draft.soloPriceCents) : null;
  if (solo) errors.push({ field: "solo", key: solo.key, args: solo.args });
  if (draft.courseDate && new Date(draft.courseDate).getTime() < deadline.getTime() - 86_400_000) {
    errors.push({ field: "date", key: "pu-err-course-date-before-deadline" });
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      courseName: draft.courseName!,
      courseTypeId: draft.courseTypeId ?? null,
      provider: draft.provider ?? "",
      minSeats: min,
      maxSeats: max,
      priceMode: mode,
      priceCents: draft.priceCents!,
      deadline,
      courseDate: draft.courseDate ? new Date(draft.courseDate) : null,
      place: draft.place ?? "",
      perOrgCap: draft.perOrgCap ?? null,
      soloPriceCents: draft.soloPriceCents ?? null,
      ...(draft.needIds?.length ? { needIds: draft.needIds } : {}),
    },
  };
}

/** Field names in the one-line form, in Finnish, Swedish and English. */
const KEY_ALIASES: Record<string, FieldName | "seatprice"> = {
  nimi: "name",
  name: "name",
  namn: "name",
  kurssi: "name",
  course: "name",
  kurs: "name",
  tyyppi: "type",
  type: "type",
  typ: "type",
  kouluttaja: "provider",
  järjestäjä: "provider",
  jarjestaja: "provider",
  provider: "provider",
  utbildare: "provider",
  arrangör: "provider",
  min: "min",
  minimi: "min",
  vähintään: "min",
  minst: "min",
  max: "max",
  maksimi: "max",
  enintään: "max",
  högst: "max",
  hinta: "price",
  price: "price",
  pris: "price",
  kokonaishinta: "price",
  total: "price",
  paikkahinta: "seatprice",
  seatprice: "seatprice",
  platspris: "seatprice",
  hintatapa: "mode",
  mode: "mode",
  prismodell: "mode",
  määräaika: "deadline",
  maaraaika: "deadline",
  takaraja: "deadline",
  deadline: "deadline",
  sista: "deadline",
  sistadag: "deadline",
  pvm: "date",
  päivä: "date",
  paiva: "date",
  kurssipäivä: "date",
  date: "date",
  datum: "date",
  paikka: "place",
  paikkakunta: "place",
  place: "place",
  plats: "place",
  ort: "place",
  katto: "cap",
  cap: "cap",
  tak: "cap",
  yksin: "solo",
  yksinhinta: "solo",
  solo: "solo",
  ensam: "solo",
};

/** Whether the arguments look like the one-line form (at least one `key=value`). */
export function looksLikeOneLiner(args: string): boolean {
  return /(^|\s)[\p{L}_]+\s*=/u.test(args);
}

/**
 * Parses `key=value` pairs (values may contain spaces; pairs separated by spaces, `;` or new
 * lines) into a draft, collecting every error with its field.
 */
export async function parseOneLiner(
  args: string,
  ctx: FieldContext,
): Promise<{ draft: Draft; errors: FieldError[]; unknown: string[] }> {
  const re = /(?:^|[\s;]+)([\p{L}_]+)\s*=\s*/gu;
  const found: { key: string; start: number; end: number }[] = [];
  for (let m = re.exec(args); m; m = re.exec(args))
    found.push({ key: m[1]!.toLowerCase(), start: m.index, end: m.index + m[0].length });
  const values = new Map<FieldName | "seatprice", string>();
  const unknown: string[] = [];
  found.forEach((f, i) => {
    const raw = args
      .slice(f.end, found[i + 1]?.start ?? args.length)
      .trim()
      .replace(/^["'“”](.*)["'“”]$/s, "$1")
      .replace(/;$/, "")
      .trim();
    const field = KEY_ALIASES[f.key];
    if (!field) unknown.push(f.key);
    else values.set(field, raw);
  });
  const draft: Draft = {};
  const errors: FieldError[] = [];
  if (values.has("seatprice")) {
    values.set("price", values.get("seatprice")!);
    values.set("mode", "seat");
  }
  const order: FieldName[] = [
    "name",
    "type",
    "provider",
    "min",
    "max",
    "mode",
    "price",
    "deadline",
    "date",
    "place",
    "cap",
    "solo",
  ];
  for (const field of order) {
    const raw = values.get(field);
    if (raw === undefined) {
      if (field === "type") draft.courseTypeId = null;
      continue;
    }
    const r = await parseField(field, raw, draft, ctx);
    if (r.ok) Object.assign(draft, r.value);
    else errors.push({ field, key: r.key, ...(r.args ? { args: r.args } : {}) });
  }
  return { draft, errors, unknown };
}
