/**
 * `npm run db:copy`: a populated SQLite database moves to PostgreSQL with every table, id and
 * sequence; the bot continues there; a target with data is refused unless forced.
 * (Runs in the "postgresql" project.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.js";
import { copyDatabase } from "../../src/db/copy.js";
import { createCore } from "../../src/core/app/index.js";
import type { CoreDeps } from "../../src/core/app/contract.js";
import { seedReferenceData } from "../../src/core/seed.js";
import { cleanupDatabases, emptyDatabaseUrl, testProvider } from "../support/db.js";
import { command, testClock, testConfig, testLogger, textOf } from "../support/core.js";
import { addChannels, memberOf, press } from "../support/purchases.js";

const dir = mkdtempSync(path.join(tmpdir(), "mk-copy-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await cleanupDatabases();
});

function coreOn(db: Db, url: string) {
  const deps: CoreDeps = { db, config: { ...testConfig(), databaseUrl: url }, now: testClock().now, log: testLogger() };
  return createCore(deps);
}

/** Every row of every model, by id, as plain JSON (dates as ISO strings). */
async function everything(db: Db) {
  const models = [
    "organisation",
    "member",
    "identity",
    "channel",
    "helpRequest",
    "helpOffer",
    "postRef",
    "courseType",
    "need",
    "purchase",
    "purchaseSeat",
    "jobRun",
    "delivery",
    "outboxMessage",
    "processedUpdate",
    "dialog",
  ] as const;
  const out: Record<string, unknown> = {};
  for (const m of models) {
    out[m] = JSON.parse(
      JSON.stringify(
        await (db[m] as unknown as { findMany(a: object): Promise<unknown[]> }).findMany({ orderBy: { id: "asc" } }),
      ),
    );
  }
  return out;
}

describe.runIf(testProvider === "postgresql")("db:copy from SQLite to PostgreSQL", () => {
  it("copies every table with its ids, moves the sequences on, verifies the counts; the bot continues on PostgreSQL", async () => {
    const from = `file:${path.join(dir, "network.db")}`;
    const sqlite = await openDatabase(from);
    await seedReferenceData(sqlite);
    await addChannels(sqlite);
    const core = coreOn(sqlite, from);
    const aino = await memberOf(core, "Aino", "Harjulan Setlementti ry");
    const olli = await memberOf(core, "Olli", "Äänekosken Ystävät ry");
    await core.handle(command(aino, "/pyyda tarvitsemme kaksi käsiparia ruoanjakoon perjantaina"));
    await core.handle(command(olli, "/hankinta nimi=Hygieniapassi min=3 max=10 hinta=900 määräaika=31.1.2027"));
    await press(core, olli, "pu:publish"); // the one-line form previews first
    const purchase = await sqlite.purchase.findFirstOrThrow();
    await press(core, aino, `pu:seats:${purchase.id}:2`);
    await sqlite.processedUpdate.create({ data: { platform: "telegram", externalId: "991" } });
    await sqlite.helpRequest.delete({
      where: {
        id: (
          await sqlite.helpRequest.create({
            data: { title: "poistettu", category: "muu", municipality: "Lahti", expiresAt: new Date() },
          })
        ).id,
      },
    });
    const before = await everything(sqlite);
    await sqlite.$disconnect();

    const to = await emptyDatabaseUrl();
    const lines: string[] = [];
    const report = await copyDatabase({ from, to, log: (l) => lines.push(l) });
    expect(lines.at(-1)).toMatch(/row counts verified/);
    expect(report.tables.find((t) => t.table === "Organisation")!.rows).toBeGreaterThan(2);

    const pg = await openDatabase(to);
    expect(await everything(pg)).toEqual(before);
    // The sequences continue after the highest copied id (also past the deleted row's id).
    const pgCore = coreOn(pg, to);
    const out = await pgCore.handle(command(olli, "/pyyda tarvitaan lainaksi peräkärry lauantaiksi"));
    expect(textOf(out)).not.toMatch(/pieleen/);
    const ids = (await pg.helpRequest.findMany({ orderBy: { id: "asc" } })).map((r) => r.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(3);
    await pg.$disconnect();

    // A second copy into a database with data is refused, and changes nothing…
    await expect(copyDatabase({ from, to })).rejects.toThrow(/already holds data: .*HelpRequest \(2\).*--force/);
    // …unless forced: then the target is exactly the source again.
    await copyDatabase({ from, to, force: true });
    const again = await openDatabase(to);
    expect(await everything(again)).toEqual(before);
    await again.$disconnect();
  });

  it("refuses other directions with one line", async () => {
    await expect(
      copyDatabase({ from: "postgresql://x@localhost/a", to: "postgresql://x@localhost/b" }),
    ).rejects.toThrow(/--from must be a SQLite database/);
    await expect(copyDatabase({ from: "file:./a.db", to: "file:./b.db" })).rejects.toThrow(
      /--to must be a PostgreSQL database/,
    );
  });
});
