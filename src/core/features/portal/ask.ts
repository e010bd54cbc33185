/**
 * The portal's guided forms: `/jarjesto` (`/profile`) fills in or updates the organisation's
 * profile, which staff then approve; `/paikka` (`/place`) announces an open place. Both need the
 * member to belong to an organisation (`/organisaatio`).
 */
import type { Handler, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { DAY_MS, endOfLocalDay, formatDay, parseLocalDate, zonedParts } from "../../time.js";
import type { RichText } from "../../types.js";
import { answer, answerText } from "../help-requests/replies.js";
import { oneLine, type Checked } from "../help-requests/validate.js";
import {
  ABOUT_MAX,
  ABOUT_MIN,
  APPLY_MAX,
  CONTACT_MAX,
  PLACE_DEFAULT_DAYS,
  PLACE_MAX_DAYS,
  PLACE_TITLE_MAX,
  SHORT_MAX,
  TASKS_MAX,
  type PlaceKind,
} from "./constants.js";
import { formAction, formDialog, showValue, startForm, type FormDef, type Values } from "./form.js";
import {
  activityOptions,
  describePlace,
  describeProfile,
  kindOptions,
  languageOptions,
  municipalityOptions,
  publishedFields,
  targetGroupOptions,
  type ProfileFields,
} from "./render.js";
import { createPlace, profileOf, submitProfile, type Invalid } from "./service.js";

function noOrganisation(ctx: HandlerContext): HandlerOutcome {
  return answerText(ctx, ctx.t("pt-error-no-organisation"));
}

function invalid(ctx: HandlerContext, r: Invalid): HandlerOutcome {
  return answerText(ctx, "⚠️ ", ctx.t(r.error, r.args));
}

async function organisationName(ctx: HandlerContext): Promise<string> {
  if (!ctx.member.organisationId) return "";
  return (await ctx.db.organisation.findUnique({ where: { id: ctx.member.organisationId } }))?.name ?? "";
}

// ---- /jarjesto -------------------------------------------------------------------------------

export const profileForm: FormDef = {
  flow: "pt-profile",
  prefix: "pf",
  steps: [
    {
      name: "about",
      kind: "text",
      prompt: "pt-ask-about",
      promptArgs: () => ({ max: ABOUT_MAX }),
      min: ABOUT_MIN,
      max: ABOUT_MAX,
      multiline: true,
      field: "portal.about",
    },
    { name: "targetGroups", kind: "multi", prompt: "pt-ask-target-groups", options: targetGroupOptions },
    {
      name: "activities",
      kind: "multi",
      prompt: "pt-ask-activities",
      options: activityOptions,
      optional: true,
      columns: 3,
    },
    {
      name: "services",
      kind: "text",
      prompt: "pt-ask-services",
      max: SHORT_MAX,
      optional: true,
      field: "portal.services",
    },
    {
      name: "municipalities",
      kind: "multi",
      prompt: "pt-ask-municipalities",
      options: municipalityOptions,
      columns: 3,
    },
    {
      name: "premises",
      kind: "text",
      prompt: "pt-ask-premises",
      max: SHORT_MAX,
      optional: true,
      multiline: true,
      field: "portal.premises",
    },
    {
      name: "contact",
      kind: "text",
      prompt: "pt-ask-contact",
      max: CONTACT_MAX,
      multiline: true,
      field: "portal.contact",
    },
    {
      name: "languages",
      kind: "multi",
      prompt: "pt-ask-languages",
      options: languageOptions,
      optional: true,
      columns: 3,
    },
    {
      name: "accessibility",
      kind: "text",
      prompt: "pt-ask-accessibility",
      max: SHORT_MAX,
      optional: true,
      field: "portal.accessibility",
    },
  ],
  async summary(ctx, v) {
    return [
      ...describeProfile(ctx.t, await organisationName(ctx), v as unknown as ProfileFields),
      "\n\n",
      { i: ctx.t("pt-form-profile-after") },
    ];
  },
  async finish(ctx, v) {
    const r = await submitProfile(ctx, ctx.member, v);
    if (r.type === "no_organisation") return noOrganisation(ctx);
    if (r.type === "invalid") return invalid(ctx, r);
    return answerText(ctx, "✅ ", { b: ctx.t("pt-profile-sent") }, "\n", ctx.t("pt-profile-sent-after"));
  },
};

/** `/jarjesto`: the organisation's profile as published (and whether a change waits), with buttons to edit or confirm it. */
export const profileCommand: Handler = async (ctx, args) => {
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  const profile = await profileOf(ctx.db, ctx.member.organisationId);
  if (!profile || (!profile.published && !profile.draft)) return startForm(ctx, profileForm);
  if (/^(muokkaa|muuta|edit|ändra|redigera)$/i.test(args.trim())) return editProfile(ctx);
  const name = await organisationName(ctx);
  const text: RichText = [];
  if (profile.published)
    text.push({ i: ctx.t("pt-profile-published") }, "\n\n", ...describeProfile(ctx.t, name, publishedFields(profile)));
  if (profile.draft) text.push(text.length ? "\n\n" : "", { i: ctx.t("pt-profile-waiting") });
  const buttons = [[{ label: ctx.t("pt-button-edit"), action: "pt:edit" }]];
  if (profile.published) buttons.push([{ label: ctx.t("pt-button-still-current"), action: `pt:fresh:${profile.id}` }]);
  return answer(ctx, { text, buttons });
};

/** Starts the profile form from the latest version (a waiting draft, else the published one). */
export async function editProfile(ctx: HandlerContext): Promise<HandlerOutcome> {
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  const profile = await profileOf(ctx.db, ctx.member.organisationId);
  if (!profile) return startForm(ctx, profileForm);
  const current: ProfileFields = profile.draft
    ? (JSON.parse(profile.draft) as ProfileFields)
    : publishedFields(profile);
  return startForm(ctx, profileForm, current as unknown as Values);
}

export const profileDialog = formDialog(profileForm);
export const profileFormAction: Handler = (ctx, action) => formAction(ctx, profileForm, action);

// ---- /paikka ---------------------------------------------------------------------------------

/** A date as typed ("1.2.2027", "1.2.") or a number of days; `null` for "now" words. */
function parseDay(ctx: HandlerContext, raw: string, allowNow: boolean): Checked<string | null> {
  const s = oneLine(raw).toLowerCase();
  const tz = ctx.config.digest.timezone;
  const now = ctx.now();
  if (allowNow && /^(heti|nyt|now|asap|genast|nu|sopimuksen mukaan|by agreement)$/.test(s))
    return { ok: true, value: null };
  const days = /^(\d{1,3})\s*(pv|päivää|d|days|dagar)?$/.exec(s);
  if (days) {
    const n = Number(days[1]);
    if (n < 1 || n > PLACE_MAX_DAYS) return { ok: false, error: "pt-error-days", args: { max: PLACE_MAX_DAYS } };
    return { ok: true, value: new Date(now.getTime() + n * DAY_MS).toISOString() };
  }
  const date = parseLocalDate(s, { defaultYear: zonedParts(now, tz).year });
  if (!date.ok || date.value.hour !== undefined) return { ok: false, error: "hr-error-until-format" };
  let end = endOfLocalDay(date.value, tz);
  if (!date.yearGiven && end.getTime() < now.getTime())
    end = endOfLocalDay({ ...date.value, year: date.value.year + 1 }, tz);
  if (end.getTime() < now.getTime()) return { ok: false, error: "hr-error-until-past" };
  if (end.getTime() > now.getTime() + (PLACE_MAX_DAYS + 1) * DAY_MS)
    return { ok: false, error: "pt-error-days", args: { max: PLACE_MAX_DAYS } };
  return { ok: true, value: end.toISOString() };
}

function showDay(ctx: HandlerContext, v: unknown): string {
  return typeof v === "string" && v ? formatDay(new Date(v), ctx.config.digest.timezone) : ctx.t("pt-start-now");
}

export const placeForm: FormDef = {
  flow: "pt-place",
  prefix: "pp",
  steps: [
    { name: "kind", kind: "choice", prompt: "pt-ask-kind", options: kindOptions, columns: 1 },
    {
      name: "title",
      kind: "text",
      prompt: "pt-ask-place-title",
      promptArgs: () => ({ max: PLACE_TITLE_MAX }),
      max: PLACE_TITLE_MAX,
      field: "portal.place.title",
    },
    {
      name: "tasks",
      kind: "text",
      prompt: "pt-ask-tasks",
      max: TASKS_MAX,
      multiline: true,
      optional: true,
      field: "portal.place.tasks",
    },
    { name: "targetGroups", kind: "multi", prompt: "pt-ask-place-for", options: targetGroupOptions, optional: true },
    {
      name: "municipality",
      kind: "choice",
      prompt: "pt-ask-place-municipality",
      options: municipalityOptions,
      columns: 3,
    },
    {
      name: "hoursPerWeek",
      kind: "parse",
      prompt: "pt-ask-hours",
      optional: true,
      parse: (_ctx, raw) => {
        const m = /^(\d{1,2})\s*(h|t|tuntia|timmar|hours)?$/i.exec(oneLine(raw));
        const n = m ? Number(m[1]) : NaN;
        return Number.isInteger(n) && n >= 1 && n <= 40
          ? { ok: true, value: n }
          : { ok: false, error: "pt-error-hours" };
      },
      quick: () => ["10", "20", "25", "30"].map((h) => ({ label: `${h} h`, value: h })),
      show: (ctx, v) => ctx.t("pt-hours-value", { hours: Number(v) }),
    },
    {
      name: "startsAt",
      kind: "parse",
      prompt: "pt-ask-start",
      parse: (ctx, raw) => parseDay(ctx, raw, true),
      quick: (ctx) => [{ label: ctx.t("pt-start-now"), value: "heti" }],
      show: showDay,
      empty: "pt-start-now",
    },
    {
      name: "endsAt",
      kind: "parse",
      prompt: "pt-ask-ends",
      parse: (ctx, raw) => parseDay(ctx, raw, false),
      quick: (ctx) =>
        [30, PLACE_DEFAULT_DAYS, 90].map((d) => ({
          label: ctx.t("hr-button-until-days", { days: d }),
          value: String(d),
        })),
      show: showDay,
    },
    {
      name: "howToApply",
      kind: "text",
      prompt: "pt-ask-apply",
      max: APPLY_MAX,
      multiline: true,
      optional: true,
      field: "portal.place.apply",
    },
  ],
  summary(ctx, v) {
    const steps = placeForm.steps;
    const text: RichText = [];
    for (const step of steps)
      text.push(`${ctx.t(`pt-field-${step.name}`)}: `, showValue(ctx, step, v[step.name]), "\n");
    return text;
  },
  async finish(ctx, v) {
    const r = await createPlace(ctx, ctx.member, {
      kind: v.kind as PlaceKind,
      title: String(v.title ?? ""),
      tasks: String(v.tasks ?? ""),
      targetGroups: (v.targetGroups as string[] | undefined) ?? [],
      municipality: String(v.municipality ?? ""),
      hoursPerWeek: typeof v.hoursPerWeek === "number" ? v.hoursPerWeek : null,
      startsAt: typeof v.startsAt === "string" && v.startsAt ? new Date(v.startsAt) : null,
      endsAt:
        typeof v.endsAt === "string" && v.endsAt
          ? new Date(v.endsAt)
          : new Date(ctx.now().getTime() + PLACE_DEFAULT_DAYS * DAY_MS),
      howToApply: String(v.howToApply ?? ""),
    });
    if (r.type === "no_organisation") return noOrganisation(ctx);
    if (r.type === "invalid") return invalid(ctx, r);
    return answer(ctx, {
      text: [
        "✅ ",
        { b: ctx.t("pt-place-created") },
        "\n\n",
        ...describePlace(ctx.t, r.place, ctx.config.digest.timezone),
      ],
      buttons: [[{ label: ctx.t("pt-button-filled"), action: `pt:close:${r.place.id}` }]],
    });
  },
};

/** `/paikka`: announce an open place, step by step. */
export const placeCommand: Handler = async (ctx) => {
  if (!ctx.member.organisationId) return noOrganisation(ctx);
  return startForm(ctx, placeForm);
};

export const placeDialog = formDialog(placeForm);
export const placeFormAction: Handler = (ctx, action) => formAction(ctx, placeForm, action);
