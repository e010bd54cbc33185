/**
 * Builders for the payloads Slack sends to an app — one place, shared by the emulator
 * (server.ts) and by tests that call `app.processEvent` or an HTTP receiver directly.
 *
 * Shapes follow what Slack actually delivers (Socket Mode envelopes, HTTP bodies) and what
 * @slack/bolt 5 routes on: slash commands are flat string maps, interactions carry `type`,
 * events are wrapped in an `event_callback`.
 */
import { randomBytes, randomUUID } from "node:crypto";

export type Obj = Record<string, unknown>;

/** Workspace/app identity that appears in every payload. */
export interface WorkspaceInfo {
  teamId: string;
  teamDomain: string;
  apiAppId: string;
  /** Deprecated verification token Slack still sends in payloads. */
  verificationToken: string;
  botUserId: string;
  botId: string;
}

export interface UserRef {
  id: string;
  name: string;
}

export interface ChannelRef {
  id: string;
  name: string;
}

export type EnvelopeType = "slash_commands" | "interactive" | "events_api";

export interface SocketEnvelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Obj;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

let triggerSeq = 0;

/** A trigger id in Slack's format, e.g. `1234567.98765432.0a1b2c3d4e5f…`. */
export function newTriggerId(): string {
  triggerSeq += 1;
  return `${1_000_000 + triggerSeq}.${Math.floor(Math.random() * 1e10)}.${randomBytes(16).toString("hex")}`;
}

export function newEnvelopeId(): string {
  return randomUUID();
}

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** A Slack-style id: prefix + uppercase alphanumerics (`Ev0123ABCD`, `V0456…`). */
export function newSlackId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  let out = prefix;
  for (let i = 0; i < length; i++) out += ID_CHARS[(bytes[i] ?? 0) % ID_CHARS.length];
  return out;
}

export function newEventId(): string {
  return newSlackId("Ev", 10);
}

/** Slack message timestamp string from microseconds since epoch. */
export function formatTs(micros: number): string {
  const sec = Math.floor(micros / 1e6);
  const frac = String(micros % 1e6).padStart(6, "0");
  return `${sec}.${frac}`;
}

// ---------------------------------------------------------------------------------------------
// Slash commands
// ---------------------------------------------------------------------------------------------

export interface SlashCommandInput {
  user: UserRef;
  channel: ChannelRef;
  command: string;
  text?: string;
  responseUrl: string;
  triggerId: string;
}

/** The slash-command payload: a flat map of strings (form fields over HTTP, JSON in Socket Mode). */
export function slashCommandPayload(ws: WorkspaceInfo, i: SlashCommandInput): Record<string, string> {
  return {
    token: ws.verificationToken,
    team_id: ws.teamId,
    team_domain: ws.teamDomain,
    channel_id: i.channel.id,
    channel_name: i.channel.name,
    user_id: i.user.id,
    user_name: i.user.name,
    command: i.command.startsWith("/") ? i.command : `/${i.command}`,
    text: i.text ?? "",
    api_app_id: ws.apiAppId,
    is_enterprise_install: "false",
    response_url: i.responseUrl,
    trigger_id: i.triggerId,
  };
}

// ---------------------------------------------------------------------------------------------
// Interactions
// ---------------------------------------------------------------------------------------------

function userObj(ws: WorkspaceInfo, u: UserRef): Obj {
  return { id: u.id, username: u.name, name: u.name, team_id: ws.teamId };
}

export interface BlockActionInput {
  user: UserRef;
  triggerId: string;
  /** The action as Slack reports it (action_id, block_id, type, value/selected_option, action_ts …). */
  action: Obj;
  /** `{type:"message", message_ts, channel_id, is_ephemeral}` or `{type:"view", view_id}`. */
  container: Obj;
  channel?: ChannelRef;
  message?: Obj;
  view?: Obj;
  responseUrl?: string;
  stateValues?: Obj;
}

/** A `block_actions` interaction payload. */
export function blockActionsPayload(ws: WorkspaceInfo, i: BlockActionInput): Obj {
  const p: Obj = {
    type: "block_actions",
    user: userObj(ws, i.user),
    api_app_id: ws.apiAppId,
    token: ws.verificationToken,
    container: i.container,
    trigger_id: i.triggerId,
    team: { id: ws.teamId, domain: ws.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
  };
  if (i.channel) p["channel"] = { id: i.channel.id, name: i.channel.name };
  if (i.message) p["message"] = i.message;
  if (i.view) p["view"] = i.view;
  p["state"] = { values: i.stateValues ?? {} };
  if (i.responseUrl) p["response_url"] = i.responseUrl;
  p["actions"] = [i.action];
  return p;
}

export interface ViewSubmissionInput {
  user: UserRef;
  triggerId: string;
  /** The view as stored by Slack; `state.values` is replaced by `values`. */
  view: Obj;
  values: Obj;
  responseUrls?: Obj[];
}

/** A `view_submission` interaction payload. */
export function viewSubmissionPayload(ws: WorkspaceInfo, i: ViewSubmissionInput): Obj {
  return {
    type: "view_submission",
    team: { id: ws.teamId, domain: ws.teamDomain },
    user: userObj(ws, i.user),
    api_app_id: ws.apiAppId,
    token: ws.verificationToken,
    trigger_id: i.triggerId,
    view: { ...i.view, state: { values: i.values } },
    response_urls: i.responseUrls ?? [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** A `view_closed` interaction payload (sent only for views with notify_on_close). */
export function viewClosedPayload(ws: WorkspaceInfo, user: UserRef, view: Obj, isCleared = false): Obj {
  return {
    type: "view_closed",
    team: { id: ws.teamId, domain: ws.teamDomain },
    user: userObj(ws, user),
    api_app_id: ws.apiAppId,
    token: ws.verificationToken,
    view,
    is_cleared: isCleared,
    is_enterprise_install: false,
    enterprise: null,
  };
}

/**
 * Normalises `values` for a view submission. Accepts Slack's own shape
 * (`{block_id: {action_id: {type, value}}}`) or a shorthand where a leaf is a plain string
 * (→ `{type:"plain_text_input", value}`), `null` (→ empty input) or a string array
 * (→ `multi_static_select` with `selected_options`).
 */
export function normaliseStateValues(values: Record<string, Record<string, unknown>>): Obj {
  const out: Obj = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const b: Obj = {};
    for (const [actionId, v] of Object.entries(actions)) {
      if (typeof v === "string" || v === null) b[actionId] = { type: "plain_text_input", value: v };
      else if (Array.isArray(v)) {
        b[actionId] = {
          type: "multi_static_select",
          selected_options: v.map((x) => ({ text: { type: "plain_text", text: String(x) }, value: String(x) })),
        };
      } else b[actionId] = v;
    }
    out[blockId] = b;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Events API
// ---------------------------------------------------------------------------------------------

export interface EventCallbackMeta {
  eventId: string;
  /** Seconds since epoch. */
  eventTime: number;
}

/** The `event_callback` body around an event (the Socket Mode `payload`, or the HTTP body). */
export function eventCallbackPayload(ws: WorkspaceInfo, event: Obj, meta: EventCallbackMeta): Obj {
  return {
    token: ws.verificationToken,
    team_id: ws.teamId,
    context_team_id: ws.teamId,
    context_enterprise_id: null,
    api_app_id: ws.apiAppId,
    event,
    type: "event_callback",
    event_id: meta.eventId,
    event_time: meta.eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: ws.teamId,
        user_id: ws.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(`${ws.teamId}:${meta.eventId}`).toString("base64url")}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Envelopes and HTTP bodies
// ---------------------------------------------------------------------------------------------

/** Socket Mode envelope around a payload, as Slack sends it over the WebSocket. */
export function socketEnvelope(
  type: EnvelopeType,
  payload: Obj,
  o: { envelopeId?: string; acceptsResponsePayload?: boolean; retryAttempt?: number; retryReason?: string } = {},
): SocketEnvelope {
  const env: SocketEnvelope = {
    envelope_id: o.envelopeId ?? newEnvelopeId(),
    type,
    payload,
    accepts_response_payload: o.acceptsResponsePayload ?? type === "slash_commands",
  };
  if (type === "events_api") {
    env.retry_attempt = o.retryAttempt ?? 0;
    env.retry_reason = o.retryReason ?? "";
  }
  return env;
}

/** Interaction types whose Socket Mode envelope accepts a response payload in the ack. */
export function interactiveAcceptsResponse(payloadType: unknown): boolean {
  return payloadType === "view_submission" || payloadType === "block_suggestion";
}

export type HttpBody = { contentType: "application/json" | "application/x-www-form-urlencoded"; body: string };

/**
 * How Slack serialises a payload for an HTTP request URL:
 * slash commands → form fields; interactions → `payload=<json>` form; events → JSON.
 */
export function httpBodyFor(kind: EnvelopeType, payload: Obj): HttpBody {
  if (kind === "events_api") return { contentType: "application/json", body: JSON.stringify(payload) };
  if (kind === "interactive") {
    return {
      contentType: "application/x-www-form-urlencoded",
      body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    };
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(payload)) fields[k] = typeof v === "string" ? v : JSON.stringify(v);
  return { contentType: "application/x-www-form-urlencoded", body: new URLSearchParams(fields).toString() };
}
