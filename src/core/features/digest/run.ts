/**
 * Sending the weekly digest exactly once per recipient per week, whatever happens: two processes
 * at once, a restart in the middle, the machine off at the slot time.
 *
 * - One `JobRun` row per (job "digest", slot = ISO week): the second inserter gets P2002 and
 *   joins in as a helper. Each sender of an unfinished run makes sure every recipient has a row
 *   in the per-recipient ledger (`Delivery`, unique per run and recipient).
 * - A ledger row is claimed with a conditional update (pending → sending, claimedBy,
 *   claimedUntil) before anything is sent, so two senders never take the same recipient.
 * - A long digest goes out as several platform messages; each part is recorded (`partsSent`)
 *   as soon as the platform confirms it. One process sends one message at a time, so a hard kill
 *   leaves at most one message in doubt.
 *
 * In-doubt policy: a row found in "sending" whose claim has expired belonged to a process that
 * died (or stalled) while one message was in flight. Sends are not idempotent on Telegram or
 * Slack and we cannot ask whether it arrived, so that one message is NOT sent again: the row is
 * marked "skipped" and a warning is logged. (In a multi-part digest only that part is skipped;
 * the later parts, which were certainly not sent, still go out.) A duplicate digest in a group of a hundred people is worse than
 * one recipient missing one week's digest, and "nobody twice" is the promise. This also makes a
 * false alarm harmless: if the first process was only slow, its own later updates are
 * conditional on still holding the claim, so at worst the in-flight message was delivered once.
 *
 * Errors the platform reports are not in doubt: a 429 was not taken (waited out and sent again),
 * "gone" and "rejected" are final, and "transient" (5xx, a failed connection) is retried in a
 * later round, MAX_ATTEMPTS times at most. Note that the platform clients retry network failures
 * themselves (grammY's auto-retry, Slack's WebClient); a response lost after the platform took the
 * message can be doubled there, below this ledger.
 */
import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../../../db/client.js";
import type { CoreDeps, Notifier } from "../../app/contract.js";
import { reportUnreachable } from "../../delivery/channels.js";
import { DeliveryError, isUniqueViolation } from "../../errors.js";
import { latestIdentity } from "../../members.js";
import { enqueueToStaff, moveChat } from "../../delivery/outbox.js";
import { plainLength, splitRichText } from "../../text.js";
import type { OutgoingMessage, RichText, Target } from "../../types.js";
import {
  gatherDigest,
  gatherPersonal,
  gatherShared,
  joinDigest,
  membersWithOwnPart,
  renderOwn,
  renderShared,
  type DigestData,
  type DigestWindow,
  type SharedRendering,
} from "./build.js";
import { Pacer, realPaceClock, type PaceClock } from "./pacing.js";
import { digestWindow, isDue, slotTime } from "./schedule.js";

export const DIGEST_JOB = "digest";
/** How long a claim holds without renewal; renewed before every message. */
export const CLAIM_MS = 5 * 60_000;
/** Transient failures (5xx, network) of one recipient before giving up on them for the week. */
export const MAX_ATTEMPTS = 3;
/** 429s waited out for one message before leaving the recipient for the next round. */
const MAX_RATE_WAITS = 5;

/**
 * The most one platform message of a digest may hold, in visible characters. Telegram allows
 * 4096 after entity parsing; a Slack message may have 50 sections of 3000 characters, but a
 * readable part is smaller; the terminal has no limit.
 */
export const PART_LIMITS: Record<string, number> = { telegram: 4096, slack: 12_000, terminal: Number.POSITIVE_INFINITY };

export type Notifiers = Partial<Record<string, Notifier>>;

export interface DigestRunOptions {
  /** The week to send (default: the current ISO week in the digest's time zone). */
  slot?: string;
  /** Start the run even before the slot time (staff "send now"). Still once per recipient per week. */
  force?: boolean;
  /** Identifies this sender in claims (default: random per call). */
  workerId?: string;
  /** Pacing between sends; shared by the senders of one process. */
  pacer?: Pacer;
  /** Clock and sleep for waits (pacing, 429s); tests pass a fake one. */
  pace?: PaceClock;
}

export interface DigestRunReport {
  slot: string;
  outcome: "not_due" | "empty" | "already_finished" | "ran";
  runId?: number;
  startedAt?: Date;
  finished: boolean;
  /** Counted over the whole run's ledger after this call. */
  totals: { sent: number; skipped: number; failed: number; pending: number };
  /** What this call itself sent (platform messages). */
  messagesSent: number;
}

interface ChannelRecipient {
  kind: "channel";
  platform: string;
  target: Target;
  locale: string;
  personal: false;
  memberId?: undefined;
  label: string;
}

interface MemberRecipient {
  kind: "member";
  platform: string;
  target: Target;
  locale: string;
  personal: true;
  memberId: number;
  label: string;
}

type Recipient = ChannelRecipient | MemberRecipient;

/** Ledger keys of everyone who should get this week's digest, on the platforms that can send. */
export async function digestRecipientKeys(db: DbOrTx, platforms: string[]): Promise<string[]> {
  const channels = await db.channel.findMany({
    where: { active: true, kind: { in: ["community", "staff"] }, platform: { in: platforms } },
    orderBy: { id: "asc" },
  });
  const members = await db.member.findMany({
    where: { digestSubscribed: true, identities: { some: { platform: { in: platforms } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return [...channels.map((c) => `${c.platform}:${c.chatId}`), ...members.map((m) => `member:${m.id}`)];
}

/** Where a ledger key leads now: a channel that is still active, or a subscriber's latest identity. */
/** `skip`: nobody to send to any more; `elsewhere`: a process with that platform's notifier will send it. */
async function resolveRecipient(db: DbOrTx, key: string, platforms: string[]): Promise<Recipient | { skip: string } | { elsewhere: true }> {
  const colon = key.indexOf(":");
  const head = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (head === "member") {
    const member = await db.member.findUnique({ where: { id: Number(rest) } });
    if (!member) return { skip: "member deleted" };
    if (!member.digestSubscribed) return { skip: "unsubscribed" };
    const identity = await latestIdentity(db, member.id, platforms);
    if (!identity) {
      const any = await db.identity.count({ where: { memberId: member.id } });
      return any ? { elsewhere: true } : { skip: "no identity" };
    }
    return {
      kind: "member",
      platform: identity.platform,
      target: { chatId: identity.privateChatId },
      locale: member.locale,
      personal: true,
      memberId: member.id,
      label: member.displayName,
    };
  }
  const channel = await db.channel.findUnique({ where: { platform_chatId: { platform: head, chatId: rest } } });
  if (!channel || !channel.active) return { skip: "channel inactive" };
  if (!platforms.includes(channel.platform)) return { elsewhere: true };
  return {
    kind: "channel",
    platform: channel.platform,
    target: { chatId: channel.chatId, threadId: channel.threadId },
    locale: channel.locale,
    personal: false,
    label: channel.chatId,
  };
}

/** How long a run reuses what every digest shares before gathering it again, so a long run still shows recent changes. */
export const SHARED_MAX_AGE_MS = 60_000;

export interface DigestRecipient {
  platform: string;
  locale: string;
  personal: boolean;
  memberId?: number | undefined;
}

interface SharedSnapshot {
  at: number;
  data: DigestData;
  /** Members whose own section is not empty (see `membersWithOwnPart`). */
  withOwn: Set<number>;
  /** Per locale and kind (private / group). */
  rendered: Map<string, SharedRendering>;
  /** Whole digests of recipients without an own section, per locale, kind and platform. */
  packed: Map<string, OutgoingMessage[]>;
}

/**
 * Builds the digests of one run. What every recipient's digest shares is gathered once (and again
 * after SHARED_MAX_AGE_MS), rendered once per locale and kind and, for recipients without an own
 * section, also cut into platform messages once; per member only their own section is gathered,
 * and only for members who have one. Holds one digest's data and a handful of renderings, never
 * one per recipient. It lives for one call (`runDigest`) in one process: no shared state.
 */
export class DigestBuilder {
  readonly #deps: CoreDeps;
  readonly #window: DigestWindow;
  #snapshot: Promise<SharedSnapshot> | undefined;

  constructor(deps: CoreDeps, window: DigestWindow) {
    this.#deps = deps;
    this.#window = window;
  }

  async #shared(): Promise<SharedSnapshot> {
    const now = this.#deps.now();
    const current = this.#snapshot && (await this.#snapshot);
    if (current && now.getTime() - current.at < SHARED_MAX_AGE_MS) return current;
    const { db } = this.#deps;
    const pending = (async (): Promise<SharedSnapshot> => {
      const data = await gatherShared(db, this.#window, now);
      return { at: now.getTime(), data, withOwn: await membersWithOwnPart(db), rendered: new Map(), packed: new Map() };
    })();
    this.#snapshot = pending;
    pending.catch(() => {
      if (this.#snapshot === pending) this.#snapshot = undefined;
    });
    return pending;
  }

  /** The digest for one recipient, as the platform messages it will be sent in. */
  async parts(recipient: DigestRecipient): Promise<OutgoingMessage[]> {
    const snapshot = await this.#shared();
    const options = { locale: recipient.locale, timeZone: this.#deps.config.digest.timezone, personal: recipient.personal };
    const kind = `${recipient.locale}:${recipient.personal ? "private" : "group"}`;
    let shared = snapshot.rendered.get(kind);
    if (!shared) snapshot.rendered.set(kind, (shared = renderShared(snapshot.data, options)));
    const limit = PART_LIMITS[recipient.platform] ?? 4096;
    const memberId = recipient.personal ? recipient.memberId : undefined;
    if (memberId !== undefined && snapshot.withOwn.has(memberId)) {
      const own = renderOwn(await gatherPersonal(this.#deps.db, memberId), snapshot.data.now, options);
      return toParts(joinDigest(shared, own), limit);
    }
    const key = `${kind}:${recipient.platform}`;
    let parts = snapshot.packed.get(key);
    if (!parts) snapshot.packed.set(key, (parts = toParts(joinDigest(shared, []), limit)));
    return [...parts];
  }
}

function toParts(message: OutgoingMessage, limit: number): OutgoingMessage[] {
  const texts = Number.isFinite(limit) ? packLines(message.text, limit) : [message.text];
  return texts.map((text, i) => (i === texts.length - 1 && message.buttons ? { text, buttons: message.buttons } : { text }));
}

/** The digest for one recipient, as the platform messages it will be sent in (a run uses one `DigestBuilder` for all). */
export async function digestParts(deps: CoreDeps, window: DigestWindow, recipient: DigestRecipient): Promise<OutgoingMessage[]> {
  return new DigestBuilder(deps, window).parts(recipient);
}

/** Rich text cut into lines at the line breaks of its plain spans. */
function toLines(text: RichText): RichText[] {
  const lines: RichText[] = [[]];
  for (const span of text) {
    if (typeof span !== "string") {
      lines.at(-1)!.push(span);
      continue;
    }
    span.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)!.push(piece);
    });
  }
  return lines;
}

/**
 * Cuts a digest into parts of at most `limit` visible characters between whole items: a section
 * (paragraph) stays in one part when it fits, otherwise it is cut between lines; only a single
 * line longer than a whole message is cut inside (at a space, by `splitRichText`).
 */
export function packLines(text: RichText, limit: number): RichText[] {
  if (plainLength(text) <= limit) return [text];
  const paragraphs: RichText[][] = [[]];
  for (const line of toLines(text)) {
    if (line.length === 0) {
      if (paragraphs.at(-1)!.length) paragraphs.push([]);
    } else paragraphs.at(-1)!.push(line);
  }
  const parts: RichText[][] = [];
  let current: RichText[] = [];
  let used = 0;
  const flush = () => {
    while (current.length && current.at(-1)!.length === 0) current.pop();
    if (current.length) parts.push(current);
    current = [];
    used = 0;
  };
  const size = (lines: RichText[]) => lines.reduce((n, l) => n + plainLength(l) + 1, 0);
  for (const paragraph of paragraphs.filter((p) => p.length)) {
    const gap = current.length ? 1 : 0;
    if (used + gap + size(paragraph) <= limit + 1) {
      if (gap) current.push([]);
      current.push(...paragraph);
      used += gap + size(paragraph);
      continue;
    }
    flush();
    for (const line of paragraph) {
      const len = plainLength(line) + 1;
      if (used + len > limit + 1) flush();
      if (len > limit + 1) {
        for (const piece of splitRichText(line, limit)) parts.push([piece]);
        continue;
      }
      current.push(line);
      used += len;
    }
  }
  flush();
  return parts.map((lines) => lines.flatMap((line, i) => (i ? ["\n", ...line] : line)));
}

/** Tells every active staff channel (through the outbox) what happened to a recipient. */
async function tellStaff(deps: CoreDeps, key: string, args: Record<string, string>) {
  await enqueueToStaff(deps.db, (t) => ({ text: [t(key, args)] }), deps.now());
}

/**
 * Finds this week's run, or creates it when the slot time has passed (or `force`). Returns null
 * when the digest is not due yet. Whether the week was empty is decided before the insert, so an
 * empty week's run is born finished and nobody ever writes a ledger for it.
 */
async function openRun(deps: CoreDeps, slot: string, force: boolean) {
  const { db } = deps;
  const existing = await db.jobRun.findUnique({ where: { job_slot: { job: DIGEST_JOB, slot } } });
  if (existing) return existing;
  const now = deps.now();
  const at = slotTime(deps.config.digest, slot);
  if (!force && (at === null || now.getTime() < at.getTime() - 5_000)) return null;
  const data = await gatherDigest(db, digestWindow(deps.config.digest, slot, now), now);
  const empty = !data.activity && deps.config.digest.skipEmpty;
  try {
    const run = await db.jobRun.create({ data: { job: DIGEST_JOB, slot, startedAt: now, finishedAt: empty ? now : null } });
    deps.log.info({ slot, runId: run.id, empty }, "digest run started");
    return run;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Another process created it a moment ago: help it instead.
    return db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: DIGEST_JOB, slot } } });
  }
}

/**
 * Writes a ledger row for every current recipient that has none yet. Every sender of an
 * unfinished run does this (one insert per recipient, a duplicate is refused by the unique
 * index), so a crash halfway through writing the ledger loses nobody. No transaction spans
 * several statements: a second process only ever waits for one short write.
 */
async function ensureLedger(deps: CoreDeps, runId: number, platforms: string[]) {
  const keys = await digestRecipientKeys(deps.db, platforms);
  const have = new Set((await deps.db.delivery.findMany({ where: { runId }, select: { recipientKey: true } })).map((d) => d.recipientKey));
  for (const recipientKey of keys) {
    if (have.has(recipientKey)) continue;
    try {
      await deps.db.delivery.create({ data: { runId, recipientKey, createdAt: deps.now() } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
}

/** Runs of earlier weeks that never finished (e.g. the machine was off): their digest is stale, so the rest is skipped. */
async function closeStaleRuns(deps: CoreDeps, slot: string) {
  const { db } = deps;
  const now = deps.now();
  const stale = await db.jobRun.findMany({ where: { job: DIGEST_JOB, finishedAt: null, slot: { not: slot } } });
  for (const run of stale) {
    const { count } = await db.delivery.updateMany({
      where: { runId: run.id, OR: [{ status: "pending" }, { status: "sending", claimedUntil: { lt: now } }] },
      data: { status: "skipped", error: "the week ended before it could be sent", claimedUntil: null },
    });
    if (count) deps.log.warn({ slot: run.slot, skipped: count }, "stale digest run closed");
    await finishIfDone(deps, run.id);
  }
}

async function finishIfDone(deps: CoreDeps, runId: number): Promise<boolean> {
  const open = await deps.db.delivery.count({ where: { runId, status: { in: ["pending", "sending"] } } });
  if (open) return false;
  await deps.db.jobRun.updateMany({ where: { id: runId, finishedAt: null }, data: { finishedAt: deps.now() } });
  return true;
}

async function totals(deps: CoreDeps, runId: number) {
  const rows = await deps.db.delivery.groupBy({ by: ["status"], where: { runId }, _count: { _all: true } });
  const n = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
  return { sent: n("sent"), skipped: n("skipped"), failed: n("failed"), pending: n("pending") + n("sending") };
}

/**
 * Sends the week's digest: starts the run when its slot time has passed (or `force`), or helps
 * finish a run another process started, then sends to every recipient not yet served. Safe to
 * call any number of times from any number of processes: each recipient gets the week's digest
 * at most once (see the in-doubt policy above), and all of them get it unless a platform refuses.
 *
 * A thrown error that is not a DeliveryError (a bug, the process being torn down) stops the call
 * and leaves the recipient being served "in doubt", exactly like a hard kill would.
 */
export async function runDigest(deps: CoreDeps, notifiers: Notifiers, options: DigestRunOptions = {}): Promise<DigestRunReport> {
  const { db, log } = deps;
  const platforms = Object.keys(notifiers).filter((p) => notifiers[p]);
  const slot = options.slot ?? isDue(deps.config.digest, deps.now()).slot;
  const workerId = options.workerId ?? randomUUID();
  const pace = options.pace ?? realPaceClock;
  const pacer = options.pacer ?? new Pacer(pace);

  await closeStaleRuns(deps, slot);
  const run = await openRun(deps, slot, Boolean(options.force));
  if (!run) {
    return { slot, outcome: "not_due", finished: false, totals: { sent: 0, skipped: 0, failed: 0, pending: 0 }, messagesSent: 0 };
  }
  const report = (outcome: DigestRunReport["outcome"], finished: boolean, messagesSent: number) =>
    totals(deps, run.id).then((t) => ({ slot, outcome, runId: run.id, startedAt: run.startedAt, finished, totals: t, messagesSent }));

  if (run.finishedAt) {
    // Normally nothing is left; a row added by a helper just as the run was marked finished is.
    const left = await db.delivery.count({ where: { runId: run.id, status: { in: ["pending", "sending"] } } });
    if (!left) {
      const empty = (await db.delivery.count({ where: { runId: run.id } })) === 0;
      return report(empty ? "empty" : "already_finished", true, 0);
    }
  } else {
    await ensureLedger(deps, run.id, platforms);
  }
  const window = digestWindow(deps.config.digest, slot, run.startedAt);
  const builder = new DigestBuilder(deps, window);
  const deferred = new Set<number>();
  let messagesSent = 0;

  for (;;) {
    const now = deps.now();
    const row = await db.delivery.findFirst({
      where: {
        runId: run.id,
        id: { notIn: [...deferred] },
        OR: [{ status: "pending" }, { status: "sending", claimedUntil: { lt: now } }],
      },
      orderBy: { id: "asc" },
    });
    if (!row) break;
    const observed = { id: row.id, status: row.status, claimedUntil: row.claimedUntil };

    const recipient = await resolveRecipient(db, row.recipientKey, platforms);
    if ("elsewhere" in recipient) {
      deferred.add(row.id);
      continue;
    }
    if ("skip" in recipient) {
      await db.delivery.updateMany({ where: observed, data: { status: "skipped", error: recipient.skip, claimedUntil: null } });
      continue;
    }
    const notifier = notifiers[recipient.platform]!;
    const parts = await builder.parts(recipient);

    const claimed = await db.delivery.updateMany({
      where: observed,
      data: { status: "sending", claimedBy: workerId, claimedUntil: new Date(deps.now().getTime() + CLAIM_MS) },
    });
    if (claimed.count !== 1) continue; // someone else took it first
    const mine = { id: row.id, status: "sending", claimedBy: workerId };

    let next = row.partsSent;
    if (row.status === "sending") {
      // In doubt: a sender died (or stalled) while part `next` was in flight. Never resend it.
      next += 1;
      log.warn({ slot, recipient: row.recipientKey, part: next, of: parts.length }, "digest message in doubt after a crash: not resent");
      if (next >= parts.length) {
        await db.delivery.updateMany({
          where: mine,
          data: { status: "skipped", error: "in doubt: the sender stopped while sending; not resent (at most once)", claimedUntil: null },
        });
        continue;
      }
      await db.delivery.updateMany({ where: mine, data: { partsSent: next, error: `part ${next} of ${parts.length} in doubt; not resent` } });
    }

    let target = recipient.target;
    let rowKey = row.recipientKey;
    let done = true;
    partsLoop: for (let i = next; i < parts.length; i++) {
      let rateWaits = 0;
      let moves = 0;
      for (;;) {
        await pacer.take(recipient.platform, target.chatId);
        const held = await db.delivery.updateMany({ where: mine, data: { claimedUntil: new Date(deps.now().getTime() + CLAIM_MS) } });
        if (held.count !== 1) {
          log.warn({ slot, recipient: rowKey }, "digest claim lost to another sender; stopping here");
          done = false;
          break partsLoop;
        }
        try {
          await notifier.send(target, parts[i]!);
        } catch (err) {
          if (!(err instanceof DeliveryError)) throw err;
          if (err.kind === "rate_limited" && rateWaits < MAX_RATE_WAITS) {
            rateWaits++;
            await pace.sleep(err.details.retryAfterMs ?? 1000);
            continue; // a 429 means the message was not taken: sending again is safe
          }
          if (err.kind === "migrated" && err.details.newChatId && recipient.kind === "channel" && moves < 2) {
            moves++;
            const newChatId = err.details.newChatId;
            await moveChat(db, recipient.platform, target.chatId, newChatId, deps.now());
            const newKey = `${recipient.platform}:${newChatId}`;
            try {
              await db.delivery.updateMany({ where: mine, data: { recipientKey: newKey } });
              rowKey = newKey;
            } catch (e) {
              if (!isUniqueViolation(e)) throw e;
              // The new chat is already a recipient of this run: it gets its own digest.
              await db.delivery.updateMany({ where: mine, data: { status: "skipped", error: `moved to ${newKey}`, claimedUntil: null } });
              done = false;
              break partsLoop;
            }
            await tellStaff(deps, "dg-staff-migrated", { old: target.chatId, new: newChatId });
            log.info({ slot, from: target.chatId, to: newChatId }, "digest group migrated to a supergroup");
            target = { ...target, chatId: newChatId };
            continue;
          }
          await failed(deps, recipient, row.recipientKey, mine, err, row.attempts, slot);
          if (err.kind === "rate_limited" || err.kind === "transient" || err.kind === "waiting") deferred.add(row.id);
          done = false;
          break partsLoop;
        }
        messagesSent++;
        await db.delivery.updateMany({ where: mine, data: { partsSent: i + 1 } });
        break;
      }
    }
    if (done) {
      await db.delivery.updateMany({ where: mine, data: { status: "sent", sentAt: deps.now(), claimedUntil: null } });
    }
  }

  const finished = await finishIfDone(deps, run.id);
  if (finished) log.info({ slot, runId: run.id }, "digest run finished");
  return report("ran", finished, messagesSent);
}

/** A recipient the platform refused: unsubscribe / deactivate / retry later, and tell staff. */
async function failed(
  deps: CoreDeps,
  recipient: Recipient,
  key: string,
  mine: { id: number; status: string; claimedBy: string },
  err: DeliveryError,
  attemptsBefore: number,
  slot: string,
) {
  const { db, log } = deps;
  const message = String(err.message).slice(0, 300);
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
    await db.delivery.updateMany({ where: mine, data: { status: "skipped", error: `in doubt: ${message}; not resent (at most once)`, claimedUntil: null } });
    log.warn({ slot, recipient: key, reason: message }, "digest message in doubt after a lost answer: not resent");
    return;
  }
  await db.delivery.updateMany({ where: mine, data: { status: "failed", error: `${err.kind}: ${message}`, claimedUntil: null } });
  if (err.kind === "gone") {
    // Deactivates the channel or ends the member's subscription, and tells the staff channels.
    await reportUnreachable(deps, recipient.platform, recipient.target.chatId, message);
    log.warn({ slot, recipient: key, reason: message }, "digest recipient gone");
    return;
  }
  log.error({ slot, recipient: key, kind: err.kind, reason: message }, "digest refused by the platform");
}
