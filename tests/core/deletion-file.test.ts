/**
 * Deletion at the file level (hostile finding F10): after /poista_tiedot the deleted words are
 * not readable in the SQLite database file or its write-ahead log (secure_delete zeroes the
 * deleted cells, and a TRUNCATE checkpoint empties the WAL). On PostgreSQL the same deletion
 * runs and leaves no row behind (dead row versions are VACUUM's business: README).
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases, testProvider } from "../support/db.js";
import { command, privately, terminalActor, testCore } from "../support/core.js";
import { findInDatabase } from "../support/scan.js";
import { sqlitePath } from "../../src/db/client.js";

afterAll(cleanupDatabases);

const WORDS = ["Kuukkelimetsänkahvila", "Hevostallinvartija", "terminalSalaisuus"];

function bytesOf(file: string): Buffer {
  return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
}

describe("deleted data is gone from the database file and its log", () => {
  it("/poista_tiedot leaves no deleted text in the file, the WAL or any table", async () => {
    const { core, db, config } = await testCore();
    const me = terminalActor("terminalSalaisuus");
    await core.handle(command(me, "/organisaatio Salaisuus ry, Lahti"));
    await core.handle(command(me, `/pyyda ${WORDS[0]} tarvitsee kahvinkeittimen`));
    await core.handle(command(me, "/pyyda"));
    await core.handle(privately(me, { type: "text", text: `${WORDS[1]} tarvitaan tallille` }));
    const confirm = await core.handle(command(me, "/poista_tiedot"));
    const yes = JSON.stringify(confirm).match(/md:delete:\d+/)![0];
    await core.handle(privately(me, { type: "action", action: yes }));

    expect(await findInDatabase(db, WORDS)).toEqual([]);
    if (testProvider !== "sqlite") return;
    const file = sqlitePath(config.databaseUrl);
    const raw = Buffer.concat([bytesOf(file), bytesOf(`${file}-wal`)]);
    for (const word of WORDS) expect(raw.includes(Buffer.from(word, "utf8")), word).toBe(false);
    await db.$disconnect();
  });
});
