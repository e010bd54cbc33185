/**
 * Every command and every button prefix of the core, fed the bad-input table: each gets a
 * clear answer in the member's language (never the "something went wrong" of a crash), and
 * nothing invalid is written.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { BAD_TEXTS, badActions } from "../support/bad-input.js";
import { t } from "../../src/core/i18n/index.js";

afterAll(cleanupDatabases);

/** These walk every command of every feature with every bad input: they grow with the product. */
const BAD_INPUT_TIMEOUT_MS = 180_000;

const internal = [t("fi", "error-internal"), t("en", "error-internal")];

async function invariantsHold(db: Awaited<ReturnType<typeof testCore>>["db"]) {
  for (const r of await db.helpRequest.findMany()) {
    expect(r.title.trim().length).toBeGreaterThan(0);
    expect(r.title.length).toBeLessThanOrEqual(100);
    expect(r.details.length).toBeLessThanOrEqual(1000);
    expect(r.expiresAt.getTime()).toBeGreaterThan(r.createdAt.getTime() - 1000);
  }
  for (const p of await db.purchase.findMany()) {
    expect(p.minSeats).toBeGreaterThan(0);
    expect(p.maxSeats).toBeGreaterThanOrEqual(p.minSeats);
    expect(p.priceCents).toBeGreaterThan(0);
    expect(p.committedSeats).toBeLessThanOrEqual(p.maxSeats);
  }
  for (const n of await db.need.findMany()) {
    expect(n.seats).toBeGreaterThan(0);
    expect(n.seats).toBeLessThanOrEqual(500);
  }
  for (const o of await db.organisation.findMany()) {
    expect(o.name.trim().length).toBeGreaterThanOrEqual(2);
  }
}

describe("bad input, every command of the core", () => {
  it(
    "every command with every bad argument answers clearly and writes nothing invalid",
    async () => {
      const { core, db, log } = await testCore();
      const commands = [...core.registry.commands.keys()].filter((c) => !["poista_tiedot", "deletedata"].includes(c));
      expect(commands.length).toBeGreaterThan(5);
      const actor = terminalActor("Testaaja");
      await core.handle(command(actor, "/organisaatio Manna ry"));
      for (const name of commands) {
        for (const [label, text] of BAD_TEXTS) {
          const out = await core.handle(privately(actor, { type: "command", command: name, args: text }));
          const said = textOf(out) + (out.toast ?? "");
          expect(said.length, `/${name} with ${label} said nothing`).toBeGreaterThan(0);
          expect(internal, `/${name} with ${label} crashed`).not.toContain(textOf(out));
          // Continue any dialog the command started with the same bad text, then cancel it.
          const follow = await core.handle(privately(actor, { type: "text", text }));
          expect(internal, `/${name} then text ${label} crashed`).not.toContain(textOf(follow));
          await core.handle(command(actor, "/keskeyta"));
        }
      }
      await invariantsHold(db);
      expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
    },
    BAD_INPUT_TIMEOUT_MS,
  );

  it("every button prefix with forged payloads is refused politely", async () => {
    const { core, db, log } = await testCore();
    const actor = terminalActor("Testaaja");
    await core.handle(command(actor, "/start"));
    const prefixes = [...core.registry.actions.keys()];
    for (const action of badActions(prefixes)) {
      const out = await core.handle(privately(actor, { type: "action", action }));
      const said = textOf(out) + (out.toast ?? "");
      expect(said.length, `${action} said nothing`).toBeGreaterThan(0);
      expect(internal, `${action} crashed`).not.toContain(textOf(out));
      await core.handle(command(actor, "/keskeyta"));
    }
    await invariantsHold(db);
    expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
  });
});
