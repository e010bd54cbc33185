/**
 * Assembles the core from the features it is given: one registry (commands, actions, dialogs,
 * post renderers, periodic jobs, `/omat` sections) that the router reads and the composition root
 * hands to the outbox worker and the scheduler.
 */
import type { CoreDeps, Feature, HandlerOutcome, Interaction } from "./contract.js";
import { createRegistry, handleInteraction, type Registry } from "./router.js";
import { claimQueue, firstDelivery, handleOnce, releaseQueue } from "../delivery/dedupe.js";
import { asLocale, t, type TArgs } from "../i18n/index.js";
import { enqueueToStaff, moveChat } from "../delivery/outbox.js";
import {
  createStartLink,
  privateChatState,
  setPrivateChatState,
  takeStartLink,
  type PrivateChatState,
} from "../private-chats.js";
import { ensureMember } from "../members.js";
import type { ActorRef, Locale } from "../types.js";
import { getDialog } from "../dialogs.js";
import { guardText, refusalKey } from "../privacy/index.js";
import { safeError } from "../privacy/logs.js";
import { basicsFeature } from "../features/basics.js";
import { memberDataFeature } from "../features/member-data.js";
import { helpRequestsFeature } from "../features/help-requests/index.js";
import { createDigestFeature, type DigestSender } from "../features/digest/index.js";
import { purchasesFeature } from "../features/purchases/index.js";
import { createPortalFeature, type PortalSearch } from "../features/portal/index.js";
import { createReportFeature, type ReportNotifiers } from "../features/report/index.js";

/**
 * Every feature of the product. In this order in the platforms' command menus: asking for help
 * first, as it is what the network lacks. `digest` sends the weekly digest (without it the digest
 * can be previewed but not sent); `reportNotifiers` (the app's notifiers) send the monthly report
 * to the staff channels (without them `/raportti` still answers).
 */
export function defaultFeatures(
  options: { digest?: DigestSender; portalSearch?: PortalSearch; reportNotifiers?: ReportNotifiers } = {},
): Feature[] {
  return [
    helpRequestsFeature,
    purchasesFeature,
    createPortalFeature(options.portalSearch),
    createDigestFeature(options.digest),
    createReportFeature(options.reportNotifiers),
    basicsFeature,
    memberDataFeature,
  ];
}

export interface Core {
  deps: CoreDeps;
  registry: Registry;
  /** The language for someone the bot knows nothing about yet. */
  defaultLocale: Locale;
  handle(interaction: Interaction): Promise<HandlerOutcome>;
  /** Records an incoming update id; false when it was seen before (a platform's redelivery, to ignore). */
  firstDelivery(platform: string, externalId: string): Promise<boolean>;
  /**
   * Runs `handle` for an incoming update once across every instance on the database, taking over
   * from an instance that died while handling it (see src/core/delivery/dedupe.ts).
   */
  handleOnce(
    platform: string,
    externalId: string,
    handle: () => Promise<void>,
    /** Wait until the update is marked handled (a webhook answers after that; see dedupe.ts). */
    options?: { waitForMark?: boolean },
  ): Promise<"handled" | "duplicate">;
  /** Writes what this core still queues in memory (updates' "handled" marks); before the database is closed. */
  flush(): Promise<void>;
  /** The language of the person acting (registering them first if the bot does not know them yet). */
  localeOf(actor: ActorRef): Promise<Locale>;
  /**
   * Whether a guided conversation waits for this person's typed answer (the terminal then reads a
   * typed number as that answer), and their language (default for someone not met yet).
   */
  conversationState(actor: { platform: string; userId: string }): Promise<{
    questionOpen: boolean;
    locale: Locale;
    /** Changes whenever the open conversation moves (flow, step or answers). */
    dialogKey: string | null;
  }>;
  /** Commands for the platforms' menus, in one language: Finnish names in Finnish, the English alias otherwise. */
  commandMenu(locale: Locale): { command: string; description: string }[];
  /** The core's clock. */
  now(): Date;
  /**
   * The confidentiality guard for free text an adapter keeps or shows by itself, outside
   * `handle` (the terminal's `/kayttaja` name): the same `guardText`, with the refusal's i18n key.
   */
  checkText(text: string, field: string): { ok: true } | { ok: false; refusalKey: string };
  /** Queues a notice to every active staff channel, each in its own language. */
  tellStaff(key: string, args?: TArgs): Promise<void>;
  /** A group got a new id (Telegram group → supergroup): moves everything, remembers it, tells staff once. */
  chatMigrated(platform: string, fromChatId: string, toChatId: string): Promise<void>;
  /** Whether private messages reach this person (see private-chats.ts). */
  privateChat(platform: string, userId: string): Promise<PrivateChatState>;
  setPrivateChat(platform: string, userId: string, open: boolean): Promise<void>;
  /** A one-time deep-link token that continues `action` when the person opens the private chat. */
  createStartLink(platform: string, userId: string, action: string): Promise<string | null>;
  takeStartLink(platform: string, userId: string, token: string): Promise<string | null>;
}

export function createCore(deps: CoreDeps, features: Feature[] = defaultFeatures()): Core {
  const registry = createRegistry(features);
  const claims = claimQueue(deps.db);
  const release = releaseQueue(deps.db, {
    onError: (err) =>
      deps.log.warn({ err: safeError(err) }, "updates could not be marked handled; their claims run out by themselves"),
  });
  return {
    deps,
    registry,
    defaultLocale: deps.config.defaultLocale,
    handle: (interaction) => handleInteraction(deps, registry, interaction),
    firstDelivery: (platform, externalId) => firstDelivery(deps.db, platform, externalId),
    handleOnce: (platform, externalId, handle, options) =>
      handleOnce(deps.db, platform, externalId, handle, {
        claims,
        release,
        waitForMark: options?.waitForMark ?? true,
      }),
    flush: () => release.flush(),
    async localeOf(actor) {
      const { member } = await ensureMember(deps.db, actor, deps.config.defaultLocale);
      return asLocale(member.locale);
    },
    now: () => deps.now(),
    checkText(text, field) {
      const guarded = guardText(text, field);
      return guarded.ok ? { ok: true } : { ok: false, refusalKey: refusalKey(guarded.reason) };
    },
    tellStaff: (key, args) => enqueueToStaff(deps.db, (tr) => ({ text: [tr(key, args)] }), deps.now()),
    chatMigrated: (platform, from, to) => moveChat(deps.db, platform, from, to, deps.now()),
    privateChat: (platform, userId) => privateChatState(deps.db, platform, userId),
    setPrivateChat: (platform, userId, open) => setPrivateChatState(deps.db, platform, userId, open),
    createStartLink: (platform, userId, action) => createStartLink(deps.db, platform, userId, action, deps.now()),
    takeStartLink: (platform, userId, token) => takeStartLink(deps.db, platform, userId, token, deps.now()),
    async conversationState(actor) {
      const dialog = await getDialog(deps.db, actor.platform, actor.userId);
      const identity = await deps.db.identity.findUnique({
        where: { platform_externalUserId: { platform: actor.platform, externalUserId: actor.userId } },
        include: { member: true },
      });
      return {
        questionOpen: dialog !== null && registry.dialogs.has(dialog.flow),
        locale: identity ? asLocale(identity.member.locale) : deps.config.defaultLocale,
        dialogKey: dialog ? JSON.stringify([dialog.flow, dialog.step, dialog.data]) : null,
      };
    },
    commandMenu(locale) {
      const out: { command: string; description: string }[] = [];
      for (const f of registry.features) {
        for (const c of f.commands ?? []) {
          if (c.listed === false) continue;
          const name = locale === "fi" ? c.names[0]! : (c.names[1] ?? c.names[0]!);
          out.push({ command: name, description: t(locale, c.descriptionKey).slice(0, 256) });
        }
      }
      return out;
    },
  };
}
