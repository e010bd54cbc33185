/**
 * An incoming update is handled once across instances sharing a database, and an update whose
 * instance died mid-way is taken over by another one after the claim runs out.
 */
import { afterAll, describe, expect, it } from "vitest";
import { claimUpdate, handleOnce, releaseQueue } from "../../src/core/delivery/dedupe.js";
import { cleanupDatabases, freshDb } from "../support/db.js";

afterAll(cleanupDatabases);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    let statements = 0;
    const counted = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== "processedUpdate") return Reflect.get(target, prop, receiver);
        return new Proxy(target.processedUpdate, {
          get(model, name, r) {
            const value = Reflect.get(model, name, r);
            if (name !== "updateMany" || typeof value !== "function") return value;
            return (...args: unknown[]) => {
              statements++;
              return (value as (...a: unknown[]) => unknown).apply(model, args);
            };
          },
        });
      },
    }) as typeof db;
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
    expect(statements).toBeLessThan(10);
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
    const release = releaseQueue(db, { delayMs: 300 });
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
