/**
 * An incoming update is handled once across instances sharing a database, and an update whose
 * instance died mid-way is taken over by another one after the claim runs out.
 */
import { afterAll, describe, expect, it } from "vitest";
import { claimQueue, claimUpdate, handleOnce, releaseQueue } from "../../src/core/delivery/dedupe.js";
import { cleanupDatabases, freshDb } from "../support/db.js";

afterAll(cleanupDatabases);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Db = Awaited<ReturnType<typeof freshDb>>["db"];

/**
 * The database with its `processedUpdate` calls counted (`methods`: which ones; all by default);
 * `before` runs before each counted call (e.g. another instance's insert in between).
 */
function counting(db: Db, methods?: string[], before?: (name: string) => Promise<void>) {
  const counter = { statements: 0, calls: [] as { name: string; args: unknown[] }[] };
  const counted = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "processedUpdate") return Reflect.get(target, prop, receiver);
      return new Proxy(target.processedUpdate, {
        get(model, name, r) {
          const value = Reflect.get(model, name, r);
          if (typeof value !== "function" || (methods && !methods.includes(String(name)))) return value;
          return async (...args: unknown[]) => {
            counter.statements++;
            counter.calls.push({ name: String(name), args });
            await before?.(String(name));
            return (value as (...a: unknown[]) => unknown).apply(model, args);
          };
        },
      });
    },
  }) as Db;
  return { counted, counter };
}

describe("handling an update once", () => {
  it("a redelivery of a handled update is not handled again", async () => {
    const { db } = await freshDb();
    let runs = 0;
    expect(await handleOnce(db, "telegram", "1", async () => void runs++)).toBe("handled");
    expect(await handleOnce(db, "telegram", "1", async () => void runs++)).toBe("duplicate");
    expect(await handleOnce(db, "slack", "1", async () => void runs++)).toBe("handled");
    expect(runs).toBe(2);
    expect(await claimUpdate(db, "telegram", "1")).toBe("handled");
  });

  it("a handler that fails still marks the update handled (its error is the handler's to report)", async () => {
    const { db } = await freshDb();
    await expect(handleOnce(db, "telegram", "2", async () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    expect(await claimUpdate(db, "telegram", "2")).toBe("handled");
  });

  it("updates finishing together are marked handled together (group commit), each only once its mark is written", async () => {
    const { db } = await freshDb();
    const { counted, counter } = counting(db, ["updateMany"]);
    const release = releaseQueue(counted);
    const ids = Array.from({ length: 40 }, (_, i) => String(1000 + i));
    // All 40 handlers finish at the same moment (as a busy instance's do, one after another).
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let started = 0;
    const handler = async () => {
      if (++started === ids.length) open();
      await gate;
    };
    const results = await Promise.all(
      ids.map((id) => handleOnce(counted, "telegram", id, handler, { release, waitForMark: true })),
    );
    expect(results.every((r) => r === "handled")).toBe(true);
    // Every mark is committed when handleOnce returns: a redelivery of any of them is ignored.
    const rows = await db.processedUpdate.findMany({ where: { externalId: { in: ids } } });
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.claimedUntil === null)).toBe(true);
    for (const id of ids) expect(await claimUpdate(db, "telegram", id)).toBe("handled");
    // 40 updates, far fewer statements than 40 (the first mark is written alone, the rest batched).
    expect(counter.statements).toBeLessThan(10);
    // Marks for several platforms in one batch go to their own platform's rows.
    await Promise.all([
      handleOnce(counted, "telegram", "77", async () => {}, { release, waitForMark: true }),
      handleOnce(counted, "slack", "77", async () => {}, { release, waitForMark: true }),
    ]);
    expect(await claimUpdate(db, "telegram", "77")).toBe("handled");
    expect(await claimUpdate(db, "slack", "77")).toBe("handled");
  });

  it("without waiting for its mark an update's claim holds until the queue writes it; a redelivery meanwhile waits and is ignored", async () => {
    const { db } = await freshDb();
    const release = releaseQueue(db, { delayMs: 1_500 });
    let runs = 0;
    expect(await handleOnce(db, "telegram", "5", async () => void runs++, { release })).toBe("handled");
    // Returned before the mark: the claim is still live, so another instance would wait for it.
    expect(await claimUpdate(db, "telegram", "5")).toBe("busy");
    const again = handleOnce(db, "telegram", "5", async () => void runs++, { release, pollMs: 50 });
    expect(await again).toBe("duplicate");
    expect(runs).toBe(1);
    expect(await claimUpdate(db, "telegram", "5")).toBe("handled");
    // flush() writes what is queued at once (at shutdown).
    const slow = releaseQueue(db, { delayMs: 60_000 });
    await handleOnce(db, "telegram", "6", async () => {}, { release: slow });
    expect(await claimUpdate(db, "telegram", "6")).toBe("busy");
    await slow.flush();
    expect(await claimUpdate(db, "telegram", "6")).toBe("handled");
  });

  it("updates arriving together are claimed together; known, handled and contested ones each get claimUpdate's answer", async () => {
    const { db } = await freshDb();
    let contest: string | undefined;
    // Another instance claims an update between the batch's lookup and its insert.
    const { counted, counter } = counting(db, undefined, async (name) => {
      if (name !== "createMany" || !contest) return;
      await db.processedUpdate.create({
        data: { platform: "telegram", externalId: contest, claimedUntil: new Date(Date.now() + 60_000) },
      });
      contest = undefined;
    });
    const claims = claimQueue(counted);
    const release = releaseQueue(counted);
    // Already known: one handled, one with a live claim of another instance, one whose claim ran out.
    await db.processedUpdate.createMany({
      data: [
        { platform: "telegram", externalId: "h", claimedUntil: null },
        { platform: "telegram", externalId: "live", claimedUntil: new Date(Date.now() + 1_500) },
        { platform: "telegram", externalId: "dead", claimedUntil: new Date(Date.now() - 1) },
      ],
    });
    const runs = new Map<string, number>();
    const handler = (id: string) => async () => void runs.set(id, (runs.get(id) ?? 0) + 1);
    const ids = Array.from({ length: 40 }, (_, i) => String(2000 + i));
    const once = (id: string) =>
      handleOnce(counted, "telegram", id, handler(id), {
        claims,
        release,
        waitForMark: true,
        leaseMs: 400,
        pollMs: 50,
      });
    const results = await Promise.all([...ids, "h", "dead", "2000"].map(once));
    expect(results.slice(0, 40).every((r) => r === "handled")).toBe(true);
    expect(results.slice(40)).toEqual(["duplicate", "handled", "duplicate"]);
    for (const id of [...ids, "dead"]) expect(runs.get(id), id).toBe(1);
    expect(runs.get("h")).toBeUndefined();
    // 40 new updates: a lookup and one insert, not 40 inserts (plus the known ones alone and the marks).
    // The 40 new updates: one lookup and one insert of all 40, none inserted alone (only the
    // repeated "2000" and the known ones go through claimUpdate's own insert).
    const inserts = counter.calls.filter((c) => c.name === "createMany");
    expect(inserts).toHaveLength(1);
    expect((inserts[0]!.args[0] as { data: unknown[] }).data).toHaveLength(40);
    const alone = counter.calls
      .filter((c) => c.name === "create")
      .map((c) => (c.args[0] as { data: { externalId: string } }).data.externalId);
    expect(alone.filter((id) => ids.includes(id) && id !== "2000")).toEqual([]);
    for (const id of ids) expect(await claimUpdate(db, "telegram", id)).toBe("handled");

    // A live claim elsewhere: waited for, then handled here once it runs out (the other instance died).
    expect(await once("live")).toBe("handled");
    expect(runs.get("live")).toBe(1);

    // Contested: another instance inserts one of the batch between lookup and insert; the insert
    // fails as a whole and each update is claimed alone.
    contest = "3001";
    const contested = await Promise.all(
      ["3000", "3001", "3002"].map((id) =>
        handleOnce(counted, "telegram", id, handler(id), {
          claims,
          release,
          waitForMark: true,
          leaseMs: 300,
          pollMs: 50,
        }),
      ),
    );
    // The other instance holds 3001 (alive, its claim does not run out): not handled here.
    expect(contested).toEqual(["handled", "duplicate", "handled"]);
    expect(runs.get("3000")).toBe(1);
    expect(runs.get("3002")).toBe(1);
    expect(runs.get("3001")).toBeUndefined();
  });

  it("the same update at two instances at once: one handles it, the other waits and then ignores it", async () => {
    const { db: a } = await freshDb();
    let runs = 0;
    const slow = handleOnce(
      a,
      "telegram",
      "3",
      async () => {
        runs++;
        await sleep(600);
      },
      { leaseMs: 300, pollMs: 50 },
    );
    await sleep(100);
    const second = await handleOnce(a, "telegram", "3", async () => void runs++, { leaseMs: 300, pollMs: 50 });
    expect(await slow).toBe("handled");
    expect(second).toBe("duplicate");
    expect(runs).toBe(1); // the claim was renewed while the slow handler worked, so nobody took over
  });

  it("the claim of an instance that died mid-update runs out and another instance handles the update", async () => {
    const { db } = await freshDb();
    // What a SIGKILLed instance leaves behind: a claim nobody renews.
    await db.processedUpdate.create({
      data: { platform: "telegram", externalId: "4", claimedUntil: new Date(Date.now() + 300) },
    });
    expect(await claimUpdate(db, "telegram", "4")).toBe("busy");
    let runs = 0;
    expect(await handleOnce(db, "telegram", "4", async () => void runs++, { leaseMs: 300, pollMs: 50 })).toBe(
      "handled",
    );
    expect(runs).toBe(1);
    expect(await claimUpdate(db, "telegram", "4")).toBe("handled");
  });
});
