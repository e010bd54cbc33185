/**
 * The outbox: messages that follow a state change are written in the same transaction as the
 * change, then delivered by `deliverDue` with retries and backoff. A crash between the change
 * and the send delivers after restart; a platform outage delays but loses nothing; a recipient
 * that is gone for good is recorded and reported to staff instead of retried forever.
 *
 * Group/channel posts about a record (a help request, a joint purchase) are rendered from the
 * record's current state at delivery time, so a late edit always shows the latest status.
 */
import type { Db, DbOrTx } from "../../db/client.js";
import { DeliveryError } from "../errors.js";
import type { CoreDeps, Notifier, PostRenderer } from "../app/contract.js";
import { asLocale, translator, type Translate } from "../i18n/index.js";
import { latestIdentity } from "../members.js";
import { filePayload, messagePayload, postPayload, readPayload } from "./payloads.js";
import type { Locale, OutgoingFile, OutgoingMessage, Target } from "../types.js";

export type { PostRenderer } from "../app/contract.js";

/**
 * Wakes this process's outbox worker when a message is queued, so it delivers at once instead of
 * at its next poll. The listeners hang on the database handle the worker delivers from (a
 * transaction handle reads them through to its client), so two cores in one process each wake
 * only their own worker. The row may still be inside an open transaction: the worker's query
 * waits for it (see src/db/serialized-adapter.ts).
 */
const ENQUEUE_LISTENERS = Symbol("outbox enqueue listeners");

type WithListeners = { [ENQUEUE_LISTENERS]?: Set<() => void> };

/** Calls `listener` whenever a message is queued through `db` in this process; returns the unsubscribe function. */
export function onEnqueue(db: Db, listener: () => void): () => void {
  const holder = db as unknown as WithListeners;
  const listeners = (holder[ENQUEUE_LISTENERS] ??= new Set());
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function enqueued(db: DbOrTx): void {
  const listeners = (db as unknown as WithListeners)[ENQUEUE_LISTENERS];
  if (listeners?.size) queueMicrotask(() => listeners.forEach((l) => l()));
}

export async function enqueueMessage(
  db: DbOrTx,
  platform: string,
  target: Target,
  message: OutgoingMessage,
  now: Date,
) {
  await db.outboxMessage.create({
    data: {
      platform,
      chatId: target.chatId,
      threadId: target.threadId ?? null,
      op: "send",
      payload: JSON.stringify(message),
      availableAt: now,
    },
  });
  enqueued(db);
}

export async function enqueueFile(db: DbOrTx, platform: string, target: Target, file: OutgoingFile, now: Date) {
  await db.outboxMessage.create({
    data: {
      platform,
      chatId: target.chatId,
      threadId: target.threadId ?? null,
      op: "file",
      payload: JSON.stringify(file),
      availableAt: now,
    },
  });
  enqueued(db);
}

/**
 * Queues a private message to a member, in the caller's transaction: on their most recent identity
 * (`latestIdentity`) and in their own language (`build` gets their translator and locale). Returns
 * false, queueing nothing, when the member cannot be reached: no member id (an anonymised record),
 * the member deleted, or no identity left.
 */
export async function enqueueToMember(
  db: DbOrTx,
  memberId: number | null | undefined,
  build: (t: Translate, locale: Locale) => OutgoingMessage,
  now: Date,
): Promise<boolean> {
  const to = await privateChatOf(db, memberId);
  if (!to) return false;
  await enqueueMessage(db, to.platform, to.target, build(translator(to.locale), to.locale), now);
  return true;
}

/** Like `enqueueToMember`, for a file (e.g. a participant list to the organiser). */
export async function enqueueFileToMember(
  db: DbOrTx,
  memberId: number | null | undefined,
  build: (t: Translate, locale: Locale) => OutgoingFile,
  now: Date,
): Promise<boolean> {
  const to = await privateChatOf(db, memberId);
  if (!to) return false;
  await enqueueFile(db, to.platform, to.target, build(translator(to.locale), to.locale), now);
  return true;
}

/** Queues a message to every active staff channel, each in its own language, in the caller's transaction. */
export async function enqueueToStaff(
  db: DbOrTx,
  build: (t: Translate, locale: Locale) => OutgoingMessage,
  now: Date,
): Promise<void> {
  const channels = await db.channel.findMany({ where: { active: true, kind: "staff" }, orderBy: { id: "asc" } });
  for (const ch of channels) {
    const locale = asLocale(ch.locale);
    await enqueueMessage(
      db,
      ch.platform,
      { chatId: ch.chatId, threadId: ch.threadId },
      build(translator(locale), locale),
      now,
    );
  }
}

async function privateChatOf(db: DbOrTx, memberId: number | null | undefined) {
  if (memberId == null) return null;
  const member = await db.member.findUnique({ where: { id: memberId } });
  const identity = member ? await latestIdentity(db, memberId) : null;
  if (!member || !identity) return null;
  return { platform: identity.platform, target: { chatId: identity.privateChatId }, locale: asLocale(member.locale) };
}

/** Posts a record to every active group/channel of `kinds` (default: community and staff). */
export async function enqueuePost(
  db: DbOrTx,
  entityType: string,
  entityId: number,
  now: Date,
  kinds: string[] = ["community", "staff"],
) {
  const channels = await db.channel.findMany({ where: { active: true, kind: { in: kinds } } });
  for (const ch of channels) {
    await db.outboxMessage.create({
      data: {
        platform: ch.platform,
        chatId: ch.chatId,
        threadId: ch.threadId,
        op: "post",
        payload: JSON.stringify({ locale: ch.locale }),
        entityType,
        entityId,
        availableAt: now,
      },
    });
    enqueued(db);
  }
}

/** Edits every existing post of a record (and any post still waiting to be sent shows the new state anyway). */
export async function enqueuePostUpdate(db: DbOrTx, entityType: string, entityId: number, now: Date) {
  const channels = await db.channel.findMany({ where: { active: true } });
  for (const ch of channels) {
    const pendingEdit = await db.outboxMessage.findFirst({
      where: { op: "edit_post", entityType, entityId, platform: ch.platform, chatId: ch.chatId, status: "pending" },
    });
    if (pendingEdit) continue; // one pending edit renders the latest state: no need for two
    const hasPost =
      (await db.postRef.count({ where: { entityType, entityId, platform: ch.platform, chatId: ch.chatId } })) +
      (await db.outboxMessage.count({
        where: {
          op: "post",
          entityType,
          entityId,
          platform: ch.platform,
          chatId: ch.chatId,
          status: { in: ["pending", "sending"] },
        },
      }));
    if (!hasPost) continue;
    await db.outboxMessage.create({
      data: {
        platform: ch.platform,
        chatId: ch.chatId,
        threadId: ch.threadId,
        op: "edit_post",
        payload: JSON.stringify({ locale: ch.locale }),
        entityType,
        entityId,
        availableAt: now,
      },
    });
    enqueued(db);
  }
}

/**
 * What a delivered (or finally failed) private message keeps of its text: nothing. Posts are
 * rendered from their records at every edit, so no sent text is ever needed again; the row keeps
 * its bookkeeping (where, when, how many attempts).
 */
export const DELIVERED_PAYLOAD = "{}";
const textless = (op: string) => (op === "send" || op === "file" ? { payload: DELIVERED_PAYLOAD } : {});

const CLAIM_MS = 60_000;
const MAX_ATTEMPTS = 25;

function backoffMs(attempts: number): number {
  return Math.min(5 * 60_000, 1000 * 2 ** Math.min(attempts, 12));
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers what is due, oldest first, one message at a time. Several processes may run this at
 * once: each row is claimed with a conditional update before it is sent. A row whose claim
 * expired (its process died mid-send) is claimed again, and a send whose answer was lost
 * (`in_doubt`) is retried: these notices (a new request, an introduction, a status change) are
 * delivered at least once, so the one message in flight during a hard kill or a cut connection
 * may arrive twice at worst — never lost. (The weekly digest chooses the other way round.)
 */
export async function deliverDue(
  deps: CoreDeps,
  notifiers: Partial<Record<string, Notifier>>,
  options: {
    workerId: string;
    /** How records look in group posts, by entity type (`core.registry.postRenderers`). */
    renderers: ReadonlyMap<string, PostRenderer>;
    limit?: number;
    onGone?: (platform: string, chatId: string, reason: string) => Promise<void>;
  },
): Promise<DeliveryReport> {
  const { db, now, log } = deps;
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const platforms = Object.keys(notifiers);
  const t = now();
  const due = await db.outboxMessage.findMany({
    where: {
      platform: { in: platforms },
      OR: [
        { status: "pending", availableAt: { lte: t } },
        { status: "sending", claimedUntil: { lt: t } },
      ],
    },
    orderBy: { id: "asc" },
    take: options.limit ?? 50,
  });
  const blockedChats = new Set<string>();
  for (const row of due) {
    const chatKey = `${row.platform}:${row.chatId}`;
    if (blockedChats.has(chatKey)) continue; // keep per-chat order: a later message waits for an earlier one
    const earlier = await db.outboxMessage.count({
      where: { platform: row.platform, chatId: row.chatId, status: { in: ["pending", "sending"] }, id: { lt: row.id } },
    });
    if (earlier > 0) {
      blockedChats.add(chatKey);
      continue;
    }
    const claimed = await db.outboxMessage.updateMany({
      where: { id: row.id, status: row.status, claimedUntil: row.claimedUntil },
      data: { status: "sending", claimedBy: options.workerId, claimedUntil: new Date(now().getTime() + CLAIM_MS) },
    });
    if (claimed.count !== 1) continue;
    const notifier = notifiers[row.platform]!;
    try {
      const outcome = await deliverOne(deps, notifier, options.renderers, row);
      if (outcome === "wait") {
        blockedChats.add(chatKey);
        await db.outboxMessage.update({
          where: { id: row.id },
          data: {
            status: "pending",
            claimedBy: null,
            claimedUntil: null,
            availableAt: new Date(now().getTime() + 1000),
          },
        });
        continue;
      }
      await db.outboxMessage.update({
        where: { id: row.id },
        data: { status: "sent", sentAt: now(), claimedUntil: null, ...textless(row.op) },
      });
      report.sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      if (err instanceof DeliveryError && err.kind === "migrated" && err.details.newChatId) {
        await moveChat(db, row.platform, row.chatId, err.details.newChatId, now());
        await db.outboxMessage.update({
          where: { id: row.id },
          data: { status: "pending", chatId: err.details.newChatId, claimedUntil: null, availableAt: now() },
        });
        report.retried++;
        continue;
      }
      if (err instanceof DeliveryError && err.kind === "waiting") {
        // Someone has to act first (invite the app): keep the message and its order, look again later.
        blockedChats.add(chatKey);
        await db.outboxMessage.update({
          where: { id: row.id },
          data: {
            status: "pending",
            availableAt: new Date(now().getTime() + (err.details.retryAfterMs ?? 5 * 60_000)),
            lastError: String(err.message).slice(0, 500),
            claimedUntil: null,
          },
        });
        report.retried++;
        continue;
      }
      const permanent = err instanceof DeliveryError && (err.kind === "gone" || err.kind === "rejected");
      if (permanent || attempts >= MAX_ATTEMPTS) {
        blockedChats.add(chatKey);
        await db.outboxMessage.update({
          where: { id: row.id },
          data: {
            status: "failed",
            attempts,
            lastError: String((err as Error).message).slice(0, 500),
            claimedUntil: null,
            ...textless(row.op),
          },
        });
        report.failed++;
        log.warn(
          { outboxId: row.id, platform: row.platform, op: row.op, kind: (err as DeliveryError).kind },
          "delivery failed for good",
        );
        if (err instanceof DeliveryError && err.kind === "gone")
          await options.onGone?.(row.platform, row.chatId, err.message);
        continue;
      }
      blockedChats.add(chatKey);
      const wait =
        err instanceof DeliveryError && err.kind === "rate_limited" && err.details.retryAfterMs
          ? err.details.retryAfterMs
          : backoffMs(attempts);
      await db.outboxMessage.update({
        where: { id: row.id },
        data: {
          status: "pending",
          attempts,
          availableAt: new Date(now().getTime() + wait),
          lastError: String((err as Error).message).slice(0, 500),
          claimedUntil: null,
        },
      });
      report.retried++;
      log.debug({ outboxId: row.id, attempts, waitMs: wait }, "delivery postponed");
    }
  }
  return report;
}

async function deliverOne(
  deps: CoreDeps,
  notifier: Notifier,
  renderers: ReadonlyMap<string, PostRenderer>,
  row: {
    id: number;
    platform: string;
    chatId: string;
    threadId: string | null;
    op: string;
    payload: string;
    entityType: string | null;
    entityId: number | null;
  },
): Promise<"done" | "wait"> {
  const target: Target = { chatId: row.chatId, threadId: row.threadId };
  const unreadable = () =>
    new DeliveryError("rejected", `outbox row ${row.id}: the stored ${row.op} payload does not fit its kind`);
  if (row.op === "send") {
    const message = readPayload(messagePayload, row.payload);
    if (!message) throw unreadable();
    await notifier.send(target, message);
    return "done";
  }
  if (row.op === "file") {
    const file = readPayload(filePayload, row.payload);
    if (!file) throw unreadable();
    await notifier.sendFile(target, file);
    return "done";
  }
  const render = renderers.get(row.entityType ?? "");
  if (!render) throw new DeliveryError("rejected", `no renderer for ${row.entityType}`);
  const post = readPayload(postPayload, row.payload);
  if (!post) throw unreadable();
  const locale = asLocale(post.locale ?? "fi");
  const channel = await deps.db.channel.findUnique({
    where: { platform_chatId: { platform: row.platform, chatId: row.chatId } },
  });
  const message = await render(
    deps,
    row.entityId!,
    locale,
    notifier.platform,
    channel?.kind === "staff" ? "staff" : "community",
  );
  if (!message) return "done";
  const where = { entityType: row.entityType!, entityId: row.entityId!, platform: row.platform, chatId: row.chatId };
  if (row.op === "post") {
    const existing = await deps.db.postRef.findUnique({ where: { entityType_entityId_platform_chatId: where } });
    if (existing) return "done"; // already posted (a redelivered outbox row after a crash)
    const { messageId } = await notifier.send(target, message);
    await deps.db.postRef.create({ data: { ...where, messageId } });
    return "done";
  }
  if (row.op === "edit_post") {
    const ref = await deps.db.postRef.findUnique({ where: { entityType_entityId_platform_chatId: where } });
    if (!ref) {
      const postPending = await deps.db.outboxMessage.count({
        where: { op: "post", ...where, status: { in: ["pending", "sending"] }, id: { lt: row.id } },
      });
      return postPending ? "wait" : "done";
    }
    await notifier.edit(
      ref.messageChatId ? { chatId: ref.messageChatId, threadId: null } : target,
      ref.messageId,
      message,
    );
    return "done";
  }
  throw new DeliveryError("rejected", `unknown outbox op ${row.op}`);
}

/**
 * A Telegram group became a supergroup: the channel, pending messages and post references move to
 * the new id. The migration is remembered (a restart with the old id in the settings keeps the new
 * one) and staff are told once to update the setting. Posts made before the migration stay in the
 * old group, where Telegram still lets the bot edit them: their references keep that chat.
 */
export async function moveChat(db: Db, platform: string, oldChatId: string, newChatId: string, now: Date) {
  if (oldChatId === newChatId) return;
  await db.$transaction(async (tx) => {
    const moved = await tx.channel.findMany({ where: { platform, chatId: oldChatId } });
    // (Told twice — Telegram announces a migration in both chats — the second time finds nothing to move.)
    const clash = moved.length
      ? await tx.channel.findUnique({ where: { platform_chatId: { platform, chatId: newChatId } } })
      : null;
    if (clash) await tx.channel.delete({ where: { id: clash.id } });
    await tx.channel.updateMany({ where: { platform, chatId: oldChatId }, data: { chatId: newChatId } });
    await tx.outboxMessage.updateMany({
      where: { platform, chatId: oldChatId, status: { in: ["pending", "sending"] } },
      data: { chatId: newChatId },
    });
    const refs = await tx.postRef.findMany({ where: { platform, chatId: oldChatId } });
    for (const ref of refs) {
      const taken = await tx.postRef.count({
        where: { entityType: ref.entityType, entityId: ref.entityId, platform, chatId: newChatId },
      });
      if (taken) continue;
      await tx.postRef.update({
        where: { id: ref.id },
        data: { chatId: newChatId, messageChatId: ref.messageChatId ?? oldChatId },
      });
    }
    const known = await tx.chatMigration.findUnique({
      where: { platform_fromChatId: { platform, fromChatId: oldChatId } },
    });
    if (known?.staffToldAt) return;
    if (known)
      await tx.chatMigration.update({ where: { id: known.id }, data: { toChatId: newChatId, staffToldAt: now } });
    else
      await tx.chatMigration.create({
        data: { platform, fromChatId: oldChatId, toChatId: newChatId, createdAt: now, staffToldAt: now },
      });
    if (moved.some((c) => c.kind === "community")) {
      await enqueueToStaff(
        tx,
        (t) => ({ text: [t("tg-staff-migrated-setting", { old: oldChatId, new: newChatId })] }),
        now,
      );
    }
  });
}

/** Where a configured chat lives now: follows remembered migrations (a group that became a supergroup). */
export async function currentChatId(db: DbOrTx, platform: string, chatId: string): Promise<string> {
  let id = chatId;
  for (let i = 0; i < 5; i++) {
    const m = await db.chatMigration.findUnique({ where: { platform_fromChatId: { platform, fromChatId: id } } });
    if (!m) break;
    id = m.toChatId;
  }
  return id;
}
