/**
 * The contract between the core and the chat adapters (after Hubot's adapter contract):
 * adapters turn platform updates into an `Interaction`, call `handleInteraction`, and render
 * the returned replies; messages to anyone else go through the outbox and a `Notifier`.
 */
import type { Db } from "../../db/client.js";
import type { Config } from "../config.js";
import type { Translate } from "../i18n/index.js";
import type { ActorRef, ChatRef, Locale, OutgoingFile, OutgoingMessage, Platform, Target } from "../types.js";
import type { Member, Identity } from "../../generated/prisma/client.js";
import type { SafeText } from "../privacy/index.js";

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

export interface DialogDef {
  flow: string;
  /** Called with the member's free text while this dialog is active, after the confidentiality guard. */
  onText: (ctx: HandlerContext, step: string, data: Record<string, unknown>, text: SafeText) => Promise<HandlerOutcome>;
}

export interface Feature {
  name: string;
  commands?: CommandDef[];
  actions?: ActionDef[];
  dialogs?: DialogDef[];
}

/**
 * How a platform delivers what the outbox holds. Implemented once per platform; errors are
 * thrown as DeliveryError so the outbox knows whether to retry.
 */
export interface Notifier {
  readonly platform: Platform;
  send(target: Target, message: OutgoingMessage): Promise<{ messageId: string }>;
  edit(target: Target, messageId: string, message: OutgoingMessage): Promise<void>;
  sendFile(target: Target, file: OutgoingFile): Promise<void>;
}
