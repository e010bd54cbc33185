/**
 * A newcomer finds every command: the README names each registered command (Finnish name and
 * English alias), and /ohje names each one in the reader's language — with what only staff have
 * for staff, and the terminal's and Slack's own ways of typing where the reader types.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, terminalActor, testCore, textOf } from "../support/core.js";
import type { ActorRef } from "../../src/core/types.js";

afterAll(cleanupDatabases);

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("every command is documented", () => {
  it("in the README, by every name it has", async () => {
    const { core } = await testCore();
    const names = core.registry.features.flatMap((f) => (f.commands ?? []).flatMap((c) => c.names));
    expect(names.length).toBeGreaterThan(15);
    const missing = names.filter((n) => !new RegExp(`[/!\`]${n}\\b`).test(readme) && !readme.includes(`/mk ${n}`));
    expect(missing).toEqual([]);
    // The terminal's own commands and ways of pressing, and the staff's subcommands.
    for (const s of [
      "/kayttaja",
      "/as",
      "#2",
      "/kooste esikatselu",
      "/kooste laheta",
      "/hankinta ohje",
      "/hankinta csv",
      "/hankinta sulje",
      "/hankinta peru",
      "/mk kooste esikatselu",
      "!ohje",
    ]) {
      expect(readme, s).toContain(s);
    }
  });

  it("in /ohje: every listed command in the reader's language; staff tools for staff; the adapter's own ways", async () => {
    const { core } = await testCore({ env: { STAFF_ADMINS: "terminal:Kaisa,telegram:77" } });
    const commands = core.registry.features.flatMap((f) => f.commands ?? []);
    const help = async (actor: ActorRef, text = "/ohje") => textOf(await core.handle(command(actor, text)));

    const member = await help(terminalActor("Minna"));
    for (const c of commands.filter((c) => c.listed !== false)) expect(member, c.names[0]).toContain(`/${c.names[0]}`);
    expect(member).toContain("/kayttaja Nimi");
    expect(member).toContain("#1");
    expect(member).not.toContain("/kooste");

    const staff = await help(terminalActor("Kaisa"));
    for (const c of commands) expect(staff, c.names[0]).toContain(`/${c.names[0]}`);
    expect(staff).toContain("/kooste esikatselu");
    expect(staff).toContain("/kooste laheta");
    expect(staff).toContain("piilottaa");

    const telegramStaff: ActorRef = {
      platform: "telegram",
      userId: "77",
      privateChatId: "77",
      displayName: "Olli",
      languageHint: "en",
    };
    const english = await help(telegramStaff, "/help");
    for (const c of commands) expect(english, c.names[1] ?? c.names[0]).toContain(`/${c.names[1] ?? c.names[0]}`);
    expect(english).toContain("/digest preview");
    expect(english).not.toContain("/as Name"); // the terminal's tools only in the terminal

    const slack: ActorRef = {
      platform: "slack",
      userId: "U1",
      privateChatId: "U1",
      displayName: "sanna",
      languageHint: "sv",
    };
    const swedish = await help(slack, "/help");
    expect(swedish).toContain("/mk ask");
    expect(swedish).toContain("!ask");
  });
});
