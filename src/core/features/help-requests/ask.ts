/**
 * Asking for help: `/pyyda` (alias `/ask`, or the /start button `ask:new`) walks through a short
 * conversation kept in the database — what, a few words more, category, municipality, until
 * when, in whose name — and `/pyyda <text>` asks in one line with defaults. Bad input gets a
 * friendly word and the conversation stays on the same step.
 */
import { z } from "zod";
import type { Member } from "../../../generated/prisma/client.js";
import type { DialogDef, Handler, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { clearDialog, getDialog, setDialog } from "../../dialogs.js";
import { t as translate } from "../../i18n/index.js";
import { MUNICIPALITIES } from "../../members.js";
import { LOCALES, type Button, type RichText } from "../../types.js";
import { DAY_MS, formatDay } from "../../time.js";
import {
  CATEGORIES,
  DEFAULT_DAYS,
  isCategory,
  municipalityCode,
  municipalityFromCode,
  OTHER_MUNICIPALITY,
  TITLE_MAX,
  type Category,
} from "./constants.js";
import { answer, answerText, stale } from "./replies.js";
import { categoryLabel, describeRequest, municipalityLabel, statusLine } from "./render.js";
import { createHelpRequest, requestsInLastDay, type AskInput, type CreateResult } from "./service.js";
import {
  checkDetails,
  checkTitle,
  defaultExpiry,
  matchCategory,
  matchMunicipality,
  oneLine,
  parseUntil,
  type Checked,
} from "./validate.js";

export const ASK_FLOW = "hr-ask";
const STEPS = ["title", "details", "category", "municipality", "until", "as"] as const;
type Step = (typeof STEPS)[number];

/** What the conversation keeps between steps. */
const askData = z.object({
  title: z.string().optional(),
  details: z.string().optional(),
  category: z.enum(CATEGORIES).optional(),
  municipality: z.string().optional(),
  expiresAt: z.string().optional(),
});
type AskData = z.infer<typeof askData>;

interface StepError {
  error: string;
  args?: Record<string, string | number> | undefined;
}

/** Category names in every language, so a typed "tila", "lokal" or "premises" all work. */
function categoryNames(key: Category): string[] {
  return LOCALES.map((l) => translate(l, `hr-cat-${key}`));
}

function cancelButton(ctx: HandlerContext): Button {
  return { label: ctx.t("hr-button-cancel"), action: "ask:cancel" };
}

function rows<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The question of a step, with the error of the previous answer first when there was one. */
async function prompt(ctx: HandlerContext, step: Step, error?: StepError): Promise<HandlerOutcome> {
  const { t } = ctx;
  const text: RichText = [];
  if (error) text.push("⚠️ ", t(error.error, error.args), "\n\n");
  text.push({ b: t("hr-ask-step", { n: STEPS.indexOf(step) + 1, total: STEPS.length }) }, " ");
  let buttons: Button[][] = [];
  switch (step) {
    case "title":
      text.push(
        t("hr-ask-title", { max: TITLE_MAX }),
        "\n\n",
        { b: t("hr-ask-examples") },
        "\n• ",
        t("hr-example-hands"),
        "\n• ",
        t("hr-example-van"),
        "\n• ",
        t("hr-example-worktrial"),
        "\n\n",
        { i: t("hr-privacy-reminder") },
      );
      buttons = [[cancelButton(ctx)]];
      break;
    case "details":
      text.push(t("hr-ask-details"));
      buttons = [[{ label: t("hr-button-skip"), action: "ask:skip" }, cancelButton(ctx)]];
      break;
    case "category":
      text.push(t("hr-ask-category"));
      buttons = [
        ...rows(
          CATEGORIES.map((c) => ({ label: categoryLabel(t, c), action: `ask:cat:${c}` })),
          2,
        ),
        [cancelButton(ctx)],
      ];
      break;
    case "municipality":
      text.push(t("hr-ask-municipality"));
      buttons = [
        ...rows(
          [...MUNICIPALITIES, OTHER_MUNICIPALITY].map((m) => ({
            label: municipalityLabel(t, m),
            action: `ask:mun:${municipalityCode(m)}`,
          })),
          3,
        ),
        [cancelButton(ctx)],
      ];
      break;
    case "until": {
      const tz = ctx.config.digest.timezone;
      text.push(t("hr-ask-until", { date: formatDay(defaultExpiry(ctx.now()), tz) }));
      buttons = [
        [{ label: t("hr-button-until-default", { days: DEFAULT_DAYS }), action: `ask:until:${DEFAULT_DAYS}` }],
        [
          { label: t("hr-button-until-days", { days: 7 }), action: "ask:until:7" },
          { label: t("hr-button-until-days", { days: 30 }), action: "ask:until:30" },
        ],
        [cancelButton(ctx)],
      ];
      break;
    }
    case "as": {
      const org = ctx.member.organisationId
        ? (await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } }))?.name
        : undefined;
      text.push(t("hr-ask-as"));
      buttons = [
        [
          {
            label: org
              ? t("hr-button-as-organisation", { organisation: org })
              : t("hr-button-as-name", { name: ctx.member.displayName }),
            action: "ask:as:org",
          },
        ],
        [{ label: t("hr-button-as-anonymous"), action: "ask:as:anon" }],
        [cancelButton(ctx)],
      ];
      if (!org) text.push("\n\n", t("hr-ask-as-no-organisation"));
      break;
    }
  }
  return answer(ctx, { text, buttons });
}

async function goTo(ctx: HandlerContext, step: Step, data: AskData): Promise<HandlerOutcome> {
  await setDialog(ctx, { flow: ASK_FLOW, step, data: { ...data } });
  return prompt(ctx, step);
}

/** Bad input: the same question again with a friendly word first; the stored answers stay as they were. */
function stay(ctx: HandlerContext, step: Step, checked: StepError): Promise<HandlerOutcome> {
  return prompt(ctx, step, checked);
}

function floodText(ctx: HandlerContext): HandlerOutcome {
  return answerText(ctx, ctx.t("hr-error-flood", { limit: ctx.config.helpRequestsPerDay }));
}

/** Starts the guided conversation (after the flood guard). */
export async function startAsk(ctx: HandlerContext): Promise<HandlerOutcome> {
  if ((await requestsInLastDay(ctx.db, ctx.member.id, ctx.now())) >= ctx.config.helpRequestsPerDay)
    return floodText(ctx);
  return goTo(ctx, "title", {});
}

function created(ctx: HandlerContext, result: CreateResult & { type: "ok" }, intro: RichText): HandlerOutcome {
  const { t } = ctx;
  return answer(ctx, {
    text: [
      ...intro,
      "\n\n",
      ...describeRequest(t, result.request, ctx.config.digest.timezone),
      "\n",
      ...statusLine(t, result.request),
      "\n\n",
      t("hr-created-after"),
    ],
  });
}

function createFailed(ctx: HandlerContext, result: Exclude<CreateResult, { type: "ok" }>): HandlerOutcome {
  if (result.type === "flood") return floodText(ctx);
  return answerText(ctx, "⚠️ ", ctx.t(result.error, result.args));
}

async function finish(ctx: HandlerContext, data: AskData, askedAs: AskInput["askedAs"]): Promise<HandlerOutcome> {
  const input: AskInput = {
    title: data.title ?? "",
    details: data.details ?? "",
    category: isCategory(data.category) ? data.category : "other",
    municipality: data.municipality ?? OTHER_MUNICIPALITY,
    expiresAt: data.expiresAt ? new Date(data.expiresAt) : defaultExpiry(ctx.now()),
    askedAs,
  };
  const result = await createHelpRequest(ctx, ctx.member, input);
  if (result.type === "invalid" && result.error.startsWith("hr-error-until")) {
    // The chosen date passed while the member was answering: ask it again.
    await setDialog(ctx, { flow: ASK_FLOW, step: "until", data: { ...data } });
    return stay(ctx, "until", result);
  }
  await clearDialog(ctx);
  if (result.type !== "ok") return createFailed(ctx, result);
  return created(ctx, result, ["✅ ", { b: ctx.t("hr-created") }]);
}

/** One step of the conversation with a typed or pressed answer. */
async function answerStep(ctx: HandlerContext, step: Step, data: AskData, value: string): Promise<HandlerOutcome> {
  switch (step) {
    case "title": {
      const c = checkTitle(value);
      if (!c.ok) return stay(ctx, step, c);
      return goTo(ctx, "details", { ...data, title: c.value });
    }
    case "details": {
      const c = checkDetails(value);
      if (!c.ok) return stay(ctx, step, c);
      return goTo(ctx, "category", { ...data, details: c.value });
    }
    case "category": {
      const category = matchCategory(value, categoryNames);
      if (!category) return stay(ctx, step, { error: "hr-error-category" });
      return goTo(ctx, "municipality", { ...data, category });
    }
    case "municipality": {
      const municipality = matchMunicipality(value);
      if (!municipality) return stay(ctx, step, { error: "hr-error-municipality" });
      return goTo(ctx, "until", { ...data, municipality });
    }
    case "until": {
      const c: Checked<Date> = parseUntil(value, ctx.now(), ctx.config.digest.timezone);
      if (!c.ok) return stay(ctx, step, c);
      return goTo(ctx, "as", { ...data, expiresAt: c.value.toISOString() });
    }
    case "as": {
      const s = oneLine(value).toLowerCase();
      if (/^(anon|anonyymi|anonyymisti|anonymt|anonymously|anonymous|nimettömänä|nimetön)/.test(s))
        return finish(ctx, data, "anonymous");
      if (/^(org|järjestö|organisaatio|organisation|förening|nimellä|omalla|name|namn)/.test(s))
        return finish(ctx, data, "organisation");
      return stay(ctx, step, { error: "hr-error-as" });
    }
  }
}

function isStep(v: string): v is Step {
  return (STEPS as readonly string[]).includes(v);
}

export const askDialog: DialogDef<AskData> = {
  flow: ASK_FLOW,
  data: askData,
  async onText(ctx, step, data, text) {
    if (ctx.chat.kind === "group") return { replies: [] }; // the conversation continues in private
    if (!isStep(step)) {
      await clearDialog(ctx);
      return startAsk(ctx);
    }
    return answerStep(ctx, step, data, text);
  },
};

/** `/pyyda` starts the conversation; `/pyyda <text>` asks at once with defaults. */
export const askCommand: Handler = async (ctx, args) => {
  if (!args.trim()) return startAsk(ctx);
  return askOneLine(ctx, args);
};

/** A one-line request: category "other", the organisation's municipality (Lahti otherwise), 14 days, in the organisation's name when there is one. */
async function askOneLine(ctx: HandlerContext, raw: string): Promise<HandlerOutcome> {
  const text = oneLine(raw);
  let title = text;
  let details = "";
  if ([...text].length > TITLE_MAX) {
    const head = [...text].slice(0, TITLE_MAX - 1).join("");
    const cut = head.lastIndexOf(" ");
    title = `${(cut > TITLE_MAX / 2 ? head.slice(0, cut) : head).trimEnd()}…`;
    const d = checkDetails(text);
    if (!d.ok) return answerText(ctx, "⚠️ ", ctx.t(d.error, d.args));
    details = d.value;
  }
  const member: Member = ctx.member;
  const org = member.organisationId
    ? await ctx.db.organisation.findUnique({ where: { id: member.organisationId } })
    : null;
  const municipality =
    org && (MUNICIPALITIES as readonly string[]).includes(org.municipality) ? org.municipality : "Lahti";
  const result = await createHelpRequest(ctx, member, {
    title,
    details,
    category: "other",
    municipality,
    expiresAt: new Date(ctx.now().getTime() + DEFAULT_DAYS * DAY_MS),
    askedAs: org ? "organisation" : "anonymous",
  });
  if (result.type !== "ok") return createFailed(ctx, result);
  return created(ctx, result, ["✅ ", { b: ctx.t("hr-created") }, "\n", ctx.t("hr-created-one-line")]);
}

/** Buttons of the conversation: `ask:new`, `ask:cancel`, and the answers `ask:skip`, `ask:cat:…`, `ask:mun:…`, `ask:until:…`, `ask:as:…`. */
export const askAction: Handler = async (ctx, action) => {
  const [, verb = "", value = ""] = action.split(":");
  if (verb === "new") return startAsk(ctx);
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (verb === "cancel") {
    if (dialog?.flow !== ASK_FLOW) return stale(ctx);
    await clearDialog(ctx);
    return answerText(ctx, ctx.t("cancel-done"));
  }
  const stored = dialog?.flow === ASK_FLOW ? askData.safeParse(dialog.data) : null;
  if (!dialog || !stored?.success) return stale(ctx);
  const data = stored.data;
  const expected: Record<string, Step> = {
    skip: "details",
    cat: "category",
    mun: "municipality",
    until: "until",
    as: "as",
  };
  if (expected[verb] !== dialog.step) return stale(ctx);
  switch (verb) {
    case "skip":
      return goTo(ctx, "category", { ...data, details: "" });
    case "cat":
      if (!isCategory(value)) return stale(ctx);
      return goTo(ctx, "municipality", { ...data, category: value });
    case "mun": {
      const municipality = municipalityFromCode(value);
      if (!municipality) return stale(ctx);
      return goTo(ctx, "until", { ...data, municipality });
    }
    case "until": {
      const days = Number(value);
      if (!Number.isInteger(days) || days < 1 || days > 90) return stale(ctx);
      return goTo(ctx, "as", { ...data, expiresAt: new Date(ctx.now().getTime() + days * DAY_MS).toISOString() });
    }
    case "as":
      if (value !== "org" && value !== "anon") return stale(ctx);
      return finish(ctx, data, value === "org" ? "organisation" : "anonymous");
  }
  return stale(ctx);
};
