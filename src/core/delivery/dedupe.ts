/**
 * Incoming updates are acted on once, even when a platform delivers them again — also when
 * several instances share the work, and when one of them dies in the middle of an update.
 *
 * `handleOnce` claims the update in the database before handling it: the first instance to
 * insert its id wins; the claim holds for UPDATE_LEASE_MS and is renewed while the handler works,
 * and it is released (claimedUntil = null: "handled") when the handler is done. A redelivery of a
 * handled update is ignored. A redelivery that finds a live claim waits for it to be released or
 * to run out: a claim that runs out belonged to an instance that died mid-update (SIGKILL, power
 * cut), and the update is handled here instead. (The changes a handler commits are each atomic;
 * an instance that died after committing its change but before releasing the claim would have
 * that update handled a second time if the platform delivered it again: the window is the few
 * milliseconds until the instance's queued marks are written, see `releaseQueue`. Telegram
 * delivers a webhook update again only when it got no answer, and the answer is sent after the
 * handler; with long polling the runner confirms updates when it fetches them.)
 */
import type { DbOrTx } from "../../db/client.js";
import { isUniqueViolation } from "../errors.js";

/** How long a claim holds without renewal (renewed every third of it while the handler works). */
export const UPDATE_LEASE_MS = 10_000;

export type Claim = "claimed" | "handled" | "busy";

/**
 * Claims an update for this instance: "claimed" (handle it now), "handled" (a redelivery of an
 * update already handled), "busy" (another instance holds a live claim). Claims run on the wall
 * clock (`Date.now`): they are about processes being alive, not about the product's time.
 */
export async function claimUpdate(
  db: DbOrTx,
  platform: string,
  externalId: string,
  leaseMs = UPDATE_LEASE_MS,
): Promise<Claim> {
  const now = Date.now();
  try {
    await db.processedUpdate.create({ data: { platform, externalId, claimedUntil: new Date(now + leaseMs) } });
    return "claimed";
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  const taken = await db.processedUpdate.updateMany({
    where: { platform, externalId, claimedUntil: { lt: new Date(now) } },
    data: { claimedUntil: new Date(now + leaseMs) },
  });
  if (taken.count === 1) return "claimed";
  const row = await db.processedUpdate.findUnique({ where: { platform_externalId: { platform, externalId } } });
  return row && row.claimedUntil === null ? "handled" : "busy";
}

/**
 * Claims of one instance, written together: updates arriving within `delayMs` of each other (a
 * batch Telegram hands over, a burst of webhook requests) are claimed by two statements — which
 * of them are known already, and one insert of the rest — instead of one durable insert each.
 * The result for each update is exactly `claimUpdate`'s: an update known already, or one another
 * instance inserted between the two statements (the insert then fails as a whole), goes through
 * `claimUpdate` on its own. A batch of one is `claimUpdate` itself. One queue per core.
 */
export interface ClaimQueue {
  claim(platform: string, externalId: string, leaseMs: number): Promise<Claim>;
}

/** At most this many updates are claimed by one insert. */
const CLAIM_BATCH = 200;

export function claimQueue(db: DbOrTx, options: { delayMs?: number } = {}): ClaimQueue {
  type Waiting = {
    platform: string;
    externalId: string;
    leaseMs: number;
    done: (c: Claim) => void;
    fail: (e: unknown) => void;
  };
  let pending: Waiting[] = [];
  let timer: NodeJS.Timeout | undefined;

  const alone = (w: Waiting) => claimUpdate(db, w.platform, w.externalId, w.leaseMs).then(w.done, w.fail);

  const claimBatch = async (batch: Waiting[]) => {
    if (batch.length === 1) return alone(batch[0]!);
    // The first request of each update in the batch is claimed together; any repeat waits its turn alone.
    const seen = new Set<string>();
    const firsts: Waiting[] = [];
    const repeats: Waiting[] = [];
    for (const w of batch) {
      const key = `${w.platform}\u0000${w.externalId}`;
      (seen.has(key) ? repeats : firsts).push(w);
      seen.add(key);
    }
    try {
      const known = await db.processedUpdate.findMany({
        where: { OR: groupByPlatform(firsts).map(([platform, ids]) => ({ platform, externalId: { in: ids } })) },
        select: { platform: true, externalId: true },
      });
      const knownKeys = new Set(known.map((k) => `${k.platform}\u0000${k.externalId}`));
      const fresh = firsts.filter((w) => !knownKeys.has(`${w.platform}\u0000${w.externalId}`));
      const now = Date.now();
      let inserted = false;
      if (fresh.length) {
        try {
          await db.processedUpdate.createMany({
            data: fresh.map((w) => ({
              platform: w.platform,
              externalId: w.externalId,
              claimedUntil: new Date(now + w.leaseMs),
            })),
          });
          inserted = true;
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
          // Another instance claimed one of them meanwhile: nothing was inserted; each on its own.
        }
      }
      if (inserted) for (const w of fresh) w.done("claimed");
      await Promise.all(
        firsts.filter((w) => !inserted || knownKeys.has(`${w.platform}\u0000${w.externalId}`)).map(alone),
      );
    } catch (err) {
      for (const w of firsts) w.fail(err);
    }
    await Promise.all(repeats.map(alone));
  };

  const run = () => {
    timer = undefined;
    const batch = pending.slice(0, CLAIM_BATCH);
    pending = pending.slice(batch.length);
    if (pending.length) timer = setTimeout(run, 0);
    void claimBatch(batch);
  };

  return {
    claim(platform, externalId, leaseMs) {
      return new Promise<Claim>((done, fail) => {
        pending.push({ platform, externalId, leaseMs, done, fail });
        if (pending.length >= CLAIM_BATCH) {
          if (timer) clearTimeout(timer);
          run();
        } else if (!timer) timer = setTimeout(run, options.delayMs ?? 2);
      });
    },
  };
}

function groupByPlatform(items: { platform: string; externalId: string }[]): [string, string[]][] {
  const by = new Map<string, string[]>();
  for (const i of items) by.set(i.platform, [...(by.get(i.platform) ?? []), i.externalId]);
  return [...by];
}

/**
 * Runs `handle` for an update unless it was handled already (by any instance): "handled" when
 * it ran here, "duplicate" when it did not. A live claim of another instance is waited for (up
 * to the lease and a little more); if it is still held then, that instance is alive and handles it.
 */
export async function handleOnce(
  db: DbOrTx,
  platform: string,
  externalId: string,
  handle: () => Promise<void>,
  options: {
    leaseMs?: number;
    pollMs?: number;
    claims?: ClaimQueue;
    release?: ReleaseQueue;
    waitForMark?: boolean;
  } = {},
): Promise<"handled" | "duplicate"> {
  const leaseMs = options.leaseMs ?? UPDATE_LEASE_MS;
  const giveUpAt = Date.now() + leaseMs + 2_000;
  for (;;) {
    const claim = options.claims
      ? await options.claims.claim(platform, externalId, leaseMs)
      : await claimUpdate(db, platform, externalId, leaseMs);
    if (claim === "claimed") break;
    if (claim === "handled" || Date.now() >= giveUpAt) return "duplicate";
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
  const key = { platform, externalId };
  const renew = setInterval(
    () => {
      void db.processedUpdate
        .updateMany({
          where: { ...key, claimedUntil: { not: null } },
          data: { claimedUntil: new Date(Date.now() + leaseMs) },
        })
        .catch(() => {});
    },
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  renew.unref();
  try {
    await handle();
  } finally {
    clearInterval(renew);
    if (options.release) {
      const marked = options.release.add(platform, externalId);
      if (options.waitForMark) await marked;
    } else await db.processedUpdate.updateMany({ where: key, data: { claimedUntil: null } });
  }
  return "handled";
}

/** At most this many updates are marked handled by one statement. */
const RELEASE_BATCH = 500;

/**
 * The "handled" marks of one instance, written together (group commit): a mark is queued when
 * its update's handler is done and written within `delayMs` along with every other mark queued
 * by then — one durable commit for many updates instead of one each. Until its mark is written
 * an update's claim holds (a redelivery meanwhile waits for the claim, then sees "handled").
 * `handleOnce` waits for the mark only when asked (`waitForMark`): a webhook update is answered
 * after its mark, so an instance killed before writing it gets the update redelivered (and
 * taken over) rather than leaving it marked as claimed; with long polling nothing is delivered
 * again, so nothing waits. One queue per core (per process); nothing in it is shared between
 * instances.
 */
export interface ReleaseQueue {
  /** Queues the mark; resolves when it is committed (or its write failed: see `onError`). */
  add(platform: string, externalId: string): Promise<void>;
  /** Writes every queued mark now; resolves when they are committed (at shutdown, and in tests). */
  flush(): Promise<void>;
}

export function releaseQueue(
  db: DbOrTx,
  options: { delayMs?: number; onError?: (err: unknown) => void } = {},
): ReleaseQueue {
  let pending: { platform: string; externalId: string; done: () => void }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> | undefined;
  const writeAll = async () => {
    while (pending.length) {
      const batch = pending.slice(0, RELEASE_BATCH);
      pending = pending.slice(batch.length);
      try {
        for (const [platform, ids] of groupByPlatform(batch))
          await db.processedUpdate.updateMany({
            where: { platform, externalId: { in: ids } },
            data: { claimedUntil: null },
          });
      } catch (err) {
        // The claims of this batch stay until their lease runs out; a redelivery after that is
        // handled again, as after a crash.
        options.onError?.(err);
      }
      for (const p of batch) p.done();
    }
  };
  const write = () => {
    timer = undefined;
    writing ??= writeAll().finally(() => {
      writing = undefined;
      if (pending.length && !timer) timer = setTimeout(write, 0);
    });
    return writing;
  };
  return {
    add(platform, externalId) {
      return new Promise<void>((done) => {
        pending.push({ platform, externalId, done });
        if (!timer && !writing) {
          timer = setTimeout(write, options.delayMs ?? 5);
          timer.unref();
        }
      });
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      while (writing || pending.length) await (writing ?? write());
    },
  };
}

/** Records an incoming update id as handled; false when it was seen before (a redelivery to ignore). */
export async function firstDelivery(db: DbOrTx, platform: string, externalId: string): Promise<boolean> {
  try {
    await db.processedUpdate.create({ data: { platform, externalId } });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

/** Forgets update ids older than `before` (they cannot be redelivered any more: Telegram keeps updates ≤ 24 h). */
export async function pruneProcessed(db: DbOrTx, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
