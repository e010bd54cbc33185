/**
 * A small engine for the portal's guided forms (`/jarjesto`, `/paikka`): steps of free text,
 * one choice, several choices or a parsed value (a number, a date), one question at a time, the
 * state in the database (`dialogs.ts`) so any process can continue it. Every step can be answered
 * by typing or with buttons; when editing, a button keeps the current value. The last step shows
 * a summary with a confirm button. Free text passes the confidentiality guard.
 */
import { z } from "zod";
import type { DialogDef, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { clearDialog, getDialog, setDialog } from "../../dialogs.js";
import { translator, type Translate } from "../../i18n/index.js";
import { LOCALES, type Button, type RichText } from "../../types.js";
import { answer, answerText, stale } from "../help-requests/replies.js";
import { isSkipWord, multiLine, oneLine, type Checked } from "../help-requests/validate.js";
import { WORDS } from "./constants.js";
import { guardErrorKey, guardField } from "./guard.js";

export interface Option {
  key: string;
  label: string;
}

interface StepBase {
  name: string;
  /** i18n key of the question. */
  prompt: string;
  promptArgs?: (ctx: HandlerContext) => Record<string, string | number>;
  /** May be left empty ("skip"). */
  optional?: boolean;
}

export type StepDef =
  | (StepBase & { kind: "text"; max: number; min?: number; multiline?: boolean; field: string })
  | (StepBase & { kind: "choice"; options: (t: Translate) => Option[]; columns?: number })
  | (StepBase & { kind: "multi"; options: (t: Translate) => Option[]; columns?: number })
  | (StepBase & {
      kind: "parse";
      parse: (ctx: HandlerContext, text: string) => Checked<string | number | null>;
      quick?: (ctx: HandlerContext) => { label: string; value: string }[];
      show?: (ctx: HandlerContext, value: unknown) => string;
      /** i18n key shown for an empty value, when empty has a meaning ("heti": starts at once). */
      empty?: string;
    });

export type Values = Record<string, unknown>;

export interface FormDef {
  flow: string;
  /** Button prefix (also the action prefix routed to `formAction`). */
  prefix: string;
  steps: StepDef[];
  /** The summary shown before confirming. */
  summary(ctx: HandlerContext, values: Values): Promise<RichText> | RichText;
  /** Saves the confirmed form; returns what to answer. */
  finish(ctx: HandlerContext, values: Values): Promise<HandlerOutcome>;
  /** Finish right after the last step, without a summary to confirm (nothing is saved). */
  direct?: boolean;
}

/** What a form keeps between steps: the values so far and, when editing, the record's values (for "keep as is"). */
const formData = z.object({ v: z.record(z.string(), z.unknown()), e: z.record(z.string(), z.unknown()).optional() });
type FormData = z.infer<typeof formData>;

const CONFIRM = "confirm";

function rows<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
}

/** A value as the member sees it in "now:" lines and summaries. */
export function showValue(ctx: HandlerContext, step: StepDef, value: unknown): string {
  if (isEmpty(value)) return step.kind === "parse" && step.empty ? ctx.t(step.empty) : "–";
  if (step.kind === "choice" || step.kind === "multi") {
    const labels = new Map(step.options(ctx.t).map((o) => [o.key, o.label]));
    const keys = Array.isArray(value) ? (value as string[]) : [String(value)];
    return keys.map((k) => labels.get(k) ?? k).join(", ");
  }
  if (step.kind === "parse" && step.show) return step.show(ctx, value);
  return String(value);
}

function cancelButton(form: FormDef, t: Translate): Button {
  return { label: t("hr-button-cancel"), action: `${form.prefix}:x` };
}

async function prompt(
  ctx: HandlerContext,
  form: FormDef,
  index: number,
  data: FormData,
  error?: Checked<never>,
  replace = false,
): Promise<HandlerOutcome> {
  const { t } = ctx;
  const step = form.steps[index]!;
  const text: RichText = [];
  if (error && !error.ok) text.push("⚠️ ", t(error.error, error.args), "\n\n");
  text.push(
    { b: t("hr-ask-step", { n: index + 1, total: form.steps.length }) },
    " ",
    t(step.prompt, step.promptArgs?.(ctx)),
  );
  const existing = data.e?.[step.name];
  if (!isEmpty(existing) && step.kind !== "multi")
    text.push("\n\n", { i: `${t("pt-form-now")}: ${showValue(ctx, step, existing)}` });
  const buttons: Button[][] = [];
  if (step.kind === "choice") {
    buttons.push(
      ...rows(
        step.options(t).map((o) => ({ label: o.label, action: `${form.prefix}:v:${index}:${o.key}` })),
        step.columns ?? 2,
      ),
    );
  } else if (step.kind === "multi") {
    const selected = new Set((data.v[step.name] as string[] | undefined) ?? []);
    buttons.push(
      ...rows(
        step.options(t).map((o) => ({
          label: `${selected.has(o.key) ? "✅ " : ""}${o.label}`,
          action: `${form.prefix}:t:${index}:${o.key}`,
        })),
        step.columns ?? 2,
      ),
    );
    text.push("\n\n", { i: t("pt-form-multi-hint") });
    buttons.push([{ label: t("pt-button-done"), action: `${form.prefix}:d:${index}` }]);
  } else if (step.kind === "parse" && step.quick) {
    buttons.push(
      ...rows(
        step.quick(ctx).map((q) => ({ label: q.label, action: `${form.prefix}:v:${index}:${q.value}` })),
        3,
      ),
    );
  }
  const last: Button[] = [];
  if (!isEmpty(existing) && step.kind !== "multi")
    last.push({ label: t("pt-button-keep"), action: `${form.prefix}:k:${index}` });
  else if (step.optional && step.kind !== "multi")
    last.push({ label: t("hr-button-skip"), action: `${form.prefix}:k:${index}` });
  last.push(cancelButton(form, t));
  buttons.push(last);
  return answer(ctx, { text, buttons }, { replace });
}

async function save(ctx: HandlerContext, form: FormDef, step: string, data: FormData) {
  await setDialog(ctx, { flow: form.flow, step, data });
}

async function goTo(ctx: HandlerContext, form: FormDef, index: number, data: FormData): Promise<HandlerOutcome> {
  if (index >= form.steps.length) {
    if (form.direct) return confirm(ctx, form, data);
    await save(ctx, form, CONFIRM, data);
    const text: RichText = [{ b: ctx.t("pt-form-check") }, "\n\n", ...(await form.summary(ctx, data.v))];
    return answer(ctx, {
      text,
      buttons: [[{ label: ctx.t("pt-button-confirm"), action: `${form.prefix}:ok` }], [cancelButton(form, ctx.t)]],
    });
  }
  const step = form.steps[index]!;
  // A multi-choice step starts from the current selection (editing) so a member only changes what changed.
  if (step.kind === "multi" && data.v[step.name] === undefined) data.v[step.name] = data.e?.[step.name] ?? [];
  await save(ctx, form, step.name, data);
  return prompt(ctx, form, index, data);
}

/** Starts a form, optionally editing existing values. */
export async function startForm(ctx: HandlerContext, form: FormDef, existing?: Values): Promise<HandlerOutcome> {
  return goTo(ctx, form, 0, { v: {}, ...(existing ? { e: existing } : {}) });
}

/** Every option's labels in every language, and its everyday words. */
function matchOption(step: { options: (t: Translate) => Option[] }, raw: string): string | undefined {
  const s = oneLine(raw)
    .toLowerCase()
    .replace(/[.!]+$/, "");
  if (!s) return undefined;
  const all = LOCALES.flatMap((l) => step.options(translator(l)));
  const exact = all.find((o) => o.key === s || o.label.toLowerCase() === s || (WORDS[o.key] ?? []).includes(s));
  if (exact) return exact.key;
  if (s.length >= 3) return all.find((o) => o.label.toLowerCase().startsWith(s))?.key;
  return undefined;
}

function checkText(step: StepDef & { kind: "text" }, raw: string): Checked<string> {
  const text = step.multiline ? multiLine(raw) : oneLine(raw);
  const length = [...text].length;
  if (!text) return { ok: false, error: "pt-error-empty" };
  if (step.min && length < step.min) return { ok: false, error: "pt-error-short", args: { length, min: step.min } };
  if (length > step.max) return { ok: false, error: "pt-error-long", args: { length, max: step.max } };
  const guarded = guardField(text, step.field);
  if (!guarded.ok) return { ok: false, error: guardErrorKey(guarded.reason) };
  return { ok: true, value: guarded.text };
}

const DONE_WORDS = /^(valmis|valmista|done|klar|ok|selvä)$/i;

/** A typed answer to the current step. */
async function typed(
  ctx: HandlerContext,
  form: FormDef,
  index: number,
  data: FormData,
  raw: string,
): Promise<HandlerOutcome> {
  const step = form.steps[index]!;
  if (isSkipWord(raw) && step.kind !== "multi") return keep(ctx, form, index, data);
  let value: unknown;
  switch (step.kind) {
    case "text": {
      const c = checkText(step, raw);
      if (!c.ok) return prompt(ctx, form, index, data, c);
      value = c.value;
      break;
    }
    case "choice": {
      const key = matchOption(step, raw);
      if (!key) return prompt(ctx, form, index, data, { ok: false, error: "pt-error-choice" });
      value = key;
      break;
    }
    case "multi": {
      if (DONE_WORDS.test(raw.trim())) return done(ctx, form, index, data);
      const parts = raw
        .split(/[,;\n]+| ja | och | and /i)
        .map((p) => p.trim())
        .filter(Boolean);
      const keys = parts.map((p) => matchOption(step, p));
      if (!keys.length || keys.some((k) => !k))
        return prompt(ctx, form, index, data, { ok: false, error: "pt-error-choice" });
      const order = step.options(ctx.t).map((o) => o.key);
      value = order.filter((k) => keys.includes(k));
      break;
    }
    case "parse": {
      const c = step.parse(ctx, raw);
      if (!c.ok) return prompt(ctx, form, index, data, c);
      value = c.value;
      break;
    }
  }
  return goTo(ctx, form, index + 1, { ...data, v: { ...data.v, [step.name]: value } });
}

/** "Keep as is" (editing) or "skip" (an optional step). */
async function keep(ctx: HandlerContext, form: FormDef, index: number, data: FormData): Promise<HandlerOutcome> {
  const step = form.steps[index]!;
  const existing = data.e?.[step.name];
  if (isEmpty(existing) && !step.optional)
    return prompt(ctx, form, index, data, { ok: false, error: "pt-error-empty" });
  return goTo(ctx, form, index + 1, {
    ...data,
    v: { ...data.v, [step.name]: isEmpty(existing) ? (step.kind === "multi" ? [] : "") : existing },
  });
}

async function done(ctx: HandlerContext, form: FormDef, index: number, data: FormData): Promise<HandlerOutcome> {
  const step = form.steps[index]!;
  const selected = (data.v[step.name] as string[] | undefined) ?? [];
  if (!selected.length && !step.optional)
    return prompt(ctx, form, index, data, { ok: false, error: "pt-error-choose-one" });
  return goTo(ctx, form, index + 1, data);
}

function indexOf(form: FormDef, stepName: string): number {
  return form.steps.findIndex((s) => s.name === stepName);
}

/** The dialog side of a form: typed answers. */
export function formDialog(form: FormDef): DialogDef<FormData> {
  return {
    flow: form.flow,
    data: formData,
    async onText(ctx: HandlerContext, step: string, data: FormData, text: string): Promise<HandlerOutcome> {
      if (ctx.chat.kind === "group") return { replies: [] };
      if (step === CONFIRM) {
        if (DONE_WORDS.test(text.trim()) || /^(kyllä|lähetä|ja|yes|send|skicka)$/i.test(text.trim()))
          return confirm(ctx, form, data);
        return goTo(ctx, form, form.steps.length, data);
      }
      const index = indexOf(form, step);
      if (index < 0) {
        await clearDialog(ctx);
        return answerText(ctx, ctx.t("error-stale-button"));
      }
      return typed(ctx, form, index, data, text);
    },
  };
}

async function confirm(ctx: HandlerContext, form: FormDef, data: FormData): Promise<HandlerOutcome> {
  await clearDialog(ctx);
  return form.finish(ctx, data.v);
}

/**
 * The buttons of a form: `<prefix>:v:<step>:<value>` answers, `:t:<step>:<key>` toggles a choice,
 * `:d:<step>` ends a multi-choice, `:k:<step>` keeps or skips, `:ok` confirms, `:x` cancels.
 * A button of another step than the current one is stale.
 */
export async function formAction(ctx: HandlerContext, form: FormDef, action: string): Promise<HandlerOutcome> {
  const [, verb = "", stepNo = "", ...rest] = action.split(":");
  const value = rest.join(":");
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  const stored = dialog?.flow === form.flow ? formData.safeParse(dialog.data) : null;
  if (!dialog || !stored?.success) return stale(ctx);
  const data = stored.data;
  if (verb === "x") {
    await clearDialog(ctx);
    return answerText(ctx, ctx.t("cancel-done"));
  }
  if (verb === "ok") return dialog.step === CONFIRM ? confirm(ctx, form, data) : stale(ctx);
  const index = Number(stepNo);
  if (!Number.isInteger(index) || form.steps[index]?.name !== dialog.step) return stale(ctx);
  const step = form.steps[index]!;
  switch (verb) {
    case "v":
      if (step.kind === "choice") {
        if (!step.options(ctx.t).some((o) => o.key === value)) return stale(ctx);
        return goTo(ctx, form, index + 1, { ...data, v: { ...data.v, [step.name]: value } });
      }
      if (step.kind === "parse") return typed(ctx, form, index, data, value);
      return stale(ctx);
    case "t": {
      if (step.kind !== "multi" || !step.options(ctx.t).some((o) => o.key === value)) return stale(ctx);
      const selected = new Set((data.v[step.name] as string[] | undefined) ?? []);
      if (selected.has(value)) selected.delete(value);
      else selected.add(value);
      const order = step.options(ctx.t).map((o) => o.key);
      const next: FormData = { ...data, v: { ...data.v, [step.name]: order.filter((k) => selected.has(k)) } };
      await save(ctx, form, step.name, next);
      return prompt(ctx, form, index, next, undefined, true);
    }
    case "d":
      return step.kind === "multi" ? done(ctx, form, index, data) : stale(ctx);
    case "k":
      return keep(ctx, form, index, data);
  }
  return stale(ctx);
}
