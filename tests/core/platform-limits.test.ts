/**
 * The digest cuts and paces by what each platform's notifier declares (`Notifier.limits`), not
 * by a table of platform names in the core: a platform with smaller limits gets smaller parts,
 * further apart (on the fake clock).
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { testCore } from "../support/core.js";
import { recordingNotifier } from "../support/notifier.js";
import type { Notifier, PlatformLimits } from "../../src/core/app/contract.js";
import { runDigest } from "../../src/core/features/digest/run.js";
import { plainLength } from "../../src/core/text.js";
import { busyWeek, channels, fakePace, GROUP, SLOT_TIME } from "./digest-fixtures.js";

afterAll(cleanupDatabases);

describe("platform limits", () => {
  it("a digest is cut to the notifier's message length and paced by its rules", async () => {
    const t = await testCore();
    t.clock.set(SLOT_TIME);
    await busyWeek(t.db);
    await channels(t.db);
    await t.db.channel.updateMany({ where: { platform: "slack" }, data: { active: false } });
    const small: PlatformLimits = {
      messageLength: 300,
      pace: (chatId) => [{ scope: chatId, limit: 1, windowMs: 10_000 }],
    };
    const recorder = recordingNotifier("telegram");
    const telegram: Notifier = { ...recorder, limits: small };
    const pace = fakePace(t.clock);

    const report = await runDigest(t.deps, { telegram }, { pace });
    const parts = recorder.log.filter((r) => r.op === "send" && r.target.chatId === GROUP).map((r) => r.message!);
    expect(report.outcome).toBe("ran");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(plainLength(part.text)).toBeLessThanOrEqual(300);
    // One message per 10 s into that chat: every part after the first waited for its turn.
    expect(pace.slept.filter((ms) => ms > 0).length).toBeGreaterThanOrEqual(parts.length - 1);

    // The same week through a notifier without limits: the whole digest in one message.
    const t2 = await testCore();
    t2.clock.set(SLOT_TIME);
    await busyWeek(t2.db);
    await channels(t2.db);
    await t2.db.channel.updateMany({ where: { platform: "slack" }, data: { active: false } });
    const unlimited = recordingNotifier("terminal");
    const plain: Notifier = { ...unlimited, platform: "telegram" };
    await runDigest(t2.deps, { telegram: plain }, { pace: fakePace(t2.clock) });
    expect(unlimited.log.filter((r) => r.op === "send" && r.target.chatId === GROUP)).toHaveLength(1);
  });
});
