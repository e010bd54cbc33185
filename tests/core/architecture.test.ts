/**
 * The wiring stays explicit: no state at module level in the core (a registry filled at import
 * time, a cache keyed by a database handle), the database layer builds on nothing above it, the
 * adapters use the `Core` API only, and a core can be built from any set of features.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, terminalActor, testCore, textOf } from "../support/core.js";
import { recordingNotifier } from "../support/notifier.js";
import { createCore } from "../../src/core/app/index.js";
import type { Feature } from "../../src/core/app/contract.js";
import { helpRequestsFeature } from "../../src/core/features/help-requests/index.js";
import { deliverDue, enqueuePost } from "../../src/core/delivery/outbox.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { runPeriodicJobs } from "../../src/core/jobs/periodic.js";
import { deepFunctions } from "../../scripts/nesting.js";

afterAll(cleanupDatabases);

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
}

/**
 * Module-level state that survives between cores, by line (top-level code starts at column 0):
 * `let`/`var`, a `const` holding an empty or keyed collection, or a call run for its side effect
 * at import time (a feature registering itself).
 */
function moduleStateIn(source: string): string[] {
  const found: string[] = [];
  for (const line of source.split("\n")) {
    if (/^(export\s+)?(let|var)\s/.test(line)) found.push(line);
    else if (
      /^(export\s+)?const\s+[\w$]+(\s*:[^=]+)?\s*=\s*(new\s+(Map|Set|WeakMap|WeakSet|Array)\b|\[\s*\]|\{\s*\})/.test(
        line,
      )
    )
      found.push(line);
    else if (/^(await\s+)?[\w$.]+\s*\(/.test(line)) found.push(line);
  }
  return found;
}

/**
 * Caches of pure functions: what they hold is decided by their key alone, is the same for every
 * core and every database, and is never written from outside. Anything else is not allowed.
 */
const ALLOWED: Record<string, string> = {
  // The Fluent bundles, loaded once from the committed .ftl files: constant after import.
  "src/core/i18n/index.ts": "const bundles = new Map<Locale, FluentBundle>(",
  // Intl.DateTimeFormat per time zone (expensive to build, immutable once built).
  "src/core/time.ts": "const formatters = new Map<string, Intl.DateTimeFormat>();",
  // A digest slot's start time per (cron, zone, week): a pure function of its key.
  "src/core/features/digest/schedule.ts": "const slotTimes = new Map<string, Date | null>();",
};

describe("architecture", () => {
  it("the module-state check finds what it is meant to find", () => {
    expect(
      moduleStateIn(
        "let x = 1;\nconst jobs: Job[] = [];\nconst m = new WeakMap<object, S>();\nregisterJob({ name: 'a' });",
      ),
    ).toHaveLength(4);
    expect(
      moduleStateIn(
        "const LIMIT = 5;\nexport function f() {\n  let y = 2;\n  const s = new Set();\n}\nexport const feature: Feature = {\n  name: 'x',\n};",
      ),
    ).toEqual([]);
  });

  it("src/core keeps no state at module level (only the listed pure caches)", () => {
    const offenders: string[] = [];
    for (const file of sources("src/core")) {
      for (const line of moduleStateIn(readFileSync(path.join(root, file), "utf8"))) {
        if (ALLOWED[file] && line.startsWith(ALLOWED[file]!)) continue;
        offenders.push(`${file}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("no function in src/core nests deeper than three blocks (measured on the TypeScript syntax tree)", () => {
    const fixture = deepFunctions(root, "tests/support", 3).filter((f) => f.file.endsWith("nesting-fixture.ts"));
    expect(fixture.map((f) => `${f.name}: ${f.depth}`)).toEqual(["fourBlocksDeep: 4"]);
    expect(deepFunctions(root, "src/core", 3)).toEqual([]);
  }, 120_000); // starts the TypeScript compiler twice

  it("src/db imports nothing from the core, and the core no chat framework", () => {
    const dbImports = sources("src/db").filter((f) =>
      /from\s+["'][./]*core\//.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(dbImports).toEqual([]);
    const frameworks = sources("src/core").filter((f) =>
      /from\s+["'](grammy|@slack\/|@grammyjs\/)/.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(frameworks).toEqual([]);
  });

  it("adapters use the Core API, not the database or member records behind it", () => {
    const reaching = sources("src/bots").filter((f) =>
      /core\.deps\b|\bensureMember\b|core\/delivery\/dedupe\.js/.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(reaching).toEqual([]);
  });

  it("a core built from one feature has that feature's commands, jobs, posts and /omat section, and nothing else", async () => {
    const { deps, db, clock } = await testCore();
    const core = createCore(deps, [helpRequestsFeature]);
    expect(core.registry.features.map((f) => f.name)).toEqual(["help-requests"]);
    expect([...core.registry.commands.keys()]).toEqual(["pyyda", "ask", "avoimet", "open", "omat", "mine"]);
    expect(core.registry.jobs.map((j) => j.name)).toEqual(["housekeeping", "help-requests"]);
    expect([...core.registry.postRenderers.keys()]).toEqual(["help_request"]);
    expect(core.commandMenu("fi").map((c) => c.command)).toEqual(["pyyda", "avoimet", "omat"]);

    const aino = terminalActor("Aino");
    expect(textOf(await core.handle(command(aino, "/hankinnat")))).toContain("/hankinnat");
    await syncChannels(db, "telegram", [{ platform: "telegram", chatId: "-100300", kind: "community" }]);
    const asked = textOf(
      await core.handle(command(aino, "/pyyda tarvitsemme kaksi käsiparia ruoanjakoon perjantaina")),
    );
    expect(asked).not.toContain("/pyyda tarvitsemme");
    const telegram = recordingNotifier("telegram");
    await deliverDue(deps, { telegram }, { workerId: "one", renderers: core.registry.postRenderers });
    expect(telegram.texts("-100300").join("\n")).toContain("käsiparia");
    expect(textOf(await core.handle(command(aino, "/omat")))).toContain("käsiparia");

    clock.advance(40 * 24 * 3600_000);
    await runPeriodicJobs(deps, core.registry.jobs);
    expect(await db.helpRequest.findFirstOrThrow()).toMatchObject({ status: "expired" });
  });

  it("a feature's contributions reach the router, the outbox and the scheduler only through the core it is given to", async () => {
    const ran: string[] = [];
    const tiny: Feature = {
      name: "tiny",
      commands: [
        {
          names: ["pieni", "tiny"],
          descriptionKey: "help-title",
          handler: async () => ({ replies: [{ message: { text: ["pieni"] } }] }),
        },
      ],
      postRenderers: { tiny_thing: async (_deps, id) => ({ text: [`asia ${id}`] }) },
      jobs: [{ name: "tiny-job", run: async () => void ran.push("tiny-job") }],
      mineSections: [{ order: 1, render: async () => ({ text: ["oma pieni"] }) }],
    };
    const { deps, db, clock } = await testCore();
    const withTiny = createCore(deps, [tiny, helpRequestsFeature]);
    const without = createCore(deps, [helpRequestsFeature]);
    const aino = terminalActor("Aino");
    expect(textOf(await withTiny.handle(command(aino, "/tiny")))).toBe("pieni");
    expect(textOf(await without.handle(command(aino, "/tiny")))).not.toBe("pieni");
    expect(textOf(await withTiny.handle(command(aino, "/omat")))).toContain("oma pieni");
    expect(textOf(await without.handle(command(aino, "/omat")))).not.toContain("oma pieni");

    await runPeriodicJobs(deps, without.registry.jobs);
    expect(ran).toEqual([]);
    await runPeriodicJobs(deps, withTiny.registry.jobs);
    expect(ran).toEqual(["tiny-job"]);

    await syncChannels(db, "telegram", [{ platform: "telegram", chatId: "-100400", kind: "community" }]);
    await enqueuePost(db, "tiny_thing", 7, clock.now());
    const telegram = recordingNotifier("telegram");
    expect(
      (await deliverDue(deps, { telegram }, { workerId: "w", renderers: without.registry.postRenderers })).failed,
    ).toBe(1);
    await enqueuePost(db, "tiny_thing", 8, clock.now());
    await deliverDue(deps, { telegram }, { workerId: "w", renderers: withTiny.registry.postRenderers });
    expect(telegram.texts("-100400")).toEqual(["asia 8"]);
  });

  it("refuses two features that claim the same name", () => {
    const a: Feature = { name: "a", jobs: [{ name: "same", run: async () => {} }] };
    const b: Feature = { name: "b", jobs: [{ name: "same", run: async () => {} }] };
    expect(() => createCore({} as never, [a, b])).toThrow(/"same" is registered twice/);
  });
});
