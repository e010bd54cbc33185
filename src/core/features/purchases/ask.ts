/**
 * Asking for a joint purchase: `/tarve` (`/need`) records a need, step by step or in one line;
 * a proposal (`pu:propose`) prefills the purchase form from a group of needs; `/hankinta`
 * (`/purchase`) fills the form step by step (`pu:a`, `pu:details`) or in one line, and
 * `pu:publish` publishes it.
 */
import { z } from "zod";
import type { DialogDef, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { clearDialog, getDialog, setDialog, type DialogState } from "../../dialogs.js";
import { cleanName, MUNICIPALITIES } from "../../members.js";
import { parseLocalDate } from "../../time.js";
import type { Button, RichText } from "../../types.js";
import type { Purchase } from "../../../generated/prisma/client.js";
import {
  DETAIL_FIELDS,
  finalizeDraft,
  isFilled,
  looksLikeOneLiner,
  nextField,
  parseField,
  parseOneLiner,
  draftSchema,
  type Draft,
  type FieldContext,
  type FieldError,
  type FieldName,
} from "./form.js";
import { courseLabel, createNeed, findCourseType, proposalFor } from "./needs.js";
import { ownNeedsList } from "./own-needs.js";
import { parseFutureDate, parseSeats, MAX_SEATS } from "./parse.js";
import { createPurchase, mayOrganise } from "./service.js";
import { joinButton, loadExtras, managerButtons, purchaseText } from "./render.js";
import { formatDate } from "./format.js";
import { formatEuros } from "../../money.js";
import { courseTypeName } from "./course-names.js";
import { actorOf, fitsCallbackData, noOrganisation, parseId, reply, rows, stale, text, tz } from "./replies.js";

export const FLOW_NEED = "pu-need";
export const FLOW_PURCHASE = "pu-new";

// ---------------------------------------------------------------------------------------------
// Needs: /tarve

export async function askNeedStep(
  ctx: HandlerContext,
  step: string,
  data: Record<string, unknown>,
): Promise<HandlerOutcome> {
  await setDialog(ctx, { flow: FLOW_NEED, step, data });
  const { t } = ctx;
  if (step === "course") {
    const types = await ctx.db.courseType.findMany({ orderBy: { id: "asc" } });
    return reply(ctx, {
      text: [t("pu-need-ask-course")],
      buttons: rows(
        types.map((c) => ({ label: courseTypeName(t, c), action: `pu:a:course:${c.key}` })),
        2,
      ),
    });
  }
  if (step === "seats") return text(ctx, t("pu-need-ask-seats"));
  if (step === "by") return text(ctx, t("pu-need-ask-by"));
  const organisation = ctx.member.organisationId
    ? await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } })
    : null;
  const names = [...new Set([organisation?.municipality, ...MUNICIPALITIES].filter((m): m is string => Boolean(m)))];
  const buttons = names
    .map((m) => ({ label: m, action: `pu:a:municipality:${m}` }))
    .filter((b) => fitsCallbackData(b.action));
  return reply(ctx, { text: [t("pu-need-ask-municipality")], buttons: rows(buttons, 3) });
}

export async function need(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  if (!args) return (await ownNeedsList(ctx)) ?? askNeedStep(ctx, "course", {});
  const parsed = await parseNeedLine(ctx, args);
  if (!parsed.ok) return text(ctx, ...parsed.errors.flatMap((e) => [e, "\n"]), "\n", ctx.t("pu-need-format"));
  return saveNeed(ctx, parsed.value);
}

interface NeedDraft {
  /** Changing this need (a button of the /tarve list) rather than adding one. */
  editId?: number;
  courseTypeId: number | null;
  courseText: string;
  seats: number;
  neededBy: Date;
  municipality: string;
}

/** `/tarve hygieniapassi 6 31.3.2027 Lahti` — read from the end, so the course may have several words. */
async function parseNeedLine(
  ctx: HandlerContext,
  args: string,
): Promise<{ ok: true; value: NeedDraft } | { ok: false; errors: string[] }> {
  const tokens = args.trim().split(/\s+/);
  const errors: string[] = [];
  let municipality: string | undefined;
  if (tokens.length >= 4 && !parseLocalDate(tokens.at(-1)!).ok) municipality = cleanName(tokens.pop()!, 40);
  if (!municipality) {
    const organisation = await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId! } });
    municipality = organisation?.municipality ?? "Lahti";
  }
  if (tokens.length < 3) return { ok: false, errors: [ctx.t("pu-need-format-short")] };
  const by = parseFutureDate(tokens.pop()!, ctx.now(), tz(ctx), 3);
  if (!by.ok) errors.push(ctx.t(by.key, by.args));
  const seats = parseSeats(tokens.pop()!);
  if (!seats.ok) errors.push(ctx.t(seats.key, seats.args));
  const course = await resolveCourse(ctx, tokens.join(" "));
  if (!course.ok) errors.push(ctx.t(course.key));
  if (errors.length || !by.ok || !seats.ok || !course.ok) return { ok: false, errors };
  return { ok: true, value: { ...course.value, seats: seats.value, neededBy: by.value, municipality } };
}

async function resolveCourse(ctx: HandlerContext, raw: string) {
  const type = await findCourseType(ctx.db, raw);
  if (type) return { ok: true as const, value: { courseTypeId: type.id, courseText: "" } };
  const free = cleanName(raw, 80);
  if (free.length < 3) return { ok: false as const, key: "pu-err-course" };
  return { ok: true as const, value: { courseTypeId: null, courseText: free } };
}

export /** What the need conversation keeps between steps (the date as an ISO string). */
const needData = z.object({
  courseTypeId: z.number().nullable().optional(),
  courseText: z.string().optional(),
  seats: z.number().optional(),
  neededBy: z.string().optional(),
  /** Changing this need (a button of the /tarve list) rather than adding one. */
  editId: z.number().int().positive().optional(),
});
type NeedData = z.infer<typeof needData>;

async function needDialog(ctx: HandlerContext, step: string, data: NeedData, input: string): Promise<HandlerOutcome> {
  if (ctx.chat.kind === "group") return { replies: [] };
  const { t } = ctx;
  if (step === "course") {
    const course = await resolveCourse(ctx, input);
    if (!course.ok) return text(ctx, t(course.key));
    return askNeedStep(ctx, "seats", { ...data, ...course.value });
  }
  if (step === "seats") {
    const seats = parseSeats(input);
    if (!seats.ok) return text(ctx, t(seats.key, seats.args));
    return askNeedStep(ctx, "by", { ...data, seats: seats.value });
  }
  if (step === "by") {
    const by = parseFutureDate(input, ctx.now(), tz(ctx), 3);
    if (!by.ok) return text(ctx, t(by.key, by.args));
    return askNeedStep(ctx, "municipality", { ...data, neededBy: by.value.toISOString() });
  }
  const municipality = cleanName(input, 40);
  if (municipality.length < 2) return text(ctx, t("pu-need-ask-municipality"));
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  await clearDialog(ctx);
  return saveNeed(ctx, {
    courseTypeId: data.courseTypeId ?? null,
    courseText: data.courseText ?? "",
    ...(data.editId !== undefined ? { editId: data.editId } : {}),
    seats: data.seats!,
    neededBy: new Date(data.neededBy!),
    municipality,
  });
}

async function saveNeed(ctx: HandlerContext, input: NeedDraft): Promise<HandlerOutcome> {
  const { t } = ctx;
  const {
    need: saved,
    updated,
    matches,
    groupSeats,
    threshold,
    propose,
  } = await createNeed(ctx, ctx.member.id, ctx.member.organisationId!, input);
  const course = courseLabel(saved, t);
  const out: RichText = [
    t(updated ? "pu-need-updated" : "pu-need-saved", {
      organisation: saved.organisation?.name ?? "?",
      seats: saved.seats,
      course,
      date: formatDate(saved.neededBy, tz(ctx), t),
      municipality: saved.municipality,
    }),
  ];
  if (!matches.length) {
    out.push("\n\n", t("pu-need-no-matches"));
    return text(ctx, ...out);
  }
  out.push("\n\n", { b: t("pu-need-matches-title") });
  for (const m of matches) {
    out.push(
      "\n",
      t("pu-need-match-line", {
        organisation: m.organisation?.name ?? "?",
        seats: m.seats,
        date: formatDate(m.neededBy, tz(ctx), t),
        municipality: m.municipality,
      }),
    );
  }
  if (!propose) {
    out.push("\n\n", t("pu-need-not-enough", { seats: groupSeats, min: threshold }));
    return text(ctx, ...out);
  }
  out.push("\n\n", t("pu-proposal", { seats: groupSeats, min: threshold }));
  return reply(ctx, { text: out, buttons: [[{ label: t("pu-button-propose"), action: `pu:propose:${saved.id}` }]] });
}

/** `pu:propose:<needId>`: the tapper starts the purchase form, prefilled from the group of needs. */
export async function propose(ctx: HandlerContext, needIdRaw: string | undefined): Promise<HandlerOutcome> {
  const needId = parseId(needIdRaw);
  if (!needId) return stale(ctx);
  const group = await proposalFor(ctx.db, actorOf(ctx), needId, ctx.now());
  if (!group) return stale(ctx);
  if (group.type === "not_allowed")
    return { ...text(ctx, ctx.t("error-not-allowed")), toast: ctx.t("error-not-allowed") };
  const { need: own } = group;
  if (own.status === "purchased" && own.purchaseId) {
    const p = await ctx.db.purchase.findUnique({ where: { id: own.purchaseId } });
    if (p)
      return reply(ctx, {
        text: [ctx.t("pu-proposal-already", { id: String(p.id) })],
        buttons: joinButton(ctx.t, p, ctx.now()),
      });
  }
  if (own.status !== "open") return text(ctx, ctx.t("pu-proposal-gone"));
  const draft: Draft = {
    courseName: courseLabel(own),
    courseTypeId: own.courseTypeId,
    minSeats: group.threshold,
    maxSeats: Math.max(group.seats, group.threshold),
    place: own.municipality,
    needIds: group.group.map((g) => g.id),
  };
  const intro: RichText = [
    ctx.t("pu-proposal-start", {
      course: draft.courseName!,
      organisations: group.group.length,
      seats: group.seats,
      min: draft.minSeats!,
      max: draft.maxSeats!,
    }),
    "\n\n",
  ];
  return askPurchaseField(ctx, { draft, details: false }, intro);
}

// ---------------------------------------------------------------------------------------------
// Purchases: /hankinta

/** What the purchase form keeps between steps. */
const purchaseData = z.object({ draft: draftSchema, details: z.boolean() });
type PurchaseDialogData = z.infer<typeof purchaseData>;

function fieldContext(ctx: HandlerContext): FieldContext {
  return { db: ctx.db, now: ctx.now(), timeZone: tz(ctx) };
}

async function askPurchaseField(
  ctx: HandlerContext,
  data: PurchaseDialogData,
  prefix: RichText = [],
): Promise<HandlerOutcome> {
  const { t } = ctx;
  const field = nextField(data.draft, data.details);
  if (!field) return showSummary(ctx, data, prefix);
  await setDialog(ctx, { flow: FLOW_PURCHASE, step: field, data });
  let buttons: Button[][] = [];
  if (field === "type") {
    const types = await ctx.db.courseType.findMany({ orderBy: { id: "asc" } });
    buttons = rows(
      [
        ...types.map((c) => ({ label: courseTypeName(t, c), action: `pu:a:type:${c.key}` })),
        { label: t("pu-button-other-type"), action: "pu:a:type:-" },
      ],
      2,
    );
  } else if (field === "mode") {
    buttons = [
      [
        { label: t("pu-button-mode-total"), action: "pu:a:mode:total" },
        { label: t("pu-button-mode-seat"), action: "pu:a:mode:seat" },
      ],
    ];
  } else if ((DETAIL_FIELDS as readonly string[]).includes(field)) {
    buttons = [[{ label: t("pu-button-skip"), action: `pu:a:${field}:-` }]];
  }
  const args: Record<string, string | number> = {
    min: data.draft.minSeats ?? 1,
    max: data.draft.maxSeats ?? MAX_SEATS,
  };
  if (data.draft.priceCents) args.price = formatEuros(data.draft.priceCents, ctx.locale);
  return reply(ctx, { text: [...prefix, t(`pu-ask-${field}`, args)], buttons });
}

function previewPurchase(ctx: HandlerContext, input: ReturnType<typeof finalizeDraft> & { ok: true }): Purchase {
  const v = input.value;
  const now = ctx.now();
  return {
    id: 0,
    organiserId: ctx.member.id,
    organisationId: ctx.member.organisationId,
    courseName: v.courseName,
    courseTypeId: v.courseTypeId,
    provider: v.provider,
    minSeats: v.minSeats,
    maxSeats: v.maxSeats,
    priceMode: v.priceMode,
    priceCents: v.priceCents,
    soloPriceCents: v.soloPriceCents,
    perOrgCap: v.perOrgCap,
    deadline: v.deadline,
    courseDate: v.courseDate,
    place: v.place,
    status: "open",
    committedSeats: 0,
    tippedAt: null,
    fellBelowAt: null,
    closedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

function errorLines(ctx: HandlerContext, errors: FieldError[]): RichText {
  const out: RichText = [];
  for (const e of errors) out.push({ b: ctx.t(`pu-field-${e.field}`) }, ": ", ctx.t(e.key, e.args), "\n");
  return out;
}

async function showSummary(
  ctx: HandlerContext,
  data: PurchaseDialogData,
  prefix: RichText = [],
): Promise<HandlerOutcome> {
  const { t } = ctx;
  const final = finalizeDraft(data.draft, ctx.now());
  if (!final.ok) {
    // Something no longer holds (e.g. the deadline passed meanwhile): ask that field again.
    const first = final.errors[0]!;
    const draft = { ...data.draft };
    clearField(draft, first.field);
    return askPurchaseField(ctx, { ...data, draft }, [...prefix, ...errorLines(ctx, final.errors), "\n"]);
  }
  await setDialog(ctx, { flow: FLOW_PURCHASE, step: "summary", data });
  const preview = previewPurchase(ctx, final);
  const courseType = preview.courseTypeId
    ? await ctx.db.courseType.findUnique({ where: { id: preview.courseTypeId } })
    : null;
  const body = purchaseText(t, ctx.locale, tz(ctx), preview, { courseType }, ctx.now());
  // The title "Yhteishankinta #0: <name>" becomes "Esikatselu: <name>" (title, space and name replaced: the name once).
  body.splice(0, 3, { b: t("pu-preview-title") }, " ", { b: preview.courseName });
  const buttons: Button[][] = [[{ label: t("pu-button-publish"), action: "pu:publish" }]];
  if (DETAIL_FIELDS.some((f) => !isFilled(data.draft, f)))
    buttons.push([{ label: t("pu-button-details"), action: "pu:details" }]);
  return reply(ctx, { text: [...prefix, ...body, "\n", t("pu-preview-hint")], buttons });
}

function clearField(draft: Draft, field: FieldName) {
  const keys: Record<FieldName, keyof Draft> = {
    name: "courseName",
    type: "courseTypeId",
    provider: "provider",
    min: "minSeats",
    max: "maxSeats",
    price: "priceCents",
    mode: "priceMode",
    deadline: "deadline",
    date: "courseDate",
    place: "place",
    cap: "perOrgCap",
    solo: "soloPriceCents",
  };
  delete draft[keys[field]];
}

async function purchaseDialog(
  ctx: HandlerContext,
  step: string,
  data: PurchaseDialogData,
  input: string,
): Promise<HandlerOutcome> {
  if (ctx.chat.kind === "group") return { replies: [] };
  if (step === "summary") return showSummary(ctx, data, [ctx.t("pu-preview-waiting"), "\n\n"]);
  const field = step as FieldName;
  const parsed = await parseField(field, input, data.draft, fieldContext(ctx));
  if (!parsed.ok) {
    const again = await askPurchaseField(ctx, data, [ctx.t(parsed.key, parsed.args), "\n\n"]);
    return again;
  }
  return askPurchaseField(ctx, { ...data, draft: { ...data.draft, ...parsed.value } });
}

export async function startPurchase(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const { t } = ctx;
  if (!mayOrganise(actorOf(ctx))) return noOrganisation(ctx);
  if (!args) return askPurchaseField(ctx, { draft: {}, details: false }, [t("pu-form-intro"), "\n\n"]);
  if (!looksLikeOneLiner(args)) return text(ctx, ...formHelp(ctx));
  const { draft, errors, unknown } = await parseOneLiner(args, fieldContext(ctx));
  const problems: RichText = [];
  if (unknown.length) problems.push(t("pu-err-unknown-key", { keys: unknown.join(", ") }), "\n");
  problems.push(...errorLines(ctx, errors));
  if (!problems.length) {
    const final = finalizeDraft(draft, ctx.now());
    // The one-line form previews first, like the guided form: nothing is published before "Publish".
    if (final.ok) return (await purchaseFlood(ctx)) ?? showSummary(ctx, { draft, details: false });
    problems.push(...errorLines(ctx, final.errors));
  }
  return text(ctx, { b: t("pu-form-problems") }, "\n", ...problems, "\n", t("pu-form-example"));
}

export function formHelp(ctx: HandlerContext): RichText {
  const { t } = ctx;
  return [{ b: t("pu-form-help-title") }, "\n", t("pu-form-example"), "\n\n", t("pu-form-help")];
}

/** At most config.purchasesPerDay purchases per organisation (or per member without one) in 24 hours. */
async function purchaseFlood(ctx: HandlerContext): Promise<HandlerOutcome | null> {
  const since = new Date(ctx.now().getTime() - 24 * 3_600_000);
  const who = ctx.member.organisationId
    ? { organisationId: ctx.member.organisationId }
    : { organiserId: ctx.member.id };
  const recent = await ctx.db.purchase.count({ where: { ...who, createdAt: { gt: since } } });
  if (recent < ctx.config.purchasesPerDay) return null;
  return text(ctx, ctx.t("pu-error-flood", { limit: ctx.config.purchasesPerDay }));
}

async function publish(ctx: HandlerContext, input: Parameters<typeof createPurchase>[3]): Promise<HandlerOutcome> {
  const { t } = ctx;
  const flood = await purchaseFlood(ctx);
  if (flood) return flood;
  const { purchase: p, invited } = await createPurchase(ctx, ctx.member.id, ctx.member.organisationId, input);
  await clearDialog(ctx);
  const out: RichText = [
    t("pu-published", { id: String(p.id) }),
    "\n\n",
    ...purchaseText(t, ctx.locale, tz(ctx), p, await loadExtras(ctx, p), ctx.now()),
  ];
  if (invited.length) out.push("\n", t("pu-published-invited", { count: invited.length }));
  return reply(ctx, { text: out, buttons: [...joinButton(t, p, ctx.now()), ...managerButtons(t, p)] });
}

export async function publishAction(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  const stored =
    dialog?.flow === FLOW_PURCHASE && dialog.step === "summary" ? purchaseData.safeParse(dialog.data) : null;
  if (!stored?.success) return stale(ctx);
  const data = stored.data;
  const final = finalizeDraft(data.draft, ctx.now());
  if (!final.ok) return showSummary(ctx, data);
  if (!mayOrganise(actorOf(ctx))) return noOrganisation(ctx);
  return publish(ctx, final.value);
}

export async function detailsAction(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  const stored = dialog?.flow === FLOW_PURCHASE ? purchaseData.safeParse(dialog.data) : null;
  if (!stored?.success) return stale(ctx);
  const data = stored.data;
  return askPurchaseField(ctx, { ...data, details: true });
}

/** `pu:a:<step>:<value>`: a button that answers the current step of a dialog, as if typed. */
/** The typed answer to the current step of a need or purchase conversation; null for another flow or a state that no longer fits. */
async function answerInFlow(ctx: HandlerContext, dialog: DialogState, value: string): Promise<HandlerOutcome | null> {
  if (dialog.flow === FLOW_NEED) {
    const stored = needData.safeParse(dialog.data);
    return stored.success ? needDialog(ctx, dialog.step, stored.data, value) : null;
  }
  if (dialog.flow !== FLOW_PURCHASE) return null;
  const stored = purchaseData.safeParse(dialog.data);
  return stored.success ? purchaseDialog(ctx, dialog.step, stored.data, value) : null;
}

export const needFlow: DialogDef<NeedData> = { flow: FLOW_NEED, data: needData, onText: needDialog };
export const purchaseFlow: DialogDef<PurchaseDialogData> = {
  flow: FLOW_PURCHASE,
  data: purchaseData,
  onText: purchaseDialog,
};

export async function answerAction(
  ctx: HandlerContext,
  step: string | undefined,
  value: string,
): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (!dialog || dialog.step !== step) return stale(ctx);
  const asText = { ...ctx, chat: { ...ctx.chat, kind: "private" as const } };
  const out = await answerInFlow(asText, dialog, value);
  if (!out) return stale(ctx);
  return ctx.chat.kind === "group" ? { ...out, replies: out.replies.map((r) => ({ ...r, private: true })) } : out;
}
