/**
 * The contract between the core and the chat adapters (after Hubot's adapter contract):
 * adapters turn platform updates into an `Interaction`, call `handleInteraction`, and render
 * the returned replies; messages to anyone else go through the outbox and a `Notifier`.
 */
import type { z } from "zod";
import type { Db } from "../../db/client.js";
import type { Config } from "../config.js";
import type { Translate } from "../i18n/index.js";
import type {
  ActorRef,
  Button,
  ChatRef,
  Locale,
  OutgoingFile,
  OutgoingMessage,
  Platform,
  RichText,
  Target,
} from "../types.js";
import type { Member, Identity } from "../../generated/prisma/client.js";
import type { SafeText } from "../privacy/index.js";
import type { FormWatch } from "../dialogs.js";

export type Input =
  | { type: "command"; command: string; args: string }
  | { type: "text"; text: string }
  | { type: "action"; action: string };

export interface Interaction {
  actor: ActorRef;
  chat: ChatRef;
  input: Input;
}

export interface Reply {
  message: OutgoingMessage;
  /** Send to the actor privately even if the interaction happened in a group. */
  private?: boolean;
  /** Replace the message whose button was pressed (actions only). */
  replace?: boolean;
  /** Attach a file (e.g. a CSV or a JSON export). */
  file?: OutgoingFile;
}

/** A short notice for the button press itself (Telegram answerCallbackQuery text, ≤ 200 chars). */
export interface HandlerOutcome {
  replies: Reply[];
  toast?: string;
  /** The acting member's language (set by the router), for anything the adapter adds itself. */
  locale?: Locale;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** What every core function may need: the database, the configuration, the clock and a logger. */
export interface CoreDeps {
  db: Db;
  config: Config;
  now: () => Date;
  log: Logger;
}

/** The acting member, resolved from the platform identity. */
export interface MemberContext {
  member: Member;
  identity: Identity;
  locale: Locale;
  t: Translate;
  staff: boolean;
}

export interface HandlerContext extends CoreDeps, MemberContext {
  interaction: Interaction;
  chat: ChatRef;
  actor: ActorRef;
  /** What the features of this core contribute (e.g. `/omat` gathers every feature's section). */
  registry: Registry;
  /** Set by the router around a command or a button press: what the press did to the member's forms (src/core/dialogs.ts). */
  formWatch?: FormWatch | undefined;
}

/** `args` has passed the confidentiality guard (src/core/privacy): only the router makes SafeText. */
export type Handler = (ctx: HandlerContext, args: SafeText) => Promise<HandlerOutcome>;

export interface CommandDef {
  /** Finnish name first, then aliases (e.g. ["pyyda", "ask"]). Lowercase, 1–32 chars [a-z0-9_]. */
  names: string[];
  /** i18n key of the short description shown in the platforms' command menus. */
  descriptionKey: string;
  /** Whether the command is listed in menus (setMyCommands). */
  listed?: boolean;
  handler: Handler;
}

export interface ActionDef {
  /** Actions are `prefix:rest`; the prefix routes to this handler. */
  prefix: string;
  handler: Handler;
}

export interface DialogDef<T extends Record<string, unknown> = Record<string, unknown>> {
  flow: string;
  /**
   * What the flow stores between steps. The router checks the stored state against it; a state
   * that does not match (written by an older version of the flow, or damaged) is dropped.
   */
  data: z.ZodType<T>;
  /** Called with the member's free text while this dialog is active, after the confidentiality guard. */
  onText(ctx: HandlerContext, step: string, data: T, text: SafeText): Promise<HandlerOutcome>;
}

/** Renders the group/channel post of a record in a locale; null when the record is gone. */
export type PostRenderer = (
  deps: CoreDeps,
  entityId: number,
  locale: Locale,
  platform: Platform,
  view?: PostView,
) => Promise<OutgoingMessage | null>;

/** Who reads a post: the community group, or the staff channel (where the staff's buttons belong). */
export type PostView = "community" | "staff";

/**
 * Periodic work (expiring requests, reminders, deadlines, retention). The scheduler runs every
 * job once a minute and once at start-up, so anything missed while the machine was off is caught
 * up. Jobs must be idempotent and safe to run in two processes at once: they change rows with
 * conditional updates, never from state kept in memory.
 */
export interface PeriodicJob {
  name: string;
  run(deps: CoreDeps): Promise<void>;
}

/** One feature's part of `/omat` (`/mine`); sections are shown by ascending `order`. */
export interface MineSection {
  order: number;
  render(ctx: HandlerContext): Promise<{ text: RichText; buttons?: Button[][] } | null>;
}

/** Everything a feature contributes; `createCore` builds its registry from these values alone. */
export interface Feature {
  name: string;
  commands?: CommandDef[];
  actions?: ActionDef[];
  dialogs?: DialogDef[];
  /** How this feature's records look in group posts, by the outbox's entity type. */
  postRenderers?: Record<string, PostRenderer>;
  jobs?: PeriodicJob[];
  mineSections?: MineSection[];
}

/** The features of one core, indexed: built once by `createRegistry`, read by the router, the outbox worker and the scheduler. */
export interface Registry {
  features: readonly Feature[];
  commands: ReadonlyMap<string, CommandDef>;
  actions: ReadonlyMap<string, ActionDef>;
  dialogs: ReadonlyMap<string, DialogDef>;
  postRenderers: ReadonlyMap<string, PostRenderer>;
  jobs: readonly PeriodicJob[];
  mineSections: readonly MineSection[];
}

/** At most `limit` messages per `windowMs`, counted per `scope`: "*" for the whole platform, otherwise per chat id. */
export interface PaceRule {
  scope: string;
  limit: number;
  windowMs: number;
}

/**
 * What a platform allows, so bulk sends (the weekly digest) are cut and paced before the
 * platform has to refuse them.
 */
export interface PlatformLimits {
  /** The most visible characters one message of a long text may hold. */
  messageLength: number;
  /** The rules that apply to one more message into `chatId`. */
  pace(chatId: string): PaceRule[];
}

/**
 * How a platform delivers what the outbox holds. Implemented once per platform; errors are
 * thrown as DeliveryError so the outbox knows whether to retry.
 */
export interface Notifier {
  readonly platform: Platform;
  /** The platform's limits; without them any length goes at any pace (the terminal). */
  readonly limits?: PlatformLimits;
  send(target: Target, message: OutgoingMessage): Promise<{ messageId: string }>;
  edit(target: Target, messageId: string, message: OutgoingMessage): Promise<void>;
  sendFile(target: Target, file: OutgoingFile): Promise<void>;
  /**
   * Several files together, as one message where the platform allows it (Slack); without it,
   * callers send them one by one with `sendFile`.
   */
  sendFiles?(target: Target, files: OutgoingFile[]): Promise<void>;
}
