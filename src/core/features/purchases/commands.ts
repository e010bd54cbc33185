/**
 * The handlers of the co-purchasing feature: /tarve, /hankinta, /hankinnat, /kurssityyppi, the
 * `pu:` buttons and the three guided conversations (a need, a purchase, a seat count). They
 * parse and authorise, call the domain functions (needs.ts, purchases.ts) and word the answers.
 */
import type { HandlerContext, HandlerOutcome, Reply } from "../../app/contract.js";
import { clearDialog, getDialog, setDialog } from "../../dialogs.js";
import { cleanName, MUNICIPALITIES } from "../../members.js";
import { parseLocalDate } from "../../time.js";
import type { Button, OutgoingMessage, RichText } from "../../types.js";
import type { Purchase } from "../../../generated/prisma/client.js";
import {
  DETAIL_FIELDS,
  finalizeDraft,
  isFilled,
  looksLikeOneLiner,
  nextField,
  parseField,
  parseOneLiner,
  type Draft,
  type FieldContext,
  type FieldError,
  type FieldName,
} from "./form.js";
import { courseLabel, createNeed, findCourseType, proposalGroup } from "./needs.js";
import { parseFutureDate, parseSeats, MAX_SEATS } from "./parse.js";
import {
  ACTIVE_STATUSES,
  createPurchase,
  csvFile,
  finishPurchase,
  mayManage,
  participantCsv,
  setOrgSeats,
  type SeatResult,
} from "./service.js";
import { joinButton, loadExtras, priceLines, purchaseText } from "./render.js";
import { formatDate } from "./format.js";
import { formatEuros } from "../../money.js";

export const FLOW_NEED = "pu-need";
export const FLOW_PURCHASE = "pu-new";
export const FLOW_SEATS = "pu-seats";

const tz = (ctx: HandlerContext) => ctx.config.digest.timezone;

/** Replies to a button pressed in a group go to the member privately. */
function reply(ctx: HandlerContext, message: OutgoingMessage, extra: Partial<Reply> = {}): HandlerOutcome {
  return { replies: [{ message, ...(ctx.chat.kind === "group" ? { private: true } : {}), ...extra }] };
}
const text = (ctx: HandlerContext, ...spans: RichText): HandlerOutcome => reply(ctx, { text: spans });
const stale = (ctx: HandlerContext): HandlerOutcome => ({ replies: [], toast: ctx.t("error-stale-button") });

function noOrganisation(ctx: HandlerContext): HandlerOutcome {
  return text(ctx, ctx.t("pu-no-organisation"));
}

function rows<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Telegram's callback_data limit: a button whose action is longer is left out (the member can type instead). */
function fitsCallbackData(action: string): boolean {
  return Buffer.byteLength(action, "utf8") <= 64;
}

function parseId(raw: string | undefined): number | null {
  const id = Number((raw ?? "").replace(/^#/, ""));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

// ---------------------------------------------------------------------------------------------
// Needs: /tarve

async function askNeedStep(ctx: HandlerContext, step: string, data: Record<string, unknown>): Promise<HandlerOutcome> {
  await setDialog(ctx.db, ctx.actor.platform, ctx.actor.userId, { flow: FLOW_NEED, step, data });
  const { t } = ctx;
  if (step === "course") {
    const types = await ctx.db.courseType.findMany({ orderBy: { id: "asc" } });
    return reply(ctx, {
      text: [t("pu-need-ask-course")],
      buttons: rows(types.map((c) => ({ label: c.name, action: `pu:a:course:${c.key}` })), 2),
    });
  }
  if (step === "seats") return text(ctx, t("pu-need-ask-seats"));
  if (step === "by") return text(ctx, t("pu-need-ask-by"));
  const organisation = ctx.member.organisationId ? await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } }) : null;
  const names = [...new Set([organisation?.municipality, ...MUNICIPALITIES].filter((m): m is string => Boolean(m)))];
  const buttons = names.map((m) => ({ label: m, action: `pu:a:municipality:${m}` })).filter((b) => fitsCallbackData(b.action));
  return reply(ctx, { text: [t("pu-need-ask-municipality")], buttons: rows(buttons, 3) });
}

async function need(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  if (!args) return askNeedStep(ctx, "course", {});
  const parsed = await parseNeedLine(ctx, args);
  if (!parsed.ok) return text(ctx, ...parsed.errors.flatMap((e) => [e, "\n"]), "\n", ctx.t("pu-need-format"));
  return saveNeed(ctx, parsed.value);
}

interface NeedDraft {
  courseTypeId: number | null;
  courseText: string;
  seats: number;
  neededBy: Date;
  municipality: string;
}

/** `/tarve hygieniapassi 6 31.3.2027 Lahti` — read from the end, so the course may have several words. */
async function parseNeedLine(ctx: HandlerContext, args: string): Promise<{ ok: true; value: NeedDraft } | { ok: false; errors: string[] }> {
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

async function needDialog(ctx: HandlerContext, step: string, data: Record<string, unknown>, input: string): Promise<HandlerOutcome> {
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
  await clearDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  return saveNeed(ctx, {
    courseTypeId: (data.courseTypeId as number | null) ?? null,
    courseText: (data.courseText as string) ?? "",
    seats: data.seats as number,
    neededBy: new Date(data.neededBy as string),
    municipality,
  });
}

async function saveNeed(ctx: HandlerContext, input: NeedDraft): Promise<HandlerOutcome> {
  const { t } = ctx;
  const { need: saved, matches, groupSeats, threshold, propose } = await createNeed(ctx, ctx.member.id, ctx.member.organisationId!, input);
  const course = courseLabel(saved);
  const out: RichText = [
    t("pu-need-saved", {
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
    out.push("\n", t("pu-need-match-line", { organisation: m.organisation?.name ?? "?", seats: m.seats, date: formatDate(m.neededBy, tz(ctx), t), municipality: m.municipality }));
  }
  if (!propose) {
    out.push("\n\n", t("pu-need-not-enough", { seats: groupSeats, min: threshold }));
    return text(ctx, ...out);
  }
  out.push("\n\n", t("pu-proposal", { seats: groupSeats, min: threshold }));
  return reply(ctx, { text: out, buttons: [[{ label: t("pu-button-propose"), action: `pu:propose:${saved.id}` }]] });
}

/** `pu:propose:<needId>`: the tapper starts the purchase form, prefilled from the group of needs. */
async function propose(ctx: HandlerContext, needIdRaw: string | undefined): Promise<HandlerOutcome> {
  const needId = parseId(needIdRaw);
  if (!needId) return stale(ctx);
  const group = await proposalGroup(ctx.db, needId, ctx.now());
  if (!group) return stale(ctx);
  const { need: own } = group;
  const mine = ctx.member.id === own.memberId || (ctx.member.organisationId !== null && ctx.member.organisationId === own.organisationId);
  if (!mine) return { ...text(ctx, ctx.t("error-not-allowed")), toast: ctx.t("error-not-allowed") };
  if (own.status === "purchased" && own.purchaseId) {
    const p = await ctx.db.purchase.findUnique({ where: { id: own.purchaseId } });
    if (p) return reply(ctx, { text: [ctx.t("pu-proposal-already", { id: String(p.id) })], buttons: joinButton(ctx.t, p, ctx.now()) });
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
    ctx.t("pu-proposal-start", { course: draft.courseName!, organisations: group.group.length, seats: group.seats, min: draft.minSeats!, max: draft.maxSeats! }),
    "\n\n",
  ];
  return askPurchaseField(ctx, { draft, details: false }, intro);
}

// ---------------------------------------------------------------------------------------------
// Purchases: /hankinta

interface PurchaseDialogData {
  draft: Draft;
  details: boolean;
}

function fieldContext(ctx: HandlerContext): FieldContext {
  return { db: ctx.db, now: ctx.now(), timeZone: tz(ctx) };
}

async function askPurchaseField(ctx: HandlerContext, data: PurchaseDialogData, prefix: RichText = []): Promise<HandlerOutcome> {
  const { t } = ctx;
  const field = nextField(data.draft, data.details);
  if (!field) return showSummary(ctx, data, prefix);
  await setDialog(ctx.db, ctx.actor.platform, ctx.actor.userId, { flow: FLOW_PURCHASE, step: field, data: data as unknown as Record<string, unknown> });
  let buttons: Button[][] = [];
  if (field === "type") {
    const types = await ctx.db.courseType.findMany({ orderBy: { id: "asc" } });
    buttons = rows([...types.map((c) => ({ label: c.name, action: `pu:a:type:${c.key}` })), { label: t("pu-button-other-type"), action: "pu:a:type:-" }], 2);
  } else if (field === "mode") {
    buttons = [[
      { label: t("pu-button-mode-total"), action: "pu:a:mode:total" },
      { label: t("pu-button-mode-seat"), action: "pu:a:mode:seat" },
    ]];
  } else if ((DETAIL_FIELDS as readonly string[]).includes(field)) {
    buttons = [[{ label: t("pu-button-skip"), action: `pu:a:${field}:-` }]];
  }
  const args: Record<string, string | number> = { min: data.draft.minSeats ?? 1, max: data.draft.maxSeats ?? MAX_SEATS };
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

async function showSummary(ctx: HandlerContext, data: PurchaseDialogData, prefix: RichText = []): Promise<HandlerOutcome> {
  const { t } = ctx;
  const final = finalizeDraft(data.draft, ctx.now());
  if (!final.ok) {
    // Something no longer holds (e.g. the deadline passed meanwhile): ask that field again.
    const first = final.errors[0]!;
    const draft = { ...data.draft };
    clearField(draft, first.field);
    return askPurchaseField(ctx, { ...data, draft }, [...prefix, ...errorLines(ctx, final.errors), "\n"]);
  }
  await setDialog(ctx.db, ctx.actor.platform, ctx.actor.userId, { flow: FLOW_PURCHASE, step: "summary", data: data as unknown as Record<string, unknown> });
  const preview = previewPurchase(ctx, final);
  const courseType = preview.courseTypeId ? await ctx.db.courseType.findUnique({ where: { id: preview.courseTypeId } }) : null;
  const body = purchaseText(t, ctx.locale, tz(ctx), preview, { courseType }, ctx.now());
  body.splice(0, 2, { b: t("pu-preview-title") }, " ", { b: preview.courseName });
  const buttons: Button[][] = [[{ label: t("pu-button-publish"), action: "pu:publish" }]];
  if (DETAIL_FIELDS.some((f) => !isFilled(data.draft, f))) buttons.push([{ label: t("pu-button-details"), action: "pu:details" }]);
  return reply(ctx, { text: [...prefix, ...body, "\n", t("pu-preview-hint")], buttons });
}

function clearField(draft: Draft, field: FieldName) {
  const keys: Record<FieldName, keyof Draft> = {
    name: "courseName", type: "courseTypeId", provider: "provider", min: "minSeats", max: "maxSeats", price: "priceCents",
    mode: "priceMode", deadline: "deadline", date: "courseDate", place: "place", cap: "perOrgCap", solo: "soloPriceCents",
  };
  delete draft[keys[field]];
}

async function purchaseDialog(ctx: HandlerContext, step: string, raw: Record<string, unknown>, input: string): Promise<HandlerOutcome> {
  if (ctx.chat.kind === "group") return { replies: [] };
  const data = raw as unknown as PurchaseDialogData;
  if (step === "summary") return showSummary(ctx, data, [ctx.t("pu-preview-waiting"), "\n\n"]);
  const field = step as FieldName;
  const parsed = await parseField(field, input, data.draft, fieldContext(ctx));
  if (!parsed.ok) {
    const again = await askPurchaseField(ctx, data, [ctx.t(parsed.key, parsed.args), "\n\n"]);
    return again;
  }
  return askPurchaseField(ctx, { ...data, draft: { ...data.draft, ...parsed.value } });
}

async function purchase(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const { t } = ctx;
  const [first = "", second] = args.split(/\s+/);
  const sub = first.toLowerCase();
  if (/^(ohje|help|hjälp|apua)$/.test(sub)) return text(ctx, ...formHelp(ctx));
  if (/^(csv|lista|list)$/.test(sub)) return csv(ctx, second);
  if (/^(sulje|close|stäng)$/.test(sub)) return close(ctx, second);
  if (/^(peru|peruuta|cancel|avbryt)$/.test(sub)) return cancel(ctx, second, true);
  if (/^#?\d+$/.test(args.trim())) return show(ctx, args.trim());
  if (!ctx.member.organisationId && !ctx.staff) return noOrganisation(ctx);
  if (!args) return askPurchaseField(ctx, { draft: {}, details: false }, [t("pu-form-intro"), "\n\n"]);
  if (!looksLikeOneLiner(args)) return text(ctx, ...formHelp(ctx));
  const { draft, errors, unknown } = await parseOneLiner(args, fieldContext(ctx));
  const problems: RichText = [];
  if (unknown.length) problems.push(t("pu-err-unknown-key", { keys: unknown.join(", ") }), "\n");
  problems.push(...errorLines(ctx, errors));
  if (!problems.length) {
    const final = finalizeDraft(draft, ctx.now());
    if (final.ok) return publish(ctx, final.value);
    problems.push(...errorLines(ctx, final.errors));
  }
  return text(ctx, { b: t("pu-form-problems") }, "\n", ...problems, "\n", t("pu-form-example"));
}

function formHelp(ctx: HandlerContext): RichText {
  const { t } = ctx;
  return [{ b: t("pu-form-help-title") }, "\n", t("pu-form-help"), "\n\n", t("pu-form-example")];
}

async function publish(ctx: HandlerContext, input: Parameters<typeof createPurchase>[3]): Promise<HandlerOutcome> {
  const { t } = ctx;
  const { purchase: p, invited } = await createPurchase(ctx, ctx.member.id, ctx.member.organisationId, input);
  await clearDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  const out: RichText = [t("pu-published", { id: String(p.id) }), "\n\n", ...purchaseText(t, ctx.locale, tz(ctx), p, await loadExtras(ctx, p), ctx.now())];
  if (invited.length) out.push("\n", t("pu-published-invited", { count: invited.length }));
  return reply(ctx, { text: out, buttons: [...joinButton(t, p, ctx.now()), ...managerButtons(ctx, p)] });
}

function managerButtons(ctx: HandlerContext, p: Purchase): Button[][] {
  const { t } = ctx;
  const out: Button[] = [{ label: t("pu-button-csv"), action: `pu:csv:${p.id}` }];
  if (ACTIVE_STATUSES.includes(p.status)) {
    out.push({ label: t("pu-button-close"), action: `pu:close:${p.id}` }, { label: t("pu-button-cancel"), action: `pu:cancel:${p.id}` });
  }
  return [out];
}

async function publishAction(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (!dialog || dialog.flow !== FLOW_PURCHASE || dialog.step !== "summary") return stale(ctx);
  const data = dialog.data as unknown as PurchaseDialogData;
  const final = finalizeDraft(data.draft, ctx.now());
  if (!final.ok) return showSummary(ctx, data);
  if (!ctx.member.organisationId && !ctx.staff) return noOrganisation(ctx);
  return publish(ctx, final.value);
}

async function detailsAction(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (!dialog || dialog.flow !== FLOW_PURCHASE) return stale(ctx);
  const data = dialog.data as unknown as PurchaseDialogData;
  return askPurchaseField(ctx, { ...data, details: true });
}

/** `pu:a:<step>:<value>`: a button that answers the current step of a dialog, as if typed. */
async function answerAction(ctx: HandlerContext, step: string | undefined, value: string): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (!dialog || dialog.step !== step) return stale(ctx);
  const asText = { ...ctx, chat: { ...ctx.chat, kind: "private" as const } };
  const out =
    dialog.flow === FLOW_NEED
      ? await needDialog(asText, dialog.step, dialog.data, value)
      : dialog.flow === FLOW_PURCHASE
        ? await purchaseDialog(asText, dialog.step, dialog.data, value)
        : null;
  if (!out) return stale(ctx);
  return ctx.chat.kind === "group" ? { ...out, replies: out.replies.map((r) => ({ ...r, private: true })) } : out;
}

// ---------------------------------------------------------------------------------------------
// Seats

async function loadPurchase(ctx: HandlerContext, raw: string | undefined) {
  const id = parseId(raw);
  return id ? ctx.db.purchase.findUnique({ where: { id } }) : null;
}

async function orgName(ctx: HandlerContext): Promise<string> {
  if (!ctx.member.organisationId) return "?";
  return (await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } }))?.name ?? "?";
}

/** `pu:join:<id>`: how many seats? Buttons 1..N (what is allowed), or a typed number. */
async function join(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const { t } = ctx;
  const p = await loadPurchase(ctx, idRaw);
  if (!p) return stale(ctx);
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  if (!ACTIVE_STATUSES.includes(p.status) || ctx.now().getTime() >= p.deadline.getTime()) return text(ctx, t("pu-seats-closed"));
  const row = await ctx.db.purchaseSeat.findUnique({ where: { purchaseId_organisationId: { purchaseId: p.id, organisationId: ctx.member.organisationId } } });
  const offeredOthers =
    (await ctx.db.purchaseSeat.aggregate({
      where: { purchaseId: p.id, status: "offered", organisationId: { not: ctx.member.organisationId } },
      _sum: { seats: true },
    }))._sum.seats ?? 0;
  const cap = p.perOrgCap ?? p.maxSeats;
  const mine = row?.status === "committed" ? row.seats : 0;
  const fit = p.maxSeats - p.committedSeats - offeredOthers + mine;
  const buttonsUpTo = Math.min(cap, fit > 0 ? fit : cap, 10);
  const org = await orgName(ctx);
  const out: RichText = [...[{ b: p.courseName }, ` (#${p.id})`], "\n"];
  if (row && row.status !== "withdrawn") out.push(t(`pu-seats-current-${row.status}`, { organisation: org, seats: row.seats }), "\n");
  if (row?.status === "offered" && row.offerExpiresAt) out.push(t("pu-offer-confirm-by", { when: formatDate(row.offerExpiresAt, tz(ctx), t) }), "\n");
  out.push(t(fit > 0 ? "pu-seats-ask" : "pu-seats-ask-full", { organisation: org, max: Math.min(cap, Math.max(fit, 0)), cap }));
  const buttons: Button[][] = rows(
    Array.from({ length: buttonsUpTo }, (_, i) => ({ label: String(i + 1), action: `pu:seats:${p.id}:${i + 1}` })),
    5,
  );
  if (row?.status === "offered") buttons.unshift([{ label: t("pu-button-confirm", { seats: row.seats }), action: `pu:confirm:${p.id}` }]);
  if (row && row.status !== "withdrawn") buttons.push([{ label: t("pu-button-withdraw"), action: `pu:seats:${p.id}:0` }]);
  await setDialog(ctx.db, ctx.actor.platform, ctx.actor.userId, { flow: FLOW_SEATS, step: "seats", data: { purchaseId: p.id } });
  return reply(ctx, { text: out, buttons });
}

async function applySeats(ctx: HandlerContext, purchaseId: number, seats: number, onlyIfOffered = false): Promise<HandlerOutcome> {
  const result = await setOrgSeats(ctx, { purchaseId, memberId: ctx.member.id, organisationId: ctx.member.organisationId, seats, onlyIfOffered });
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (dialog?.flow === FLOW_SEATS && !["over_cap", "not_enough"].includes(result.type)) await clearDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  return seatOutcome(ctx, purchaseId, result);
}

async function seatOutcome(ctx: HandlerContext, purchaseId: number, result: SeatResult): Promise<HandlerOutcome> {
  const { t } = ctx;
  if (result.type === "no_organisation") return noOrganisation(ctx);
  if (result.type === "not_found") return stale(ctx);
  const p = await ctx.db.purchase.findUnique({ where: { id: purchaseId } });
  if (!p) return stale(ctx);
  const org = await orgName(ctx);
  const head: RichText = [{ b: p.courseName }, ` (#${p.id})`, "\n"];
  const status = (): RichText => ["\n", t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats })];
  switch (result.type) {
    case "committed": {
      const out: RichText = [...head, t("pu-seats-committed", { organisation: org, seats: result.seats }), ...status()];
      const missing = p.minSeats - p.committedSeats;
      out.push("\n", missing > 0 ? t("pu-status-missing", { missing }) : t("pu-seats-happening"));
      return { ...text(ctx, ...out), toast: t("pu-toast-saved") };
    }
    case "waiting":
      return text(ctx, ...head, t("pu-seats-waiting", { organisation: org, seats: result.seats, position: result.position }));
    case "offered":
      return reply(ctx, {
        text: [...head, t("pu-seats-offered", { seats: result.seats, when: formatDate(result.expiresAt, tz(ctx), t) })],
        buttons: [[
          { label: t("pu-button-confirm", { seats: result.seats }), action: `pu:confirm:${p.id}` },
          { label: t("pu-button-decline"), action: `pu:decline:${p.id}` },
        ]],
      });
    case "withdrawn":
      return { ...text(ctx, ...head, t("pu-seats-withdrawn", { organisation: org })), toast: t("pu-toast-saved") };
    case "unchanged":
      return text(ctx, ...head, t(result.seats ? "pu-seats-unchanged" : "pu-seats-not-in", { organisation: org, seats: result.seats }));
    case "not_enough":
      return text(ctx, ...head, t("pu-seats-not-enough", { max: result.max }));
    case "over_cap":
      return text(ctx, ...head, t("pu-seats-over-cap", { cap: result.cap }));
    case "no_offer":
      return text(ctx, ...head, t("pu-seats-no-offer"));
    case "offer_expired":
      return reply(ctx, { text: [...head, t("pu-offer-expired")], buttons: joinButton(t, p, ctx.now()) });
    case "closed":
    case "deadline_passed":
      return text(ctx, ...head, t("pu-seats-closed"));
  }
}

async function seatsAction(ctx: HandlerContext, idRaw: string | undefined, nRaw: string | undefined): Promise<HandlerOutcome> {
  const id = parseId(idRaw);
  const n = Number(nRaw);
  if (!id || !Number.isSafeInteger(n) || n < 0 || n > MAX_SEATS) return stale(ctx);
  return applySeats(ctx, id, n);
}

async function confirmAction(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const id = parseId(idRaw);
  if (!id) return stale(ctx);
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  const row = await ctx.db.purchaseSeat.findUnique({ where: { purchaseId_organisationId: { purchaseId: id, organisationId: ctx.member.organisationId } } });
  if (!row || row.status !== "offered") return seatOutcome(ctx, id, row?.status === "committed" ? { type: "unchanged", status: "committed", seats: row.seats } : { type: "no_offer" });
  return applySeats(ctx, id, row.seats, true);
}

async function declineAction(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const id = parseId(idRaw);
  if (!id) return stale(ctx);
  return applySeats(ctx, id, 0, true);
}

async function seatsDialog(ctx: HandlerContext, _step: string, data: Record<string, unknown>, input: string): Promise<HandlerOutcome> {
  if (ctx.chat.kind === "group") return { replies: [] };
  const parsed = parseSeats(input, 0, MAX_SEATS);
  if (!parsed.ok) return text(ctx, ctx.t(parsed.key, { ...parsed.args, min: 0 }), "\n", ctx.t("pu-seats-zero-hint"));
  return applySeats(ctx, Number(data.purchaseId), parsed.value);
}

// ---------------------------------------------------------------------------------------------
// Organiser: participant list, closing, cancelling; showing and listing

async function managed(ctx: HandlerContext, idRaw: string | undefined): Promise<{ ok: true; p: Purchase } | { ok: false; out: HandlerOutcome }> {
  const p = await loadPurchase(ctx, idRaw);
  if (!p) return { ok: false, out: idRaw && ctx.interaction.input.type === "action" ? stale(ctx) : text(ctx, ctx.t("pu-not-found")) };
  if (!mayManage(p, ctx.member.id, ctx.staff)) return { ok: false, out: { ...text(ctx, ctx.t("pu-organiser-only")), toast: ctx.t("error-not-allowed") } };
  return { ok: true, p };
}

async function csv(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const m = await managed(ctx, idRaw);
  if (!m.ok) return m.out;
  const content = (await participantCsv(ctx.db, m.p.id))(ctx.t);
  return {
    replies: [{ message: { text: [ctx.t("pu-csv-ready", { id: String(m.p.id) })] }, file: csvFile(ctx.t, m.p.id, content), private: true }],
  };
}

async function close(ctx: HandlerContext, idRaw: string | undefined): Promise<HandlerOutcome> {
  const m = await managed(ctx, idRaw);
  if (!m.ok) return m.out;
  const r = await finishPurchase(ctx, m.p.id, "close", ctx.member.id);
  if (r.type === "closed") return text(ctx, ctx.t("pu-close-done", { id: String(m.p.id) }));
  if (r.type === "below_minimum") return text(ctx, ctx.t("pu-close-below-min", { committed: r.committed, min: r.min }));
  return text(ctx, ctx.t("pu-seats-closed"));
}

async function cancel(ctx: HandlerContext, idRaw: string | undefined, confirmed: boolean): Promise<HandlerOutcome> {
  const m = await managed(ctx, idRaw);
  if (!m.ok) return m.out;
  if (!confirmed) {
    return reply(ctx, {
      text: [ctx.t("pu-cancel-confirm", { id: String(m.p.id), course: m.p.courseName })],
      buttons: [[{ label: ctx.t("pu-button-cancel-yes"), action: `pu:cancelok:${m.p.id}` }]],
    });
  }
  const r = await finishPurchase(ctx, m.p.id, "cancel", ctx.member.id);
  if (r.type === "cancelled") return text(ctx, ctx.t("pu-cancel-done", { id: String(m.p.id) }));
  return text(ctx, ctx.t("pu-seats-closed"));
}

async function show(ctx: HandlerContext, idRaw: string): Promise<HandlerOutcome> {
  const p = await loadPurchase(ctx, idRaw);
  if (!p) return text(ctx, ctx.t("pu-not-found"));
  const buttons = [...joinButton(ctx.t, p, ctx.now()), ...(mayManage(p, ctx.member.id, ctx.staff) ? managerButtons(ctx, p) : [])];
  return reply(ctx, { text: purchaseText(ctx.t, ctx.locale, tz(ctx), p, await loadExtras(ctx, p), ctx.now()), buttons });
}

async function list(ctx: HandlerContext): Promise<HandlerOutcome> {
  const { t } = ctx;
  const now = ctx.now();
  const open = await ctx.db.purchase.findMany({
    where: { status: { in: ACTIVE_STATUSES }, deadline: { gt: now } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: 20,
  });
  if (!open.length) return text(ctx, t("pu-list-empty"));
  const out: RichText = [{ b: t("pu-list-title") }];
  const buttons: Button[][] = [];
  for (const p of open) {
    const missing = p.minSeats - p.committedSeats;
    out.push(
      "\n\n",
      { b: `#${p.id} ${p.courseName}` },
      "\n",
      t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats }),
      " · ",
      missing > 0 ? t("pu-status-missing", { missing }) : t(p.committedSeats >= p.maxSeats ? "pu-status-full" : "pu-status-tipped", { left: p.maxSeats - p.committedSeats }),
      "\n",
      ...priceLines(t, ctx.locale, { ...p, soloPriceCents: null }),
      "\n",
      t("pu-post-deadline", { deadline: formatDate(p.deadline, tz(ctx), t) }),
    );
    buttons.push([{ label: cleanName(`#${p.id} ${p.courseName}`, 40), action: `pu:join:${p.id}` }]);
  }
  return reply(ctx, { text: out, buttons });
}

// ---------------------------------------------------------------------------------------------
// Staff: course types

async function courseTypes(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const { t } = ctx;
  if (!args) {
    const types = await ctx.db.courseType.findMany({ orderBy: { id: "asc" } });
    const out: RichText = [{ b: t("pu-types-title") }];
    for (const c of types) out.push("\n", { code: c.key }, " – ", c.name, " ", t("pu-types-min", { min: c.usualMinSeats }));
    if (ctx.staff) out.push("\n\n", t("pu-types-add-hint"));
    return text(ctx, ...out);
  }
  if (!ctx.staff) return text(ctx, t("error-staff-only"));
  const tokens = args.trim().split(/\s+/);
  const key = (tokens.shift() ?? "").toLowerCase();
  let min = 15;
  if (tokens.length > 1 && /^[-−]?\d+([.,]\d+)?$|^\d/.test(tokens.at(-1)!)) {
    const parsed = parseSeats(tokens.pop()!, 1, MAX_SEATS);
    if (!parsed.ok) return text(ctx, t(parsed.key, parsed.args));
    min = parsed.value;
  }
  const name = cleanName(tokens.join(" "), 60);
  if (!/^[a-z0-9_-]{2,24}$/.test(key) || name.length < 2) return text(ctx, t("pu-types-invalid"));
  const existing = await ctx.db.courseType.findUnique({ where: { key } });
  await ctx.db.courseType.upsert({ where: { key }, create: { key, name, usualMinSeats: min }, update: { name, usualMinSeats: min } });
  return text(ctx, t(existing ? "pu-types-updated" : "pu-types-added", { key, name, min }));
}

// ---------------------------------------------------------------------------------------------
// Buttons

export async function purchaseAction(ctx: HandlerContext, action: string): Promise<HandlerOutcome> {
  const [, verb, a, ...rest] = action.split(":");
  switch (verb) {
    case "a":
      return answerAction(ctx, a, rest.join(":"));
    case "propose":
      return propose(ctx, a);
    case "join":
      return join(ctx, a);
    case "seats":
      return seatsAction(ctx, a, rest[0]);
    case "confirm":
      return confirmAction(ctx, a);
    case "decline":
      return declineAction(ctx, a);
    case "csv":
      return csv(ctx, a);
    case "close":
      return close(ctx, a);
    case "cancel":
      return cancel(ctx, a, false);
    case "cancelok":
      return cancel(ctx, a, true);
    case "publish":
      return publishAction(ctx);
    case "details":
      return detailsAction(ctx);
    case "show":
      return show(ctx, a ?? "");
    default:
      return stale(ctx);
  }
}

export const handlers = { need, purchase, list, courseTypes, needDialog, purchaseDialog, seatsDialog };
