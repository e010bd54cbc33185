/**
 * Serving one recipient of a run: claiming their ledger row, the in-doubt rule after a crash,
 * sending each part with pacing, 429s waited out, a group that moved to a supergroup followed,
 * and the failure policy (see run.ts for why each is what it is).
 */
import { scrubLogText } from "../../privacy/logs.js";
import type { CoreDeps, Notifier } from "../../app/contract.js";
import { reportUnreachable } from "../../delivery/channels.js";
import { enqueueToStaff, moveChat } from "../../delivery/outbox.js";
import { DeliveryError, isUniqueViolation } from "../../errors.js";
import type { OutgoingMessage, Target } from "../../types.js";
import type { Pacer, PaceClock } from "./pacing.js";
import type { DigestBuilder } from "./parts.js";
import { resolveRecipient, type Recipient } from "./recipients.js";

/** How long a claim holds without renewal. */
export const CLAIM_MS = 5 * 60_000;
/**
 * A claim is renewed before a message once this long has passed since it was taken or last
 * renewed (not before every message: the first part right after the claim, and most single-part
 * digests, need no extra write). It always has at least CLAIM_MS − RENEW_AFTER_MS left when a
 * message goes out, so another sender (which takes only expired claims) cannot have taken it
 * unless the instances' clocks differ by more than that.
 */
export const RENEW_AFTER_MS = 60_000;
/** Transient failures (5xx, network) of one recipient before giving up on them for the week. */
export const MAX_ATTEMPTS = 3;
/** 429s waited out for one message before leaving the recipient for the next round. */
const MAX_RATE_WAITS = 5;

/** What one sender of a run works with. */
export interface SendContext {
  deps: CoreDeps;
  notifiers: Partial<Record<string, Notifier>>;
  platforms: string[];
  builder: DigestBuilder;
  pacer: Pacer;
  pace: PaceClock;
  workerId: string;
  slot: string;
}

/** A ledger row as read. */
export interface LedgerRow {
  id: number;
  recipientKey: string;
  status: string;
  claimedUntil: Date | null;
  partsSent: number;
  attempts: number;
}

/** The row while this sender holds it: every update is conditional on still holding the claim. */
type Held = { id: number; status: string; claimedBy: string };

/** Where the parts of one recipient go; a group that moved changes it mid-send. */
interface Destination {
  target: Target;
  rowKey: string;
  rateWaits: number;
  moves: number;
  /** When this sender took or last renewed the claim (ms). */
  claimedAtMs: number;
}

type PartOutcome = "sent" | "stop" | "retry_later";

/**
 * Serves one due ledger row. Returns how many platform messages went out and whether the
 * recipient should wait for a later round of this call (the platform was busy or away).
 */
export async function serveRow(s: SendContext, row: LedgerRow): Promise<{ sent: number; later: boolean }> {
  const { db } = s.deps;
  const observed = { id: row.id, status: row.status, claimedUntil: row.claimedUntil };
  const recipient = await resolveRecipient(db, row.recipientKey, s.platforms);
  if ("elsewhere" in recipient) return { sent: 0, later: true };
  if ("skip" in recipient) {
    await db.delivery.updateMany({
      where: observed,
      data: { status: "skipped", error: recipient.skip, claimedUntil: null },
    });
    return { sent: 0, later: false };
  }
  const parts = await s.builder.parts(recipient);
  const claimedAtMs = s.deps.now().getTime();
  const claimed = await db.delivery.updateMany({
    where: observed,
    data: { status: "sending", claimedBy: s.workerId, claimedUntil: new Date(claimedAtMs + CLAIM_MS) },
  });
  if (claimed.count !== 1) return { sent: 0, later: false }; // someone else took it first
  const held: Held = { id: row.id, status: "sending", claimedBy: s.workerId };
  const first = await firstPartToSend(s, row, held, parts.length);
  if (first === null) return { sent: 0, later: false };
  return sendParts(s, recipient, row, held, parts, first, claimedAtMs);
}

/**
 * The part to start from. A row found in "sending" was held by a sender that died (or stalled)
 * while part `partsSent` was in flight: that part is never sent again; null when it was the last.
 */
async function firstPartToSend(s: SendContext, row: LedgerRow, held: Held, partCount: number): Promise<number | null> {
  if (row.status !== "sending") return row.partsSent;
  const { db, log } = s.deps;
  const next = row.partsSent + 1;
  log.warn(
    { slot: s.slot, recipient: row.recipientKey, part: next, of: partCount },
    "digest message in doubt after a crash: not resent",
  );
  if (next >= partCount) {
    await db.delivery.updateMany({
      where: held,
      data: {
        status: "skipped",
        error: "in doubt: the sender stopped while sending; not resent (at most once)",
        claimedUntil: null,
      },
    });
    return null;
  }
  await db.delivery.updateMany({
    where: held,
    data: { partsSent: next, error: `part ${next} of ${partCount} in doubt; not resent` },
  });
  return next;
}

async function sendParts(
  s: SendContext,
  recipient: Recipient,
  row: LedgerRow,
  held: Held,
  parts: OutgoingMessage[],
  first: number,
  claimedAtMs: number,
): Promise<{ sent: number; later: boolean }> {
  const { db } = s.deps;
  const destination: Destination = {
    target: recipient.target,
    rowKey: row.recipientKey,
    rateWaits: 0,
    moves: 0,
    claimedAtMs,
  };
  const done = () => ({ status: "sent", sentAt: s.deps.now(), claimedUntil: null });
  let sent = 0;
  for (let i = first; i < parts.length; i++) {
    destination.rateWaits = 0;
    destination.moves = 0;
    const outcome = await sendPart(s, recipient, row, held, destination, parts[i]!);
    if (outcome !== "sent") return { sent, later: outcome === "retry_later" };
    sent++;
    // The last part's count and "sent" in one write (a crash before it leaves that part in doubt, as before).
    const last = i === parts.length - 1;
    await db.delivery.updateMany({ where: held, data: last ? { partsSent: i + 1, ...done() } : { partsSent: i + 1 } });
    if (last) return { sent, later: false };
  }
  await db.delivery.updateMany({ where: held, data: done() });
  return { sent, later: false };
}

/** Sends one part: paced, with the claim renewed first; a 429 or a group's move means trying again. */
async function sendPart(
  s: SendContext,
  recipient: Recipient,
  row: LedgerRow,
  held: Held,
  destination: Destination,
  part: OutgoingMessage,
): Promise<PartOutcome> {
  const notifier = s.notifiers[recipient.platform]!;
  for (;;) {
    await s.pacer.take(recipient.platform, destination.target.chatId);
    if (!(await renewClaim(s, held, destination))) {
      s.deps.log.warn(
        { slot: s.slot, recipient: destination.rowKey },
        "digest claim lost to another sender; stopping here",
      );
      return "stop";
    }
    const err = await trySend(notifier, destination.target, part);
    if (!err) return "sent";
    const next = await afterError(s, recipient, row, held, destination, err);
    if (next !== "again") return next;
  }
}

/** Renews the claim when RENEW_AFTER_MS have passed since it was taken or renewed; false when it was lost. */
async function renewClaim(s: SendContext, held: Held, destination: Destination): Promise<boolean> {
  const now = s.deps.now().getTime();
  if (now - destination.claimedAtMs < RENEW_AFTER_MS) return true;
  const renewed = await s.deps.db.delivery.updateMany({
    where: held,
    data: { claimedUntil: new Date(now + CLAIM_MS) },
  });
  destination.claimedAtMs = now;
  return renewed.count === 1;
}

/** The platform's refusal, or null when the message went out; anything but a DeliveryError is thrown on. */
async function trySend(notifier: Notifier, target: Target, part: OutgoingMessage): Promise<DeliveryError | null> {
  try {
    await notifier.send(target, part);
    return null;
  } catch (err) {
    if (!(err instanceof DeliveryError)) throw err;
    return err;
  }
}

async function afterError(
  s: SendContext,
  recipient: Recipient,
  row: LedgerRow,
  held: Held,
  destination: Destination,
  err: DeliveryError,
): Promise<PartOutcome | "again"> {
  if (err.kind === "rate_limited" && destination.rateWaits < MAX_RATE_WAITS) {
    destination.rateWaits++;
    await s.pace.sleep(err.details.retryAfterMs ?? 1000);
    return "again"; // a 429 means the message was not taken: sending again is safe
  }
  if (err.kind === "migrated" && err.details.newChatId && recipient.kind === "channel" && destination.moves < 2) {
    destination.moves++;
    return followMove(s, recipient, held, destination, err.details.newChatId);
  }
  await failed(s.deps, recipient, row.recipientKey, held, err, row.attempts, s.slot);
  return err.kind === "rate_limited" || err.kind === "transient" || err.kind === "waiting" ? "retry_later" : "stop";
}

/** A group became a supergroup: its records move, the ledger row follows, staff are told, and the part goes to the new chat. */
async function followMove(
  s: SendContext,
  recipient: Recipient,
  held: Held,
  destination: Destination,
  newChatId: string,
): Promise<"again" | "stop"> {
  const { db, log } = s.deps;
  const oldChatId = destination.target.chatId;
  await moveChat(db, recipient.platform, oldChatId, newChatId, s.deps.now());
  const newKey = `${recipient.platform}:${newChatId}`;
  try {
    await db.delivery.updateMany({ where: held, data: { recipientKey: newKey } });
    destination.rowKey = newKey;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // The new chat is already a recipient of this run: it gets its own digest.
    await db.delivery.updateMany({
      where: held,
      data: { status: "skipped", error: `moved to ${newKey}`, claimedUntil: null },
    });
    return "stop";
  }
  await tellStaff(s.deps, "dg-staff-migrated", { old: oldChatId, new: newChatId });
  log.info({ slot: s.slot, from: oldChatId, to: newChatId }, "digest group migrated to a supergroup");
  destination.target = { ...destination.target, chatId: newChatId };
  return "again";
}

/** Tells every active staff channel (through the outbox) what happened to a recipient. */
async function tellStaff(deps: CoreDeps, key: string, args: Record<string, string>) {
  await enqueueToStaff(deps.db, (t) => ({ text: [t(key, args)] }), deps.now());
}

/** A recipient the platform refused: unsubscribe / deactivate / retry later, and tell staff. */
async function failed(
  deps: CoreDeps,
  recipient: Recipient,
  key: string,
  mine: Held,
  err: DeliveryError,
  attemptsBefore: number,
  slot: string,
) {
  const { db, log } = deps;
  // Logged and kept on the delivery record: scrubbed like every logged error (privacy/logs.ts).
  const message = scrubLogText(String(err.message));
  if (err.kind === "rate_limited" || err.kind === "transient" || err.kind === "waiting") {
    const attempts = attemptsBefore + 1;
    const giveUp = err.kind === "transient" && attempts >= MAX_ATTEMPTS;
    await db.delivery.updateMany({
      where: mine,
      data: { status: giveUp ? "failed" : "pending", attempts, error: message, claimedBy: null, claimedUntil: null },
    });
    log.warn({ slot, recipient: key, kind: err.kind, attempts, giveUp }, "digest send failed");
    return;
  }
  if (err.kind === "in_doubt") {
    // The platform may have shown it (the answer was lost): at most once, like a crash mid-send.
    await db.delivery.updateMany({
      where: mine,
      data: { status: "skipped", error: `in doubt: ${message}; not resent (at most once)`, claimedUntil: null },
    });
    log.warn({ slot, recipient: key, reason: message }, "digest message in doubt after a lost answer: not resent");
    return;
  }
  await db.delivery.updateMany({
    where: mine,
    data: { status: "failed", error: `${err.kind}: ${message}`, claimedUntil: null },
  });
  if (err.kind === "gone") {
    // Deactivates the channel or ends the member's subscription, and tells the staff channels.
    await reportUnreachable(deps, recipient.platform, recipient.target.chatId, message);
    log.warn({ slot, recipient: key, reason: message }, "digest recipient gone");
    return;
  }
  log.error({ slot, recipient: key, kind: err.kind, reason: message }, "digest refused by the platform");
}
