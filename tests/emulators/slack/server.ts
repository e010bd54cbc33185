/**
 * A local emulator of the Slack Web API + Socket Mode (+ request-URL delivery over signed HTTP),
 * for tests and benchmarks that run the REAL @slack/bolt `App`:
 *
 *   const emu = await startSlackEmulator();
 *   const app = new App({ token: emu.botToken, appToken: emu.appToken, socketMode: true,
 *                         clientOptions: { slackApiUrl: emu.apiUrl }, logLevel: LogLevel.ERROR });
 *   await app.start();                        // apps.connections.open → ws://127.0.0.1:PORT/link/…
 *   const r = await emu.slashCommand({ user: "U1", channel: "C1", command: "/mk", text: "apua" });
 *   …
 *   await app.stop(); await emu.close();      // stop the app first, then the emulator
 *
 * Wire details follow @slack/web-api 7/8 (form-encoded POSTs, JSON-encoded object fields,
 * `Authorization: Bearer`, 429 + Retry-After), @slack/socket-mode 2/3 (hello / disconnect,
 * envelopes acked with `{envelope_id, payload}`) and Bolt's HTTPReceiver (v0 signatures).
 */
import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import { validateBlocks, validateView } from "./blockkit.js";
import { readManifest } from "./manifest.js";
import {
  blockActionsPayload,
  eventCallbackPayload,
  formatTs,
  httpBodyFor,
  interactiveAcceptsResponse,
  newEnvelopeId,
  newEventId,
  newSlackId,
  newTriggerId,
  normaliseStateValues,
  slashCommandPayload,
  socketEnvelope,
  viewClosedPayload,
  viewSubmissionPayload,
  type EnvelopeType,
  type Obj,
  type SocketEnvelope,
  type WorkspaceInfo,
} from "./payloads.js";

export type { EnvelopeType, Obj, SocketEnvelope, WorkspaceInfo } from "./payloads.js";

// =============================================================================================
// Public types
// =============================================================================================

export interface SlackEmulatorOptions {
  teamId?: string;
  teamName?: string;
  teamDomain?: string;
  /** Bot token accepted by the Web API (default `xoxb-emulator-…`). */
  botToken?: string;
  /** App-level token accepted by apps.connections.open (default `xapp-emulator-…`). */
  appToken?: string;
  botUserId?: string;
  botId?: string;
  botName?: string;
  appId?: string;
  verificationToken?: string;
  /** Injectable clock in ms (message ts, event_time, trigger/response_url expiry, rate limits). */
  now?: () => number;
  /** How long a simulated user waits for an ack (Slack: 3 s). */
  ackTimeoutMs?: number;
  /** trigger_id lifetime (Slack: 3 s). */
  triggerTtlMs?: number;
  /** response_url lifetime (Slack: 30 min) and number of uses (Slack: 5). */
  responseUrlTtlMs?: number;
  responseUrlMaxUses?: number;
  /** When no Socket Mode connection is open, wait this long for one before failing a dispatch. */
  connectionWaitMs?: number;
  /** Deliver to an HTTP request URL instead of Socket Mode (can be switched later with useHttp). */
  http?: HttpTarget;
  /** Record every Web API call / envelope (default true; turn off for long benchmarks). */
  record?: boolean;
  /**
   * The app manifest whose bot scopes the bot token gets and whose slash commands'
   * `should_escape` decides how command text is encoded (default: the repository's
   * slack-app-manifest.yml).
   */
  manifestPath?: string;
  /** Scopes of the bot token instead of the manifest's (`"all"`: no scope checks). */
  scopes?: string[] | "all";
}

export interface HttpTarget {
  url: string;
  signingSecret: string;
}

export interface EmuUser {
  id: string;
  team_id: string;
  name: string;
  real_name: string;
  tz: string;
  tz_label: string;
  tz_offset: number;
  is_bot: boolean;
  is_admin: boolean;
  deleted: boolean;
  email?: string;
}

export interface AddUserInput {
  id: string;
  name: string;
  real_name?: string;
  tz?: string;
  email?: string;
  is_bot?: boolean;
  is_admin?: boolean;
  deleted?: boolean;
}

export interface EmuChannel {
  id: string;
  name: string;
  is_channel: boolean;
  is_group: boolean;
  is_im: boolean;
  is_mpim: boolean;
  is_private: boolean;
  is_archived: boolean;
  is_general: boolean;
  created: number;
  creator: string;
  members: Set<string>;
  /** For IMs: the other user. */
  user?: string;
  topic: string;
  purpose: string;
}

export interface AddChannelInput {
  id: string;
  name: string;
  members?: string[];
  is_archived?: boolean;
  is_private?: boolean;
  is_general?: boolean;
  topic?: string;
  purpose?: string;
  /** Whether the bot is a member (default true). With false, chat.postMessage → not_in_channel. */
  botMember?: boolean;
}

export type MessageSource = "api" | "ack" | "response_url" | "user" | "file";

export interface MessageVersion {
  text: string;
  blocks?: Obj[];
  attachments?: Obj[];
  /** Edit timestamp (Slack ts format) — the post ts for the first version. */
  at: string;
  by: MessageSource | "api_update";
}

export interface StoredMessage {
  type: "message";
  subtype?: string;
  channel: string;
  ts: string;
  user: string;
  bot_id?: string;
  app_id?: string;
  text: string;
  blocks?: Obj[];
  attachments?: Obj[];
  thread_ts?: string;
  reply_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  reply_broadcast?: boolean;
  files?: Obj[];
  metadata?: Obj;
  reactions?: Array<{ name: string; users: string[]; count: number }>;
  edited?: { user: string; ts: string };
  /** All versions, oldest first; the last one is the current content. */
  versions: MessageVersion[];
  deleted: boolean;
  source: MessageSource;
  /** Raw arguments of the call that posted it (for chat.postMessage). */
  params?: Obj;
}

export interface EphemeralMessage {
  channel: string;
  user: string;
  ts: string;
  text: string;
  blocks?: Obj[];
  attachments?: Obj[];
  thread_ts?: string;
  source: MessageSource;
  versions: MessageVersion[];
  deleted: boolean;
}

export interface StoredView {
  id: string;
  user: string;
  type: "modal" | "home";
  /** The view object as Slack returns it (id, hash, state, blocks, …). */
  view: Obj;
  /** Each view the app sent (views.open/push/update/publish, response_action), oldest first. */
  versions: Obj[];
  open: boolean;
  openedVia: string;
}

export interface StoredFile {
  id: string;
  name: string;
  title: string;
  length: number;
  alt_text?: string;
  snippet_type?: string;
  content?: Buffer;
  uploaded: boolean;
  completed: boolean;
  channels: string[];
  initial_comment?: string;
  thread_ts?: string;
  user: string;
  created: number;
}

export interface ApiCall {
  method: string;
  params: Obj;
  token?: string;
  /** Clock time (ms). */
  at: number;
  status: number;
  ok: boolean;
  error?: string;
}

export interface ResponseUrlPost {
  url: string;
  kind: "commands" | "actions";
  body: Obj;
  at: number;
  status: number;
  ok: boolean;
  error?: string;
}

export interface AckResult {
  /** True when the app acked within the timeout (Socket Mode ack / HTTP 2xx). */
  acked: boolean;
  /** The `payload` the app sent back in its ack (`{}` for a bare ack()), or the HTTP JSON body. */
  payload?: Obj;
  /** Time from sending the envelope/request to receiving the ack, in ms (real time). */
  ms: number;
  envelopeId: string;
  /** `operation_timeout` (no ack in time), `dispatch_failed` (no connection), `http_<status>`. */
  error?: string;
  /** HTTP status (HTTP delivery only). */
  status?: number;
  /** The payload that was delivered to the app. */
  sent: Obj;
}

export interface CommandResult extends AckResult {
  triggerId: string;
  responseUrl: string;
}

export interface ActionResult extends AckResult {
  triggerId: string;
  responseUrl?: string;
}

export interface SubmitResult extends AckResult {
  /** `response_action` from the ack, if any. */
  responseAction?: string;
  /** Errors returned with response_action "errors". */
  errors?: Obj;
  /** Whether the submitted view is closed afterwards. */
  closed: boolean;
}

export interface EventResult extends AckResult {
  eventId: string;
  retryAttempt: number;
}

export interface Fault {
  /** Slack error code (`{ok:false,error}`); default `ratelimited` for 429, `internal_error` for 5xx. */
  error?: string;
  /** HTTP status (default 200; 429 adds Retry-After). */
  status?: number;
  /** Seconds for Retry-After (429 only; default 1). */
  retryAfter?: number;
  /** Extra fields merged into the error body. */
  extra?: Obj;
  /** Delay before answering. */
  delayMs?: number;
}

export interface RateLimitConfig {
  /** chat.postMessage per channel per second (Slack: ~1). */
  postMessagePerChannelPerSecond?: number;
  /** Generic per-method limits (Slack tiers: 1 / 20 / 50 / 100+ per minute). */
  perMethodPerMinute?: Record<string, number>;
}

export interface SignedRequestOptions {
  signingSecret: string;
  /** Seconds since epoch for X-Slack-Request-Timestamp (default: now). */
  timestamp?: number;
  /** Sign with a wrong secret. */
  badSignature?: boolean;
  retryNum?: number;
  retryReason?: string;
  /** Default: JSON for event_callback/url_verification bodies, form otherwise. */
  contentType?: "application/json" | "application/x-www-form-urlencoded";
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface SignedResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body, if it was JSON. */
  json?: unknown;
}

export type PressButtonInput = {
  user: string;
  actionId: string;
  /** Overrides the element's value (for selects: the selected option's value). */
  value?: string;
  blockId?: string;
  stateValues?: Obj;
  /** Deliver the action even if no such element is found in the message/view. */
  force?: boolean;
} & (
  | { channel: string; messageTs: string; viewId?: never; home?: never }
  | { viewId: string; channel?: never; messageTs?: never; home?: never }
  | { home: true; channel?: never; messageTs?: never; viewId?: never }
);

// =============================================================================================
// Helpers
// =============================================================================================

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export class HttpReply {
  constructor(
    readonly status: number,
    readonly body: Obj | string,
    readonly headers: Record<string, string> = {},
  ) {}
}

type Handler = (p: Obj, ctx: CallCtx) => Obj | HttpReply;

interface CallCtx {
  token: string;
}

function str(p: Obj, k: string): string | undefined {
  const v = p[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

function bool(p: Obj, k: string): boolean {
  const v = p[k];
  return v === true || v === "true" || v === "1" || v === 1;
}

/** A form field that holds JSON (blocks, view, files…), or the object itself (JSON bodies). */
function jsonField(p: Obj, k: string): { value?: unknown; bad?: boolean } {
  const v = p[k];
  if (v === undefined || v === null || v === "") return {};
  if (typeof v !== "string") return { value: v };
  try {
    return { value: JSON.parse(v) as unknown };
  } catch {
    return { bad: true };
  }
}

const ok = (o: Obj = {}): Obj => ({ ok: true, ...o });
const fail = (error: string, extra: Obj = {}): Obj => ({ ok: false, error, ...extra });

function blockErrors(errors: string[], code = "invalid_blocks"): Obj {
  return fail(code, { errors, response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) } });
}

function tzInfo(tz: string): { label: string; offset: number } {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "shortOffset" }).formatToParts(
      new Date(),
    );
    const name = parts.find((x) => x.type === "timeZoneName")?.value ?? "GMT";
    const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
    const offset = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60) : 0;
    const long = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "long" })
      .formatToParts(new Date())
      .find((x) => x.type === "timeZoneName")?.value;
    return { label: long ?? tz, offset };
  } catch {
    return { label: tz, offset: 0 };
  }
}

const MIME: Record<string, string> = {
  txt: "text/plain",
  csv: "text/csv",
  md: "text/markdown",
  json: "application/json",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  ics: "text/calendar",
  html: "text/html",
};

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64");
}

function decodeCursor(c: string | undefined): number {
  if (!c) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(c, "base64").toString());
  return m ? Number(m[1]) : 0;
}

function paginate<T>(items: T[], p: Obj, def = 100): { page: T[]; next: string } {
  const limit = Math.max(1, Math.min(1000, Number(str(p, "limit") ?? def) || def));
  const off = decodeCursor(str(p, "cursor"));
  const page = items.slice(off, off + limit);
  return { page, next: off + limit < items.length ? encodeCursor(off + limit) : "" };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** `v0=` + hex(HMAC-SHA256(secret, `v0:{ts}:{body}`)) — Slack's request signature. */
export function signSlackRequest(signingSecret: string, timestampSec: number, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest("hex")}`;
}

function serializeForHttp(
  body: string | Obj,
  contentType: SignedRequestOptions["contentType"],
): { raw: string; contentType: string } {
  if (typeof body === "string") {
    const ct =
      contentType ?? (body.trimStart().startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
    return { raw: body, contentType: ct };
  }
  const ct =
    contentType ??
    (body["type"] === "event_callback" || body["type"] === "url_verification" || body["type"] === "app_rate_limited"
      ? "application/json"
      : "application/x-www-form-urlencoded");
  if (ct === "application/json") return { raw: JSON.stringify(body), contentType: ct };
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) continue;
    fields[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return { raw: new URLSearchParams(fields).toString(), contentType: ct };
}

/**
 * Sends a request signed the way Slack signs requests to a request URL (Bolt's HTTPReceiver,
 * ExpressReceiver…). A plain object body becomes JSON for event callbacks and form fields
 * otherwise; an interaction should be passed as `{ payload: {...} }` (→ `payload=<json>`).
 */
export function signedRequest(
  url: string,
  body: string | Obj,
  opts: SignedRequestOptions,
  nowMs: number = Date.now(),
): Promise<SignedResponse> {
  const { raw, contentType } = serializeForHttp(body, opts.contentType);
  const ts = opts.timestamp ?? Math.floor(nowMs / 1000);
  const secret = opts.badSignature ? `${opts.signingSecret}-wrong` : opts.signingSecret;
  const headers: Record<string, string> = {
    "content-type": contentType,
    "content-length": String(Buffer.byteLength(raw)),
    "x-slack-request-timestamp": String(ts),
    "x-slack-signature": signSlackRequest(secret, ts, raw),
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    connection: "close",
    ...(opts.retryNum !== undefined && opts.retryNum > 0
      ? { "x-slack-retry-num": String(opts.retryNum), "x-slack-retry-reason": opts.retryReason ?? "http_timeout" }
      : {}),
    ...opts.headers,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        if (text.length > 0 && /json/.test(String(res.headers["content-type"] ?? ""))) {
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
        }
        resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers, json });
      });
      res.on("error", reject);
    });
    if (opts.timeoutMs) {
      req.setTimeout(opts.timeoutMs, () => req.destroy(new Error(`request timed out after ${opts.timeoutMs} ms`)));
    }
    req.on("error", reject);
    req.end(raw);
  });
}

// =============================================================================================
// Internal state types
// =============================================================================================

interface Pending {
  resolve: (r: { acked: boolean; payload?: Obj; ms: number; error?: string }) => void;
  start: number;
  timer: NodeJS.Timeout;
}

interface Conn {
  ws: WebSocket;
  id: number;
}

interface ResponseCtx {
  kind: "commands" | "actions";
  user: string;
  channel: string;
  createdAt: number;
  uses: number;
  /** Message the interaction came from (actions on messages). */
  messageTs?: string;
  ephemeralTs?: string;
  /** Ephemeral created by the ack / earlier responses (replace_original target). */
  ephemeral?: EphemeralMessage;
}

interface Trigger {
  user: string;
  at: number;
  used: boolean;
}

interface Waiter {
  check: () => boolean;
}

export interface EnvelopeLog {
  type: EnvelopeType;
  envelopeId: string;
  payload: Obj;
  retryAttempt?: number;
  ack?: Obj;
  acked: boolean;
  ms: number;
  error?: string;
}

// =============================================================================================
// The emulator
// =============================================================================================

export class SlackEmulator {
  readonly teamId: string;
  readonly teamName: string;
  readonly teamDomain: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botName: string;
  readonly appId: string;
  readonly verificationToken: string;

  /** `http://127.0.0.1:PORT/api/` — pass as `clientOptions.slackApiUrl`. */
  apiUrl = "";
  /** `http://127.0.0.1:PORT` */
  baseUrl = "";
  port = 0;

  private readonly clock: () => number;
  private readonly ackTimeoutMs: number;
  private readonly triggerTtlMs: number;
  private readonly responseUrlTtlMs: number;
  private readonly responseUrlMaxUses: number;
  private readonly connectionWaitMs: number;
  private readonly record: boolean;

  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly conns: Conn[] = [];
  private connSeq = 0;
  private rr = 0;
  private closed = false;
  private httpTarget: HttpTarget | undefined;

  private readonly botTokens = new Set<string>();
  private readonly revoked = new Set<string>();
  private readonly usersById = new Map<string, EmuUser>();
  private readonly channelsById = new Map<string, EmuChannel>();
  private readonly dmByUser = new Map<string, string>();
  private readonly msgsByChannel = new Map<string, StoredMessage[]>();
  private readonly msgIndex = new Map<string, StoredMessage>();
  private ephemeralList: EphemeralMessage[] = [];
  private readonly viewsById = new Map<string, StoredView>();
  private readonly homeByUser = new Map<string, string>();
  private readonly modalStack = new Map<string, string[]>();
  private modalLog: StoredView[] = [];
  private readonly filesById = new Map<string, StoredFile>();
  private callLog: ApiCall[] = [];
  private responsePosts: ResponseUrlPost[] = [];
  private envelopeLog: EnvelopeLog[] = [];
  private readonly responseCtx = new Map<string, ResponseCtx>();
  private readonly triggers = new Map<string, Trigger>();
  private readonly tickets = new Set<string>();
  private readonly events = new Map<string, { payload: Obj; attempts: number }>();
  private readonly pending = new Map<string, Pending>();
  private readonly faults = new Map<string, Array<Fault & { left: number }>>();
  private readonly latency = new Map<string, number>();
  private limits: RateLimitConfig | null = null;
  private readonly windows = new Map<string, number[]>();
  private readonly waiters = new Set<Waiter>();
  private lastMicros = 0;
  private responseSeq = 0;
  /** Acks that arrived after their timeout. */
  lateAcks = 0;
  /** The bot token's scopes (`undefined`: every scope). Change with {@link setScopes}. */
  private botScopes: Set<string> | undefined;
  private readonly shouldEscape: Record<string, boolean>;

  private readonly handlers: Record<string, Handler>;

  constructor(opts: SlackEmulatorOptions = {}) {
    this.teamId = opts.teamId ?? "T0EMULATOR";
    this.teamName = opts.teamName ?? "Mahdollisuudet käyttöön";
    this.teamDomain = opts.teamDomain ?? "mahdollisuudet";
    this.botToken = opts.botToken ?? "xoxb-emulator-bot-token";
    this.appToken = opts.appToken ?? "xapp-1-emulator-app-token";
    this.botUserId = opts.botUserId ?? "U0EMUBOT01";
    this.botId = opts.botId ?? "B0EMUBOT01";
    this.botName = opts.botName ?? "mkbot";
    this.appId = opts.appId ?? "A0EMUAPP01";
    this.verificationToken = opts.verificationToken ?? "emulatorVerificationToken";
    this.clock = opts.now ?? Date.now;
    this.ackTimeoutMs = opts.ackTimeoutMs ?? 3000;
    this.triggerTtlMs = opts.triggerTtlMs ?? 3000;
    this.responseUrlTtlMs = opts.responseUrlTtlMs ?? 30 * 60 * 1000;
    this.responseUrlMaxUses = opts.responseUrlMaxUses ?? 5;
    this.connectionWaitMs = opts.connectionWaitMs ?? 2000;
    this.record = opts.record ?? true;
    this.httpTarget = opts.http;
    this.botTokens.add(this.botToken);
    const manifest = readManifest(opts.manifestPath);
    this.shouldEscape = manifest.shouldEscape;
    this.botScopes = opts.scopes === "all" ? undefined : new Set(opts.scopes ?? manifest.botScopes);

    this.addUser({ id: this.botUserId, name: this.botName, real_name: this.botName, is_bot: true });

    this.handlers = this.buildHandlers();
    this.server = http.createServer((req, res) => {
      this.onRequest(req, res).catch((e: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: false, error: "internal_error", detail: String(e) }));
        }
      });
    });
    this.server.keepAliveTimeout = 5000;
    this.wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    this.server.on("upgrade", (req, socket, head) => this.onUpgrade(req, socket, head));
  }

  /** @internal */
  async listen(host = "127.0.0.1", port = 0): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.baseUrl = `http://${host}:${this.port}`;
    this.apiUrl = `${this.baseUrl}/api/`;
  }

  /** Closes HTTP + WebSocket servers and every socket immediately. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.resolve({ acked: false, ms: performance.now() - p.start, error: "emulator_closed" });
      this.pending.delete(id);
    }
    for (const w of [...this.waiters]) w.check();
    // Close handshake first (a client that is itself closing — app.stop() — completes cleanly;
    // @slack/socket-mode leaks a 30 s timer when its socket is cut mid-handshake), then cut.
    const sockets = [...this.wss.clients];
    if (sockets.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(
          sockets.map(
            (ws) =>
              new Promise<void>((resolve) => {
                if (ws.readyState === WebSocket.CLOSED) return resolve();
                ws.once("close", () => resolve());
                if (ws.readyState === WebSocket.OPEN) ws.close(1001, "emulator closing");
              }),
          ),
        ),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, 250);
        }),
      ]);
      clearTimeout(timer);
    }
    for (const ws of this.wss.clients) ws.terminate();
    this.conns.length = 0;
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Current emulator clock (ms). */
  now(): number {
    return this.clock();
  }

  workspace(): WorkspaceInfo {
    return {
      teamId: this.teamId,
      teamDomain: this.teamDomain,
      apiAppId: this.appId,
      verificationToken: this.verificationToken,
      botUserId: this.botUserId,
      botId: this.botId,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Workspace
  // -------------------------------------------------------------------------------------------

  addUser(u: AddUserInput): EmuUser {
    const tz = u.tz ?? "Europe/Helsinki";
    const info = tzInfo(tz);
    const user: EmuUser = {
      id: u.id,
      team_id: this.teamId,
      name: u.name,
      real_name: u.real_name ?? u.name,
      tz,
      tz_label: info.label,
      tz_offset: info.offset,
      is_bot: u.is_bot ?? false,
      is_admin: u.is_admin ?? false,
      deleted: u.deleted ?? false,
      ...(u.email !== undefined ? { email: u.email } : {}),
    };
    this.usersById.set(u.id, user);
    return user;
  }

  user(id: string): EmuUser | undefined {
    return this.usersById.get(id);
  }

  addChannel(c: AddChannelInput): EmuChannel {
    const members = new Set(c.members ?? []);
    if (c.botMember !== false) members.add(this.botUserId);
    const ch: EmuChannel = {
      id: c.id,
      name: c.name,
      is_channel: !c.is_private,
      is_group: !!c.is_private,
      is_im: false,
      is_mpim: false,
      is_private: !!c.is_private,
      is_archived: !!c.is_archived,
      is_general: !!c.is_general,
      created: Math.floor(this.clock() / 1000),
      creator: c.members?.[0] ?? this.botUserId,
      members,
      topic: c.topic ?? "",
      purpose: c.purpose ?? "",
    };
    this.channelsById.set(c.id, ch);
    if (!this.msgsByChannel.has(c.id)) this.msgsByChannel.set(c.id, []);
    return ch;
  }

  channel(id: string): EmuChannel | undefined {
    return this.channelsById.get(id);
  }

  archiveChannel(id: string): void {
    const ch = this.requireChannel(id);
    ch.is_archived = true;
  }

  unarchiveChannel(id: string): void {
    this.requireChannel(id).is_archived = false;
  }

  /** Deletes a channel: every method then answers `channel_not_found`. Messages stay readable here. */
  deleteChannel(id: string): void {
    this.channelsById.delete(id);
  }

  joinChannel(channel: string, user: string): void {
    this.requireChannel(channel).members.add(user);
  }

  leaveChannel(channel: string, user: string): void {
    this.requireChannel(channel).members.delete(user);
  }

  /** The DM channel (`D…`) between the bot and a user, created on first use. */
  dmChannel(user: string): string {
    const existing = this.dmByUser.get(user);
    if (existing) return existing;
    const id = newSlackId("D", 10);
    const ch: EmuChannel = {
      id,
      name: user,
      is_channel: false,
      is_group: false,
      is_im: true,
      is_mpim: false,
      is_private: true,
      is_archived: false,
      is_general: false,
      created: Math.floor(this.clock() / 1000),
      creator: user,
      members: new Set([user, this.botUserId]),
      user,
      topic: "",
      purpose: "",
    };
    this.channelsById.set(id, ch);
    this.msgsByChannel.set(id, []);
    this.dmByUser.set(user, id);
    return id;
  }

  addBotToken(token: string): void {
    this.botTokens.add(token);
  }

  /** Afterwards the token answers `token_revoked`. */
  revokeToken(token: string): void {
    this.revoked.add(token);
  }

  // -------------------------------------------------------------------------------------------
  // State accessors
  // -------------------------------------------------------------------------------------------

  /** Messages in a channel (or the DM with a user id), oldest first. Deleted ones only on request. */
  messages(channel: string, o: { includeDeleted?: boolean; includeReplies?: boolean } = {}): StoredMessage[] {
    const id = channel.startsWith("U") || channel.startsWith("W") ? (this.dmByUser.get(channel) ?? channel) : channel;
    const all = this.msgsByChannel.get(id) ?? [];
    return all.filter(
      (m) =>
        (o.includeDeleted || !m.deleted) &&
        (o.includeReplies !== false || m.thread_ts === undefined || m.thread_ts === m.ts),
    );
  }

  lastMessage(channel: string): StoredMessage | undefined {
    const list = this.messages(channel);
    return list[list.length - 1];
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.msgIndex.get(`${channel}:${ts}`);
  }

  /** Replies in a thread (not including the parent), oldest first. */
  threadReplies(channel: string, threadTs: string): StoredMessage[] {
    return this.messages(channel).filter((m) => m.thread_ts === threadTs && m.ts !== threadTs);
  }

  /** Messages in the bot's DM with a user. */
  dmMessages(user: string): StoredMessage[] {
    const id = this.dmByUser.get(user);
    return id ? this.messages(id) : [];
  }

  ephemerals(user?: string, channel?: string): EphemeralMessage[] {
    return this.ephemeralList.filter(
      (e) => (user === undefined || e.user === user) && (channel === undefined || e.channel === channel) && !e.deleted,
    );
  }

  lastEphemeral(user: string): EphemeralMessage | undefined {
    const l = this.ephemerals(user);
    return l[l.length - 1];
  }

  /** The published App Home view for a user (Slack's view object), if any. */
  homeView(user: string): Obj | undefined {
    const id = this.homeByUser.get(user);
    return id ? this.viewsById.get(id)?.view : undefined;
  }

  homeViewRecord(user: string): StoredView | undefined {
    const id = this.homeByUser.get(user);
    return id ? this.viewsById.get(id) : undefined;
  }

  /** The user's open modal stack (root first). */
  openModals(user: string): StoredView[] {
    return (this.modalStack.get(user) ?? []).map((id) => this.viewsById.get(id)).filter((v): v is StoredView => !!v);
  }

  /** Every modal ever opened (also closed ones), optionally for one user. */
  modals(user?: string): StoredView[] {
    return this.modalLog.filter((v) => user === undefined || v.user === user);
  }

  /** The topmost open modal of a user. */
  currentModal(user: string): StoredView | undefined {
    const s = this.modalStack.get(user);
    const id = s?.[s.length - 1];
    return id ? this.viewsById.get(id) : undefined;
  }

  view(id: string): StoredView | undefined {
    return this.viewsById.get(id);
  }

  /** Files whose upload was completed (files.completeUploadExternal); `all` includes pending ones. */
  files(o: { all?: boolean } = {}): StoredFile[] {
    return [...this.filesById.values()].filter((f) => o.all || f.completed);
  }

  file(id: string): StoredFile | undefined {
    return this.filesById.get(id);
  }

  /** Web API calls (in order), optionally for one method. */
  calls(method?: string): ApiCall[] {
    return method === undefined ? this.callLog.slice() : this.callLog.filter((c) => c.method === method);
  }

  responseUrlPosts(): ResponseUrlPost[] {
    return this.responsePosts.slice();
  }

  envelopes(type?: EnvelopeType): EnvelopeLog[] {
    return type === undefined ? this.envelopeLog.slice() : this.envelopeLog.filter((e) => e.type === type);
  }

  /** Forgets messages, ephemerals, views, files, calls and logs; keeps users, channels and config. */
  clearHistory(): void {
    for (const k of this.msgsByChannel.keys()) this.msgsByChannel.set(k, []);
    this.msgIndex.clear();
    this.ephemeralList = [];
    this.viewsById.clear();
    this.homeByUser.clear();
    this.modalStack.clear();
    this.modalLog = [];
    this.filesById.clear();
    this.callLog = [];
    this.responsePosts = [];
    this.envelopeLog = [];
    this.events.clear();
    this.responseCtx.clear();
    this.triggers.clear();
    this.windows.clear();
  }

  /** Resolves with fn()'s value once it is truthy — re-checked after every state change. */
  waitFor<T>(fn: () => T | undefined | null | false, timeoutMs = 2000, what = "condition"): Promise<T> {
    const first = fn();
    if (first) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const w: Waiter = {
        check: () => {
          if (this.closed) {
            done();
            reject(new Error(`emulator closed while waiting for ${what}`));
            return true;
          }
          const v = fn();
          if (v) {
            done();
            resolve(v);
            return true;
          }
          return false;
        },
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(w);
      };
      this.waiters.add(w);
    });
  }

  waitForMessage(
    channel: string,
    pred: (m: StoredMessage) => boolean = () => true,
    timeoutMs = 2000,
  ): Promise<StoredMessage> {
    return this.waitFor(
      () => {
        const l = this.messages(channel, { includeReplies: true });
        for (let i = l.length - 1; i >= 0; i--) {
          const m = l[i];
          if (m && pred(m)) return m;
        }
        return undefined;
      },
      timeoutMs,
      `a message in ${channel}`,
    );
  }

  waitForCall(method: string, pred: (c: ApiCall) => boolean = () => true, timeoutMs = 2000): Promise<ApiCall> {
    return this.waitFor(() => this.callLog.find((c) => c.method === method && pred(c)), timeoutMs, `a ${method} call`);
  }

  private changed(): void {
    if (this.waiters.size === 0) return;
    for (const w of [...this.waiters]) w.check();
  }

  // -------------------------------------------------------------------------------------------
  // Faults and limits
  // -------------------------------------------------------------------------------------------

  /**
   * The next `times` calls of `method` (or `"*"` for any) fail. `{status: 429, retryAfter}` answers
   * HTTP 429 + `Retry-After` + `{ok:false,error:"ratelimited"}`; otherwise `{ok:false,error}`.
   */
  failNext(method: string, fault: Fault, times = 1): void {
    const q = this.faults.get(method) ?? [];
    q.push({ ...fault, left: times });
    this.faults.set(method, q);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Adds latency to every call (or to one method). 0 removes it. */
  setLatency(ms: number, method = "*"): void {
    if (ms > 0) this.latency.set(method, ms);
    else this.latency.delete(method);
  }

  /** Enables rate limiting (off by default); `null` disables it. */
  rateLimits(cfg: RateLimitConfig | null): void {
    this.limits = cfg;
    this.windows.clear();
  }

  /** 0 when allowed, else seconds for Retry-After. */
  private hit(key: string, limit: number, windowMs: number): number {
    const now = this.clock();
    let w = this.windows.get(key);
    if (!w) {
      w = [];
      this.windows.set(key, w);
    }
    while (w.length > 0 && (w[0] ?? 0) <= now - windowMs) w.shift();
    if (w.length >= limit) {
      return Math.max(1, Math.ceil(((w[0] ?? now) + windowMs - now) / 1000));
    }
    w.push(now);
    return 0;
  }

  private rateLimited(retryAfter: number): HttpReply {
    return new HttpReply(429, fail("ratelimited"), { "retry-after": String(retryAfter) });
  }

  // -------------------------------------------------------------------------------------------
  // HTTP plumbing
  // -------------------------------------------------------------------------------------------

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname;
    const raw = await readBody(req);
    if (path.startsWith("/api/")) {
      const method = path.slice(5);
      const params = await parseParams(req, raw, url);
      const r = await this.api(method, params, req.headers.authorization);
      this.reply(res, r);
      return;
    }
    if (path.startsWith("/upload/v1/")) {
      this.reply(res, await this.upload(path.slice("/upload/v1/".length), req, raw));
      return;
    }
    if (path.startsWith("/commands/") || path.startsWith("/actions/")) {
      this.reply(res, this.respondViaUrl(`${this.baseUrl}${path}`, path, req, raw));
      return;
    }
    this.reply(res, new HttpReply(404, "not found", { "content-type": "text/plain" }));
  }

  private reply(res: http.ServerResponse, r: Obj | HttpReply): void {
    const rep = r instanceof HttpReply ? r : new HttpReply(200, r);
    const isText = typeof rep.body === "string";
    const body = isText ? (rep.body as string) : JSON.stringify(rep.body);
    res.writeHead(rep.status, {
      "content-type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      ...rep.headers,
    });
    res.end(body);
  }

  /** Runs one Web API method (also usable directly from tests without HTTP). */
  async api(method: string, params: Obj, authorization?: string): Promise<Obj | HttpReply> {
    const at = this.clock();
    let token: string | undefined;
    if (authorization && authorization.startsWith("Bearer ")) token = authorization.slice(7).trim();
    if (!token) token = str(params, "token");
    const lat = this.latency.get(method) ?? this.latency.get("*");
    if (lat) await sleep(lat);
    const fault = this.takeFault(method) ?? this.takeFault("*");
    if (fault?.delayMs) await sleep(fault.delayMs);
    // From here on everything is synchronous, so the call is recorded in the same tick as the
    // state change it caused (waiters never see a message without its call).
    const result = this.runApi(method, params, token, fault);
    if (this.record) {
      const body = result instanceof HttpReply ? result.body : result;
      const status = result instanceof HttpReply ? result.status : 200;
      const okRes = isObj(body) && body["ok"] === true;
      const call: ApiCall = { method, params, at, status, ok: okRes };
      if (token !== undefined) call.token = token;
      if (!okRes && isObj(body) && typeof body["error"] === "string") call.error = body["error"];
      this.callLog.push(call);
    }
    this.changed();
    return result;
  }

  private runApi(method: string, params: Obj, token: string | undefined, fault: Fault | undefined): Obj | HttpReply {
    if (fault) {
      const status = fault.status ?? 200;
      if (status === 429) {
        return new HttpReply(429, fail(fault.error ?? "ratelimited", fault.extra), {
          "retry-after": String(fault.retryAfter ?? 1),
        });
      }
      return new HttpReply(
        status,
        fail(fault.error ?? (status >= 500 ? "internal_error" : "fatal_error"), fault.extra),
      );
    }

    const handler = this.handlers[method];
    if (!handler) return fail("unknown_method", { req_method: method });

    if (!token) return fail("not_authed");
    if (this.revoked.has(token)) return fail("token_revoked");
    const isApp = token === this.appToken;
    const isBot = this.botTokens.has(token);
    if (!isApp && !isBot) return fail("invalid_auth");
    if (method === "apps.connections.open") {
      if (!isApp) return fail("not_allowed_token_type");
    } else if (isApp) {
      return fail("not_allowed_token_type");
    }
    if (isBot && this.botScopes) {
      const needed = this.scopesFor(method, params);
      if (needed.length && !needed.some((sc) => this.botScopes!.has(sc))) {
        return fail("missing_scope", { needed: needed.join(","), provided: [...this.botScopes].join(",") });
      }
    }

    if (this.limits?.perMethodPerMinute) {
      const lim = this.limits.perMethodPerMinute[method];
      if (lim !== undefined) {
        const ra = this.hit(`m:${method}`, lim, 60_000);
        if (ra > 0) return this.rateLimited(ra);
      }
    }
    return handler(params, { token });
  }

  /** The bot token's scopes from now on (`"all"`: no scope checks). */
  setScopes(scopes: string[] | "all"): void {
    this.botScopes = scopes === "all" ? undefined : new Set(scopes);
  }

  /**
   * The scopes a bot token needs for `method` (any one of them is enough), as Slack's method
   * reference lists them; for conversation methods the one matching the conversation's type.
   */
  private scopesFor(method: string, p: Obj): string[] {
    const kind = (suffix: string): string[] => {
      const ch = this.channelsById.get(str(p, "channel") ?? "");
      if (!ch) return [`channels:${suffix}`, `groups:${suffix}`, `im:${suffix}`, `mpim:${suffix}`];
      const t = ch.is_im ? "im" : ch.is_mpim ? "mpim" : ch.is_private ? "groups" : "channels";
      return [`${t}:${suffix}`];
    };
    switch (method) {
      case "chat.postMessage":
      case "chat.update":
      case "chat.delete":
      case "chat.postEphemeral":
        return ["chat:write"];
      case "conversations.info":
      case "conversations.members":
        return kind("read");
      case "conversations.list": {
        const types = (str(p, "types") ?? "public_channel").split(",").map((x) => x.trim());
        const map: Record<string, string> = {
          public_channel: "channels:read",
          private_channel: "groups:read",
          im: "im:read",
          mpim: "mpim:read",
        };
        return types.map((x) => map[x] ?? "channels:read");
      }
      case "conversations.history":
      case "conversations.replies":
        return kind("history");
      case "conversations.join":
        return ["channels:join"];
      case "conversations.open":
        return (str(p, "users") ?? "").includes(",") ? ["mpim:write"] : ["im:write"];
      case "users.info":
      case "users.list":
        return ["users:read"];
      case "users.lookupByEmail":
        return ["users:read.email"];
      case "reactions.add":
      case "reactions.remove":
        return ["reactions:write"];
      case "files.getUploadURLExternal":
      case "files.completeUploadExternal":
      case "files.delete":
        return ["files:write"];
      case "files.info":
        return ["files:read"];
      case "team.info":
        return ["team:read"];
      default:
        return [];
    }
  }

  private takeFault(method: string): Fault | undefined {
    const q = this.faults.get(method);
    const f = q?.[0];
    if (!q || !f) return undefined;
    f.left -= 1;
    if (f.left <= 0) q.shift();
    return f;
  }

  private onUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://x");
    const ticket = url.searchParams.get("ticket");
    if (this.closed || !url.pathname.startsWith("/link") || !ticket || !this.tickets.has(ticket)) {
      socket.end("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      socket.destroy();
      return;
    }
    this.tickets.delete(ticket);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
  }

  private onSocket(ws: WebSocket): void {
    if (this.closed) {
      ws.terminate();
      return;
    }
    this.connSeq += 1;
    const conn: Conn = { ws, id: this.connSeq };
    this.conns.push(conn);
    ws.on("message", (data, isBinary) => {
      if (isBinary) return;
      this.onSocketMessage(data.toString());
    });
    ws.on("error", () => undefined);
    ws.on("close", () => {
      const i = this.conns.indexOf(conn);
      if (i >= 0) this.conns.splice(i, 1);
      this.changed();
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.conns.length,
        debug_info: { host: `applink-emulator-${conn.id}`, build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    this.changed();
  }

  private onSocketMessage(text: string): void {
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      return;
    }
    if (!isObj(msg) || typeof msg["envelope_id"] !== "string") return;
    const p = this.pending.get(msg["envelope_id"]);
    if (!p) {
      this.lateAcks += 1;
      return;
    }
    this.pending.delete(msg["envelope_id"]);
    clearTimeout(p.timer);
    const payload = isObj(msg["payload"]) ? msg["payload"] : undefined;
    p.resolve({ acked: true, ...(payload ? { payload } : {}), ms: performance.now() - p.start });
  }

  // -------------------------------------------------------------------------------------------
  // Socket Mode connection control
  // -------------------------------------------------------------------------------------------

  connectionCount(): number {
    return this.conns.filter((c) => c.ws.readyState === WebSocket.OPEN).length;
  }

  waitForConnection(timeoutMs = 5000): Promise<number> {
    return this.waitFor(() => this.connectionCount() || undefined, timeoutMs, "a Socket Mode connection");
  }

  /** Sends Slack's `disconnect` message (`warning` / `refresh_requested` / `link_disabled`). */
  sendDisconnect(reason: "warning" | "refresh_requested" | "link_disabled" = "refresh_requested"): void {
    const msg = JSON.stringify({ type: "disconnect", reason, debug_info: { host: "applink-emulator" } });
    for (const c of this.conns) if (c.ws.readyState === WebSocket.OPEN) c.ws.send(msg);
  }

  /** Kills every Socket Mode connection without a close handshake. */
  dropConnections(): void {
    for (const c of [...this.conns]) c.ws.terminate();
  }

  /** Deliver user actions to an HTTP request URL (signed) instead of Socket Mode. */
  useHttp(target: HttpTarget): void {
    this.httpTarget = target;
  }

  useSocketMode(): void {
    this.httpTarget = undefined;
  }

  /**
   * {@link signedRequest}. The default timestamp is the REAL clock (the receiver verifies against
   * its own Date.now()), not the injected one; pass `timestamp` to test staleness.
   */
  signedRequest(url: string, body: string | Obj, opts: SignedRequestOptions): Promise<SignedResponse> {
    return signedRequest(url, body, opts);
  }

  // -------------------------------------------------------------------------------------------
  // Dispatch to the app
  // -------------------------------------------------------------------------------------------

  private pickConn(): Conn | undefined {
    const n = this.conns.length;
    for (let i = 0; i < n; i++) {
      this.rr = (this.rr + 1) % n;
      const c = this.conns[this.rr];
      if (c && c.ws.readyState === WebSocket.OPEN) return c;
    }
    return undefined;
  }

  private async dispatch(
    type: EnvelopeType,
    payload: Obj,
    o: { acceptsResponsePayload: boolean; retryAttempt?: number; retryReason?: string },
  ): Promise<AckResult> {
    if (this.closed) throw new Error("Slack emulator is closed");
    const result = this.httpTarget
      ? await this.dispatchHttp(this.httpTarget, type, payload, o)
      : await this.dispatchSocket(type, payload, o);
    if (this.record) {
      const log: EnvelopeLog = {
        type,
        envelopeId: result.envelopeId,
        payload,
        acked: result.acked,
        ms: result.ms,
      };
      if (o.retryAttempt !== undefined) log.retryAttempt = o.retryAttempt;
      if (result.payload) log.ack = result.payload;
      if (result.error) log.error = result.error;
      this.envelopeLog.push(log);
    }
    return result;
  }

  private async dispatchSocket(
    type: EnvelopeType,
    payload: Obj,
    o: { acceptsResponsePayload: boolean; retryAttempt?: number; retryReason?: string },
  ): Promise<AckResult> {
    let conn = this.pickConn();
    if (!conn && this.connectionWaitMs > 0) {
      try {
        await this.waitForConnection(this.connectionWaitMs);
      } catch {
        /* fall through */
      }
      conn = this.pickConn();
    }
    const envOpts: Parameters<typeof socketEnvelope>[2] = { acceptsResponsePayload: o.acceptsResponsePayload };
    if (o.retryAttempt !== undefined) envOpts.retryAttempt = o.retryAttempt;
    if (o.retryReason !== undefined) envOpts.retryReason = o.retryReason;
    const env: SocketEnvelope = socketEnvelope(type, payload, envOpts);
    if (!conn) {
      return { acked: false, ms: 0, envelopeId: env.envelope_id, error: "dispatch_failed", sent: payload };
    }
    const ws = conn.ws;
    const r = await new Promise<{ acked: boolean; payload?: Obj; ms: number; error?: string }>((resolve) => {
      const start = performance.now();
      const timer = setTimeout(() => {
        this.pending.delete(env.envelope_id);
        resolve({ acked: false, ms: performance.now() - start, error: "operation_timeout" });
      }, this.ackTimeoutMs);
      this.pending.set(env.envelope_id, { resolve, start, timer });
      ws.send(JSON.stringify(env));
    });
    return { ...r, envelopeId: env.envelope_id, sent: payload };
  }

  private async dispatchHttp(
    target: HttpTarget,
    type: EnvelopeType,
    payload: Obj,
    o: { retryAttempt?: number; retryReason?: string },
  ): Promise<AckResult> {
    const { body, contentType } = httpBodyFor(type, payload);
    const envelopeId = newEnvelopeId();
    const start = performance.now();
    const opts: SignedRequestOptions = {
      signingSecret: target.signingSecret,
      contentType,
      timeoutMs: this.ackTimeoutMs,
    };
    if (o.retryAttempt) {
      opts.retryNum = o.retryAttempt;
      opts.retryReason = o.retryReason ?? "http_timeout";
    }
    try {
      const res = await signedRequest(target.url, body, opts);
      const ms = performance.now() - start;
      if (res.status < 200 || res.status >= 300) {
        return { acked: false, ms, envelopeId, status: res.status, error: `http_${res.status}`, sent: payload };
      }
      let ack: Obj = {};
      if (res.body.length > 0) {
        try {
          const j: unknown = JSON.parse(res.body);
          ack = isObj(j) ? j : { text: res.body };
        } catch {
          ack = { text: res.body };
        }
      }
      return { acked: true, payload: ack, ms, envelopeId, status: res.status, sent: payload };
    } catch (e) {
      const ms = performance.now() - start;
      const timedOut = /timed out/.test(String(e));
      return { acked: false, ms, envelopeId, error: timedOut ? "operation_timeout" : "dispatch_failed", sent: payload };
    }
  }

  private newTrigger(user: string): string {
    const id = newTriggerId();
    if (this.triggers.size > 5000) {
      const cutoff = this.clock() - this.triggerTtlMs;
      for (const [k, t] of this.triggers) if (t.at < cutoff || t.used) this.triggers.delete(k);
    }
    this.triggers.set(id, { user, at: this.clock(), used: false });
    return id;
  }

  private newResponseUrl(kind: "commands" | "actions", ctx: Omit<ResponseCtx, "kind" | "createdAt" | "uses">): string {
    this.responseSeq += 1;
    const path = `/${kind}/${this.teamId}/${this.responseSeq}/${randomBytes(12).toString("hex")}`;
    this.responseCtx.set(path, { kind, createdAt: this.clock(), uses: 0, ...ctx });
    return `${this.baseUrl}${path}`;
  }

  private requireUser(id: string): EmuUser {
    const u = this.usersById.get(id);
    if (!u) throw new Error(`Slack emulator: unknown user ${id} (addUser first)`);
    return u;
  }

  private requireChannel(id: string): EmuChannel {
    const c = this.channelsById.get(id);
    if (!c) throw new Error(`Slack emulator: unknown channel ${id} (addChannel first)`);
    return c;
  }

  private channelRef(ch: EmuChannel): { id: string; name: string } {
    return { id: ch.id, name: ch.is_im ? "directmessage" : ch.is_mpim ? "mpdm" : ch.name };
  }

  /**
   * A user runs a slash command. Resolves with the app's ack payload and the ack time. A text /
   * blocks ack is shown like Slack does: ephemeral to the user, or in the channel with
   * `response_type: "in_channel"`.
   */
  async slashCommand(i: {
    user: string;
    channel: string;
    command: string;
    text?: string;
    raw?: boolean;
  }): Promise<CommandResult> {
    const u = this.requireUser(i.user);
    const typed = i.text ?? "";
    const text = i.raw ? typed : this.encodeTyped(typed, this.shouldEscape[i.command] ? "command" : "none");
    const ch = this.resolveChannel(i.channel) ?? this.requireChannel(i.channel);
    const triggerId = this.newTrigger(u.id);
    const ctx: Omit<ResponseCtx, "kind" | "createdAt" | "uses"> = { user: u.id, channel: ch.id };
    const responseUrl = this.newResponseUrl("commands", ctx);
    const payload = slashCommandPayload(this.workspace(), {
      user: { id: u.id, name: u.name },
      channel: this.channelRef(ch),
      command: i.command,
      text,
      responseUrl,
      triggerId,
    });
    const r = await this.dispatch("slash_commands", payload, { acceptsResponsePayload: true });
    if (r.acked && r.payload && (r.payload["text"] !== undefined || r.payload["blocks"] !== undefined)) {
      const rctx = this.responseCtx.get(new URL(responseUrl).pathname);
      this.showResponse(rctx, ch.id, u.id, r.payload, "ack");
    }
    return { ...r, triggerId, responseUrl };
  }

  /**
   * A user clicks a button (or picks an option of a select/overflow) in a message, an ephemeral
   * message, a modal (`viewId`) or their App Home (`home: true`).
   */
  async pressButton(i: PressButtonInput): Promise<ActionResult> {
    const u = this.requireUser(i.user);
    const triggerId = this.newTrigger(u.id);
    let blocks: unknown;
    let container: Obj;
    let channel: { id: string; name: string } | undefined;
    let message: Obj | undefined;
    let view: Obj | undefined;
    let responseUrl: string | undefined;
    if (i.channel !== undefined) {
      const ch = this.requireChannel(i.channel);
      channel = this.channelRef(ch);
      const m = this.message(ch.id, i.messageTs);
      if (m && !m.deleted) {
        blocks = m.blocks;
        message = this.publicMessage(m);
        container = { type: "message", message_ts: m.ts, channel_id: ch.id, is_ephemeral: false };
        if (m.thread_ts) container["thread_ts"] = m.thread_ts;
        responseUrl = this.newResponseUrl("actions", { user: u.id, channel: ch.id, messageTs: m.ts });
      } else {
        const e = this.ephemeralList.find((x) => x.channel === ch.id && x.ts === i.messageTs && !x.deleted);
        if (!e) throw new Error(`Slack emulator: no message ${i.messageTs} in ${ch.id}`);
        if (e.user !== u.id) throw new Error(`Slack emulator: ephemeral ${e.ts} is not visible to ${u.id}`);
        blocks = e.blocks;
        container = { type: "message", message_ts: e.ts, channel_id: ch.id, is_ephemeral: true };
        responseUrl = this.newResponseUrl("actions", { user: u.id, channel: ch.id, ephemeralTs: e.ts, ephemeral: e });
      }
    } else {
      const sv = i.home ? this.homeViewRecord(u.id) : i.viewId !== undefined ? this.viewsById.get(i.viewId) : undefined;
      if (!sv) throw new Error(`Slack emulator: no ${i.home ? "home view" : `view ${i.viewId}`} for ${u.id}`);
      if (sv.type === "modal" && !sv.open) throw new Error(`Slack emulator: modal ${sv.id} is closed`);
      blocks = sv.view["blocks"];
      view = sv.view;
      container = { type: "view", view_id: sv.id };
    }
    const found = findElement(blocks, i.actionId, i.blockId);
    if (!found && !i.force) {
      throw new Error(`Slack emulator: no element with action_id ${i.actionId} in the target message/view`);
    }
    const action = buildAction(found, i, formatTs(this.nextMicros()));
    const input: Parameters<typeof blockActionsPayload>[1] = {
      user: { id: u.id, name: u.name },
      triggerId,
      action,
      container,
    };
    if (channel) input.channel = channel;
    if (message) input.message = message;
    if (view) input.view = view;
    if (responseUrl) input.responseUrl = responseUrl;
    if (i.stateValues) input.stateValues = i.stateValues;
    const payload = blockActionsPayload(this.workspace(), input);
    const r = await this.dispatch("interactive", payload, { acceptsResponsePayload: false });
    return { ...r, triggerId, ...(responseUrl ? { responseUrl } : {}) };
  }

  /**
   * A user submits a modal. `view` is a view id or a view object returned by the emulator;
   * `values` is Slack's `state.values` shape, or shorthand `{block: {action: "text"}}`.
   * The ack's `response_action` is applied (errors / update / push / clear).
   */
  async submitView(i: {
    user: string;
    view: string | Obj;
    values?: Record<string, Record<string, unknown>>;
  }): Promise<SubmitResult> {
    const u = this.requireUser(i.user);
    const viewId = typeof i.view === "string" ? i.view : String(i.view["id"]);
    const sv = this.viewsById.get(viewId);
    if (!sv || sv.type !== "modal") throw new Error(`Slack emulator: no modal ${viewId}`);
    if (!sv.open) throw new Error(`Slack emulator: modal ${viewId} is not open`);
    if (sv.user !== u.id) throw new Error(`Slack emulator: modal ${viewId} belongs to ${sv.user}`);
    const triggerId = this.newTrigger(u.id);
    const values = normaliseStateValues(i.values ?? {});
    const payload = viewSubmissionPayload(this.workspace(), {
      user: { id: u.id, name: u.name },
      triggerId,
      view: sv.view,
      values,
    });
    const r = await this.dispatch("interactive", payload, {
      acceptsResponsePayload: interactiveAcceptsResponse("view_submission"),
    });
    if (!r.acked) return { ...r, closed: false };
    const ack = r.payload ?? {};
    const action = typeof ack["response_action"] === "string" ? ack["response_action"] : undefined;
    const res: SubmitResult = { ...r, closed: false };
    if (action) res.responseAction = action;
    switch (action) {
      case "errors":
        if (isObj(ack["errors"])) res.errors = ack["errors"];
        break;
      case "update":
        if (isObj(ack["view"])) this.replaceView(sv, ack["view"], "response_action:update");
        break;
      case "push":
        if (isObj(ack["view"])) this.openModal(u.id, ack["view"], "response_action:push", true);
        break;
      case "clear":
        this.closeModals(u.id, true);
        res.closed = true;
        break;
      default:
        this.closeTop(u.id, viewId);
        res.closed = true;
    }
    this.changed();
    return res;
  }

  /** A user closes a modal with the close button (view_closed is sent only with notify_on_close). */
  async closeView(i: { user: string; view: string | Obj }): Promise<AckResult | undefined> {
    const u = this.requireUser(i.user);
    const viewId = typeof i.view === "string" ? i.view : String(i.view["id"]);
    const sv = this.viewsById.get(viewId);
    if (!sv || !sv.open) throw new Error(`Slack emulator: modal ${viewId} is not open`);
    const clear = sv.view["clear_on_close"] === true;
    if (clear) this.closeModals(u.id, false);
    else this.closeTop(u.id, viewId);
    this.changed();
    if (sv.view["notify_on_close"] !== true) return undefined;
    const payload = viewClosedPayload(this.workspace(), { id: u.id, name: u.name }, sv.view, clear);
    return this.dispatch("interactive", payload, { acceptsResponsePayload: false });
  }

  /**
   * Delivers an Events API event (`events_api` envelope / event_callback POST). Missing event
   * fields are filled like Slack does (event_ts; ts/channel_type for messages; channel/tab/view
   * for app_home_opened). Re-sending with the same `eventId` re-delivers the same payload, with
   * `retryNum` → `retry_attempt` / `X-Slack-Retry-Num`.
   */
  async sendEvent(
    event: Obj & { type: string },
    o: { eventId?: string; retryNum?: number; retryReason?: string; record?: boolean } = {},
  ): Promise<EventResult> {
    const known = o.eventId !== undefined ? this.events.get(o.eventId) : undefined;
    let payload: Obj;
    let eventId: string;
    if (known && o.eventId !== undefined) {
      payload = known.payload;
      eventId = o.eventId;
      known.attempts += 1;
    } else {
      eventId = o.eventId ?? newEventId();
      const ev = this.enrichEvent({ ...event }, o.record !== false);
      payload = eventCallbackPayload(this.workspace(), ev, { eventId, eventTime: Math.floor(this.clock() / 1000) });
      this.events.set(eventId, { payload, attempts: 1 });
      if (this.events.size > 10000) {
        const first = this.events.keys().next().value;
        if (first !== undefined) this.events.delete(first);
      }
    }
    const retryAttempt = o.retryNum ?? 0;
    const retryReason = o.retryReason ?? (retryAttempt > 0 ? "timeout" : "");
    const r = await this.dispatch("events_api", payload, {
      acceptsResponsePayload: false,
      retryAttempt,
      retryReason,
    });
    return { ...r, eventId, retryAttempt };
  }

  /** Re-delivers a previously sent event as Slack's retry number `retryNum` (default: next). */
  retryEvent(eventId: string, o: { retryNum?: number; retryReason?: string } = {}): Promise<EventResult> {
    const known = this.events.get(eventId);
    if (!known) throw new Error(`Slack emulator: unknown event ${eventId}`);
    const opts: { eventId: string; retryNum: number; retryReason?: string } = {
      eventId,
      retryNum: o.retryNum ?? known.attempts,
    };
    if (o.retryReason !== undefined) opts.retryReason = o.retryReason;
    return this.sendEvent({ type: "retry" }, opts);
  }

  /**
   * A user posts a message (stored in the channel and delivered as a `message` event). `text` is
   * what the user typed; Slack's encoding is applied (`raw: true` sends `text` as it is).
   */
  userMessage(i: {
    user: string;
    channel: string;
    text: string;
    thread_ts?: string;
    eventId?: string;
    raw?: boolean;
  }): Promise<EventResult> {
    const text = i.raw ? i.text : this.encodeTyped(i.text, "message");
    const ev: Obj & { type: string } = { type: "message", user: i.user, channel: i.channel, text };
    if (i.thread_ts) ev["thread_ts"] = i.thread_ts;
    return this.sendEvent(ev, i.eventId ? { eventId: i.eventId } : {});
  }

  /** A user opens the bot's App Home tab (`app_home_opened`). */
  openAppHome(user: string, tab: "home" | "messages" = "home"): Promise<EventResult> {
    return this.sendEvent({ type: "app_home_opened", user, tab });
  }

  /**
   * What Slack makes of typed text: `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` everywhere. In
   * messages (and command text of a command with `should_escape: true`) the server also wraps
   * what it recognises: addresses `<https://…>`, `www.…` as `<http://www.…|www.…>`, e-mail
   * addresses `<mailto:…|…>`, picked people `<@U…>` (commands: `<@U…|name>`), channels
   * `<#C…|name>`, and `@channel`/`@here`/`@everyone` as `<!channel>`/`<!here>`/`<!everyone>`.
   * Commands without escaping get the entity encoding only ("Escape channels, users, and links
   * sent to your app" off).
   */
  encodeTyped(typed: string, mode: "message" | "command" | "none"): string {
    const escaped = typed.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    if (mode === "none") return escaped;
    const users = [...this.usersById.values()];
    const channels = [...this.channelsById.values()].filter((c) => !c.is_im && !c.is_mpim);
    const trail = /[.,!?;:)]+$/;
    return escaped.replace(
      /(^|[\s(])((?:https?:\/\/|www\.)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w.-]+)/g,
      (all, pre: string, word: string) => {
        const tail = trail.exec(word)?.[0] ?? "";
        const w = tail ? word.slice(0, -tail.length) : word;
        if (/^https?:\/\//.test(w)) return `${pre}<${w}>${tail}`;
        if (w.startsWith("www.")) return `${pre}<http://${w}|${w}>${tail}`;
        if (!w.startsWith("@") && !w.startsWith("#") && w.includes("@")) return `${pre}<mailto:${w}|${w}>${tail}`;
        if (w.startsWith("@")) {
          const name = w.slice(1);
          if (name === "channel" || name === "here" || name === "everyone") return `${pre}<!${name}>${tail}`;
          const u = users.find((x) => x.name === name);
          if (u) return `${pre}${mode === "command" ? `<@${u.id}|${u.name}>` : `<@${u.id}>`}${tail}`;
        }
        if (w.startsWith("#")) {
          const c = channels.find((x) => x.name === w.slice(1));
          if (c) return `${pre}<#${c.id}|${c.name}>${tail}`;
        }
        return all;
      },
    );
  }

  /**
   * Every Slack control sequence (`<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`,
   * `<@U…>`) in what the app sent: messages, ephemerals, response_url posts, modals and App
   * Home. Each one would ping people; an app that escapes user text sends none of its own.
   */
  pings(): { where: string; token: string }[] {
    const found: { where: string; token: string }[] = [];
    const scan = (where: string, v: unknown) => {
      if (typeof v === "string") {
        for (const m of v.matchAll(/<(![a-z]+(?:\^[^|>]*)?|@[UW][A-Z0-9]+)(?:\|[^>]*)?>/g))
          found.push({ where, token: m[0] });
      } else if (Array.isArray(v)) v.forEach((x) => scan(where, x));
      else if (isObj(v)) for (const x of Object.values(v)) scan(where, x);
    };
    for (const list of this.msgsByChannel.values()) {
      for (const m of list)
        if (m.user === this.botUserId)
          for (const ver of m.versions)
            scan(`message ${m.channel} ${m.ts}`, [ver.text, ver.blocks ?? [], ver.attachments ?? []]);
    }
    for (const e of this.ephemeralList) scan(`ephemeral ${e.channel} ${e.user}`, [e.text, e.blocks ?? [], e.versions]);
    for (const v of this.viewsById.values()) scan(`view ${v.type} ${v.user}`, v.versions);
    for (const r of this.responsePosts) scan("response_url", r.body);
    return found;
  }

  private enrichEvent(ev: Obj, record: boolean): Obj {
    const type = String(ev["type"]);
    if (ev["event_ts"] === undefined) ev["event_ts"] = formatTs(this.nextMicros());
    if (type === "app_home_opened") {
      const user = String(ev["user"]);
      if (ev["channel"] === undefined) ev["channel"] = this.dmChannel(user);
      if (ev["tab"] === undefined) ev["tab"] = "home";
      const hv = this.homeView(user);
      if (hv && ev["view"] === undefined && ev["tab"] === "home") ev["view"] = hv;
    } else if (type === "message" || type === "app_mention") {
      if (ev["ts"] === undefined) ev["ts"] = ev["event_ts"];
      const chId = String(ev["channel"]);
      const ch = this.channelsById.get(chId);
      if (ch) {
        if (type === "message" && ev["channel_type"] === undefined) {
          ev["channel_type"] = ch.is_im ? "im" : ch.is_mpim ? "mpim" : ch.is_private ? "group" : "channel";
        }
        if (ev["team"] === undefined) ev["team"] = this.teamId;
        if (
          type === "message" &&
          record &&
          ev["subtype"] === undefined &&
          !this.msgIndex.has(`${chId}:${String(ev["ts"])}`)
        ) {
          const m: StoredMessage = {
            type: "message",
            channel: chId,
            ts: String(ev["ts"]),
            user: String(ev["user"]),
            text: typeof ev["text"] === "string" ? ev["text"] : "",
            versions: [],
            deleted: false,
            source: "user",
          };
          if (Array.isArray(ev["blocks"])) m.blocks = ev["blocks"] as Obj[];
          if (typeof ev["thread_ts"] === "string") m.thread_ts = ev["thread_ts"];
          m.versions.push({ text: m.text, ...(m.blocks ? { blocks: m.blocks } : {}), at: m.ts, by: "user" });
          this.storeMessage(m);
        }
      }
    } else if (type === "member_joined_channel") {
      const ch = this.channelsById.get(String(ev["channel"]));
      if (ch) {
        ch.members.add(String(ev["user"]));
        if (ev["channel_type"] === undefined) ev["channel_type"] = ch.is_private ? "G" : "C";
      }
      if (ev["team"] === undefined) ev["team"] = this.teamId;
    } else if (type === "member_left_channel") {
      const ch = this.channelsById.get(String(ev["channel"]));
      if (ch) {
        ch.members.delete(String(ev["user"]));
        if (ev["channel_type"] === undefined) ev["channel_type"] = ch.is_private ? "G" : "C";
      }
      if (ev["team"] === undefined) ev["team"] = this.teamId;
    }
    return ev;
  }

  // -------------------------------------------------------------------------------------------
  // Messages / ephemerals / views (shared by API methods and interactions)
  // -------------------------------------------------------------------------------------------

  private nextMicros(): number {
    let m = Math.floor(this.clock() * 1000);
    if (m <= this.lastMicros) m = this.lastMicros + 1;
    this.lastMicros = m;
    return m;
  }

  private nextTs(): string {
    return formatTs(this.nextMicros());
  }

  private storeMessage(m: StoredMessage): void {
    let list = this.msgsByChannel.get(m.channel);
    if (!list) {
      list = [];
      this.msgsByChannel.set(m.channel, list);
    }
    list.push(m);
    this.msgIndex.set(`${m.channel}:${m.ts}`, m);
    if (m.thread_ts && m.thread_ts !== m.ts) {
      const parent = this.msgIndex.get(`${m.channel}:${m.thread_ts}`);
      if (parent) {
        parent.reply_count = (parent.reply_count ?? 0) + 1;
        parent.latest_reply = m.ts;
        const users = new Set(parent.reply_users ?? []);
        users.add(m.user);
        parent.reply_users = [...users];
        if (parent.thread_ts === undefined) parent.thread_ts = parent.ts;
      }
    }
    this.changed();
  }

  private botMessage(
    channel: string,
    content: { text: string; blocks?: Obj[]; attachments?: Obj[] },
    source: MessageSource,
  ): StoredMessage {
    const ts = this.nextTs();
    const m: StoredMessage = {
      type: "message",
      channel,
      ts,
      user: this.botUserId,
      bot_id: this.botId,
      app_id: this.appId,
      text: content.text,
      versions: [],
      deleted: false,
      source,
    };
    if (content.blocks) m.blocks = content.blocks;
    if (content.attachments) m.attachments = content.attachments;
    m.versions.push({ ...contentOf(m), at: ts, by: source });
    return m;
  }

  /** The message object as Slack returns it (API responses, interaction payloads). */
  publicMessage(m: StoredMessage): Obj {
    const o: Obj = { user: m.user, type: "message", ts: m.ts };
    if (m.subtype) o["subtype"] = m.subtype;
    if (m.bot_id) {
      o["bot_id"] = m.bot_id;
      o["app_id"] = m.app_id;
    }
    o["text"] = m.text;
    o["team"] = this.teamId;
    if (m.bot_id) {
      o["bot_profile"] = {
        id: m.bot_id,
        app_id: m.app_id,
        name: this.botName,
        icons: {},
        deleted: false,
        updated: Math.floor(this.clock() / 1000),
        team_id: this.teamId,
      };
    }
    if (m.blocks) o["blocks"] = m.blocks;
    if (m.attachments) o["attachments"] = m.attachments;
    if (m.thread_ts) o["thread_ts"] = m.thread_ts;
    if (m.thread_ts && m.thread_ts !== m.ts) {
      const parent = this.msgIndex.get(`${m.channel}:${m.thread_ts}`);
      if (parent) o["parent_user_id"] = parent.user;
    }
    if (m.reply_count !== undefined) {
      o["reply_count"] = m.reply_count;
      o["reply_users"] = m.reply_users;
      o["reply_users_count"] = m.reply_users?.length ?? 0;
      o["latest_reply"] = m.latest_reply;
    }
    if (m.files) {
      o["files"] = m.files;
      o["upload"] = true;
      o["display_as_bot"] = false;
    }
    if (m.edited) o["edited"] = m.edited;
    if (m.metadata) o["metadata"] = m.metadata;
    if (m.reactions) o["reactions"] = m.reactions;
    return o;
  }

  private addEphemeral(e: Omit<EphemeralMessage, "versions" | "deleted" | "ts"> & { ts?: string }): EphemeralMessage {
    const ts = e.ts ?? this.nextTs();
    const eph: EphemeralMessage = { ...e, ts, versions: [], deleted: false };
    eph.versions.push({ text: eph.text, ...(eph.blocks ? { blocks: eph.blocks } : {}), at: ts, by: e.source });
    this.ephemeralList.push(eph);
    this.changed();
    return eph;
  }

  /** Shows an ack / response_url body the way Slack renders it. */
  private showResponse(
    ctx: ResponseCtx | undefined,
    channel: string,
    user: string,
    body: Obj,
    source: MessageSource,
  ): void {
    const content = messageContent(body);
    if (body["response_type"] === "in_channel") {
      const m = this.botMessage(channel, content, source);
      if (typeof body["thread_ts"] === "string") m.thread_ts = body["thread_ts"];
      this.storeMessage(m);
      return;
    }
    const e: Omit<EphemeralMessage, "versions" | "deleted" | "ts"> = { channel, user, text: content.text, source };
    if (content.blocks) e.blocks = content.blocks;
    if (content.attachments) e.attachments = content.attachments;
    if (typeof body["thread_ts"] === "string") e.thread_ts = body["thread_ts"];
    const eph = this.addEphemeral(e);
    if (ctx) ctx.ephemeral = eph;
  }

  private respondViaUrl(url: string, path: string, req: http.IncomingMessage, raw: Buffer): HttpReply {
    const ctx = this.responseCtx.get(path);
    let body: Obj = {};
    const text = raw.toString("utf8");
    try {
      const ct = String(req.headers["content-type"] ?? "");
      if (ct.includes("x-www-form-urlencoded")) {
        const payload = new URLSearchParams(text).get("payload");
        body = payload ? (JSON.parse(payload) as Obj) : {};
      } else {
        const j: unknown = text ? JSON.parse(text) : {};
        body = isObj(j) ? j : {};
      }
    } catch {
      return this.logResponse(url, ctx?.kind ?? "commands", body, new HttpReply(400, fail("invalid_payload")));
    }
    const kind = ctx?.kind ?? (path.startsWith("/actions/") ? "actions" : "commands");
    if (!ctx) return this.logResponse(url, kind, body, new HttpReply(404, fail("no_service")));
    if (this.clock() - ctx.createdAt > this.responseUrlTtlMs) {
      return this.logResponse(url, kind, body, new HttpReply(404, fail("expired_url")));
    }
    if (ctx.uses >= this.responseUrlMaxUses)
      return this.logResponse(url, kind, body, new HttpReply(404, fail("used_url")));

    if (bool(body, "delete_original")) {
      if (ctx.messageTs) {
        const m = this.message(ctx.channel, ctx.messageTs);
        if (m) m.deleted = true;
      } else if (ctx.ephemeral) ctx.ephemeral.deleted = true;
      ctx.uses += 1;
      this.changed();
      return this.logResponse(url, kind, body, new HttpReply(200, ok()));
    }
    const content = messageContent(body);
    if (!content.text && !content.blocks?.length && !content.attachments?.length) {
      return this.logResponse(url, kind, body, new HttpReply(400, fail("no_text")));
    }
    if (content.blocks) {
      const errs = validateBlocks(content.blocks, "message");
      if (errs.length) return this.logResponse(url, kind, body, new HttpReply(400, blockErrors(errs)));
    }
    ctx.uses += 1;
    if (bool(body, "replace_original")) {
      const m = ctx.messageTs ? this.message(ctx.channel, ctx.messageTs) : undefined;
      if (m && !m.deleted) {
        applyUpdate(m, content, this.nextTs(), "response_url");
      } else if (ctx.ephemeral && !ctx.ephemeral.deleted) {
        applyUpdate(ctx.ephemeral, content, this.nextTs(), "response_url");
      } else {
        this.showResponse(ctx, ctx.channel, ctx.user, { ...body, response_type: "ephemeral" }, "response_url");
      }
      this.changed();
    } else {
      this.showResponse(ctx, ctx.channel, ctx.user, body, "response_url");
    }
    return this.logResponse(url, kind, body, new HttpReply(200, ok()));
  }

  private logResponse(url: string, kind: "commands" | "actions", body: Obj, r: HttpReply): HttpReply {
    const b = r.body;
    const post: ResponseUrlPost = { url, kind, body, at: this.clock(), status: r.status, ok: r.status === 200 };
    if (isObj(b) && typeof b["error"] === "string") post.error = b["error"];
    this.responsePosts.push(post);
    this.changed();
    return r;
  }

  private checkTrigger(triggerId: string | undefined): string | undefined {
    if (!triggerId) return "invalid_trigger_id";
    const t = this.triggers.get(triggerId);
    if (!t) return "invalid_trigger_id";
    if (t.used) return "exchanged_trigger_id";
    if (this.clock() - t.at > this.triggerTtlMs) return "expired_trigger_id";
    t.used = true;
    return undefined;
  }

  private buildView(id: string, input: Obj, o: { previous?: string | null; root?: string }): Obj {
    const type = input["type"] === "home" ? "home" : "modal";
    const v: Obj = {
      id,
      team_id: this.teamId,
      type,
      blocks: input["blocks"] ?? [],
      private_metadata: typeof input["private_metadata"] === "string" ? input["private_metadata"] : "",
      callback_id: typeof input["callback_id"] === "string" ? input["callback_id"] : "",
      state: { values: {} },
      hash: `${Math.floor(this.clock() / 1000)}.${randomBytes(4).toString("hex")}`,
      title: input["title"] ?? null,
      clear_on_close: input["clear_on_close"] === true,
      notify_on_close: input["notify_on_close"] === true,
      close: input["close"] ?? null,
      submit: input["submit"] ?? null,
      previous_view_id: o.previous ?? null,
      root_view_id: o.root ?? id,
      app_id: this.appId,
      external_id: typeof input["external_id"] === "string" ? input["external_id"] : "",
      app_installed_team_id: this.teamId,
      bot_id: this.botId,
    };
    return v;
  }

  private openModal(user: string, input: Obj, via: string, push: boolean): StoredView {
    ensureBlockIds(input["blocks"]);
    const stack = push ? (this.modalStack.get(user) ?? []) : [];
    if (!push) this.closeModals(user, false);
    const id = newSlackId("V", 10);
    const prev = stack[stack.length - 1];
    const root = stack[0];
    const o: { previous?: string | null; root?: string } = { previous: prev ?? null };
    if (root !== undefined) o.root = root;
    const sv: StoredView = {
      id,
      user,
      type: "modal",
      view: this.buildView(id, input, o),
      versions: [input],
      open: true,
      openedVia: via,
    };
    this.viewsById.set(id, sv);
    stack.push(id);
    this.modalStack.set(user, stack);
    this.modalLog.push(sv);
    this.changed();
    return sv;
  }

  private replaceView(sv: StoredView, input: Obj, _via: string): void {
    ensureBlockIds(input["blocks"]);
    const o: { previous?: string | null; root?: string } = {
      previous: (sv.view["previous_view_id"] as string | null) ?? null,
    };
    if (typeof sv.view["root_view_id"] === "string") o.root = sv.view["root_view_id"];
    sv.view = this.buildView(sv.id, { ...input, type: sv.type }, o);
    sv.versions.push(input);
    this.changed();
  }

  private closeTop(user: string, viewId: string): void {
    const stack = this.modalStack.get(user) ?? [];
    const i = stack.indexOf(viewId);
    if (i < 0) return;
    const sv = this.viewsById.get(viewId);
    if (sv) sv.open = false;
    stack.splice(i, 1);
    if (stack.length === 0) this.modalStack.delete(user);
  }

  private closeModals(user: string, _cleared: boolean): void {
    for (const id of this.modalStack.get(user) ?? []) {
      const sv = this.viewsById.get(id);
      if (sv) sv.open = false;
    }
    this.modalStack.delete(user);
  }

  private resolveChannel(arg: string | undefined): EmuChannel | undefined {
    if (!arg) return undefined;
    if ((arg.startsWith("U") || arg.startsWith("W")) && this.usersById.has(arg)) {
      return this.channelsById.get(this.dmChannel(arg));
    }
    if (arg.startsWith("#")) {
      const name = arg.slice(1);
      for (const c of this.channelsById.values()) if (c.name === name) return c;
      return undefined;
    }
    return this.channelsById.get(arg);
  }

  private publicChannel(ch: EmuChannel, withCount = false): Obj {
    if (ch.is_im) {
      return {
        id: ch.id,
        created: ch.created,
        is_archived: false,
        is_im: true,
        is_org_shared: false,
        context_team_id: this.teamId,
        updated: ch.created * 1000,
        user: ch.user,
        is_user_deleted: this.usersById.get(ch.user ?? "")?.deleted ?? false,
        priority: 0,
      };
    }
    const o: Obj = {
      id: ch.id,
      name: ch.name,
      is_channel: ch.is_channel,
      is_group: ch.is_group,
      is_im: false,
      is_mpim: ch.is_mpim,
      is_private: ch.is_private,
      created: ch.created,
      is_archived: ch.is_archived,
      is_general: ch.is_general,
      unlinked: 0,
      name_normalized: ch.name,
      is_shared: false,
      is_org_shared: false,
      is_pending_ext_shared: false,
      pending_shared: [],
      context_team_id: this.teamId,
      updated: ch.created * 1000,
      creator: ch.creator,
      is_ext_shared: false,
      shared_team_ids: [this.teamId],
      is_member: ch.members.has(this.botUserId),
      topic: { value: ch.topic, creator: "", last_set: 0 },
      purpose: { value: ch.purpose, creator: "", last_set: 0 },
      previous_names: [],
    };
    if (withCount) o["num_members"] = ch.members.size;
    return o;
  }

  private publicUser(u: EmuUser): Obj {
    return {
      id: u.id,
      team_id: u.team_id,
      name: u.name,
      deleted: u.deleted,
      color: "9f69e7",
      real_name: u.real_name,
      tz: u.tz,
      tz_label: u.tz_label,
      tz_offset: u.tz_offset,
      profile: {
        real_name: u.real_name,
        real_name_normalized: u.real_name,
        display_name: u.name,
        display_name_normalized: u.name,
        ...(u.email !== undefined ? { email: u.email } : {}),
        team: u.team_id,
        ...(u.is_bot ? { bot_id: this.botId, api_app_id: this.appId } : {}),
      },
      is_admin: u.is_admin,
      is_owner: false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: u.is_bot,
      is_app_user: false,
      updated: Math.floor(this.clock() / 1000),
    };
  }

  private publicFile(f: StoredFile): Obj {
    const ext = f.name.includes(".") ? (f.name.split(".").pop() ?? "").toLowerCase() : "";
    const mimetype = MIME[ext] ?? "application/octet-stream";
    const host = `https://files.slack.com/files-pri/${this.teamId}-${f.id}`;
    return {
      id: f.id,
      created: f.created,
      timestamp: f.created,
      name: f.name,
      title: f.title,
      mimetype,
      filetype: ext || "binary",
      pretty_type: ext ? ext.toUpperCase() : "Binary",
      user: f.user,
      user_team: this.teamId,
      editable: false,
      size: f.content?.length ?? f.length,
      mode: "hosted",
      is_external: false,
      external_type: "",
      is_public: f.channels.some((c) => this.channelsById.get(c)?.is_channel === true),
      public_url_shared: false,
      display_as_bot: false,
      username: "",
      url_private: `${host}/${encodeURIComponent(f.name)}`,
      url_private_download: `${host}/download/${encodeURIComponent(f.name)}`,
      permalink: `https://${this.teamDomain}.slack.com/files/${f.user}/${f.id}/${encodeURIComponent(f.name)}`,
      permalink_public: `https://slack-files.com/${this.teamId}-${f.id}-${randomBytes(5).toString("hex")}`,
      comments_count: 0,
      is_starred: false,
      shares: {},
      channels: f.channels.filter((c) => this.channelsById.get(c)?.is_channel === true),
      groups: f.channels.filter((c) => this.channelsById.get(c)?.is_group === true),
      ims: f.channels.filter((c) => this.channelsById.get(c)?.is_im === true),
      has_more_shares: false,
      has_rich_preview: false,
      file_access: "visible",
      ...(f.alt_text !== undefined ? { alt_txt: f.alt_text } : {}),
    };
  }

  private async upload(fileId: string, req: http.IncomingMessage, raw: Buffer): Promise<HttpReply> {
    const f = this.filesById.get(fileId);
    if (!f) return new HttpReply(404, "file not found");
    let content = raw;
    const ct = String(req.headers["content-type"] ?? "");
    if (ct.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": ct } }).formData();
      let picked: Buffer | undefined;
      for (const [, v] of form.entries()) {
        if (typeof v !== "string") {
          picked = Buffer.from(await (v as Blob).arrayBuffer());
          break;
        }
        picked ??= Buffer.from(v);
      }
      content = picked ?? Buffer.alloc(0);
    }
    f.content = content;
    f.uploaded = true;
    this.changed();
    return new HttpReply(200, `OK - ${content.length}`);
  }

  // -------------------------------------------------------------------------------------------
  // Web API methods
  // -------------------------------------------------------------------------------------------

  /** A private channel is invisible to a bot that is not in it: Slack answers channel_not_found. */
  private visible(ch: EmuChannel | undefined): EmuChannel | undefined {
    if (!ch) return undefined;
    if (ch.is_private && !ch.is_im && !ch.is_mpim && !ch.members.has(this.botUserId)) return undefined;
    return ch;
  }

  private postable(arg: string | undefined): EmuChannel | Obj {
    const ch = this.visible(this.resolveChannel(arg));
    if (!ch) return fail("channel_not_found");
    if (ch.is_archived) return fail("is_archived");
    if (!ch.is_im && !ch.members.has(this.botUserId)) return fail("not_in_channel");
    return ch;
  }

  /** Parses + validates text/blocks/attachments; returns content or an error body. */
  private contentFrom(
    p: Obj,
    surface: "message" = "message",
  ): { text: string; blocks?: Obj[]; attachments?: Obj[] } | Obj {
    const b = jsonField(p, "blocks");
    if (b.bad || (b.value !== undefined && !Array.isArray(b.value))) return fail("invalid_blocks_format");
    const a = jsonField(p, "attachments");
    if (a.bad || (a.value !== undefined && !Array.isArray(a.value))) return fail("invalid_attachments");
    const text = str(p, "text") ?? "";
    const blocks = b.value as Obj[] | undefined;
    const attachments = a.value as Obj[] | undefined;
    if (!text && !blocks?.length && !attachments?.length) return fail("no_text");
    if (blocks?.length) {
      const errs = validateBlocks(blocks, surface);
      if (errs.length) return blockErrors(errs);
      ensureBlockIds(blocks);
    }
    if (text.length > 40_000) return fail("msg_too_long");
    const c: { text: string; blocks?: Obj[]; attachments?: Obj[] } = { text };
    if (blocks?.length) c.blocks = blocks;
    if (attachments?.length) c.attachments = attachments;
    return c;
  }

  private buildHandlers(): Record<string, Handler> {
    const isErr = (v: unknown): v is Obj => isObj(v) && v["ok"] === false;
    const h: Record<string, Handler> = {
      "api.test": (p) => ok({ args: p }),

      "auth.test": () =>
        ok({
          url: `https://${this.teamDomain}.slack.com/`,
          team: this.teamName,
          user: this.botName,
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: this.botId,
          is_enterprise_install: false,
        }),

      "apps.connections.open": () => {
        const ticket = randomBytes(16).toString("hex");
        this.tickets.add(ticket);
        return ok({ url: `ws://127.0.0.1:${this.port}/link/?ticket=${ticket}&app_id=${this.appId}` });
      },

      "team.info": () =>
        ok({
          team: {
            id: this.teamId,
            name: this.teamName,
            domain: this.teamDomain,
            email_domain: "",
            icon: { image_default: true },
            url: `https://${this.teamDomain}.slack.com/`,
          },
        }),

      "chat.postMessage": (p) => {
        const ch = this.postable(str(p, "channel"));
        if (isErr(ch)) return ch;
        const chan = ch as EmuChannel;
        const perCh = this.limits?.postMessagePerChannelPerSecond;
        if (perCh !== undefined) {
          const ra = this.hit(`pm:${chan.id}`, perCh, 1000);
          if (ra > 0) return this.rateLimited(ra);
        }
        const content = this.contentFrom(p);
        if (isErr(content)) return content;
        const m = this.botMessage(chan.id, content as { text: string }, "api");
        const threadTs = str(p, "thread_ts");
        if (threadTs) {
          m.thread_ts = threadTs;
          if (bool(p, "reply_broadcast")) m.reply_broadcast = true;
        }
        const md = jsonField(p, "metadata");
        if (isObj(md.value)) m.metadata = md.value;
        m.params = p;
        this.storeMessage(m);
        return ok({ channel: chan.id, ts: m.ts, message: this.publicMessage(m) });
      },

      "chat.update": (p) => {
        // chat.update takes the conversation's id only: a #name or a user id is channel_not_found.
        const ch = this.visible(this.channelsById.get(str(p, "channel") ?? ""));
        if (!ch) return fail("channel_not_found");
        if (ch.is_archived) return fail("is_archived");
        const m = this.message(ch.id, str(p, "ts") ?? "");
        if (!m || m.deleted) return fail("message_not_found");
        if (m.user !== this.botUserId) return fail("cant_update_message");
        const content = this.contentFrom(p);
        if (isErr(content)) return content;
        applyUpdate(m, content as { text: string }, this.nextTs(), "api_update");
        this.changed();
        const pub = this.publicMessage(m);
        return ok({ channel: ch.id, ts: m.ts, text: m.text, message: pub });
      },

      "chat.delete": (p) => {
        const ch = this.resolveChannel(str(p, "channel"));
        if (!ch) return fail("channel_not_found");
        const m = this.message(ch.id, str(p, "ts") ?? "");
        if (!m || m.deleted) return fail("message_not_found");
        if (m.user !== this.botUserId) return fail("cant_delete_message");
        m.deleted = true;
        this.changed();
        return ok({ channel: ch.id, ts: m.ts });
      },

      "chat.postEphemeral": (p) => {
        const ch = this.resolveChannel(str(p, "channel"));
        if (!ch) return fail("channel_not_found");
        if (ch.is_archived) return fail("is_archived");
        const user = str(p, "user") ?? "";
        const u = this.usersById.get(user);
        if (!u) return fail("user_not_found");
        if (!ch.members.has(user)) return fail("user_not_in_channel");
        if (!ch.is_im && !ch.members.has(this.botUserId)) return fail("not_in_channel");
        const content = this.contentFrom(p);
        if (isErr(content)) return content;
        const c = content as { text: string; blocks?: Obj[]; attachments?: Obj[] };
        const e: Omit<EphemeralMessage, "versions" | "deleted" | "ts"> = {
          channel: ch.id,
          user,
          text: c.text,
          source: "api",
        };
        if (c.blocks) e.blocks = c.blocks;
        if (c.attachments) e.attachments = c.attachments;
        const threadTs = str(p, "thread_ts");
        if (threadTs) e.thread_ts = threadTs;
        const eph = this.addEphemeral(e);
        return ok({ message_ts: eph.ts });
      },

      "chat.getPermalink": (p) => {
        const ch = this.resolveChannel(str(p, "channel"));
        if (!ch) return fail("channel_not_found");
        const ts = str(p, "message_ts") ?? "";
        if (!this.message(ch.id, ts)) return fail("message_not_found");
        return ok({
          channel: ch.id,
          permalink: `https://${this.teamDomain}.slack.com/archives/${ch.id}/p${ts.replace(".", "")}`,
        });
      },

      "reactions.add": (p) => {
        const ch = this.resolveChannel(str(p, "channel"));
        if (!ch) return fail("channel_not_found");
        const m = this.message(ch.id, str(p, "timestamp") ?? "");
        if (!m || m.deleted) return fail("message_not_found");
        const name = str(p, "name");
        if (!name) return fail("invalid_name");
        m.reactions ??= [];
        let r = m.reactions.find((x) => x.name === name);
        if (r?.users.includes(this.botUserId)) return fail("already_reacted");
        if (!r) {
          r = { name, users: [], count: 0 };
          m.reactions.push(r);
        }
        r.users.push(this.botUserId);
        r.count += 1;
        this.changed();
        return ok();
      },

      "reactions.remove": (p) => {
        const ch = this.resolveChannel(str(p, "channel"));
        if (!ch) return fail("channel_not_found");
        const m = this.message(ch.id, str(p, "timestamp") ?? "");
        if (!m || m.deleted) return fail("message_not_found");
        const r = m.reactions?.find((x) => x.name === str(p, "name"));
        if (!r || !r.users.includes(this.botUserId)) return fail("no_reaction");
        r.users = r.users.filter((u) => u !== this.botUserId);
        r.count -= 1;
        if (r.count === 0 && m.reactions) m.reactions = m.reactions.filter((x) => x !== r);
        this.changed();
        return ok();
      },

      "conversations.open": (p) => {
        const chArg = str(p, "channel");
        if (chArg) {
          const ch = this.channelsById.get(chArg);
          if (!ch) return fail("channel_not_found");
          return ok({
            no_op: true,
            already_open: true,
            channel: bool(p, "return_im") ? this.publicChannel(ch) : { id: ch.id },
          });
        }
        const users = (str(p, "users") ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        if (users.length === 0) return fail("users_list_not_supplied");
        for (const u of users) if (!this.usersById.has(u)) return fail("user_not_found");
        if (users.length > 8) return fail("too_many_users");
        if (users.length === 1) {
          const user = users[0] as string;
          const existed = this.dmByUser.has(user);
          const id = this.dmChannel(user);
          const ch = this.channelsById.get(id) as EmuChannel;
          const body: Obj = { channel: bool(p, "return_im") ? this.publicChannel(ch) : { id } };
          if (existed) {
            body["no_op"] = true;
            body["already_open"] = true;
          }
          return ok(body);
        }
        const key = [...users].sort().join(",");
        let mp = [...this.channelsById.values()].find(
          (c) =>
            c.is_mpim &&
            [...c.members]
              .filter((m) => m !== this.botUserId)
              .sort()
              .join(",") === key,
        );
        const existed = !!mp;
        if (!mp) {
          const id = newSlackId("G", 10);
          mp = {
            id,
            name: `mpdm-${users.map((u) => this.usersById.get(u)?.name ?? u).join("--")}-1`,
            is_channel: false,
            is_group: true,
            is_im: false,
            is_mpim: true,
            is_private: true,
            is_archived: false,
            is_general: false,
            created: Math.floor(this.clock() / 1000),
            creator: this.botUserId,
            members: new Set([...users, this.botUserId]),
            topic: "",
            purpose: "",
          };
          this.channelsById.set(id, mp);
          this.msgsByChannel.set(id, []);
        }
        return ok({ ...(existed ? { no_op: true, already_open: true } : {}), channel: this.publicChannel(mp) });
      },

      "conversations.info": (p) => {
        const ch = this.visible(this.channelsById.get(str(p, "channel") ?? ""));
        if (!ch) return fail("channel_not_found");
        return ok({ channel: this.publicChannel(ch, bool(p, "include_num_members")) });
      },

      "conversations.members": (p) => {
        const ch = this.visible(this.channelsById.get(str(p, "channel") ?? ""));
        if (!ch) return fail("channel_not_found");
        const { page, next } = paginate([...ch.members], p);
        return ok({ members: page, response_metadata: { next_cursor: next } });
      },

      "conversations.list": (p) => {
        const types = new Set((str(p, "types") ?? "public_channel").split(",").map((s) => s.trim()));
        const excludeArchived = bool(p, "exclude_archived");
        const list = [...this.channelsById.values()].filter((c) => {
          if (excludeArchived && c.is_archived) return false;
          if (c.is_im) return types.has("im");
          if (c.is_mpim) return types.has("mpim");
          if (c.is_private) return types.has("private_channel");
          return types.has("public_channel");
        });
        const { page, next } = paginate(list, p);
        return ok({ channels: page.map((c) => this.publicChannel(c)), response_metadata: { next_cursor: next } });
      },

      "conversations.join": (p) => {
        const ch = this.channelsById.get(str(p, "channel") ?? "");
        if (!ch) return fail("channel_not_found");
        if (ch.is_im || ch.is_mpim) return fail("method_not_supported_for_channel_type");
        if (ch.is_archived) return fail("is_archived");
        if (ch.is_private && !ch.members.has(this.botUserId)) return fail("channel_not_found");
        const already = ch.members.has(this.botUserId);
        ch.members.add(this.botUserId);
        return ok({ channel: this.publicChannel(ch), ...(already ? { warning: "already_in_channel" } : {}) });
      },

      "conversations.history": (p) => {
        const ch = this.visible(this.channelsById.get(str(p, "channel") ?? ""));
        if (!ch) return fail("channel_not_found");
        if (!ch.is_im && !ch.members.has(this.botUserId)) return fail("not_in_channel");
        const latest = str(p, "latest");
        const oldest = str(p, "oldest");
        const inclusive = bool(p, "inclusive");
        const list = this.messages(ch.id)
          .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts || m.reply_broadcast)
          .filter((m) => {
            const t = Number(m.ts);
            if (latest && (inclusive ? t > Number(latest) : t >= Number(latest))) return false;
            if (oldest && (inclusive ? t < Number(oldest) : t <= Number(oldest))) return false;
            return true;
          })
          .reverse();
        const { page, next } = paginate(list, p);
        return ok({
          messages: page.map((m) => this.publicMessage(m)),
          has_more: next !== "",
          pin_count: 0,
          response_metadata: { next_cursor: next },
        });
      },

      "conversations.replies": (p) => {
        const ch = this.visible(this.channelsById.get(str(p, "channel") ?? ""));
        if (!ch) return fail("channel_not_found");
        const ts = str(p, "ts") ?? "";
        const parent = this.message(ch.id, ts);
        if (!parent || parent.deleted) return fail("thread_not_found");
        const list = [parent, ...this.threadReplies(ch.id, ts)];
        const { page, next } = paginate(list, p);
        return ok({
          messages: page.map((m) => this.publicMessage(m)),
          has_more: next !== "",
          response_metadata: { next_cursor: next },
        });
      },

      "users.info": (p) => {
        const u = this.usersById.get(str(p, "user") ?? "");
        if (!u) return fail("user_not_found");
        return ok({ user: this.publicUser(u) });
      },

      "users.list": (p) => {
        const { page, next } = paginate([...this.usersById.values()], p, 200);
        return ok({
          members: page.map((u) => this.publicUser(u)),
          cache_ts: Math.floor(this.clock() / 1000),
          response_metadata: { next_cursor: next },
        });
      },

      "users.lookupByEmail": (p) => {
        const email = (str(p, "email") ?? "").toLowerCase();
        const u = [...this.usersById.values()].find((x) => x.email?.toLowerCase() === email);
        if (!u) return fail("users_not_found");
        return ok({ user: this.publicUser(u) });
      },

      "views.open": (p) => {
        const v = jsonField(p, "view");
        if (v.bad || !isObj(v.value))
          return fail("invalid_arguments", {
            response_metadata: { messages: ["[ERROR] missing required field: view"] },
          });
        const triggerErr = this.checkTrigger(str(p, "trigger_id"));
        if (triggerErr) return fail(triggerErr);
        const errs = validateView(v.value, "modal");
        if (errs.length) return blockErrors(errs, "invalid_arguments");
        const ext = v.value["external_id"];
        if (typeof ext === "string" && ext && [...this.viewsById.values()].some((x) => x.view["external_id"] === ext)) {
          return fail("duplicate_external_id");
        }
        const t = this.triggers.get(str(p, "trigger_id") ?? "");
        const sv = this.openModal(t?.user ?? "", v.value, "views.open", false);
        return ok({ view: sv.view });
      },

      "views.push": (p) => {
        const v = jsonField(p, "view");
        if (v.bad || !isObj(v.value)) return fail("invalid_arguments");
        const triggerErr = this.checkTrigger(str(p, "trigger_id"));
        if (triggerErr) return fail(triggerErr);
        const errs = validateView(v.value, "modal");
        if (errs.length) return blockErrors(errs, "invalid_arguments");
        const user = this.triggers.get(str(p, "trigger_id") ?? "")?.user ?? "";
        if ((this.modalStack.get(user)?.length ?? 0) >= 3) return fail("push_limit_reached");
        const sv = this.openModal(user, v.value, "views.push", true);
        return ok({ view: sv.view });
      },

      "views.update": (p) => {
        const v = jsonField(p, "view");
        if (v.bad || !isObj(v.value)) return fail("invalid_arguments");
        const viewId = str(p, "view_id");
        const ext = str(p, "external_id");
        const sv = viewId
          ? this.viewsById.get(viewId)
          : [...this.viewsById.values()].find((x) => ext !== undefined && x.view["external_id"] === ext);
        if (!sv) return fail("not_found");
        const hash = str(p, "hash");
        if (hash && hash !== sv.view["hash"]) return fail("hash_conflict");
        const errs = validateView({ ...v.value, type: v.value["type"] ?? sv.type }, sv.type);
        if (errs.length) return blockErrors(errs, "invalid_arguments");
        this.replaceView(sv, v.value, "views.update");
        return ok({ view: sv.view });
      },

      "views.publish": (p) => {
        const v = jsonField(p, "view");
        if (v.bad || !isObj(v.value)) return fail("invalid_arguments");
        const userId = str(p, "user_id") ?? "";
        if (!this.usersById.has(userId)) return fail("user_not_found");
        const errs = validateView(v.value, "home");
        if (errs.length) return blockErrors(errs, "invalid_arguments");
        const existing = this.homeViewRecord(userId);
        const hash = str(p, "hash");
        if (existing && hash && hash !== existing.view["hash"]) return fail("hash_conflict");
        if (existing) {
          this.replaceView(existing, v.value, "views.publish");
          return ok({ view: existing.view });
        }
        ensureBlockIds(v.value["blocks"]);
        const id = newSlackId("V", 10);
        const sv: StoredView = {
          id,
          user: userId,
          type: "home",
          view: this.buildView(id, v.value, {}),
          versions: [v.value],
          open: true,
          openedVia: "views.publish",
        };
        this.viewsById.set(id, sv);
        this.homeByUser.set(userId, id);
        this.changed();
        return ok({ view: sv.view });
      },

      "files.getUploadURLExternal": (p, ctx) => {
        const filename = str(p, "filename");
        const length = Number(str(p, "length"));
        if (!filename)
          return fail("invalid_arguments", {
            response_metadata: { messages: ["[ERROR] missing required field: filename"] },
          });
        // An integer number of bytes (the SDK sends the byte length of the data it will upload).
        if (!Number.isInteger(length) || length < 0 || !/^\d+$/.test(str(p, "length") ?? "")) {
          return fail("invalid_arguments", {
            response_metadata: { messages: ["[ERROR] missing required field: length"] },
          });
        }
        const id = newSlackId("F", 10);
        const f: StoredFile = {
          id,
          name: filename,
          title: filename,
          length,
          uploaded: false,
          completed: false,
          channels: [],
          user: this.botTokens.has(ctx.token) ? this.botUserId : "",
          created: Math.floor(this.clock() / 1000),
        };
        const alt = str(p, "alt_text");
        if (alt) f.alt_text = alt;
        const snippet = str(p, "snippet_type");
        if (snippet) f.snippet_type = snippet;
        this.filesById.set(id, f);
        return ok({ upload_url: `${this.baseUrl}/upload/v1/${id}`, file_id: id });
      },

      "files.completeUploadExternal": (p) => {
        const fj = jsonField(p, "files");
        if (fj.bad || !Array.isArray(fj.value) || fj.value.length === 0) return fail("invalid_arguments");
        const entries = fj.value as unknown[];
        const files: StoredFile[] = [];
        for (const e of entries) {
          const id = isObj(e) ? str(e, "id") : undefined;
          const f = id ? this.filesById.get(id) : undefined;
          if (!f || !f.uploaded) return fail("file_not_found");
          // Stricter than Slack says out loud: `length` is "size in bytes of the file being
          // uploaded", so bytes that do not match it are refused (a client that counted characters
          // of a UTF-8 text, or sent the wrong buffer, is caught here).
          if ((f.content?.length ?? 0) !== f.length) {
            return fail("invalid_arguments", {
              response_metadata: {
                messages: [
                  `[ERROR] file ${f.id}: uploaded ${f.content?.length ?? 0} bytes, declared length ${f.length}`,
                ],
              },
            });
          }
          files.push(f);
        }
        const chArg = str(p, "channel_id") ?? str(p, "channels");
        let chan: EmuChannel | undefined;
        if (chArg) {
          const ch = this.postable(chArg);
          if (isErr(ch)) return ch;
          chan = ch as EmuChannel;
        }
        const comment = str(p, "initial_comment");
        const threadTs = str(p, "thread_ts");
        entries.forEach((e, i) => {
          const f = files[i] as StoredFile;
          const title = isObj(e) ? str(e, "title") : undefined;
          if (title) f.title = title;
          f.completed = true;
          if (comment !== undefined) f.initial_comment = comment;
          if (threadTs !== undefined) f.thread_ts = threadTs;
          if (chan && !f.channels.includes(chan.id)) f.channels.push(chan.id);
        });
        if (chan) {
          // "If the initial_comment field is provided, the blocks field is ignored."
          const b = comment === undefined ? jsonField(p, "blocks") : { value: undefined };
          const m = this.botMessage(
            chan.id,
            { text: comment ?? "", ...(Array.isArray(b.value) ? { blocks: b.value as Obj[] } : {}) },
            "file",
          );
          m.files = files.map((f) => this.publicFile(f));
          if (threadTs) m.thread_ts = threadTs;
          this.storeMessage(m);
        }
        this.changed();
        return ok({ files: files.map((f) => ({ id: f.id, title: f.title })) });
      },

      "files.info": (p) => {
        const f = this.filesById.get(str(p, "file") ?? "");
        if (!f || !f.completed) return fail("file_not_found");
        return ok({ file: this.publicFile(f), comments: [], response_metadata: { next_cursor: "" } });
      },

      "files.delete": (p) => {
        const id = str(p, "file") ?? "";
        if (!this.filesById.delete(id)) return fail("file_not_found");
        this.changed();
        return ok();
      },
    };
    return h;
  }
}

// =============================================================================================
// Free helpers
// =============================================================================================

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

async function parseParams(req: http.IncomingMessage, raw: Buffer, url: URL): Promise<Obj> {
  const params: Obj = {};
  for (const [k, v] of url.searchParams) params[k] = v;
  if (raw.length === 0) return params;
  const ct = String(req.headers["content-type"] ?? "");
  if (ct.startsWith("application/json")) {
    try {
      const j: unknown = JSON.parse(raw.toString("utf8"));
      if (isObj(j)) Object.assign(params, j);
    } catch {
      params["__invalid_json"] = true;
    }
  } else if (ct.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": ct } }).formData();
    for (const [k, v] of form.entries()) {
      params[k] = typeof v === "string" ? v : Buffer.from(await (v as Blob).arrayBuffer());
    }
  } else {
    for (const [k, v] of new URLSearchParams(raw.toString("utf8"))) params[k] = v;
  }
  return params;
}

function messageContent(body: Obj): { text: string; blocks?: Obj[]; attachments?: Obj[] } {
  const c: { text: string; blocks?: Obj[]; attachments?: Obj[] } = {
    text: typeof body["text"] === "string" ? body["text"] : "",
  };
  const blocks = typeof body["blocks"] === "string" ? safeJson(body["blocks"]) : body["blocks"];
  if (Array.isArray(blocks) && blocks.length) c.blocks = blocks as Obj[];
  const att = typeof body["attachments"] === "string" ? safeJson(body["attachments"]) : body["attachments"];
  if (Array.isArray(att) && att.length) c.attachments = att as Obj[];
  return c;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function contentOf(m: {
  text: string;
  blocks?: Obj[];
  attachments?: Obj[];
}): Pick<MessageVersion, "text" | "blocks" | "attachments"> {
  const c: Pick<MessageVersion, "text" | "blocks" | "attachments"> = { text: m.text };
  if (m.blocks) c.blocks = m.blocks;
  if (m.attachments) c.attachments = m.attachments;
  return c;
}

function applyUpdate(
  m: StoredMessage | EphemeralMessage,
  content: { text: string; blocks?: Obj[]; attachments?: Obj[] },
  at: string,
  by: MessageVersion["by"],
): void {
  m.text = content.text;
  if (content.blocks) m.blocks = content.blocks;
  else delete m.blocks;
  if (content.attachments) m.attachments = content.attachments;
  else delete m.attachments;
  m.versions.push({ ...contentOf(m), at, by });
  if (by === "api_update") (m as StoredMessage).edited = { user: m.user, ts: at };
}

/** Slack assigns a block_id to every block and an action_id to every element that lacks one. */
function ensureBlockIds(blocks: unknown): void {
  if (!Array.isArray(blocks)) return;
  for (const b of blocks) {
    if (!isObj(b)) continue;
    if (typeof b["block_id"] !== "string") b["block_id"] = randomBytes(3).toString("base64url");
    const els: unknown[] = [];
    if (Array.isArray(b["elements"]) && b["type"] === "actions") els.push(...(b["elements"] as unknown[]));
    if (b["accessory"] !== undefined) els.push(b["accessory"]);
    if (b["element"] !== undefined) els.push(b["element"]);
    for (const el of els) {
      if (isObj(el) && el["type"] !== "image" && typeof el["action_id"] !== "string") {
        el["action_id"] = randomBytes(3).toString("base64url");
      }
    }
  }
}

function findElement(blocks: unknown, actionId: string, blockId?: string): { blockId: string; el: Obj } | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const b of blocks) {
    if (!isObj(b)) continue;
    const bid = typeof b["block_id"] === "string" ? b["block_id"] : "";
    if (blockId !== undefined && bid !== blockId) continue;
    const els: unknown[] = [];
    if (Array.isArray(b["elements"])) els.push(...(b["elements"] as unknown[]));
    if (b["accessory"] !== undefined) els.push(b["accessory"]);
    if (b["element"] !== undefined) els.push(b["element"]);
    for (const el of els) if (isObj(el) && el["action_id"] === actionId) return { blockId: bid, el };
  }
  return undefined;
}

function buildAction(
  found: { blockId: string; el: Obj } | undefined,
  i: { actionId: string; value?: string; blockId?: string },
  actionTs: string,
): Obj {
  const el = found?.el ?? { type: "button", action_id: i.actionId };
  const type = typeof el["type"] === "string" ? el["type"] : "button";
  const a: Obj = { action_id: i.actionId, block_id: found?.blockId ?? i.blockId ?? "" };
  if (type === "button") {
    a["text"] = el["text"] ?? { type: "plain_text", text: i.actionId, emoji: true };
    const value = i.value ?? el["value"];
    if (value !== undefined) a["value"] = value;
    if (el["style"] !== undefined) a["style"] = el["style"];
    a["type"] = "button";
  } else if (
    type === "static_select" ||
    type === "overflow" ||
    type === "radio_buttons" ||
    type === "external_select"
  ) {
    const opts = Array.isArray(el["options"]) ? (el["options"] as Obj[]) : [];
    const opt =
      opts.find((o) => o["value"] === i.value) ??
      (i.value !== undefined ? { text: { type: "plain_text", text: i.value }, value: i.value } : opts[0]);
    a["type"] = type;
    a["selected_option"] = opt ?? null;
    if (el["placeholder"] !== undefined) a["placeholder"] = el["placeholder"];
  } else if (type === "users_select") {
    a["type"] = type;
    a["selected_user"] = i.value ?? null;
  } else if (type === "conversations_select" || type === "channels_select") {
    a["type"] = type;
    a[type === "channels_select" ? "selected_channel" : "selected_conversation"] = i.value ?? null;
  } else if (type === "datepicker") {
    a["type"] = type;
    a["selected_date"] = i.value ?? null;
  } else {
    a["type"] = type;
    if (i.value !== undefined) a["value"] = i.value;
  }
  a["action_ts"] = actionTs;
  return a;
}

/** Starts an emulator on 127.0.0.1 with a random port. */
export async function startSlackEmulator(opts: SlackEmulatorOptions = {}): Promise<SlackEmulator> {
  const emu = new SlackEmulator(opts);
  await emu.listen();
  return emu;
}
