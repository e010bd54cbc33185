/**
 * An incoming update is handled once across instances sharing a database, and an update whose
 * instance died mid-way is taken over by another one after the claim runs out.
 */
import { afterAll, describe, expect, it } from "vitest";
import { claimUpdate, handleOnce } from "../../src/core/delivery/dedupe.js";
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
