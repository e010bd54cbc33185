/**
 * The platform-neutral entry point: every adapter hands each interaction to `handleInteraction`.
 * It resolves the member, routes commands, button actions and free text (to an active guided
 * conversation), and turns any failure into a friendly message so nothing crashes the process.
 */
import { ensureMember, isStaff } from "../members.js";
import { clearDialog, getDialog, type FormWatch } from "../dialogs.js";
import { asLocale, translator } from "../i18n/index.js";
import { guardText, guardTogether, refusalKey, safeError, type GuardReason } from "../privacy/index.js";
import { consumeDeletionMark } from "../privacy/deletion.js";
import { housekeepingJob } from "../jobs/housekeeping.js";
import type {
  ActionDef,
  CommandDef,
  CoreDeps,
  DialogDef,
  Feature,
  HandlerContext,
  HandlerOutcome,
  Interaction,
  MineSection,
  PeriodicJob,
  PostRenderer,
  Registry,
} from "./contract.js";

export type { Registry } from "./contract.js";

/**
 * Indexes what the features contribute; a name used twice is a programming error and fails at
 * start. The core's own bookkeeping job (housekeeping) runs whatever the features are.
 */
export function createRegistry(features: readonly Feature[]): Registry {
  const commands = new Map<string, CommandDef>();
  const actions = new Map<string, ActionDef>();
  const dialogs = new Map<string, DialogDef>();
  const postRenderers = new Map<string, PostRenderer>();
  const jobs: PeriodicJob[] = [housekeepingJob];
  const mineSections: MineSection[] = [];
  for (const f of features) {
    for (const c of f.commands ?? []) {
      for (const name of c.names) {
        if (!/^[a-z0-9_]{1,32}$/.test(name))
          throw new Error(`Command name "${name}" of ${f.name} is not a valid Telegram command`);
        if (commands.has(name)) throw new Error(`Command "${name}" is registered twice (${f.name})`);
        commands.set(name, c);
      }
    }
    for (const a of f.actions ?? []) {
      if (actions.has(a.prefix)) throw new Error(`Action prefix "${a.prefix}" is registered twice (${f.name})`);
      actions.set(a.prefix, a);
    }
    for (const d of f.dialogs ?? []) {
      if (dialogs.has(d.flow)) throw new Error(`Dialog "${d.flow}" is registered twice (${f.name})`);
      dialogs.set(d.flow, d);
    }
    for (const [entityType, render] of Object.entries(f.postRenderers ?? {})) {
      if (postRenderers.has(entityType))
        throw new Error(`Post renderer "${entityType}" is registered twice (${f.name})`);
      postRenderers.set(entityType, render);
    }
    for (const job of f.jobs ?? []) {
      if (jobs.some((j) => j.name === job.name))
        throw new Error(`Periodic job "${job.name}" is registered twice (${f.name})`);
      jobs.push(job);
    }
    mineSections.push(...(f.mineSections ?? []));
  }
  mineSections.sort((a, b) => a.order - b.order);
  return { features, commands, actions, dialogs, postRenderers, jobs, mineSections };
}

/** Normalises a command name as typed: "/Ohje@mk_bot" → "ohje". */
export function commandName(raw: string): string {
  return raw.replace(/^\//, "").replace(/@.*$/, "").toLowerCase();
}

export async function buildContext(
  deps: CoreDeps,
  registry: Registry,
  interaction: Interaction,
): Promise<HandlerContext & { created: boolean }> {
  const { member, identity, created } = await ensureMember(deps.db, interaction.actor, deps.config.defaultLocale);
  const locale = asLocale(member.locale);
  return {
    ...deps,
    member,
    identity,
    locale,
    t: translator(locale),
    staff: isStaff(deps.config, interaction.actor),
    interaction,
    chat: interaction.chat,
    actor: interaction.actor,
    registry,
    created,
  };
}

export async function handleInteraction(
  deps: CoreDeps,
  registry: Registry,
  interaction: Interaction,
): Promise<HandlerOutcome> {
  let ctx: HandlerContext | undefined;
  let freshStart = false;
  const outcome = await route();
  // Someone who deleted their data is not silently made a member again: the first answer says so.
  if (freshStart && ctx) outcome.replies.unshift({ message: { text: [ctx.t("del-fresh-start")] }, private: true });
  return { ...outcome, locale: outcome.locale ?? ctx?.locale ?? deps.config.defaultLocale };

  async function route(): Promise<HandlerOutcome> {
    try {
      const built = await buildContext(deps, registry, interaction);
      ctx = built;
      if (built.created)
        freshStart = await consumeDeletionMark(deps.db, interaction.actor.platform, interaction.actor.userId);
      const input = interaction.input;
      // The confidentiality choke point: every piece of free text a member sends passes the guard
      // here, before any command, button or dialog step sees it. Handlers and dialogs get only
      // SafeText; refused text goes nowhere (not stored, not forwarded, not logged).
      if (input.type === "command") {
        const name = commandName(input.command);
        const guarded = guardText(input.args.trim(), `command:${name}`);
        const guardedName = guardText(name, "command");
        if (!guarded.ok || !guardedName.ok)
          return refuse(ctx, guarded.ok ? (guardedName as { reason: GuardReason }).reason : guarded.reason, false);
        const def = registry.commands.get(name);
        if (!def) return say(ctx.t("error-unknown-command", { command: guardedName.text }));
        return await keepingForms(ctx, registry, () => def.handler(ctx!, guarded.text));
      }
      if (input.type === "action") {
        const guarded = guardText(input.action, "action");
        if (!guarded.ok) return { replies: [], toast: ctx.t("error-stale-button") };
        const prefix = guarded.text.split(":", 1)[0]!;
        const def = registry.actions.get(prefix);
        if (!def) return { replies: [], toast: ctx.t("error-stale-button") };
        return await keepingForms(ctx, registry, () => def.handler(ctx!, guarded.text));
      }
      const inDialog = await continueDialog(ctx, registry, input.text);
      if (inDialog) return inDialog;
      if (interaction.chat.kind === "group") return { replies: [] }; // chatter in groups is not for the bot
      return say(ctx.t("fallback-text"));
    } catch (err) {
      deps.log.error(
        { err: errorSummary(err), platform: interaction.actor?.platform, input: interaction.input?.type },
        "handler failed",
      );
      return say(translator(ctx?.locale ?? deps.config.defaultLocale)("error-internal"));
    }
  }
}

/**
 * Hands free text to the member's active guided conversation, after the confidentiality guard;
 * null when there is none (or its stored state no longer fits its flow, which drops it).
 */
async function continueDialog(ctx: HandlerContext, registry: Registry, text: string): Promise<HandlerOutcome | null> {
  const { platform, userId } = ctx.actor;
  const dialog = await getDialog(ctx.db, platform, userId);
  const def = dialog && registry.dialogs.get(dialog.flow);
  if (!dialog || !def) return null;
  const data = def.data.safeParse(dialog.data);
  if (!data.success) {
    ctx.log.warn(
      { flow: dialog.flow, step: dialog.step, platform },
      "stored dialog state does not fit its flow: dropped",
    );
    await clearDialog(ctx);
    return null;
  }
  const guarded = guardText(text, `dialog:${dialog.flow}:${dialog.step}`);
  // The dialog is left as it was: the answers already given are kept, this one is asked again.
  if (!guarded.ok) return refuse(ctx, guarded.reason, true);
  // A form's answers are published together (a title and its details, a profile's fields next
  // to each other): the answers so far and this one are guarded once more as one text, so a code
  // or a phone number split over two answers is refused as well.
  const together = guardTogether(composedAnswers(data.data, guarded.text), `dialog:${dialog.flow}:composed`);
  if (!together.ok) return refuse(ctx, together.reason, true);
  return def.onText(ctx, dialog.step, data.data, guarded.text);
}

/**
 * Runs a command or a button press; when it replaced the member's unfinished form with another
 * one (a button on an older message, another form's command), the answer says so first: a form
 * is never thrown away without a word.
 */
async function keepingForms(
  ctx: HandlerContext,
  registry: Registry,
  run: () => Promise<HandlerOutcome>,
): Promise<HandlerOutcome> {
  // The form open before is read by the press's first dialog write (setDialog), not here: a press
  // that writes no form cannot replace one, and most presses write none.
  const watch: FormWatch = {};
  ctx.formWatch = watch;
  let outcome: HandlerOutcome;
  try {
    outcome = await run();
  } finally {
    ctx.formWatch = undefined;
  }
  const before = watch.before;
  if (!before || !registry.dialogs.has(before.flow)) return outcome;
  const after = await getDialog(ctx.db, ctx.actor.platform, ctx.actor.userId);
  if (!after || after.flow === before.flow) return outcome;
  return {
    ...outcome,
    replies: [{ message: { text: [ctx.t("dialog-replaced")] }, private: true }, ...outcome.replies],
  };
}

/** Every text answer a dialog holds, and the new one last, one per line (as a post shows them). */
export function composedAnswers(data: unknown, answer: string): string[] {
  const texts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") {
      // Stored dates and times ("2026-12-24", "2026-12-24T10:00:00.000Z") are the bot's, not typed.
      if (/[\p{L}\d]/u.test(v) && !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/.test(v)) texts.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(data);
  return [...texts, answer];
}

/** The refusal: why, and what to do instead, in the member's language. Always private. */
function refuse(ctx: HandlerContext, reason: GuardReason, inDialog: boolean): HandlerOutcome {
  const text = [ctx.t(refusalKey(reason)), ...(inDialog ? ["\n\n", ctx.t("privacy-answers-kept")] : [])];
  return { replies: [{ message: { text }, private: true }] };
}

export function say(text: string): HandlerOutcome {
  return { replies: [{ message: { text: [text] } }] };
}

/** An error as it may be logged: no member text in it (src/core/privacy/logs.ts). */
function errorSummary(err: unknown) {
  return safeError(err);
}
