/**
 * One choke point for every text column: prisma/schema.prisma is read, every text column must be
 * declared in src/core/privacy/fields.ts, and every column members type into is driven through
 * the real core with a sentinel word (which must land in that column, so the scenario really
 * reaches it) and with an identity code (which must be refused, leave the guided answers given so
 * far, and be found nowhere in the database).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { findInDatabase, schemaTextFields } from "../support/scan.js";
import { CODE, FIELD_SCENARIOS, type Driver, type Who } from "../support/privacy-scenarios.js";
import { TEXT_FIELDS } from "../../src/core/privacy/fields.js";
import { t } from "../../src/core/i18n/index.js";

afterAll(cleanupDatabases);

const schema = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
const NAMES: Record<Who, string> = { aino: "Aino", bertta: "Bertta", olli: "Olli" };
const SENTINEL = "Kuukkeli";

async function coreDriver() {
  const t0 = await testCore({ env: { STAFF_ADMINS: "terminal:Olli" } });
  const driver: Driver = {
    db: t0.db,
    async say(who, line) {
      const actor = terminalActor(NAMES[who]);
      const out = line.startsWith("/")
        ? await t0.core.handle(command(actor, line))
        : await t0.core.handle(privately(actor, { type: "text", text: line }));
      return textOf(out);
    },
    async press(who, action) {
      await t0.core.handle(privately(terminalActor(NAMES[who]), { type: "action", action }));
    },
  };
  return { ...t0, driver };
}

describe("every text column is declared", () => {
  const fields = schemaTextFields(schema);
  it("finds the schema's text columns", () => {
    expect(fields.length).toBeGreaterThan(40);
    expect(fields).toContain("HelpRequest.title");
  });
  it("declares each of them in src/core/privacy/fields.ts, and nothing that is not in the schema", () => {
    expect(fields.filter((f) => !(f in TEXT_FIELDS))).toEqual([]);
    expect(Object.keys(TEXT_FIELDS).filter((f) => !fields.includes(f))).toEqual([]);
  });
  it("has a scenario for every column members type into", () => {
    const member = Object.entries(TEXT_FIELDS)
      .filter(([, s]) => s === "member")
      .map(([f]) => f);
    expect(member.filter((f) => !FIELD_SCENARIOS.some((s) => s.field === f))).toEqual([]);
  });
});

describe("every member-typed column passes the guard", () => {
  it.each(FIELD_SCENARIOS.map((s) => [`${s.field} via ${s.via}`, s] as const))("%s", async (_label, s) => {
    const who = s.who ?? "aino";
    // A sentinel word reaches the column: the scenario really writes it.
    {
      const { driver } = await coreDriver();
      await s.before?.(driver);
      await driver.say(who, s.input.replace("{X}", SENTINEL));
      await s.after?.(driver);
      const [model, column] = s.field.split(".") as [string, string];
      const hits = await findInDatabase(driver.db, [SENTINEL]);
      expect(
        hits.map((h) => `${h.table}.${h.column}`),
        "the sentinel reached the column",
      ).toContain(`${model}.${column}`);
    }
    // An identity code is refused, the answers given so far stay, and it is nowhere.
    {
      const { driver, log } = await coreDriver();
      await s.before?.(driver);
      const dialogBefore = await driver.db.dialog.findFirst({ where: { userId: NAMES[who] } });
      const answer = await driver.say(who, s.input.replace("{X}", CODE.text));
      expect(answer).toContain(t("fi", "privacy-refused-identity-code"));
      const dialogAfter = await driver.db.dialog.findFirst({ where: { userId: NAMES[who] } });
      expect(dialogAfter?.data ?? null, "a guided form keeps its answers").toEqual(dialogBefore?.data ?? null);
      expect(await findInDatabase(driver.db, [CODE.needle])).toEqual([]);
      expect(JSON.stringify(log.entries)).not.toContain(CODE.needle);
    }
  });
});
