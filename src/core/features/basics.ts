/** Registration, help, language and organisation: what every member meets first. */
import { z } from "zod";
import { clearDialog, getDialog, setDialog } from "../dialogs.js";
import { enqueueToMember, enqueueToStaff } from "../delivery/outbox.js";
import { LANGUAGE_NAMES, translator } from "../i18n/index.js";
import {
  cleanName,
  joinOrganisation,
  joinOrganisationById,
  knownMunicipality,
  listOrganisations,
  MUNICIPALITIES,
  setLocale,
} from "../members.js";
import { LOCALES, type Button, type RichText } from "../types.js";
import type { DialogDef, Feature, HandlerContext, HandlerOutcome } from "../app/contract.js";
import { say } from "../app/router.js";

function languageButtons(): Button[][] {
  return [LOCALES.map((l) => ({ label: LANGUAGE_NAMES[l], action: `lang:${l}` }))];
}

async function start(ctx: HandlerContext): Promise<HandlerOutcome> {
  const { t, member } = ctx;
  const text = [t("start-greeting", { name: member.displayName }), "\n\n", t("start-intro")];
  const buttons: Button[][] = [[{ label: t("start-button-ask"), action: "ask:new" }]];
  if (!member.organisationId) text.push("\n\n", t("start-organisation-hint"));
  if (!member.digestSubscribed) buttons.push([{ label: t("dg-start-button"), action: "dg:sub" }]);
  buttons.push(languageButtons()[0]!);
  return { replies: [{ message: { text, buttons } }] };
}

async function help(ctx: HandlerContext): Promise<HandlerOutcome> {
  const { t } = ctx;
  return {
    replies: [
      {
        message: {
          text: [
            { b: t("help-title") },
            "\n\n",
            t("help-intro"),
            "\n\n",
            { b: t("help-section-ask") },
            "\n",
            t("help-ask"),
            "\n\n",
            { b: t("help-section-purchase") },
            "\n",
            t("help-purchase"),
            "\n\n",
            { b: t("help-section-portal") },
            "\n",
            t("help-portal"),
            "\n\n",
            { b: t("help-section-digest") },
            "\n",
            t("help-digest"),
            "\n\n",
            { b: t("help-section-you") },
            "\n",
            t("help-you"),
            "\n\n",
            ...platformHelp(ctx),
            t("help-privacy"),
          ],
        },
      },
    ],
  };
}

/** What differs by where the member types (the terminal's numbers, Slack's `/mk`), and the staff's own tools. */
function platformHelp(ctx: HandlerContext): RichText {
  const { t } = ctx;
  const out: RichText = [];
  const platform = ctx.actor.platform;
  if (platform === "terminal" || platform === "slack")
    out.push({ b: t(`help-section-${platform}`) }, "\n", t(`help-${platform}`), "\n\n");
  if (ctx.staff) out.push({ b: t("help-section-staff") }, "\n", t("help-staff"), "\n\n");
  return out;
}

async function language(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const wanted = args.trim().toLowerCase();
  if (!wanted) return { replies: [{ message: { text: [ctx.t("language-choose")], buttons: languageButtons() } }] };
  const code = LOCALES.find((l) => l === wanted.slice(0, 2) || LANGUAGE_NAMES[l].toLowerCase() === wanted);
  const result = code ? await setLocale(ctx.db, ctx.member.id, code) : { type: "unknown_locale" as const };
  if (result.type !== "ok")
    return { replies: [{ message: { text: [ctx.t("language-unknown")], buttons: languageButtons() } }] };
  return say(translator(result.locale)("language-changed"));
}

async function languageAction(ctx: HandlerContext, action: string): Promise<HandlerOutcome> {
  const code = action.split(":")[1] ?? "";
  const result = await setLocale(ctx.db, ctx.member.id, code);
  if (result.type !== "ok") return { replies: [], toast: ctx.t("error-stale-button") };
  const text = translator(result.locale)("language-changed");
  return { replies: [{ message: { text: [text] } }], toast: text };
}

async function organisation(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const { t, db } = ctx;
  if (args.trim()) {
    const [name = "", municipality, ...rest] = args.split(/[,;]/);
    // The municipality comes from the network's fixed list (as in the portal): any other text
    // would be stored and shown as the organisation's home, and its requests would say Lahti.
    if (municipality?.trim() && !knownMunicipality(municipality)) return unknownMunicipality(ctx);
    const result = await joinOrganisation(db, ctx.member.id, {
      name,
      ...(municipality?.trim() ? { municipality } : {}),
      description: rest.join(",").trim(),
    });
    if (result.type === "similar") {
      await setDialog(ctx, {
        flow: ORG_SIMILAR_FLOW,
        step: "confirm",
        data: {
          id: result.organisation.id,
          name: result.name,
          municipality: municipality?.trim() ?? "",
          description: rest.join(",").trim(),
        },
      });
      return similarQuestion(ctx, result.organisation, result.name);
    }
    if (result.type === "unknown_municipality") return unknownMunicipality(ctx);
    if (result.type !== "ok") return say(t("organisation-invalid-name"));
    await tellOrganisation(ctx, result.organisation);
    return say(t("organisation-joined", { organisation: result.organisation.name }));
  }
  const organisations = await listOrganisations(db);
  const current = organisations.find((o) => o.id === ctx.member.organisationId);
  const text = [
    current ? t("organisation-current", { organisation: current.name }) : t("organisation-none"),
    "\n\n",
    t("organisation-choose"),
  ];
  const buttons: Button[][] = organisations
    .slice(0, 40)
    .map((o) => [{ label: `${o.name} (${o.municipality})`, action: `org:${o.id}` }]);
  text.push("\n\n", t("organisation-add-hint"));
  return { replies: [{ message: { text, buttons } }] };
}

const ORG_SIMILAR_FLOW = "org-similar";

/** "Did you mean Manna ry (Lahti)?" — join that one, or add the new name after all. */
function similarQuestion(
  ctx: HandlerContext,
  existing: { id: number; name: string; municipality: string },
  name: string,
): HandlerOutcome {
  const { t } = ctx;
  return {
    replies: [
      {
        message: {
          text: [t("organisation-similar", { organisation: existing.name, municipality: existing.municipality, name })],
          buttons: [
            [
              {
                label: cleanName(t("organisation-button-join-existing", { organisation: existing.name }), 60),
                action: `org:${existing.id}`,
              },
            ],
            [{ label: cleanName(t("organisation-button-add-new", { name }), 60), action: "org:new" }],
          ],
        },
      },
    ],
  };
}

/** What "did you mean…" keeps: the existing organisation offered, and what the member typed. */
const similarData = z.object({ id: z.number(), name: z.string(), municipality: z.string(), description: z.string() });
type SimilarData = z.infer<typeof similarData>;

async function addSimilarAnyway(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (dialog?.flow !== ORG_SIMILAR_FLOW) return { replies: [], toast: ctx.t("error-stale-button") };
  await clearDialog(ctx);
  const stored = similarData.safeParse(dialog.data);
  if (!stored.success) return { replies: [], toast: ctx.t("error-stale-button") };
  const d = stored.data;
  const result = await joinOrganisation(ctx.db, ctx.member.id, {
    name: d.name,
    ...(d.municipality ? { municipality: d.municipality } : {}),
    description: d.description,
    force: true,
  });
  if (result.type === "unknown_municipality") return unknownMunicipality(ctx);
  if (result.type !== "ok") return say(ctx.t("organisation-invalid-name"));
  await tellOrganisation(ctx, result.organisation);
  return say(ctx.t("organisation-joined", { organisation: result.organisation.name }));
}

function unknownMunicipality(ctx: HandlerContext): HandlerOutcome {
  return say(ctx.t("organisation-unknown-municipality", { municipalities: MUNICIPALITIES.join(", ") }));
}

/** A typed answer to "did you mean…": yes joins the existing one, no adds the new name. */
const similarDialog: DialogDef<SimilarData> = {
  flow: ORG_SIMILAR_FLOW,
  data: similarData,
  async onText(ctx, _step, data, text) {
    const answer = text.trim().toLowerCase();
    if (/^(k|kyllä|kylla|joo|j|ja|yes|y)$/.test(answer)) return organisationAction(ctx, `org:${Number(data.id)}`);
    if (/^(e|ei|nej|no|n)$/.test(answer)) return addSimilarAnyway(ctx);
    const existing = await ctx.db.organisation.findUnique({ where: { id: Number(data.id) } });
    if (!existing) {
      await clearDialog(ctx);
      return say(ctx.t("organisation-add-hint"));
    }
    return similarQuestion(ctx, existing, String(data.name));
  },
};

async function organisationAction(ctx: HandlerContext, action: string): Promise<HandlerOutcome> {
  if (action === "org:new") return addSimilarAnyway(ctx);
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (dialog?.flow === ORG_SIMILAR_FLOW) await clearDialog(ctx);
  const id = Number(action.split(":")[1]);
  if (!Number.isSafeInteger(id)) return { replies: [], toast: ctx.t("error-stale-button") };
  const result = await joinOrganisationById(ctx.db, ctx.member.id, id);
  if (result.type !== "ok") return { replies: [], toast: ctx.t("error-stale-button") };
  await tellOrganisation(ctx, result.organisation);
  const text = ctx.t("organisation-joined", { organisation: result.organisation.name });
  return { replies: [{ message: { text: [text] } }], toast: cleanName(text, 190) };
}

/**
 * Anyone can type `/organisaatio X`, so joining proves nothing: when a member joins an
 * organisation that already has members, those members and the staff channel are told, so a
 * stranger joining is noticed (what they write in its name reaches the public only through staff
 * anyway; see the portal). Joining a new or empty organisation tells nobody.
 */
async function tellOrganisation(ctx: HandlerContext, organisation: { id: number; name: string }): Promise<void> {
  if (ctx.member.organisationId === organisation.id) return;
  const others = await ctx.db.member.findMany({
    where: { organisationId: organisation.id, id: { not: ctx.member.id } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 50,
  });
  if (!others.length) return;
  const now = ctx.now();
  const args = { name: ctx.member.displayName, organisation: organisation.name };
  await ctx.db.$transaction(async (tx) => {
    for (const m of others)
      await enqueueToMember(tx, m.id, (t) => ({ text: ["🔔 ", t("organisation-join-notice-members", args)] }), now);
    await enqueueToStaff(tx, (t) => ({ text: ["🔔 ", t("organisation-join-notice-staff", args)] }), now);
  });
}

async function cancel(ctx: HandlerContext): Promise<HandlerOutcome> {
  const dialog = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  await clearDialog(ctx);
  return say(ctx.t(dialog ? "cancel-done" : "cancel-nothing"));
}

export const basicsFeature: Feature = {
  name: "basics",
  commands: [
    { names: ["start"], descriptionKey: "cmd-start", handler: start },
    { names: ["ohje", "help"], descriptionKey: "cmd-help", handler: help },
    { names: ["kieli", "language"], descriptionKey: "cmd-language", handler: language },
    { names: ["organisaatio", "organisation"], descriptionKey: "cmd-organisation", handler: organisation },
    { names: ["keskeyta", "cancel"], descriptionKey: "cmd-cancel", handler: cancel },
  ],
  actions: [
    { prefix: "lang", handler: languageAction },
    { prefix: "org", handler: organisationAction },
  ],
  dialogs: [similarDialog],
};
