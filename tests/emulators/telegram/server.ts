/**
 * A local emulator of the Telegram Bot API HTTP server, for tests and benchmarks that run the real
 * grammY `Bot` against it:
 *
 *   const emu = await startTelegramEmulator();
 *   const bot = new Bot(TEST_TOKEN, { client: { apiRoot: emu.apiRoot } });
 *
 * Wire behaviour follows tdlib/telegram-bot-api (error texts, status codes, getUpdates offset and
 * long-poll semantics, 409 conflicts, webhook delivery). What is simplified is listed in
 * README.md next to this file.
 *
 * Time: everything that Telegram measures in wall-clock time (message dates, outages, rate limits,
 * callback-query and update expiry, the 48 h deletion window) uses `opts.now` (default: the global
 * `Date.now()`, so fake timers move it). Socket-level timers (long-poll timeout, webhook retries)
 * use the real timers captured when this module is loaded, so `vi.useFakeTimers()` cannot freeze the
 * server itself.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { BotCommand, BotCommandScope, Message, Update, User, UserFromGetMe } from "grammy/types";
import {
  codePointLength,
  detectBotCommands,
  EntityParseError,
  normaliseParseMode,
  parseFormatted,
  withEntities,
  type Entity,
  type FormattedText,
} from "./formatting.js";
import { boundaryFromContentType, MultipartError, parseMultipart, type UploadedFile } from "./multipart.js";

export type { Entity } from "./formatting.js";

// Real timers, captured before any test can install fake ones.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetImmediate = globalThis.setImmediate;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
const realDateNow = Date.now.bind(Date);

// ---------------------------------------------------------------------------------------------
// Public constants and types

/** Bot id of TEST_TOKEN (beyond 32 bits on purpose). */
export const TEST_BOT_ID = 7_100_000_001;
/** A well-formed token (`<id>:<35 chars>`) accepted by a default emulator. */
export const TEST_TOKEN = `${TEST_BOT_ID}:AAEmkTestiBotEmulatorToken-01234567`;
export const DEFAULT_BOT_USERNAME = "mk_testi_bot";
/** Formatting entities Telegram keeps per message (more are dropped without an error). */
export const MAX_ENTITIES = 100;

export interface TelegramEmulatorOptions {
  /** Token the emulator accepts (default TEST_TOKEN). The bot id is taken from it. */
  token?: string;
  /** Bot username for getMe (default "mk_testi_bot"). */
  username?: string;
  /** Bot first name for getMe (default "MK Testibotti"). */
  firstName?: string;
  /**
   * Clock in ms for dates, outages, rate limits and expiry. Default: the global `Date.now()` at call
   * time, so `vi.useFakeTimers()` / `vi.setSystemTime()` move it too.
   */
  now?: () => number;
  /**
   * Reject a bare `&` / `>` / unknown entity in HTML like the documentation demands (default true).
   * The real server silently keeps them as literal text; set false for that behaviour.
   */
  strictHtml?: boolean;
  /** Group privacy mode: the bot only receives commands, replies to it, service messages (default true). */
  privacyMode?: boolean;
  /** First update_id handed out (default 100000). */
  firstUpdateId?: number;
  /** Keep a log of requests for `requests()`: true (10 000 entries), a number (cap), or false (benchmarks). */
  recordRequests?: boolean | number;
  /** How long a callback query can be answered / stays queued (default 150 s, as telegram-bot-api queues it). */
  callbackQueryTtlMs?: number;
  /** Webhook delivery tuning (real Telegram backs off for seconds to minutes). */
  webhook?: { retryBaseMs?: number; retryMaxMs?: number; timeoutMs?: number };
  host?: string;
  port?: number;
}

export interface InjectedError {
  error_code: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/**
 * `reset`: the TCP connection is destroyed before the request is processed (client sees a network error);
 * `lose-response`: the request IS processed (message stored), then the connection is destroyed;
 * `hang`: never answered (until the client aborts or the emulator closes).
 */
export type InjectedFailure = InjectedError | "reset" | "lose-response" | "hang";

export interface RateLimitConfig {
  /** Sends per second over all chats (default 30). */
  global?: number;
  /** Sends per second into one chat (default 1) … */
  perChat?: number;
  /** … with this burst size (default 3). */
  perChatBurst?: number;
  /** Sends per minute into one group or supergroup (default 20). */
  perGroupPerMinute?: number;
  /** Message edits per minute in one group or supergroup (default 20). */
  editsPerGroupPerMinute?: number;
}

export interface MessageVersion {
  text: string | undefined;
  raw: string | undefined;
  parse_mode: string | undefined;
  entities: Entity[];
  reply_markup: unknown;
  /** Clock time (ms) when this version was replaced. */
  replacedAt: number;
}

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  filename: string;
  mime_type: string;
  content: Buffer;
  file_size: number;
  /** Set when the bot passed an HTTP URL (the emulator does not download it). */
  url?: string;
}

/** A message the bot sent (live object: edits and deletion update it in place). */
export interface SentMessage {
  /** Global send order, compare with `mark()`. */
  seq: number;
  method: string;
  kind: "text" | "document" | "photo" | "forward" | "copy";
  chat_id: number;
  message_id: number;
  message_thread_id: number | undefined;
  /** What the user sees: text (or caption) after parse_mode, trimmed. */
  text: string | undefined;
  /** Text or caption exactly as the bot sent it (with HTML tags etc.). */
  raw: string | undefined;
  parse_mode: string | undefined;
  entities: Entity[];
  /** reply_markup as sent (any keyboard type); undefined when none/removed. */
  reply_markup: unknown;
  document: StoredFile | undefined;
  date: number;
  edit_date: number | undefined;
  deleted: boolean;
  /** Earlier versions, oldest first (empty when never edited). */
  history: MessageVersion[];
  /** The Bot API Message object as Telegram would return it now. */
  message: Message;
  /** Parameters of the last send/edit call. */
  params: Record<string, unknown>;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text: string | undefined;
  show_alert: boolean;
  url: string | undefined;
  cache_time: number | undefined;
  /** Data of the pressed button and where it was. */
  data: string | undefined;
  chat_id: number | undefined;
  message_id: number | undefined;
  from: User;
  answeredAt: number;
}

export interface SentDocument {
  chat_id: number;
  message_id: number;
  method: string;
  filename: string;
  mime_type: string;
  content: Buffer;
  caption: string | undefined;
  file_id: string;
  url: string | undefined;
}

export interface ChatActionRecord {
  chat_id: number;
  action: string;
  message_thread_id: number | undefined;
  at: number;
}

export interface RequestRecord {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

export type MemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

export interface ChatSnapshot {
  id: number;
  type: "private" | "group" | "supergroup";
  title: string | undefined;
  username: string | undefined;
  isForum: boolean;
  started: boolean;
  blocked: boolean;
  deactivated: boolean;
  botStatus: MemberStatus;
  migratedTo: number | undefined;
  migratedFrom: number | undefined;
  members: Array<{ user: User; status: MemberStatus }>;
  topics: Array<{ message_thread_id: number; name: string; closed: boolean }>;
  pinned: number[];
}

export interface CreateGroupOptions {
  /** Negative; supergroups must be -100… (e.g. -1001234567890). */
  id: number;
  title: string;
  type?: "group" | "supergroup";
  isForum?: boolean;
  username?: string;
  members?: User[];
  admins?: User[];
  creator?: User;
  /** Bot's status in the chat (default "member"). Use "left" and then `addedToGroup`. */
  botStatus?: "member" | "administrator" | "left";
}

export interface TextOptions {
  from: User;
  /** Chat id (default: the private chat with `from`). */
  chatId?: number;
  chat?: { id: number };
  text: string;
  /** Forum topic (message_thread_id). */
  threadId?: number;
  /** message_id this message replies to. */
  replyTo?: number;
  /** Extra entities (bot_command entities are detected automatically). */
  entities?: Entity[];
}

export interface PressButtonOptions {
  from: User;
  /** Chat of the message (default: private chat with `from`). */
  chatId?: number;
  /** Message with the keyboard (default: latest bot message in the chat having a matching button). */
  messageId?: number;
  /** callback_data of the button … */
  data?: string;
  /** … or its label. */
  buttonText?: string;
  /** Skip the check that the button exists on the message (simulate stale/crafted data). */
  unchecked?: boolean;
}

export interface TelegramEmulator {
  readonly apiRoot: string;
  readonly port: number;
  readonly token: string;
  /** getMe result; pass as `new Bot(token, { botInfo })` to skip the getMe call. */
  readonly botInfo: UserFromGetMe;
  close(): Promise<void>;

  // --- setup (no updates) ---
  createPrivateChat(user: User, opts?: { started?: boolean }): { id: number; type: "private" };
  createGroup(opts: CreateGroupOptions): { id: number; type: "group" | "supergroup"; title: string };
  createTopic(chatId: number, name: string, opts?: { iconColor?: number }): number;
  chat(chatId: number): ChatSnapshot | undefined;
  /** Another bot posted in the group: a bare `/command` no longer reaches this bot in privacy mode. */
  otherBotPosted(chatId: number): void;

  // --- simulated users (enqueue updates) ---
  sendText(opts: TextOptions): Update;
  buildTextUpdate(opts: TextOptions): Update;
  sendUserDocument(opts: {
    from: User;
    chatId?: number;
    filename: string;
    content: Buffer | string;
    mimeType?: string;
    caption?: string;
  }): Update;
  pressButton(opts: PressButtonOptions): string;
  buildCallbackUpdate(opts: PressButtonOptions): Update;
  addedToGroup(opts: { chatId: number; by: User; asAdmin?: boolean }): Update[];
  userJoined(opts: { chatId: number; user: User }): Update;
  enqueue(update: Update | Record<string, unknown>, opts?: { keepId?: boolean }): Update;
  pendingUpdates(): Update[];
  droppedUpdates(): Update[];
  hasPendingPoll(): boolean;

  // --- faults ---
  failNext(
    method: string,
    failure: InjectedFailure,
    times?: number,
    filter?: (params: Record<string, unknown>) => boolean,
  ): void;
  clearFaults(): void;
  blockUser(userId: number, opts?: { notify?: boolean }): void;
  unblockUser(userId: number, opts?: { notify?: boolean }): void;
  deactivateUser(userId: number): void;
  kickFromGroup(chatId: number, opts?: { by?: User; notify?: boolean }): void;
  migrateGroup(oldChatId: number, newSupergroupId: number, opts?: { by?: User; notify?: boolean }): void;
  outage(until: number | boolean, opts?: { status?: 500 | 502 }): void;
  rateLimits(config: RateLimitConfig | boolean): void;

  // --- assertions ---
  messages(chatId: number, opts?: { includeDeleted?: boolean }): SentMessage[];
  lastMessage(chatId: number): SentMessage | undefined;
  allSent(opts?: { includeDeleted?: boolean }): SentMessage[];
  transcript(chatId: number): Message[];
  mark(): number;
  callbackAnswers(): CallbackAnswer[];
  callbackAnswer(queryId: string): CallbackAnswer | undefined;
  documents(): SentDocument[];
  file(fileId: string): StoredFile | undefined;
  chatActions(chatId?: number): ChatActionRecord[];
  commands(languageCode?: string, scope?: BotCommandScope): BotCommand[];
  /** The bot's description, short description or name as set for this language_code ("" = the default), exactly (no fallback). */
  botText(field: "description" | "short_description" | "name", languageCode?: string): string | undefined;
  effectiveCommands(opts: { chatId: number; userId?: number; languageCode?: string }): BotCommand[];
  webhookInfo(): Record<string, unknown>;
  calls(method?: string): number;
  callCounts(): Record<string, number>;
  requests(method?: string): RequestRecord[];
  resetStats(): void;
  stats(): {
    requests: number;
    updatesEnqueued: number;
    updatesDelivered: number;
    pendingUpdates: number;
    internalErrors: unknown[];
  };

  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number, description?: string): Promise<T>;
  waitForMessage(
    chatId: number,
    predicate?: (m: SentMessage) => boolean,
    opts?: { timeoutMs?: number; after?: number },
  ): Promise<SentMessage>;
  waitForCallbackAnswer(queryId: string, timeoutMs?: number): Promise<CallbackAnswer>;
}

/** Exactly Telegram's flood-wait error, e.g. for `failNext("sendMessage", tooManyRequests(1))`. */
export function tooManyRequests(retryAfter: number): InjectedError {
  return {
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  };
}

/** A user object for simulated users. */
export function makeUser(id: number, firstName: string, extra: Partial<Omit<User, "id" | "is_bot">> = {}): User {
  return { id, is_bot: false, first_name: firstName, ...extra };
}

export async function startTelegramEmulator(opts: TelegramEmulatorOptions = {}): Promise<TelegramEmulator> {
  const emu = new Emulator(opts);
  await emu.listen(opts.host ?? "127.0.0.1", opts.port ?? 0);
  return emu;
}

// ---------------------------------------------------------------------------------------------
// Internals

type Json = Record<string, unknown>;
type Params = Record<string, unknown>;

interface ResponseParams {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParams,
  ) {
    super(description);
  }
}

const bad = (d: string): ApiError => new ApiError(400, `Bad Request: ${d}`);

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

const ALL_UPDATE_TYPES = [
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "business_connection",
  "business_message",
  "edited_business_message",
  "deleted_business_messages",
  "message_reaction",
  "message_reaction_count",
  "inline_query",
  "chosen_inline_result",
  "callback_query",
  "shipping_query",
  "pre_checkout_query",
  "purchased_paid_media",
  "poll",
  "poll_answer",
  "my_chat_member",
  "chat_member",
  "chat_join_request",
  "chat_boost",
  "removed_chat_boost",
];
const DEFAULT_ALLOWED = new Set(
  ALL_UPDATE_TYPES.filter((t) => t !== "chat_member" && t !== "message_reaction" && t !== "message_reaction_count"),
);

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
  "cancel",
  "record_audio",
  "upload_audio",
  "pick_up_location",
]);

const INLINE_BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
];

const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "forwardMessage", "copyMessage"]);
const EDIT_METHODS = new Set(["editMessageText", "editMessageCaption", "editMessageReplyMarkup"]);

const UPDATE_TTL_S = 86_400;
const DELETE_WINDOW_MS = 48 * 3600 * 1000;
const MAX_BODY = 60 * 1024 * 1024;

interface MethodDef {
  name: string;
  fn: (ctx: CallCtx) => unknown;
}

interface CallCtx {
  method: string;
  params: Params;
  files: Map<string, UploadedFile>;
  /** Only for HTTP requests (not webhook-reply calls). */
  onClose?: (cb: () => void) => void;
}

class RawJson {
  constructor(readonly json: string) {}
}

class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

interface MsgRecord {
  id: number;
  chatId: number;
  fromBot: boolean;
  message: Json;
  deleted: boolean;
  dateMs: number;
  sent: SentMessage | undefined;
}

interface ChatState {
  id: number;
  type: "private" | "group" | "supergroup";
  title: string | undefined;
  username: string | undefined;
  isForum: boolean;
  user: User | undefined;
  started: boolean;
  blocked: boolean;
  deactivated: boolean;
  botStatus: MemberStatus;
  members: Map<number, { user: User; status: MemberStatus }>;
  migratedTo: number | undefined;
  migratedFrom: number | undefined;
  messages: MsgRecord[];
  byId: Map<number, MsgRecord>;
  nextMessageId: number;
  topics: Map<number, { name: string; icon_color: number; closed: boolean }>;
  pinned: number[];
  menuButton: unknown;
  /** Who posted last of the bots in a group: this bot, or another one (`otherBotPosted`). */
  lastBotPoster: "this" | "other" | undefined;
}

interface QueuedUpdate {
  id: number;
  type: string;
  json: string;
  update: Json;
  chatKey: string;
  expiresAt: number;
  done: boolean;
  inFlight: boolean;
  attempts: number;
  retryAt: number;
}

interface PendingPoll {
  offset: number;
  limit: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  wakeScheduled: boolean;
  done: boolean;
  resolve: (r: RawJson) => void;
  reject: (e: ApiError) => void;
}

interface Fault {
  method: string; // lowercase or "*"
  failure: InjectedFailure;
  remaining: number;
  filter: ((params: Record<string, unknown>) => boolean) | undefined;
}

interface CallbackQueryState {
  id: string;
  from: User;
  chatId: number | undefined;
  messageId: number | undefined;
  data: string | undefined;
  createdAt: number;
  answered: boolean;
}

interface Webhook {
  url: string;
  secretToken: string | undefined;
  maxConnections: number;
  ipAddress: string | undefined;
  inFlight: number;
  lastErrorDate: number | undefined;
  lastErrorMessage: string | undefined;
  lastSyncErrorDate: number | undefined;
  agent: http.Agent;
  timer: ReturnType<typeof setTimeout> | undefined;
  timerAt: number;
}

class Bucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  /** ms to wait before a token is available (0 = available now). */
  wait(now: number): number {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
      this.last = now;
    }
    return this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perMs;
  }
  take(): void {
    this.tokens -= 1;
  }
}

interface Limits {
  global: number;
  perChat: number;
  perChatBurst: number;
  perGroupPerMinute: number;
  editsPerGroupPerMinute: number;
}

function pStr(p: Params, k: string): string | undefined {
  const v = p[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

function toInt(v: unknown): number | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? Math.trunc(v) : undefined;
  if (typeof v === "string" && /^\s*[-+]?\d+\s*$/.test(v)) return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return undefined;
}

const pInt = (p: Params, k: string): number | undefined => toInt(p[k]);

function pBool(p: Params, k: string): boolean {
  const v = p[k];
  return v === true || v === 1 || v === "true" || v === "True" || v === "1";
}

function pJson(p: Params, k: string, err: string): unknown {
  const v = p[k];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "object") return v;
  if (typeof v === "string") {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      throw bad(err);
    }
  }
  throw bad(err);
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** JSON with sorted keys: for "is the content the same" comparisons. */
function canon(v: unknown): string {
  if (v === undefined) return "null";
  return JSON.stringify(v, (_k, val: unknown) => {
    if (val && typeof val === "object" && !Array.isArray(val)) {
      const o = val as Json;
      const sorted: Json = {};
      for (const key of Object.keys(o).sort()) sorted[key] = o[key];
      return sorted;
    }
    return val;
  });
}

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  html: "text/html",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  zip: "application/zip",
  xml: "application/xml",
  ics: "text/calendar",
  md: "text/markdown",
  doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

function mimeFor(filename: string): string {
  const ext = filename.includes(".") ? (filename.split(".").pop() as string).toLowerCase() : "";
  return MIME[ext] ?? "application/octet-stream";
}

function errorBody(e: ApiError): string {
  const o: Json = { ok: false, error_code: e.code, description: e.description };
  if (e.parameters !== undefined) o.parameters = e.parameters;
  return JSON.stringify(o);
}

function normaliseInjected(f: InjectedError): ApiError {
  const code = f.error_code;
  let description = f.description;
  let parameters = f.parameters ? { ...f.parameters } : undefined;
  if (code === 429) {
    let retry = parameters?.retry_after;
    if (retry === undefined && description) {
      const m = /retry after (\d+)/.exec(description);
      if (m) retry = Number(m[1]);
    }
    retry = Math.max(1, Math.ceil(retry ?? 1));
    description = description ?? `Too Many Requests: retry after ${retry}`;
    parameters = { ...(parameters ?? {}), retry_after: retry };
  }
  return new ApiError(code, description ?? DEFAULT_DESCRIPTIONS[code] ?? "Bad Request", parameters);
}

class Emulator implements TelegramEmulator {
  apiRoot = "";
  port = 0;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  private readonly botId: number;
  private readonly username: string;
  private readonly botUser: User;
  private readonly now: () => number;
  private readonly strictHtml: boolean;
  private readonly privacyMode: boolean;
  private readonly recordLimit: number;
  private readonly cbTtlMs: number;
  private readonly webhookRetryBaseMs: number;
  private readonly webhookRetryMaxMs: number;
  private readonly webhookTimeoutMs: number;

  private server: http.Server | undefined;
  private closed = false;
  private readonly methods = new Map<string, MethodDef>();

  // state
  private readonly users = new Map<number, User>();
  private readonly chats = new Map<number, ChatState>();
  private readonly usernames = new Map<string, number>();
  private sharedMessageId = 1;
  private readonly sent: SentMessage[] = [];
  private sendSeq = 0;
  private readonly cbQueries = new Map<string, CallbackQueryState>();
  private cbSeq = 0;
  private readonly answers: CallbackAnswer[] = [];
  private readonly answersById = new Map<string, CallbackAnswer>();
  private readonly docs: SentDocument[] = [];
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private fileSeq = 0;
  private readonly actions: ChatActionRecord[] = [];
  private readonly botCommands = new Map<string, BotCommand[]>();
  private readonly botTexts = new Map<string, string>();
  private defaultMenuButton: unknown = { type: "commands" };

  // updates
  private queue: QueuedUpdate[] = [];
  private queueHead = 0;
  private pending = 0;
  private nextUpdateId: number;
  private allowed: Set<string> = DEFAULT_ALLOWED;
  private allowedExplicit: string[] | undefined;
  private nextExpiry = Infinity;
  private pendingPoll: PendingPoll | undefined;
  private readonly dropped: Json[] = [];
  private webhook: Webhook | undefined;
  private lastSetWebhookAt = -Infinity;
  private readonly webhookRequests = new Set<http.ClientRequest>();

  // faults
  private faults: Fault[] = [];
  private outageUntil = 0;
  private outageStatus: 500 | 502 = 500;
  private limits: Limits | undefined;
  private globalBucket: Bucket | undefined;
  private readonly chatBuckets = new Map<number, Bucket>();
  private readonly groupBuckets = new Map<number, Bucket>();
  private readonly editBuckets = new Map<number, Bucket>();
  private readonly hanging = new Set<http.ServerResponse>();

  // stats
  private readonly callCount = new Map<string, number>();
  private totalCalls = 0;
  private requestLog: RequestRecord[] = [];
  private updatesEnqueued = 0;
  private updatesDelivered = 0;
  private readonly internalErrors: unknown[] = [];

  // waiters
  private readonly waiters = new Set<() => void>();
  private notifyScheduled = false;

  constructor(opts: TelegramEmulatorOptions) {
    this.token = opts.token ?? TEST_TOKEN;
    const idPart = this.token.split(":")[0] ?? "";
    if (!/^\d+$/.test(idPart)) throw new Error(`emulator token must start with the numeric bot id: ${this.token}`);
    this.botId = Number(idPart);
    this.username = opts.username ?? DEFAULT_BOT_USERNAME;
    this.now = opts.now ?? (() => Date.now()); // global Date at call time: follows vi.useFakeTimers()
    this.strictHtml = opts.strictHtml ?? true;
    this.privacyMode = opts.privacyMode ?? true;
    this.nextUpdateId = opts.firstUpdateId ?? 100_000;
    const rec = opts.recordRequests ?? true;
    this.recordLimit = rec === true ? 10_000 : rec === false ? 0 : rec;
    this.cbTtlMs = opts.callbackQueryTtlMs ?? 150_000;
    this.webhookRetryBaseMs = opts.webhook?.retryBaseMs ?? 1000;
    this.webhookRetryMaxMs = opts.webhook?.retryMaxMs ?? 60_000;
    this.webhookTimeoutMs = opts.webhook?.timeoutMs ?? 60_000;
    this.botUser = {
      id: this.botId,
      is_bot: true,
      first_name: opts.firstName ?? "MK Testibotti",
      username: this.username,
    };
    this.botInfo = {
      id: this.botId,
      is_bot: true,
      first_name: this.botUser.first_name,
      username: this.username,
      can_join_groups: true,
      can_read_all_group_messages: !this.privacyMode,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    this.registerMethods();
  }

  // -------------------------------------------------------------------------------------------
  // lifecycle

  listen(host: string, port: number): Promise<void> {
    const server = http.createServer({ keepAliveTimeout: 30_000 }, (req, res) => this.onRequest(req, res));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        const addr = server.address() as AddressInfo;
        this.port = addr.port;
        this.apiRoot = `http://${host}:${addr.port}`;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const poll = this.pendingPoll;
    if (poll) {
      poll.done = true;
      if (poll.timer) realClearTimeout(poll.timer);
      this.pendingPoll = undefined;
    }
    if (this.webhook) this.stopWebhook();
    for (const r of this.webhookRequests) r.destroy();
    this.webhookRequests.clear();
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    for (const w of [...this.waiters]) w();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.handle(req, res).catch((err: unknown) => {
      this.internalErrors.push(err);
      if (!res.headersSent && !res.destroyed) {
        this.writeJson(res, 500, errorBody(new ApiError(500, "Internal Server Error")));
      }
    });
  }

  private writeJson(res: http.ServerResponse, status: number, body: string, retryAfter?: number): void {
    if (res.destroyed) return;
    const headers: http.OutgoingHttpHeaders = {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    };
    if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
    res.writeHead(status, headers);
    res.end(body);
  }

  private writeError(res: http.ServerResponse, e: ApiError): void {
    this.writeJson(res, e.code, errorBody(e), e.parameters?.retry_after);
  }

  private tokenError(token: string): ApiError | undefined {
    if (token.length === 0 || token[0] === "0" || token.length > 80 || token.includes("/") || !token.includes(":")) {
      return new ApiError(401, "Unauthorized: invalid token specified");
    }
    if (!/^\d{1,20}:[A-Za-z0-9_-]{30,64}$/.test(token) || token !== this.token) {
      return new ApiError(401, "Unauthorized");
    }
    return undefined;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    if (path.startsWith("/file/bot")) {
      req.resume();
      this.serveFile(res, path);
      return;
    }
    const slash = path.indexOf("/", 4);
    if (!path.startsWith("/bot") || slash < 0) {
      req.resume();
      this.writeError(res, new ApiError(404, "Not Found"));
      return;
    }
    let token: string;
    try {
      token = decodeURIComponent(path.slice(4, slash));
    } catch {
      token = "";
    }
    const authError = this.tokenError(token);
    if (authError) {
      req.resume();
      this.writeError(res, authError);
      return;
    }
    const rawMethod = path.slice(slash + 1);
    const def = this.methods.get(rawMethod.toLowerCase());
    const method = def?.name ?? rawMethod;
    this.callCount.set(method, (this.callCount.get(method) ?? 0) + 1);
    this.totalCalls++;
    if (!def) {
      req.resume();
      this.writeError(res, new ApiError(404, "Not Found"));
      return;
    }

    let params: Params;
    let files: Map<string, UploadedFile>;
    try {
      ({ params, files } = await this.readParams(req, q < 0 ? "" : url.slice(q + 1)));
    } catch (e) {
      if (e instanceof ApiError) {
        this.writeError(res, e);
        return;
      }
      throw e;
    }
    if (this.recordLimit > 0) this.logRequest(method, params, files);

    if (this.outageUntil !== 0 && this.outageActive()) {
      const status = this.outageStatus;
      this.writeError(res, new ApiError(status, DEFAULT_DESCRIPTIONS[status] as string));
      return;
    }

    let loseResponse = false;
    if (this.faults.length > 0) {
      const failure = this.takeFault(method, params);
      if (failure !== undefined) {
        if (failure === "reset") {
          req.socket.destroy();
          return;
        }
        if (failure === "hang") {
          this.hanging.add(res);
          res.on("close", () => this.hanging.delete(res));
          return;
        }
        if (failure === "lose-response") loseResponse = true;
        else {
          this.writeError(res, normaliseInjected(failure));
          return;
        }
      }
    }

    const ctx: CallCtx = {
      method,
      params,
      files,
      onClose: (cb) => {
        res.on("close", () => {
          if (!res.writableFinished) cb();
        });
      },
    };
    let status = 200;
    let body: string;
    let retryAfter: number | undefined;
    try {
      const r = def.fn(ctx);
      const result = r instanceof Promise ? ((await r) as unknown) : r;
      body = this.resultBody(result);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      status = e.code;
      body = errorBody(e);
      retryAfter = e.parameters?.retry_after;
    }
    if (loseResponse) {
      req.socket.destroy();
      return;
    }
    this.writeJson(res, status, body, retryAfter);
  }

  private resultBody(result: unknown): string {
    if (result instanceof RawJson) return `{"ok":true,"result":${result.json}}`;
    if (result instanceof Described) {
      return JSON.stringify({ ok: true, result: result.result, description: result.description });
    }
    return JSON.stringify({ ok: true, result });
  }

  private readParams(
    req: http.IncomingMessage,
    qs: string,
  ): Promise<{ params: Params; files: Map<string, UploadedFile> }> {
    const params: Params = {};
    if (qs.length > 0) for (const [k, v] of new URLSearchParams(qs)) params[k] = v;
    const noFiles = new Map<string, UploadedFile>();
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          reject(new ApiError(413, "Request Entity Too Large"));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on("error", reject);
      req.on("end", () => {
        if (size === 0) {
          resolve({ params, files: noFiles });
          return;
        }
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const ct = (req.headers["content-type"] ?? "").toLowerCase();
        try {
          if (ct.startsWith("application/json")) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(body.toString("utf8"));
            } catch {
              throw bad("can't parse JSON encoded request");
            }
            if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
              throw bad("can't parse JSON encoded request");
            }
            if (qs.length === 0) {
              resolve({ params: parsed as Params, files: noFiles });
              return;
            }
            for (const k of Object.keys(parsed)) params[k] = (parsed as Params)[k];
            resolve({ params, files: noFiles });
          } else if (ct.startsWith("multipart/form-data")) {
            const boundary = boundaryFromContentType(req.headers["content-type"] ?? "");
            if (!boundary) throw bad("can't parse multipart request: boundary not found");
            let parsed;
            try {
              parsed = parseMultipart(body, boundary);
            } catch (e) {
              if (e instanceof MultipartError) throw bad(`can't parse multipart request: ${e.message}`);
              throw e;
            }
            for (const k of Object.keys(parsed.fields)) params[k] = parsed.fields[k];
            resolve({ params, files: parsed.files });
          } else {
            for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = v;
            resolve({ params, files: noFiles });
          }
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  private logRequest(method: string, params: Params, files: Map<string, UploadedFile>): void {
    let p = params;
    if (files.size > 0) {
      p = { ...params };
      for (const [k, f] of files) p[`file:${k}`] = { filename: f.filename, size: f.content.length };
    }
    this.requestLog.push({ method, params: p, at: this.now() });
    if (this.requestLog.length >= this.recordLimit * 2) this.requestLog = this.requestLog.slice(-this.recordLimit);
  }

  private serveFile(res: http.ServerResponse, path: string): void {
    const rest = path.slice("/file/bot".length);
    const slash = rest.indexOf("/");
    const token = slash < 0 ? rest : rest.slice(0, slash);
    const authError = this.tokenError(decodeURIComponent(token));
    if (authError) return this.writeError(res, authError);
    const f = this.filesByPath.get(decodeURIComponent(rest.slice(slash + 1)));
    if (slash < 0 || !f) return this.writeError(res, new ApiError(404, "Not Found"));
    res.writeHead(200, { "content-type": f.mime_type, "content-length": f.content.length });
    res.end(f.content);
  }

  /** Runs a method in-process (webhook replies). */
  private invoke(method: string, params: Params): void {
    const def = this.methods.get(method.toLowerCase());
    if (!def) return;
    this.callCount.set(def.name, (this.callCount.get(def.name) ?? 0) + 1);
    this.totalCalls++;
    try {
      const r = def.fn({ method: def.name, params, files: new Map() });
      if (r instanceof Promise) r.catch(() => undefined);
    } catch {
      // Telegram ignores errors of webhook replies
    }
  }

  // -------------------------------------------------------------------------------------------
  // faults, outage, rate limits

  failNext(
    method: string,
    failure: InjectedFailure,
    times = 1,
    filter?: (params: Record<string, unknown>) => boolean,
  ): void {
    this.faults.push({ method: method === "*" ? "*" : method.toLowerCase(), failure, remaining: times, filter });
  }

  clearFaults(): void {
    this.faults = [];
  }

  private takeFault(method: string, params: Params): InjectedFailure | undefined {
    const m = method.toLowerCase();
    for (let i = 0; i < this.faults.length; i++) {
      const f = this.faults[i] as Fault;
      if (f.method !== "*" && f.method !== m) continue;
      if (f.filter && !f.filter(params)) continue;
      f.remaining--;
      if (f.remaining <= 0) this.faults.splice(i, 1);
      return f.failure;
    }
    return undefined;
  }

  outage(until: number | boolean, opts?: { status?: 500 | 502 }): void {
    this.outageStatus = opts?.status ?? 500;
    if (until === true) this.outageUntil = Infinity;
    else if (until === false) this.outageUntil = 0;
    else this.outageUntil = until;
  }

  private outageActive(): boolean {
    if (this.outageUntil === Infinity) return true;
    if (this.now() < this.outageUntil) return true;
    this.outageUntil = 0;
    return false;
  }

  rateLimits(config: RateLimitConfig | boolean): void {
    this.chatBuckets.clear();
    this.groupBuckets.clear();
    this.editBuckets.clear();
    if (config === false) {
      this.limits = undefined;
      this.globalBucket = undefined;
      return;
    }
    const c = config === true ? {} : config;
    this.limits = {
      global: c.global ?? 30,
      perChat: c.perChat ?? 1,
      perChatBurst: c.perChatBurst ?? 3,
      perGroupPerMinute: c.perGroupPerMinute ?? 20,
      editsPerGroupPerMinute: c.editsPerGroupPerMinute ?? 20,
    };
    this.globalBucket = new Bucket(this.limits.global, this.limits.global / 1000, this.now());
  }

  private bucket(map: Map<number, Bucket>, id: number, capacity: number, perMs: number, now: number): Bucket {
    let b = map.get(id);
    if (!b) {
      b = new Bucket(capacity, perMs, now);
      map.set(id, b);
    }
    return b;
  }

  /** Throws 429 when a send/edit into `chat` exceeds the configured limits. */
  private checkFlood(method: string, chat: ChatState): void {
    const l = this.limits;
    if (!l) return;
    const now = this.now();
    const isGroup = chat.type !== "private";
    const buckets: Bucket[] = [];
    if (SEND_METHODS.has(method)) {
      buckets.push(this.globalBucket as Bucket);
      buckets.push(this.bucket(this.chatBuckets, chat.id, l.perChatBurst, l.perChat / 1000, now));
      if (isGroup)
        buckets.push(this.bucket(this.groupBuckets, chat.id, l.perGroupPerMinute, l.perGroupPerMinute / 60_000, now));
    } else if (EDIT_METHODS.has(method) && isGroup) {
      buckets.push(
        this.bucket(this.editBuckets, chat.id, l.editsPerGroupPerMinute, l.editsPerGroupPerMinute / 60_000, now),
      );
    } else return;
    let wait = 0;
    for (const b of buckets) wait = Math.max(wait, b.wait(now));
    if (wait > 0) {
      const retry = Math.max(1, Math.ceil(wait / 1000));
      throw new ApiError(429, `Too Many Requests: retry after ${retry}`, { retry_after: retry });
    }
    for (const b of buckets) b.take();
  }

  // -------------------------------------------------------------------------------------------
  // chats & users (setup)

  private rememberUser(user: User): void {
    this.users.set(user.id, user);
  }

  private newChat(id: number, type: ChatState["type"]): ChatState {
    return {
      id,
      type,
      title: undefined,
      username: undefined,
      isForum: false,
      user: undefined,
      started: false,
      blocked: false,
      deactivated: false,
      botStatus: "member",
      members: new Map(),
      migratedTo: undefined,
      migratedFrom: undefined,
      messages: [],
      byId: new Map(),
      nextMessageId: 1,
      topics: new Map(),
      pinned: [],
      menuButton: undefined,
      lastBotPoster: undefined,
    };
  }

  createPrivateChat(user: User, opts?: { started?: boolean }): { id: number; type: "private" } {
    if (user.id <= 0) throw new Error("private chat id (= user id) must be positive");
    this.rememberUser(user);
    let chat = this.chats.get(user.id);
    if (!chat) {
      chat = this.newChat(user.id, "private");
      this.chats.set(user.id, chat);
    }
    chat.user = user;
    chat.started = opts?.started ?? true;
    return this.chatJson(chat) as { id: number; type: "private" };
  }

  createGroup(o: CreateGroupOptions): { id: number; type: "group" | "supergroup"; title: string } {
    const type = o.type ?? (o.isForum ? "supergroup" : "group");
    if (type === "supergroup" && o.id > -1_000_000_000_000) {
      throw new Error(`supergroup ids look like -100XXXXXXXXXX (got ${o.id})`);
    }
    if (type === "group" && (o.id >= 0 || o.id <= -1_000_000_000_000)) {
      throw new Error(`basic group ids are negative and not -100… (got ${o.id})`);
    }
    if (o.isForum && type !== "supergroup") throw new Error("only supergroups can be forums");
    const chat = this.newChat(o.id, type);
    chat.title = o.title;
    chat.isForum = o.isForum ?? false;
    chat.botStatus = o.botStatus ?? "member";
    if (chat.isForum) chat.nextMessageId = 2; // 1 = General topic
    if (o.username) {
      chat.username = o.username;
      this.usernames.set(o.username.toLowerCase(), o.id);
    }
    if (o.creator) {
      this.rememberUser(o.creator);
      chat.members.set(o.creator.id, { user: o.creator, status: "creator" });
    }
    for (const u of o.admins ?? []) {
      this.rememberUser(u);
      chat.members.set(u.id, { user: u, status: "administrator" });
    }
    for (const u of o.members ?? []) {
      this.rememberUser(u);
      if (!chat.members.has(u.id)) chat.members.set(u.id, { user: u, status: "member" });
    }
    this.chats.set(o.id, chat);
    return { id: o.id, type, title: o.title };
  }

  createTopic(chatId: number, name: string, opts?: { iconColor?: number }): number {
    const chat = this.mustChat(chatId);
    if (!chat.isForum) throw new Error(`chat ${chatId} is not a forum`);
    return this.addTopic(chat, name, opts?.iconColor ?? 0x6fb9f0, undefined);
  }

  private addTopic(chat: ChatState, name: string, iconColor: number, from: User | undefined): number {
    const id = this.allocMessageId(chat);
    chat.topics.set(id, { name, icon_color: iconColor, closed: false });
    const message: Json = {
      message_id: id,
      from: from ?? this.botUser,
      chat: this.chatJson(chat),
      date: this.unixNow(),
      message_thread_id: id,
      forum_topic_created: { name, icon_color: iconColor },
      is_topic_message: true,
    };
    this.storeMessage(chat, {
      id,
      chatId: chat.id,
      fromBot: from === undefined,
      message,
      deleted: false,
      dateMs: this.now(),
      sent: undefined,
    });
    return id;
  }

  otherBotPosted(chatId: number): void {
    this.mustChat(chatId).lastBotPoster = "other";
  }

  chat(chatId: number): ChatSnapshot | undefined {
    const c = this.chats.get(chatId);
    if (!c) return undefined;
    return {
      id: c.id,
      type: c.type,
      title: c.title,
      username: c.username,
      isForum: c.isForum,
      started: c.started,
      blocked: c.blocked,
      deactivated: c.deactivated,
      botStatus: c.botStatus,
      migratedTo: c.migratedTo,
      migratedFrom: c.migratedFrom,
      members: [...c.members.values()].map((m) => ({ user: m.user, status: m.status })),
      topics: [...c.topics.entries()].map(([id, t]) => ({ message_thread_id: id, name: t.name, closed: t.closed })),
      pinned: [...c.pinned],
    };
  }

  private mustChat(chatId: number): ChatState {
    const c = this.chats.get(chatId);
    if (!c) throw new Error(`emulator: unknown chat ${chatId} (create it with createPrivateChat/createGroup)`);
    return c;
  }

  private chatJson(c: ChatState): Json {
    if (c.type === "private") {
      const u = c.user as User;
      const o: Json = { id: c.id, first_name: u.first_name };
      if (u.last_name) o.last_name = u.last_name;
      if (u.username) o.username = u.username;
      o.type = "private";
      return o;
    }
    const o: Json = { id: c.id, title: c.title, type: c.type };
    if (c.username) o.username = c.username;
    if (c.isForum) o.is_forum = true;
    return o;
  }

  private allocMessageId(chat: ChatState): number {
    if (chat.type === "supergroup") return chat.nextMessageId++;
    return this.sharedMessageId++;
  }

  private storeMessage(chat: ChatState, rec: MsgRecord): void {
    chat.messages.push(rec);
    chat.byId.set(rec.id, rec);
  }

  private unixNow(): number {
    return Math.floor(this.now() / 1000);
  }

  // -------------------------------------------------------------------------------------------
  // update queue

  private allocUpdateId(): number {
    return this.nextUpdateId++;
  }

  private chatKeyOf(type: string, payload: Json): string {
    if (type === "callback_query" || type === "inline_query" || type === "chosen_inline_result") {
      const from = payload.from as User | undefined;
      return `u${from?.id ?? 0}`;
    }
    const chat = (payload.chat ?? (payload.message as Json | undefined)?.chat) as { id: number } | undefined;
    return chat ? String(chat.id) : "global";
  }

  private updateType(update: Json): string {
    for (const k of Object.keys(update)) if (k !== "update_id") return k;
    return "unknown";
  }

  private pushUpdate(update: Json): boolean {
    const type = this.updateType(update);
    if (!this.allowed.has(type)) {
      this.dropped.push(update);
      return false;
    }
    const payload = (update[type] ?? {}) as Json;
    const ttl = type === "callback_query" ? this.cbTtlMs : UPDATE_TTL_S * 1000;
    const q: QueuedUpdate = {
      id: update.update_id as number,
      type,
      json: JSON.stringify(update),
      update,
      chatKey: this.chatKeyOf(type, payload),
      expiresAt: this.now() + ttl,
      done: false,
      inFlight: false,
      attempts: 0,
      retryAt: 0,
    };
    const last = this.queue[this.queue.length - 1];
    if (last === undefined || last.id < q.id) this.queue.push(q);
    else {
      // keepId re-enqueue of an older update: keep the queue sorted by update_id
      let i = this.queue.length;
      while (i > this.queueHead && (this.queue[i - 1] as QueuedUpdate).id > q.id) i--;
      this.queue.splice(i, 0, q);
    }
    if (q.expiresAt < this.nextExpiry) this.nextExpiry = q.expiresAt;
    this.pending++;
    this.updatesEnqueued++;
    const poll = this.pendingPoll;
    if (poll && !poll.wakeScheduled) {
      poll.wakeScheduled = true;
      realSetImmediate(() => this.finishPoll(poll));
    }
    if (this.webhook) this.pumpWebhook();
    this.changed();
    return true;
  }

  private markDone(q: QueuedUpdate): void {
    if (q.done) return;
    q.done = true;
    this.pending--;
    this.updatesDelivered++;
  }

  private advanceHead(): void {
    while (this.queueHead < this.queue.length && (this.queue[this.queueHead] as QueuedUpdate).done) this.queueHead++;
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
  }

  private expireUpdates(): void {
    const now = this.now();
    if (now < this.nextExpiry) return;
    let next = Infinity;
    for (let i = this.queueHead; i < this.queue.length; i++) {
      const q = this.queue[i] as QueuedUpdate;
      if (q.done) continue;
      if (q.expiresAt <= now && !q.inFlight) {
        q.done = true;
        this.pending--;
      } else if (q.expiresAt < next) next = q.expiresAt;
    }
    this.nextExpiry = next;
    this.advanceHead();
  }

  private confirmBelow(offset: number): void {
    for (let i = this.queueHead; i < this.queue.length; i++) {
      const q = this.queue[i] as QueuedUpdate;
      if (q.id >= offset) break;
      this.markDone(q);
    }
    this.advanceHead();
  }

  private collect(offset: number, limit: number): RawJson {
    let json = "[";
    let n = 0;
    for (let i = this.queueHead; i < this.queue.length && n < limit; i++) {
      const q = this.queue[i] as QueuedUpdate;
      if (q.done || q.id < offset) continue;
      json += n === 0 ? q.json : `,${q.json}`;
      n++;
    }
    return new RawJson(`${json}]`);
  }

  private hasAvailable(offset: number): boolean {
    for (let i = this.queueHead; i < this.queue.length; i++) {
      const q = this.queue[i] as QueuedUpdate;
      if (!q.done && q.id >= offset) return true;
    }
    return false;
  }

  private finishPoll(poll: PendingPoll): void {
    if (poll.done) return;
    poll.done = true;
    if (poll.timer) realClearTimeout(poll.timer);
    if (this.pendingPoll === poll) this.pendingPoll = undefined;
    this.expireUpdates();
    poll.resolve(this.collect(poll.offset, poll.limit));
  }

  private abortLongPoll(description: string): void {
    const poll = this.pendingPoll;
    if (!poll) return;
    poll.done = true;
    if (poll.timer) realClearTimeout(poll.timer);
    this.pendingPoll = undefined;
    poll.reject(new ApiError(409, description));
  }

  private setAllowedUpdates(raw: unknown): void {
    if (raw === undefined || raw === null || raw === "") return;
    let list: unknown = raw;
    if (typeof raw === "string") {
      try {
        list = JSON.parse(raw) as unknown;
      } catch {
        return; // Telegram ignores a malformed value
      }
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) return;
    const wanted = (list as string[]).map((s) => s.toLowerCase()).filter((s) => ALL_UPDATE_TYPES.includes(s));
    if (wanted.length === 0) {
      this.allowed = DEFAULT_ALLOWED;
      this.allowedExplicit = undefined;
    } else {
      this.allowed = new Set(wanted);
      this.allowedExplicit = wanted;
    }
  }

  hasPendingPoll(): boolean {
    return this.pendingPoll !== undefined;
  }

  pendingUpdates(): Update[] {
    const out: Update[] = [];
    for (let i = this.queueHead; i < this.queue.length; i++) {
      const q = this.queue[i] as QueuedUpdate;
      if (!q.done) out.push(q.update as unknown as Update);
    }
    return out;
  }

  droppedUpdates(): Update[] {
    return this.dropped as unknown as Update[];
  }

  enqueue(update: Update | Record<string, unknown>, opts?: { keepId?: boolean }): Update {
    const u = { ...(update as Json) };
    if (!opts?.keepId || typeof u.update_id !== "number") u.update_id = this.allocUpdateId();
    else if ((u.update_id as number) >= this.nextUpdateId) this.nextUpdateId = (u.update_id as number) + 1;
    this.pushUpdate(u);
    return u as unknown as Update;
  }

  // -------------------------------------------------------------------------------------------
  // simulated users

  private resolveUserChat(from: User, chatId: number | undefined): ChatState {
    this.rememberUser(from);
    const id = chatId ?? from.id;
    let chat = this.chats.get(id);
    if (!chat) {
      if (id !== from.id) throw new Error(`emulator: unknown chat ${id} (create it with createGroup)`);
      this.createPrivateChat(from);
      chat = this.chats.get(id) as ChatState;
    }
    if (chat.type === "private") {
      if (id !== from.id) throw new Error(`emulator: user ${from.id} can't write in the private chat of ${id}`);
      chat.started = true;
      if (chat.blocked) this.unblockUser(from.id); // writing to a blocked bot restarts it
    } else if (!chat.members.has(from.id)) {
      chat.members.set(from.id, { user: from, status: "member" });
    }
    return chat;
  }

  private buildUserMessage(o: TextOptions): { chat: ChatState; message: Json; replyTo: MsgRecord | undefined } {
    const chat = this.resolveUserChat(o.from, o.chatId ?? o.chat?.id);
    if (chat.migratedTo !== undefined) throw new Error(`emulator: chat ${chat.id} was migrated to ${chat.migratedTo}`);
    const id = this.allocMessageId(chat);
    const message: Json = { message_id: id, from: o.from, chat: this.chatJson(chat), date: this.unixNow() };
    if (o.threadId !== undefined && o.threadId !== 1) {
      if (chat.isForum && !chat.topics.has(o.threadId))
        throw new Error(`emulator: no topic ${o.threadId} in ${chat.id}`);
      message.message_thread_id = o.threadId;
      if (chat.isForum) message.is_topic_message = true;
    }
    let replyTo: MsgRecord | undefined;
    if (o.replyTo !== undefined) {
      replyTo = chat.byId.get(o.replyTo);
      if (!replyTo) throw new Error(`emulator: no message ${o.replyTo} in chat ${chat.id}`);
      message.reply_to_message = this.stripReply(replyTo.message);
    }
    message.text = o.text;
    const entities = [...detectBotCommands(o.text), ...(o.entities ?? [])].sort((a, b) => a.offset - b.offset);
    if (entities.length > 0) message.entities = entities;
    this.storeMessage(chat, {
      id,
      chatId: chat.id,
      fromBot: false,
      message,
      deleted: false,
      dateMs: this.now(),
      sent: undefined,
    });
    return { chat, message, replyTo };
  }

  private stripReply(m: Json): Json {
    const { reply_to_message: _drop, ...rest } = m;
    return rest;
  }

  private botReceives(chat: ChatState, text: string | undefined, replyTo: MsgRecord | undefined): boolean {
    if (chat.type === "private") return !chat.blocked;
    if (chat.botStatus === "left" || chat.botStatus === "kicked") return false;
    if (!this.privacyMode || chat.botStatus === "administrator" || chat.botStatus === "creator") return true;
    if (replyTo?.fromBot) return true;
    const m = text === undefined ? null : /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
    // Bot API FAQ: a command addressed to this bot always; a bare command only if this bot was
    // the last bot to post in the group (here: no other bot has posted since it did).
    if (m)
      return m[1] === undefined ? chat.lastBotPoster !== "other" : m[1].toLowerCase() === this.username.toLowerCase();
    return false;
  }

  buildTextUpdate(o: TextOptions): Update {
    const { message } = this.buildUserMessage(o);
    return { update_id: this.allocUpdateId(), message } as unknown as Update;
  }

  sendText(o: TextOptions): Update {
    const { chat, message, replyTo } = this.buildUserMessage(o);
    const update: Json = { update_id: this.allocUpdateId(), message };
    if (this.botReceives(chat, o.text, replyTo)) this.pushUpdate(update);
    else this.dropped.push(update);
    return update as unknown as Update;
  }

  sendUserDocument(o: {
    from: User;
    chatId?: number;
    filename: string;
    content: Buffer | string;
    mimeType?: string;
    caption?: string;
  }): Update {
    const chat = this.resolveUserChat(o.from, o.chatId);
    const file = this.storeFile(
      o.filename,
      Buffer.isBuffer(o.content) ? o.content : Buffer.from(o.content),
      o.mimeType,
      undefined,
      "documents",
    );
    const id = this.allocMessageId(chat);
    const message: Json = {
      message_id: id,
      from: o.from,
      chat: this.chatJson(chat),
      date: this.unixNow(),
      document: this.documentJson(file),
    };
    if (o.caption) message.caption = o.caption;
    this.storeMessage(chat, {
      id,
      chatId: chat.id,
      fromBot: false,
      message,
      deleted: false,
      dateMs: this.now(),
      sent: undefined,
    });
    const update: Json = { update_id: this.allocUpdateId(), message };
    if (this.botReceives(chat, o.caption, undefined)) this.pushUpdate(update);
    else this.dropped.push(update);
    return update as unknown as Update;
  }

  private findButton(markup: unknown, data: string | undefined, text: string | undefined): Json | undefined {
    const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
    if (!Array.isArray(rows)) return undefined;
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      for (const b of row as Json[]) {
        if (typeof b.callback_data !== "string") continue;
        if (data !== undefined && b.callback_data !== data) continue;
        if (text !== undefined && b.text !== text) continue;
        return b;
      }
    }
    return undefined;
  }

  buildCallbackUpdate(o: PressButtonOptions): Update {
    this.rememberUser(o.from);
    const chat = this.mustChat(o.chatId ?? o.from.id);
    let rec: MsgRecord | undefined;
    let data = o.data;
    if (o.messageId !== undefined) {
      rec = chat.byId.get(o.messageId);
      if (!rec || rec.deleted) throw new Error(`emulator: no message ${o.messageId} in chat ${chat.id}`);
      if (!o.unchecked) {
        const b = this.findButton(rec.message.reply_markup, o.data, o.buttonText);
        if (!b) throw new Error(`emulator: message ${o.messageId} has no button ${o.data ?? o.buttonText}`);
        data = b.callback_data as string;
      }
    } else {
      for (let i = chat.messages.length - 1; i >= 0 && !rec; i--) {
        const r = chat.messages[i] as MsgRecord;
        if (!r.fromBot || r.deleted) continue;
        const b = this.findButton(r.message.reply_markup, o.data, o.buttonText);
        if (b) {
          rec = r;
          data = b.callback_data as string;
        }
      }
      if (!rec) throw new Error(`emulator: no bot message in chat ${chat.id} has a button ${o.data ?? o.buttonText}`);
    }
    const id = String(4_000_000_000_000_000_000n + BigInt(++this.cbSeq) * 7_919n + BigInt(o.from.id % 1_000_000));
    const callback: Json = {
      id,
      from: o.from,
      message: rec.message,
      chat_instance: String((BigInt(Math.abs(chat.id)) * 2_654_435_761n) % 9_000_000_000_000_000_000n),
    };
    if (data !== undefined) callback.data = data;
    this.cbQueries.set(id, {
      id,
      from: o.from,
      chatId: chat.id,
      messageId: rec.id,
      data,
      createdAt: this.now(),
      answered: false,
    });
    return { update_id: this.allocUpdateId(), callback_query: callback } as unknown as Update;
  }

  pressButton(o: PressButtonOptions): string {
    const update = this.buildCallbackUpdate(o) as unknown as Json;
    this.pushUpdate(update);
    return (update.callback_query as Json).id as string;
  }

  private myChatMember(chat: ChatState, from: User, oldStatus: MemberStatus, newStatus: MemberStatus): Json {
    const member = (status: MemberStatus): Json => {
      if (status === "administrator") return this.adminJson(this.botUser);
      if (status === "kicked") return { status, user: this.botUser, until_date: 0 };
      return { status, user: this.botUser };
    };
    return {
      update_id: this.allocUpdateId(),
      my_chat_member: {
        chat: this.chatJson(chat),
        from,
        date: this.unixNow(),
        old_chat_member: member(oldStatus),
        new_chat_member: member(newStatus),
      },
    };
  }

  private serviceMessage(chat: ChatState, from: User, fields: Json): Json {
    const id = this.allocMessageId(chat);
    const message: Json = { message_id: id, from, chat: this.chatJson(chat), date: this.unixNow(), ...fields };
    this.storeMessage(chat, {
      id,
      chatId: chat.id,
      fromBot: false,
      message,
      deleted: false,
      dateMs: this.now(),
      sent: undefined,
    });
    return { update_id: this.allocUpdateId(), message };
  }

  addedToGroup(o: { chatId: number; by: User; asAdmin?: boolean }): Update[] {
    const chat = this.mustChat(o.chatId);
    if (chat.type === "private") throw new Error("addedToGroup needs a group");
    this.rememberUser(o.by);
    if (!chat.members.has(o.by.id)) chat.members.set(o.by.id, { user: o.by, status: "member" });
    const old = chat.botStatus;
    const wasIn = old === "member" || old === "administrator" || old === "creator";
    chat.botStatus = o.asAdmin ? "administrator" : "member";
    const updates: Json[] = [this.myChatMember(chat, o.by, old, chat.botStatus)];
    if (!wasIn)
      updates.push(
        this.serviceMessage(chat, o.by, {
          new_chat_members: [this.botUser],
          new_chat_member: this.botUser,
          new_chat_participant: this.botUser,
        }),
      );
    for (const u of updates) this.pushUpdate(u);
    return updates as unknown as Update[];
  }

  userJoined(o: { chatId: number; user: User }): Update {
    const chat = this.mustChat(o.chatId);
    this.rememberUser(o.user);
    chat.members.set(o.user.id, { user: o.user, status: "member" });
    const u = this.serviceMessage(chat, o.user, {
      new_chat_members: [o.user],
      new_chat_member: o.user,
      new_chat_participant: o.user,
    });
    // service messages reach the bot regardless of privacy mode, if it is in the group
    if (chat.botStatus !== "left" && chat.botStatus !== "kicked") this.pushUpdate(u);
    return u as unknown as Update;
  }

  blockUser(userId: number, opts?: { notify?: boolean }): void {
    const chat = this.mustChat(userId);
    if (chat.blocked) return;
    chat.blocked = true;
    if (opts?.notify ?? true) this.pushUpdate(this.myChatMember(chat, chat.user as User, "member", "kicked"));
    this.changed();
  }

  unblockUser(userId: number, opts?: { notify?: boolean }): void {
    const chat = this.mustChat(userId);
    if (!chat.blocked) return;
    chat.blocked = false;
    if (opts?.notify ?? true) this.pushUpdate(this.myChatMember(chat, chat.user as User, "kicked", "member"));
    this.changed();
  }

  deactivateUser(userId: number): void {
    this.mustChat(userId).deactivated = true;
  }

  kickFromGroup(chatId: number, opts?: { by?: User; notify?: boolean }): void {
    const chat = this.mustChat(chatId);
    if (chat.type === "private") throw new Error("kickFromGroup needs a group; use blockUser for private chats");
    const old = chat.botStatus;
    chat.botStatus = "kicked";
    if (opts?.notify ?? true) {
      const by =
        opts?.by ??
        [...chat.members.values()].find((m) => m.status === "creator" || m.status === "administrator")?.user ??
        makeUser(1, "Admin");
      this.pushUpdate(this.myChatMember(chat, by, old, chat.type === "group" ? "left" : "kicked"));
    }
    this.changed();
  }

  migrateGroup(oldChatId: number, newSupergroupId: number, opts?: { by?: User; notify?: boolean }): void {
    const old = this.mustChat(oldChatId);
    if (old.type !== "group") throw new Error("only basic groups can be migrated");
    if (this.chats.has(newSupergroupId)) throw new Error(`chat ${newSupergroupId} already exists`);
    this.createGroup({ id: newSupergroupId, title: old.title ?? "", type: "supergroup" });
    const sg = this.chats.get(newSupergroupId) as ChatState;
    for (const [id, m] of old.members) sg.members.set(id, { ...m });
    sg.botStatus = old.botStatus;
    sg.migratedFrom = oldChatId;
    old.migratedTo = newSupergroupId;
    if (opts?.notify ?? true) {
      const by =
        opts?.by ?? [...old.members.values()].find((m) => m.status === "creator")?.user ?? makeUser(1, "Admin");
      this.pushUpdate(this.serviceMessage(old, by, { migrate_to_chat_id: newSupergroupId }));
      this.pushUpdate(this.serviceMessage(sg, by, { migrate_from_chat_id: oldChatId }));
    }
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // assertions

  messages(chatId: number, opts?: { includeDeleted?: boolean }): SentMessage[] {
    const chat = this.chats.get(chatId);
    if (!chat) return [];
    const out: SentMessage[] = [];
    for (const r of chat.messages) if (r.sent && (opts?.includeDeleted || !r.deleted)) out.push(r.sent);
    return out;
  }

  lastMessage(chatId: number): SentMessage | undefined {
    const chat = this.chats.get(chatId);
    if (!chat) return undefined;
    for (let i = chat.messages.length - 1; i >= 0; i--) {
      const r = chat.messages[i] as MsgRecord;
      if (r.sent && !r.deleted) return r.sent;
    }
    return undefined;
  }

  allSent(opts?: { includeDeleted?: boolean }): SentMessage[] {
    return opts?.includeDeleted ? [...this.sent] : this.sent.filter((m) => !m.deleted);
  }

  transcript(chatId: number): Message[] {
    const chat = this.chats.get(chatId);
    if (!chat) return [];
    return chat.messages.filter((r) => !r.deleted).map((r) => r.message as unknown as Message);
  }

  mark(): number {
    return this.sendSeq;
  }

  callbackAnswers(): CallbackAnswer[] {
    return [...this.answers];
  }

  callbackAnswer(queryId: string): CallbackAnswer | undefined {
    return this.answersById.get(queryId);
  }

  documents(): SentDocument[] {
    return [...this.docs];
  }

  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  chatActions(chatId?: number): ChatActionRecord[] {
    return chatId === undefined ? [...this.actions] : this.actions.filter((a) => a.chat_id === chatId);
  }

  botText(field: "description" | "short_description" | "name", languageCode = ""): string | undefined {
    return this.botTexts.get(`${field}|${languageCode}`);
  }

  commands(languageCode = "", scope?: BotCommandScope): BotCommand[] {
    const key = this.scopeKey((scope ?? { type: "default" }) as unknown as Json, false);
    return (this.botCommands.get(`${key}|${languageCode}`) ?? []).map((c) => ({ ...c }));
  }

  effectiveCommands(o: { chatId: number; userId?: number; languageCode?: string }): BotCommand[] {
    const chat = this.mustChat(o.chatId);
    const lang = o.languageCode ?? "";
    const keys: string[] = [];
    if (chat.type === "private") {
      keys.push(`chat|${chat.id}|`, "all_private_chats||", "default||");
    } else {
      const uid = o.userId;
      const status = uid === undefined ? undefined : chat.members.get(uid)?.status;
      const admin = status === "administrator" || status === "creator";
      if (uid !== undefined) keys.push(`chat_member|${chat.id}|${uid}`);
      if (admin) keys.push(`chat_administrators|${chat.id}|`);
      keys.push(`chat|${chat.id}|`);
      if (admin) keys.push("all_chat_administrators||");
      keys.push("all_group_chats||", "default||");
    }
    for (const k of keys) {
      for (const l of lang ? [lang, ""] : [""]) {
        const list = this.botCommands.get(`${k}|${l}`);
        if (list) return list.map((c) => ({ ...c }));
      }
    }
    return [];
  }

  webhookInfo(): Record<string, unknown> {
    const wh = this.webhook;
    const o: Json = { url: wh?.url ?? "", has_custom_certificate: false, pending_update_count: this.pending };
    if (wh) {
      if (wh.ipAddress) o.ip_address = wh.ipAddress;
      if (wh.lastErrorDate !== undefined) {
        o.last_error_date = wh.lastErrorDate;
        o.last_error_message = wh.lastErrorMessage;
      }
      o.max_connections = wh.maxConnections;
      if (this.allowedExplicit) o.allowed_updates = [...this.allowedExplicit];
    }
    return o;
  }

  calls(method?: string): number {
    if (method === undefined) return this.totalCalls;
    const def = this.methods.get(method.toLowerCase());
    return this.callCount.get(def?.name ?? method) ?? 0;
  }

  callCounts(): Record<string, number> {
    return Object.fromEntries(this.callCount);
  }

  requests(method?: string): RequestRecord[] {
    const log = this.requestLog.slice(-this.recordLimit);
    if (method === undefined) return log;
    const name = this.methods.get(method.toLowerCase())?.name ?? method;
    return log.filter((r) => r.method === name);
  }

  resetStats(): void {
    this.callCount.clear();
    this.totalCalls = 0;
    this.requestLog = [];
  }

  stats(): {
    requests: number;
    updatesEnqueued: number;
    updatesDelivered: number;
    pendingUpdates: number;
    internalErrors: unknown[];
  } {
    return {
      requests: this.totalCalls,
      updatesEnqueued: this.updatesEnqueued,
      updatesDelivered: this.updatesDelivered,
      pendingUpdates: this.pending,
      internalErrors: [...this.internalErrors],
    };
  }

  // -------------------------------------------------------------------------------------------
  // waiting

  private changed(): void {
    if (this.waiters.size === 0 || this.notifyScheduled) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      for (const w of [...this.waiters]) w();
    });
  }

  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 3000, description = "condition"): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let interval: ReturnType<typeof setInterval> | undefined;
      const finish = (): void => {
        settled = true;
        this.waiters.delete(check);
        if (timer) realClearTimeout(timer);
        if (interval) realClearInterval(interval);
      };
      const check = (): void => {
        if (settled) return;
        if (this.closed) {
          finish();
          reject(new Error(`emulator closed while waiting for ${description}`));
          return;
        }
        let v: T | undefined | null | false;
        try {
          v = predicate();
        } catch (e) {
          finish();
          reject(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        if (v !== undefined && v !== null && v !== false) {
          finish();
          resolve(v);
        }
      };
      check();
      if (settled) return;
      this.waiters.add(check);
      // also poll, for predicates over state outside the emulator (database, bot)
      interval = realSetInterval(check, 10);
      timer = realSetTimeout(() => {
        if (settled) return;
        finish();
        reject(new Error(`waitFor: timed out after ${timeoutMs} ms waiting for ${description}`));
      }, timeoutMs);
    });
  }

  waitForMessage(
    chatId: number,
    predicate?: (m: SentMessage) => boolean,
    opts?: { timeoutMs?: number; after?: number },
  ): Promise<SentMessage> {
    const after = opts?.after ?? -1;
    return this.waitFor(
      () => this.messages(chatId).find((m) => m.seq > after && (predicate ? predicate(m) : true)),
      opts?.timeoutMs ?? 3000,
      `a bot message in chat ${chatId}`,
    );
  }

  waitForCallbackAnswer(queryId: string, timeoutMs = 3000): Promise<CallbackAnswer> {
    return this.waitFor(() => this.answersById.get(queryId), timeoutMs, `an answer to callback query ${queryId}`);
  }

  // -------------------------------------------------------------------------------------------
  // Bot API methods

  private register(name: string, fn: (ctx: CallCtx) => unknown): void {
    this.methods.set(name.toLowerCase(), { name, fn });
  }

  private registerMethods(): void {
    this.register("getMe", () => this.botInfo);
    this.register("logOut", () => true);
    this.register("close", () => true);
    this.register("getUpdates", (c) => this.mGetUpdates(c));
    this.register("setWebhook", (c) => this.mSetWebhook(c.params, true));
    this.register("deleteWebhook", (c) => this.mSetWebhook(c.params, false));
    this.register("getWebhookInfo", () => this.webhookInfo());
    this.register("sendMessage", (c) => this.mSendMessage(c));
    this.register("sendDocument", (c) => this.mSendFile(c, "document"));
    this.register("sendPhoto", (c) => this.mSendFile(c, "photo"));
    this.register("forwardMessage", (c) => this.mForward(c, false));
    this.register("copyMessage", (c) => this.mForward(c, true));
    this.register("editMessageText", (c) => this.mEditText(c));
    this.register("editMessageCaption", (c) => this.mEditCaption(c));
    this.register("editMessageReplyMarkup", (c) => this.mEditMarkup(c));
    this.register("deleteMessage", (c) => this.mDeleteMessage(c.params));
    this.register("deleteMessages", (c) => this.mDeleteMessages(c.params));
    this.register("answerCallbackQuery", (c) => this.mAnswerCallback(c.params));
    this.register("sendChatAction", (c) => this.mChatAction(c.params));
    this.register("getChat", (c) => this.mGetChat(c.params));
    this.register("getChatMember", (c) => this.mGetChatMember(c.params));
    this.register("getChatAdministrators", (c) => this.mGetAdmins(c.params));
    this.register("getChatMemberCount", (c) => this.mMemberCount(c.params));
    this.register("getChatMembersCount", (c) => this.mMemberCount(c.params));
    this.register("leaveChat", (c) => this.mLeaveChat(c.params));
    this.register("pinChatMessage", (c) => this.mPin(c.params, true));
    this.register("unpinChatMessage", (c) => this.mPin(c.params, false));
    this.register("createForumTopic", (c) => this.mCreateTopic(c.params));
    this.register("setMyCommands", (c) => this.mSetCommands(c.params));
    this.register("getMyCommands", (c) => this.mGetCommands(c.params));
    this.register("deleteMyCommands", (c) => this.mDeleteCommands(c.params));
    this.register("getFile", (c) => this.mGetFile(c.params));
    this.register("setChatMenuButton", (c) => this.mSetMenuButton(c.params));
    this.register("getChatMenuButton", (c) => this.mGetMenuButton(c.params));
    for (const [setName, getName, field, max] of [
      ["setMyDescription", "getMyDescription", "description", 512],
      ["setMyShortDescription", "getMyShortDescription", "short_description", 120],
      ["setMyName", "getMyName", "name", 64],
    ] as const) {
      this.register(setName, (c) => {
        const lang = this.langParam(c.params);
        const v = pStr(c.params, field) ?? "";
        if (codePointLength(v) > max) throw bad(`bot ${field.replace("_", " ")} is too long`);
        if (v === "") this.botTexts.delete(`${field}|${lang}`);
        else this.botTexts.set(`${field}|${lang}`, v);
        this.changed();
        return true;
      });
      this.register(getName, (c) => {
        const lang = this.langParam(c.params);
        return {
          [field]:
            this.botTexts.get(`${field}|${lang}`) ??
            this.botTexts.get(`${field}|`) ??
            (field === "name" ? this.botUser.first_name : ""),
        };
      });
    }
  }

  // --- getUpdates / webhooks ---------------------------------------------------------------

  private mGetUpdates(c: CallCtx): RawJson | Promise<RawJson> {
    if (this.webhook) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const p = c.params;
    let offset = pInt(p, "offset") ?? 0;
    const limit = clamp(pInt(p, "limit") ?? 100, 1, 100);
    const timeout = clamp(pInt(p, "timeout") ?? 0, 0, 50);
    this.setAllowedUpdates(p.allowed_updates);
    this.expireUpdates();
    if (offset < 0) {
      offset += this.nextUpdateId; // counted from the end (tail = next id)
      let head = this.nextUpdateId;
      for (let i = this.queueHead; i < this.queue.length; i++) {
        const q = this.queue[i] as QueuedUpdate;
        if (!q.done) {
          head = q.id;
          break;
        }
      }
      if (offset < head) offset = head;
    }
    if (offset > 0) this.confirmBelow(offset);
    if (timeout === 0 || c.onClose === undefined || this.hasAvailable(offset)) {
      return this.collect(offset, limit);
    }
    this.abortLongPoll(
      "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    );
    return new Promise<RawJson>((resolve, reject) => {
      const poll: PendingPoll = { offset, limit, timer: undefined, wakeScheduled: false, done: false, resolve, reject };
      poll.timer = realSetTimeout(() => this.finishPoll(poll), timeout * 1000);
      this.pendingPoll = poll;
      c.onClose?.(() => {
        if (poll.done) return;
        poll.done = true;
        if (poll.timer) realClearTimeout(poll.timer);
        if (this.pendingPoll === poll) this.pendingPoll = undefined;
      });
      this.changed();
    });
  }

  private mSetWebhook(p: Params, isSet: boolean): Described {
    const url = isSet ? (pStr(p, "url") ?? "") : "";
    const drop = pBool(p, "drop_pending_updates");
    const now = this.now();
    let secret: string | undefined;
    let maxConnections = 40;
    if (url !== "") {
      if (now < this.lastSetWebhookAt + 1000) {
        throw new ApiError(429, "Too Many Requests: retry after 1", { retry_after: 1 });
      }
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw bad("invalid webhook URL specified");
      }
      const loopback = ["127.0.0.1", "localhost", "[::1]", "::1"].includes(parsed.hostname);
      if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
        throw bad("bad webhook: An HTTPS URL must be provided for webhook");
      }
      secret = pStr(p, "secret_token");
      if (secret !== undefined && secret !== "") {
        if (secret.length > 256) throw bad("secret token is too long");
        if (!/^[A-Za-z0-9_-]+$/.test(secret)) throw bad("secret token contains illegal characters");
      } else secret = undefined;
      maxConnections = clamp(pInt(p, "max_connections") ?? 40, 1, 100);
    }
    const current = this.webhook;
    if (
      (current?.url ?? "") === url &&
      !drop &&
      (url === "" || (current?.secretToken === secret && current?.maxConnections === maxConnections))
    ) {
      if (isSet) this.setAllowedUpdates(p.allowed_updates);
      return new Described(true, url === "" ? "Webhook is already deleted" : "Webhook is already set");
    }
    if (drop) {
      for (let i = this.queueHead; i < this.queue.length; i++) {
        const q = this.queue[i] as QueuedUpdate;
        if (!q.done && !q.inFlight) {
          q.done = true;
          this.pending--;
        }
      }
      this.advanceHead();
    }
    const wasSet = current !== undefined;
    if (current) this.stopWebhook();
    if (url === "") {
      this.changed();
      return new Described(true, wasSet ? "Webhook was deleted" : "Webhook is already deleted");
    }
    this.lastSetWebhookAt = now;
    this.abortLongPoll("Conflict: terminated by setWebhook request");
    this.setAllowedUpdates(p.allowed_updates);
    const ip = pStr(p, "ip_address");
    this.webhook = {
      url,
      secretToken: secret,
      maxConnections,
      ipAddress: ip ? ip : undefined,
      inFlight: 0,
      lastErrorDate: undefined,
      lastErrorMessage: undefined,
      lastSyncErrorDate: undefined,
      agent: new (url.startsWith("https:") ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: maxConnections }),
      timer: undefined,
      timerAt: Infinity,
    };
    this.pumpWebhook();
    this.changed();
    return new Described(true, "Webhook was set");
  }

  private stopWebhook(): void {
    const wh = this.webhook;
    if (!wh) return;
    if (wh.timer) realClearTimeout(wh.timer);
    wh.agent.destroy();
    this.webhook = undefined;
    for (let i = this.queueHead; i < this.queue.length; i++) (this.queue[i] as QueuedUpdate).inFlight = false;
  }

  private pumpWebhook(): void {
    const wh = this.webhook;
    if (!wh || this.closed) return;
    this.expireUpdates();
    const blocked = new Set<string>();
    const nowReal = realDateNow();
    let nextRetry = Infinity;
    for (let i = this.queueHead; i < this.queue.length && wh.inFlight < wh.maxConnections; i++) {
      const q = this.queue[i] as QueuedUpdate;
      if (q.done || blocked.has(q.chatKey)) continue;
      blocked.add(q.chatKey); // later updates of this chat wait (per-chat order)
      if (q.inFlight) continue;
      if (q.retryAt > nowReal) {
        nextRetry = Math.min(nextRetry, q.retryAt);
        continue;
      }
      this.deliver(wh, q);
    }
    if (nextRetry !== Infinity && nextRetry < wh.timerAt) {
      if (wh.timer) realClearTimeout(wh.timer);
      wh.timerAt = nextRetry;
      wh.timer = realSetTimeout(
        () => {
          wh.timer = undefined;
          wh.timerAt = Infinity;
          this.pumpWebhook();
        },
        Math.max(0, nextRetry - nowReal),
      );
    }
  }

  private deliver(wh: Webhook, q: QueuedUpdate): void {
    q.inFlight = true;
    q.attempts++;
    wh.inFlight++;
    const body = Buffer.from(q.json);
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", "content-length": body.length };
    if (wh.secretToken) headers["x-telegram-bot-api-secret-token"] = wh.secretToken;
    const mod = wh.url.startsWith("https:") ? https : http;
    let finished = false;
    const done = (ok: boolean, error?: string, retryAfterS?: number, reply?: string): void => {
      if (finished) return;
      finished = true;
      this.webhookRequests.delete(req);
      if (this.webhook !== wh) return;
      wh.inFlight--;
      q.inFlight = false;
      if (ok) {
        this.markDone(q);
        this.advanceHead();
        if (reply) this.webhookReply(reply);
      } else {
        wh.lastErrorDate = this.unixNow();
        wh.lastErrorMessage = error;
        const backoff = Math.min(this.webhookRetryMaxMs, this.webhookRetryBaseMs * 2 ** Math.min(q.attempts - 1, 20));
        q.retryAt = realDateNow() + (retryAfterS !== undefined ? retryAfterS * 1000 : backoff);
      }
      this.changed();
      this.pumpWebhook();
    };
    const req = mod.request(
      wh.url,
      { method: "POST", headers, agent: wh.agent, timeout: this.webhookTimeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", (e) => done(false, e.message));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            done(true, undefined, undefined, Buffer.concat(chunks).toString("utf8"));
          } else {
            const ra = Number(res.headers["retry-after"]);
            done(
              false,
              `Wrong response from the webhook: ${status} ${res.statusMessage ?? ""}`.trim(),
              Number.isFinite(ra) && ra >= 0 ? ra : undefined,
            );
          }
        });
      },
    );
    this.webhookRequests.add(req);
    req.on("timeout", () => {
      req.destroy();
      done(false, "Read timeout expired");
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      done(false, e.code === "ECONNREFUSED" ? "Connection refused" : e.message);
    });
    req.end(body);
  }

  private webhookReply(body: string): void {
    if (!body) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return;
    }
    if (parsed && typeof parsed === "object" && typeof (parsed as Json).method === "string") {
      const { method, ...params } = parsed as Json;
      this.invoke(method as string, params);
    }
  }

  // --- chat access ---------------------------------------------------------------------------

  private chatIdParam(p: Params, key = "chat_id"): number {
    const v = p[key];
    if (v === undefined || v === null || v === "") throw bad(`${key} is empty`);
    if (typeof v === "number" && Number.isInteger(v)) return v;
    if (typeof v === "string") {
      const s = v.trim();
      if (/^-?\d+$/.test(s)) return Number(s);
      if (s.startsWith("@")) {
        const id = this.usernames.get(s.slice(1).toLowerCase());
        if (id !== undefined) return id;
      }
    }
    throw bad("chat not found");
  }

  /**
   * read: the chat must exist; manage: also not migrated, bot still in the group;
   * send: also the user started the bot, didn't block it and isn't deactivated.
   */
  private chatFor(p: Params, mode: "read" | "manage" | "send", key = "chat_id"): ChatState {
    const id = this.chatIdParam(p, key);
    const chat = this.chats.get(id);
    if (!chat) throw bad("chat not found");
    if (mode === "read") return chat;
    // The old group still exists after a migration: the bot can edit and delete its messages
    // there (tdlib/telegram-bot-api#266), but nothing new can be posted.
    if (chat.migratedTo !== undefined && mode === "send") {
      throw new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", {
        migrate_to_chat_id: chat.migratedTo,
      });
    }
    if (chat.type === "private") {
      if (mode === "send") {
        if (chat.deactivated) throw new ApiError(403, "Forbidden: user is deactivated");
        if (chat.blocked) throw new ApiError(403, "Forbidden: bot was blocked by the user");
        if (!chat.started) throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
      }
    } else {
      const kind = chat.type === "group" ? "group chat" : "supergroup chat";
      if (chat.botStatus === "kicked") throw new ApiError(403, `Forbidden: bot was kicked from the ${kind}`);
      if (chat.botStatus === "left") throw new ApiError(403, `Forbidden: bot is not a member of the ${kind}`);
    }
    return chat;
  }

  private threadParam(chat: ChatState, p: Params): number | undefined {
    const t = pInt(p, "message_thread_id");
    if (t === undefined || t === 0 || chat.type !== "supergroup") return undefined;
    if (chat.isForum) {
      if (t === 1) return undefined; // General topic
      const topic = chat.topics.get(t);
      if (!topic) throw bad("message thread not found");
      if (topic.closed) throw bad("TOPIC_CLOSED");
      return t;
    }
    if (!chat.byId.has(t)) throw bad("message thread not found");
    return t;
  }

  private replyParam(chat: ChatState, p: Params): MsgRecord | undefined {
    const rp = pJson(p, "reply_parameters", "can't parse reply parameters JSON object");
    let mid: number | undefined;
    let allow = pBool(p, "allow_sending_without_reply");
    if (rp !== undefined) {
      if (typeof rp !== "object" || rp === null) throw bad("can't parse reply parameters JSON object");
      const r = rp as Json;
      mid = toInt(r.message_id);
      allow = allow || r.allow_sending_without_reply === true;
      if (r.chat_id !== undefined && toInt(r.chat_id) !== chat.id && r.chat_id !== `@${chat.username ?? ""}`) {
        // reply in another chat: accepted by Telegram (quote), not modelled
        return undefined;
      }
    } else mid = pInt(p, "reply_to_message_id");
    if (mid === undefined || mid === 0) return undefined;
    const m = chat.byId.get(mid);
    if (!m || m.deleted) {
      if (allow) return undefined;
      throw bad("message to be replied not found");
    }
    return m;
  }

  private langParam(p: Params): string {
    const lang = pStr(p, "language_code") ?? "";
    if (lang !== "" && !/^[a-z]{2}$/.test(lang)) throw bad("invalid language code specified");
    return lang;
  }

  // --- formatting ----------------------------------------------------------------------------

  private formatText(
    p: Params,
    field: "text" | "caption",
  ): { ft: FormattedText; raw: string | undefined; mode: string | undefined } {
    const raw = pStr(p, field);
    const modeRaw = pStr(p, "parse_mode");
    if (field === "text" && (raw === undefined || raw === "")) throw bad("message text is empty");
    const mode = normaliseParseMode(modeRaw);
    if (mode === null) throw bad("unsupported parse_mode");
    let ft: FormattedText;
    const entitiesParam = pJson(
      p,
      field === "text" ? "entities" : "caption_entities",
      "can't parse entities JSON object",
    );
    try {
      if (Array.isArray(entitiesParam) && entitiesParam.length > 0) {
        ft = withEntities(raw ?? "", entitiesParam as Entity[]);
      } else {
        ft = parseFormatted(raw ?? "", mode, this.strictHtml);
      }
    } catch (e) {
      if (e instanceof EntityParseError) throw bad(`can't parse entities: ${e.message}`);
      throw e;
    }
    // Telegram keeps at most 100 formatting entities per message and drops the rest silently.
    if (ft.entities.length > MAX_ENTITIES) ft = { ...ft, entities: ft.entities.slice(0, MAX_ENTITIES) };
    if (field === "text") {
      if (ft.text.length === 0) throw bad("message text is empty");
      if (codePointLength(ft.text) > 4096) throw bad("message is too long");
    } else if (codePointLength(ft.text) > 1024) {
      throw bad("message caption is too long");
    }
    return { ft, raw, mode: modeRaw || undefined };
  }

  /** Returns [markup as sent, inline keyboard kept on the message]. */
  private replyMarkup(p: Params, inlineOnly: boolean): { markup: Json | undefined; inline: Json | undefined } {
    const v = pJson(p, "reply_markup", "can't parse reply keyboard markup JSON object");
    if (v === undefined) return { markup: undefined, inline: undefined };
    if (typeof v !== "object" || v === null || Array.isArray(v))
      throw bad("can't parse reply keyboard markup JSON object");
    const o = v as Json;
    if ("inline_keyboard" in o) {
      const rows = o.inline_keyboard;
      if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r))) {
        throw bad('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
      }
      const clean: Json[][] = [];
      for (const row of rows as unknown[][]) {
        const cleanRow: Json[] = [];
        for (const b of row) {
          if (typeof b !== "object" || b === null)
            throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
          const btn = b as Json;
          if (typeof btn.text !== "string")
            throw bad('can\'t parse inline keyboard button: Field "text" must be of type String');
          const actions = INLINE_BUTTON_ACTIONS.filter((a) => btn[a] !== undefined && btn[a] !== null);
          if (actions.length === 0)
            throw bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
          if (btn.callback_data !== undefined) {
            if (typeof btn.callback_data !== "string")
              throw bad('can\'t parse inline keyboard button: Field "callback_data" must be of type String');
            const len = Buffer.byteLength(btn.callback_data, "utf8");
            if (len < 1 || len > 64) throw bad("BUTTON_DATA_INVALID");
          }
          if (btn.url !== undefined && (typeof btn.url !== "string" || btn.url === "")) {
            throw bad('can\'t parse inline keyboard button: Field "url" must be of type String');
          }
          const cb: Json = { text: btn.text };
          for (const a of actions) cb[a] = btn[a];
          if (btn.style !== undefined) cb.style = btn.style;
          if (btn.icon_custom_emoji_id !== undefined) cb.icon_custom_emoji_id = btn.icon_custom_emoji_id;
          cleanRow.push(cb);
        }
        if (cleanRow.length > 0) clean.push(cleanRow);
      }
      const inline = clean.length > 0 ? { inline_keyboard: clean } : undefined;
      return { markup: o, inline };
    }
    if (inlineOnly) throw bad("inline keyboard expected");
    if ("keyboard" in o) {
      if (!Array.isArray(o.keyboard) || !o.keyboard.every((r) => Array.isArray(r))) {
        throw bad('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays');
      }
    }
    return { markup: o, inline: undefined };
  }

  // --- sending -------------------------------------------------------------------------------

  private newSent(
    method: string,
    kind: SentMessage["kind"],
    chat: ChatState,
    p: Params,
    fields: {
      thread: number | undefined;
      replyTo: MsgRecord | undefined;
      ft: FormattedText;
      raw: string | undefined;
      mode: string | undefined;
      markup: Json | undefined;
      inline: Json | undefined;
      document?: StoredFile;
      content: Json;
    },
  ): SentMessage {
    const id = this.allocMessageId(chat);
    const date = this.unixNow();
    const message: Json = { message_id: id, from: this.botUser, chat: this.chatJson(chat), date };
    if (fields.thread !== undefined) {
      message.message_thread_id = fields.thread;
      if (chat.isForum) message.is_topic_message = true;
    }
    if (fields.replyTo) message.reply_to_message = this.stripReply(fields.replyTo.message);
    Object.assign(message, fields.content);
    if (fields.inline) message.reply_markup = fields.inline;
    const sent: SentMessage = {
      seq: ++this.sendSeq,
      method,
      kind,
      chat_id: chat.id,
      message_id: id,
      message_thread_id: fields.thread,
      text: fields.ft.text,
      raw: fields.raw,
      parse_mode: fields.mode,
      entities: fields.ft.entities,
      reply_markup: fields.markup,
      document: fields.document,
      date,
      edit_date: undefined,
      deleted: false,
      history: [],
      message: message as unknown as Message,
      params: p,
    };
    this.storeMessage(chat, { id, chatId: chat.id, fromBot: true, message, deleted: false, dateMs: this.now(), sent });
    if (chat.type !== "private") chat.lastBotPoster = "this";
    this.sent.push(sent);
    this.changed();
    return sent;
  }

  private mSendMessage(c: CallCtx): unknown {
    const p = c.params;
    const { ft, raw, mode } = this.formatText(p, "text");
    const { markup, inline } = this.replyMarkup(p, false);
    const chat = this.chatFor(p, "send");
    const thread = this.threadParam(chat, p);
    const replyTo = this.replyParam(chat, p);
    this.checkFlood(c.method, chat);
    const content: Json = { text: ft.text };
    if (ft.entities.length > 0) content.entities = ft.entities;
    const lpo = pJson(p, "link_preview_options", "can't parse link preview options JSON object");
    if (lpo !== undefined) content.link_preview_options = lpo;
    return this.newSent(c.method, "text", chat, p, { thread, replyTo, ft, raw, mode, markup, inline, content }).message;
  }

  private storeFile(
    filename: string,
    content: Buffer,
    mime: string | undefined,
    url: string | undefined,
    dir: string,
  ): StoredFile {
    const n = ++this.fileSeq;
    const file_id = `BQACAgQAAxkDAA${n.toString(36).padStart(6, "0")}${Buffer.from(filename).toString("base64url").slice(0, 12)}`;
    const file: StoredFile = {
      file_id,
      file_unique_id: `AgAD${n.toString(36).padStart(6, "0")}`,
      file_path: `${dir}/file_${n}${filename.includes(".") ? `.${filename.split(".").pop() as string}` : ""}`,
      filename,
      mime_type: mime && mime !== "application/octet-stream" ? mime : mimeFor(filename),
      content,
      file_size: content.length,
      url,
    };
    this.files.set(file_id, file);
    this.filesByPath.set(file.file_path, file);
    return file;
  }

  private documentJson(f: StoredFile): Json {
    return {
      file_name: f.filename,
      mime_type: f.mime_type,
      file_id: f.file_id,
      file_unique_id: f.file_unique_id,
      file_size: f.file_size,
    };
  }

  private inputFile(c: CallCtx, field: string): StoredFile {
    const v = c.params[field];
    let upload: UploadedFile | undefined;
    if (v === undefined || v === null || v === "") {
      upload = c.files.get(field);
      if (!upload) throw bad(`there is no ${field} in the request`);
    } else if (typeof v === "string" && v.startsWith("attach://")) {
      upload = c.files.get(v.slice(9));
      if (!upload) throw bad(`there is no ${field} in the request`);
    } else if (typeof v === "string" && /^https?:\/\//i.test(v)) {
      const name = decodeURIComponent(new URL(v).pathname.split("/").pop() || "file");
      return this.storeFile(name, Buffer.alloc(0), undefined, v, field === "photo" ? "photos" : "documents");
    } else if (typeof v === "string") {
      const existing = this.files.get(v);
      if (!existing) throw bad("wrong file identifier/HTTP URL specified");
      return existing;
    } else {
      throw bad("wrong file identifier/HTTP URL specified");
    }
    if (upload.content.length === 0) throw bad("file must be non-empty");
    return this.storeFile(
      upload.filename,
      upload.content,
      upload.contentType,
      undefined,
      field === "photo" ? "photos" : "documents",
    );
  }

  private mSendFile(c: CallCtx, field: "document" | "photo"): unknown {
    const p = c.params;
    const { ft, raw, mode } = this.formatText(p, "caption");
    const { markup, inline } = this.replyMarkup(p, false);
    const chat = this.chatFor(p, "send");
    const thread = this.threadParam(chat, p);
    const replyTo = this.replyParam(chat, p);
    const file = this.inputFile(c, field);
    this.checkFlood(c.method, chat);
    const content: Json = {};
    if (field === "document") content.document = this.documentJson(file);
    else
      content.photo = [
        {
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          file_size: file.file_size,
          width: 320,
          height: 320,
        },
      ];
    if (ft.text) {
      content.caption = ft.text;
      if (ft.entities.length > 0) content.caption_entities = ft.entities;
    }
    const sent = this.newSent(c.method, field, chat, p, {
      thread,
      replyTo,
      ft,
      raw,
      mode,
      markup,
      inline,
      document: file,
      content,
    });
    this.docs.push({
      chat_id: chat.id,
      message_id: sent.message_id,
      method: c.method,
      filename: file.filename,
      mime_type: file.mime_type,
      content: file.content,
      caption: ft.text || undefined,
      file_id: file.file_id,
      url: file.url,
    });
    return sent.message;
  }

  private mForward(c: CallCtx, copy: boolean): unknown {
    const p = c.params;
    const from = this.chatFor(p, "manage", "from_chat_id");
    const mid = pInt(p, "message_id");
    if (mid === undefined) throw bad("message identifier is not specified");
    const src = from.byId.get(mid);
    if (!src || src.deleted) throw bad(copy ? "message to copy not found" : "message to forward not found");
    let override: { ft: FormattedText; raw: string | undefined; mode: string | undefined } | undefined;
    if (copy && p.caption !== undefined) override = this.formatText(p, "caption");
    const { markup, inline } = this.replyMarkup(p, false);
    const chat = this.chatFor(p, "send");
    const thread = this.threadParam(chat, p);
    const replyTo = copy ? this.replyParam(chat, p) : undefined;
    this.checkFlood(c.method, chat);
    const s = src.message;
    const content: Json = {};
    for (const k of ["text", "entities", "document", "photo", "caption", "caption_entities"])
      if (s[k] !== undefined) content[k] = s[k];
    if (override) {
      delete content.caption;
      delete content.caption_entities;
      if (override.ft.text) content.caption = override.ft.text;
      if (override.ft.entities.length > 0) content.caption_entities = override.ft.entities;
    }
    if (!copy) {
      content.forward_origin = { type: "user", sender_user: s.from as User, date: s.date };
    }
    const text = (content.text ?? content.caption) as string | undefined;
    const ents = ((content.entities ?? content.caption_entities) as Entity[] | undefined) ?? [];
    const ft = override?.ft ?? { text: text ?? "", entities: ents };
    const doc = src.sent?.document;
    const sent = this.newSent(c.method, copy ? "copy" : "forward", chat, p, {
      thread,
      replyTo,
      ft,
      raw: override?.raw ?? text,
      mode: override?.mode,
      markup: copy ? markup : undefined,
      inline: copy ? inline : undefined,
      ...(doc ? { document: doc } : {}),
      content,
    });
    return copy ? { message_id: sent.message_id } : sent.message;
  }

  // --- editing -------------------------------------------------------------------------------

  private editTarget(p: Params): { chat: ChatState; rec: MsgRecord; sent: SentMessage } {
    if (pStr(p, "inline_message_id")) throw bad("MESSAGE_ID_INVALID");
    const chat = this.chatFor(p, "manage");
    const mid = pInt(p, "message_id");
    if (mid === undefined || mid <= 0) throw bad("message identifier is not specified");
    const rec = chat.byId.get(mid);
    if (!rec || rec.deleted) throw bad("message to edit not found");
    if (!rec.fromBot || !rec.sent) throw bad("message can't be edited");
    return { chat, rec, sent: rec.sent };
  }

  private applyEdit(
    rec: MsgRecord,
    sent: SentMessage,
    p: Params,
    next: {
      ft?: FormattedText;
      raw?: string | undefined;
      mode?: string | undefined;
      markup: Json | undefined;
      inline: Json | undefined;
    },
    textField: "text" | "caption" | undefined,
  ): Message {
    const m = rec.message;
    const sameText =
      next.ft === undefined || (next.ft.text === (sent.text ?? "") && canon(next.ft.entities) === canon(sent.entities));
    if (sameText && canon(next.inline) === canon(m.reply_markup)) throw bad(NOT_MODIFIED);
    sent.history.push({
      text: sent.text,
      raw: sent.raw,
      parse_mode: sent.parse_mode,
      entities: sent.entities,
      reply_markup: sent.reply_markup,
      replacedAt: this.now(),
    });
    if (next.ft !== undefined && textField !== undefined) {
      sent.text = next.ft.text;
      sent.raw = next.raw;
      sent.parse_mode = next.mode;
      sent.entities = next.ft.entities;
      const entKey = textField === "text" ? "entities" : "caption_entities";
      if (next.ft.text) m[textField] = next.ft.text;
      else delete m[textField];
      if (next.ft.entities.length > 0) m[entKey] = next.ft.entities;
      else delete m[entKey];
    }
    sent.reply_markup = next.markup;
    if (next.inline) m.reply_markup = next.inline;
    else delete m.reply_markup;
    sent.edit_date = this.unixNow();
    m.edit_date = sent.edit_date;
    sent.params = p;
    this.changed();
    return m as unknown as Message;
  }

  private mEditText(c: CallCtx): unknown {
    const p = c.params;
    const { ft, raw, mode } = this.formatText(p, "text");
    const { markup, inline } = this.replyMarkup(p, true);
    const { chat, rec, sent } = this.editTarget(p);
    if (sent.kind === "document" || sent.kind === "photo" || rec.message.text === undefined) {
      throw bad("there is no text in the message to edit");
    }
    this.checkFlood(c.method, chat);
    return this.applyEdit(rec, sent, p, { ft, raw, mode, markup, inline }, "text");
  }

  private mEditCaption(c: CallCtx): unknown {
    const p = c.params;
    const { ft, raw, mode } = this.formatText(p, "caption");
    const { markup, inline } = this.replyMarkup(p, true);
    const { chat, rec, sent } = this.editTarget(p);
    if (rec.message.text !== undefined) throw bad("there is no caption in the message to edit");
    this.checkFlood(c.method, chat);
    return this.applyEdit(rec, sent, p, { ft, raw, mode, markup, inline }, "caption");
  }

  private mEditMarkup(c: CallCtx): unknown {
    const p = c.params;
    const { markup, inline } = this.replyMarkup(p, true);
    const { chat, rec, sent } = this.editTarget(p);
    this.checkFlood(c.method, chat);
    return this.applyEdit(rec, sent, p, { markup, inline }, undefined);
  }

  private deletable(chat: ChatState, rec: MsgRecord): boolean {
    if (this.now() - rec.dateMs > DELETE_WINDOW_MS) return false;
    if (rec.fromBot || chat.type === "private") return true;
    return chat.botStatus === "administrator" || chat.botStatus === "creator";
  }

  private mDeleteMessage(p: Params): boolean {
    const chat = this.chatFor(p, "manage");
    const mid = pInt(p, "message_id");
    if (mid === undefined || mid <= 0) throw bad("message identifier is not specified");
    const rec = chat.byId.get(mid);
    if (!rec || rec.deleted) throw bad("message to delete not found");
    if (!this.deletable(chat, rec)) throw bad("message can't be deleted");
    rec.deleted = true;
    if (rec.sent) rec.sent.deleted = true;
    this.changed();
    return true;
  }

  private mDeleteMessages(p: Params): boolean {
    const chat = this.chatFor(p, "manage");
    const ids = pJson(p, "message_ids", "can't parse message identifiers JSON object");
    if (!Array.isArray(ids) || ids.length === 0) throw bad("message identifiers are not specified");
    if (ids.length > 100) throw bad("too many message identifiers specified");
    for (const raw of ids) {
      const rec = chat.byId.get(toInt(raw) ?? 0);
      if (!rec || rec.deleted || !this.deletable(chat, rec)) continue;
      rec.deleted = true;
      if (rec.sent) rec.sent.deleted = true;
    }
    this.changed();
    return true;
  }

  // --- callbacks, actions, chats -------------------------------------------------------------

  private mAnswerCallback(p: Params): boolean {
    const id = pStr(p, "callback_query_id") ?? "";
    const text = pStr(p, "text");
    if (text !== undefined && codePointLength(text) > 200) throw bad("MESSAGE_TOO_LONG");
    const q = this.cbQueries.get(id);
    if (!q || q.answered || this.now() - q.createdAt > this.cbTtlMs) {
      throw bad("query is too old and response timeout expired or query ID is invalid");
    }
    const url = pStr(p, "url");
    // Without a game, the only URL a callback answer may open is the bot's own deep link.
    if (
      url !== undefined &&
      url !== "" &&
      !new RegExp(`^(https?://)?t\\.me/${this.username}\\?start=[A-Za-z0-9_-]{1,64}$`, "i").test(url)
    ) {
      throw bad("URL_INVALID");
    }
    q.answered = true;
    const answer: CallbackAnswer = {
      callback_query_id: id,
      text: text || undefined,
      show_alert: pBool(p, "show_alert"),
      url: pStr(p, "url"),
      cache_time: pInt(p, "cache_time"),
      data: q.data,
      chat_id: q.chatId,
      message_id: q.messageId,
      from: q.from,
      answeredAt: this.now(),
    };
    this.answers.push(answer);
    this.answersById.set(id, answer);
    this.changed();
    return true;
  }

  private mChatAction(p: Params): boolean {
    const chat = this.chatFor(p, "send");
    const action = (pStr(p, "action") ?? "").toLowerCase();
    if (!CHAT_ACTIONS.has(action)) throw bad("wrong parameter action in request");
    const thread = this.threadParam(chat, p);
    this.actions.push({ chat_id: chat.id, action, message_thread_id: thread, at: this.now() });
    this.changed();
    return true;
  }

  private mGetChat(p: Params): Json {
    const chat = this.chatFor(p, "read");
    const o = this.chatJson(chat);
    o.accent_color_id = 0;
    o.max_reaction_count = 11;
    if (chat.type !== "private") {
      o.permissions = {
        can_send_messages: true,
        can_send_audios: true,
        can_send_documents: true,
        can_send_photos: true,
        can_send_videos: true,
        can_send_video_notes: true,
        can_send_voice_notes: true,
        can_send_polls: true,
        can_send_other_messages: true,
        can_add_web_page_previews: true,
        can_change_info: false,
        can_invite_users: true,
        can_pin_messages: false,
        can_manage_topics: false,
      };
    }
    if (chat.pinned.length > 0) {
      const rec = chat.byId.get(chat.pinned[chat.pinned.length - 1] as number);
      if (rec) o.pinned_message = rec.message;
    }
    if (chat.migratedFrom !== undefined) o.migrate_from_chat_id = chat.migratedFrom;
    return o;
  }

  private adminJson(user: User): Json {
    return {
      user,
      status: "administrator",
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_video_chats: true,
      can_restrict_members: true,
      can_promote_members: false,
      can_change_info: true,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
      can_pin_messages: true,
      can_manage_topics: true,
    };
  }

  private memberJson(user: User, status: MemberStatus): Json {
    switch (status) {
      case "creator":
        return { user, status, is_anonymous: false };
      case "administrator":
        return this.adminJson(user);
      case "kicked":
        return { user, status, until_date: 0 };
      default:
        return { user, status };
    }
  }

  private mGetChatMember(p: Params): Json {
    const chat = this.chatFor(p, "manage");
    const uid = pInt(p, "user_id");
    if (uid === undefined || uid <= 0) throw bad("invalid user_id specified");
    if (uid === this.botId) {
      return this.memberJson(this.botUser, chat.type === "private" ? "member" : chat.botStatus);
    }
    if (chat.type === "private") {
      if (uid !== chat.id) throw bad("user not found");
      return this.memberJson(chat.user as User, "member");
    }
    const m = chat.members.get(uid);
    if (m) return this.memberJson(m.user, m.status);
    const u = this.users.get(uid);
    if (!u) throw bad("user not found");
    return this.memberJson(u, "left");
  }

  private mGetAdmins(p: Params): Json[] {
    const chat = this.chatFor(p, "manage");
    if (chat.type === "private") throw bad("there are no administrators in the private chat");
    const out: Json[] = [];
    for (const m of chat.members.values()) {
      if (m.status === "creator" || m.status === "administrator") out.push(this.memberJson(m.user, m.status));
    }
    if (chat.botStatus === "administrator") out.push(this.adminJson(this.botUser));
    return out;
  }

  private mMemberCount(p: Params): number {
    const chat = this.chatFor(p, "manage");
    if (chat.type === "private") return 2;
    let n = chat.botStatus === "member" || chat.botStatus === "administrator" ? 1 : 0;
    for (const m of chat.members.values()) if (m.status !== "left" && m.status !== "kicked") n++;
    return n;
  }

  private mLeaveChat(p: Params): boolean {
    const chat = this.chatFor(p, "manage");
    if (chat.type === "private") throw bad("chat member status can't be changed in private chats");
    const old = chat.botStatus;
    chat.botStatus = "left";
    this.pushUpdate(this.myChatMember(chat, this.botUser, old, "left"));
    return true;
  }

  private mPin(p: Params, pin: boolean): boolean {
    const chat = this.chatFor(p, "manage");
    const mid = pInt(p, "message_id");
    if (pin) {
      const rec = mid === undefined ? undefined : chat.byId.get(mid);
      if (!rec || rec.deleted) throw bad("message to pin not found");
      if (chat.type !== "private" && chat.botStatus !== "administrator")
        throw bad("not enough rights to manage pinned messages in the chat");
      chat.pinned = chat.pinned.filter((x) => x !== rec.id);
      chat.pinned.push(rec.id);
    } else if (mid === undefined) chat.pinned.pop();
    else chat.pinned = chat.pinned.filter((x) => x !== mid);
    this.changed();
    return true;
  }

  private mCreateTopic(p: Params): Json {
    const chat = this.chatFor(p, "manage");
    if (!chat.isForum) throw bad("the chat is not a forum");
    if (chat.botStatus !== "administrator") throw bad("not enough rights to create a topic");
    const name = pStr(p, "name") ?? "";
    if (name === "" || codePointLength(name) > 128) throw bad("TOPIC_TITLE_EMPTY");
    const color = pInt(p, "icon_color") ?? 0x6fb9f0;
    const id = this.addTopic(chat, name, color, undefined);
    this.changed();
    return { message_thread_id: id, name, icon_color: color };
  }

  private mGetFile(p: Params): Json {
    const f = this.files.get(pStr(p, "file_id") ?? "");
    if (!f) throw bad("invalid file_id");
    return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size, file_path: f.file_path };
  }

  private mSetMenuButton(p: Params): boolean {
    const button = pJson(p, "menu_button", "can't parse menu button JSON object") ?? { type: "default" };
    if (p.chat_id !== undefined && p.chat_id !== "") this.chatFor(p, "read").menuButton = button;
    else this.defaultMenuButton = button;
    return true;
  }

  private mGetMenuButton(p: Params): unknown {
    if (p.chat_id !== undefined && p.chat_id !== "")
      return this.chatFor(p, "read").menuButton ?? this.defaultMenuButton;
    return this.defaultMenuButton;
  }

  // --- commands ------------------------------------------------------------------------------

  private scopeKey(scope: Json, validate: boolean): string {
    const type = typeof scope.type === "string" ? scope.type : "";
    switch (type) {
      case "default":
      case "all_private_chats":
      case "all_group_chats":
      case "all_chat_administrators":
        return `${type}||`;
      case "chat":
      case "chat_administrators":
      case "chat_member": {
        let chatId: number;
        if (validate) {
          const chat = this.chatFor(scope, "read");
          if (type !== "chat" && chat.type === "private") throw bad("can't use specified scope in private chats");
          chatId = chat.id;
        } else chatId = toInt(scope.chat_id) ?? 0;
        let userId = "";
        if (type === "chat_member") {
          const uid = toInt(scope.user_id);
          if (uid === undefined || uid <= 0) throw bad("invalid user_id specified");
          userId = String(uid);
        }
        return `${type}|${chatId}|${userId}`;
      }
      default:
        throw bad("unsupported bot command scope type specified");
    }
  }

  private scopeParam(p: Params): string {
    const s = pJson(p, "scope", "can't parse BotCommandScope JSON object");
    if (s === undefined) return "default||";
    if (typeof s !== "object" || s === null) throw bad("can't parse BotCommandScope JSON object");
    return this.scopeKey(s as Json, true);
  }

  private mSetCommands(p: Params): boolean {
    const list = pJson(p, "commands", "can't parse commands JSON object") ?? [];
    if (!Array.isArray(list)) throw bad('field "commands" must be an Array');
    if (list.length > 100) throw bad("BOT_COMMANDS_TOO_MUCH");
    const commands: BotCommand[] = [];
    for (const item of list as unknown[]) {
      if (typeof item !== "object" || item === null) throw bad("can't parse BotCommand: BotCommand must be an Object");
      const { command, description } = item as Json;
      if (typeof command !== "string") throw bad('can\'t parse BotCommand: Field "command" must be of type String');
      if (typeof description !== "string")
        throw bad('can\'t parse BotCommand: Field "description" must be of type String');
      if (command.length === 0) throw bad("command must be non-empty");
      if (codePointLength(command) > 32) throw bad("command length must not exceed 32");
      if (!/^[a-z0-9_]+$/.test(command)) throw bad("BOT_COMMAND_INVALID");
      if (description.trim().length === 0) throw bad("command description must be non-empty");
      if (codePointLength(description) > 256) throw bad("command description length must not exceed 256");
      commands.push({ command, description });
    }
    const key = `${this.scopeParam(p)}|${this.langParam(p)}`;
    if (commands.length === 0) this.botCommands.delete(key);
    else this.botCommands.set(key, commands);
    this.changed();
    return true;
  }

  private mGetCommands(p: Params): BotCommand[] {
    const key = `${this.scopeParam(p)}|${this.langParam(p)}`;
    return (this.botCommands.get(key) ?? []).map((c) => ({ ...c }));
  }

  private mDeleteCommands(p: Params): boolean {
    this.botCommands.delete(`${this.scopeParam(p)}|${this.langParam(p)}`);
    this.changed();
    return true;
  }
}
