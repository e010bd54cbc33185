/**
 * The confidentiality guard through the real adapters: an identity code typed into every
 * free-text field (every command argument and guided answer of tests/support/privacy-scenarios.ts)
 * on Telegram (grammY against the emulator), Slack (Bolt against the emulator) and the terminal
 * adapter is refused with the explanation, keeps the guided answers given so far, and is found
 * nowhere in the database afterwards. The steps before each field go straight to the core as the
 * same platform's member; the field itself is typed through the adapter.
 */
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { GENERAL_CHANNEL_ID, startHarness } from "../support/harness.js";
import { testCore } from "../support/core.js";
import { findInDatabase } from "../support/scan.js";
import { CODE, FIELD_SCENARIOS, type Driver, type Who } from "../support/privacy-scenarios.js";
import { createTerminalAdapter } from "../../src/bots/terminal/adapter.js";
import { t } from "../../src/core/i18n/index.js";
import type { Core } from "../../src/core/app/index.js";
import type { ActorRef } from "../../src/core/types.js";
import type { Db } from "../../src/db/client.js";

afterAll(cleanupDatabases);

const REFUSAL = t("fi", "privacy-refused-identity-code");
/**
 * The shapes typed on the platforms: plain, glued without a separator, with a Unicode minus, a
 * dotted date; and the hostile tester's (F1, F6): an underscore for the sign, an invisible
 * variation selector after a digit.
 */
const SHAPES = [
  CODE.text,
  "hetu131052308Tkiitos",
  "131052\u2212308T",
  "13.10.52-308T",
  "131052_308T",
  "1\ufe0f31052-308T",
];

function coreDriver(core: Core, db: Db, actors: Record<Who, ActorRef>): Driver {
  return {
    db,
    async say(who, line) {
      const actor = actors[who];
      const chat = { chatId: actor.privateChatId, kind: "private" as const };
      if (line.startsWith("/")) {
        const [name = "", ...rest] = line.slice(1).split(" ");
        await core.handle({ actor, chat, input: { type: "command", command: name, args: rest.join(" ") } });
      } else {
        await core.handle({ actor, chat, input: { type: "text", text: line } });
      }
      return "";
    },
    async press(who, action) {
      const actor = actors[who];
      await core.handle({
        actor,
        chat: { chatId: actor.privateChatId, kind: "private" },
        input: { type: "action", action },
      });
    },
  };
}

/** Runs every scenario with every shape: `typeInput` types the field through the adapter and resolves to what the member saw. */
async function runAll(
  core: Core,
  db: Db,
  actors: Record<Who, ActorRef>,
  typeInput: (who: Who, line: string) => Promise<string>,
) {
  const d = coreDriver(core, db, actors);
  let count = 0;
  for (const s of FIELD_SCENARIOS) {
    for (const shape of SHAPES) {
      const who = s.who ?? "aino";
      await s.before?.(d);
      const before = await db.dialog.findFirst({ where: { userId: actors[who].userId } });
      const seen = await typeInput(who, s.input.replace("{X}", shape));
      expect(seen, `${s.field} via ${s.via}: ${shape}`).toContain(REFUSAL);
      const after = await db.dialog.findFirst({ where: { userId: actors[who].userId } });
      expect(after?.data ?? null, `${s.field} via ${s.via}: answers kept`).toEqual(before?.data ?? null);
      for (const w of ["aino", "bertta", "olli"] as Who[]) await d.say(w, "/keskeyta");
      count++;
    }
  }
  expect(count).toBe(FIELD_SCENARIOS.length * SHAPES.length);
  expect(await findInDatabase(db, [CODE.needle, "13.10.52"])).toEqual([]);
}

describe("identity codes are refused in every free-text field", () => {
  it("on Telegram", async () => {
    const h = await startHarness({ slack: false, env: { STAFF_ADMINS: "telegram:7003" } });
    try {
      const users = {
        aino: h.telegramUser(7001, "Aino"),
        bertta: h.telegramUser(7002, "Bertta"),
        olli: h.telegramUser(7003, "Olli"),
      };
      const actors = Object.fromEntries(
        Object.entries(users).map(([k, u]) => [
          k,
          { platform: "telegram", userId: String(u.id), privateChatId: String(u.id), displayName: u.first_name },
        ]),
      ) as Record<Who, ActorRef>;
      await runAll(
        h.app.core,
        h.app.core.deps.db,
        actors,
        async (who, line) => (await h.tgSay(users[who], line)).text ?? "",
      );
      expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
      expect(JSON.stringify(h.log.entries)).not.toContain("131052");
    } finally {
      await h.stop();
    }
  });

  it("on Slack", async () => {
    const h = await startHarness({ telegram: false, env: { STAFF_ADMINS: "slack:U0OLLI001" } });
    try {
      const users: Record<Who, string> = {
        aino: h.slackUser("U0AINO001", "Aino"),
        bertta: h.slackUser("U0BERTTA1", "Bertta"),
        olli: h.slackUser("U0OLLI001", "Olli"),
      };
      const actors = Object.fromEntries(
        Object.entries(users).map(([k, id]) => [
          k,
          { platform: "slack", userId: id, privateChatId: id, displayName: id },
        ]),
      ) as Record<Who, ActorRef>;
      await runAll(h.app.core, h.app.core.deps.db, actors, async (who, line) => {
        const user = users[who];
        const dmsBefore = h.sl.dmMessages(user).length;
        let acked = "";
        if (line.startsWith("/")) acked = (await h.slack(user, line.slice(1), GENERAL_CHANNEL_ID)).text;
        else await h.sl.userMessage({ user, channel: h.sl.dmChannel(user), text: line });
        if (acked.includes(REFUSAL)) return acked;
        const dm = await h.sl.waitFor(
          () =>
            h.sl
              .dmMessages(user)
              .slice(dmsBefore)
              .find((m) => m.text.includes(REFUSAL)),
          5000,
          "the refusal",
        );
        return dm.text;
      });
      expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
      expect(JSON.stringify(h.log.entries)).not.toContain("131052");
    } finally {
      await h.stop();
    }
  });

  it("in the terminal", async () => {
    const { core, db, log } = await testCore({ env: { STAFF_ADMINS: "terminal:Olli" } });
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
    const terminal = createTerminalAdapter(core, { input: new PassThrough(), output });
    const names: Record<Who, string> = { aino: "Aino", bertta: "Bertta", olli: "Olli" };
    const actors = Object.fromEntries(
      Object.entries(names).map(([k, n]) => [k, { platform: "terminal", userId: n, privateChatId: n, displayName: n }]),
    ) as Record<Who, ActorRef>;
    await runAll(core, db, actors, async (who, line) => {
      await terminal.line(`/kayttaja ${names[who]}`);
      const from = printed.length;
      await terminal.line(line);
      return printed.slice(from);
    });
    expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
  });

  it("the terminal's /kayttaja name passes the guard: a code or a client's number is refused and goes nowhere", async () => {
    const { core, db, log } = await testCore();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
    const terminal = createTerminalAdapter(core, { input: new PassThrough(), output }, { user: "Aino" });
    for (const [name, key] of [
      ...SHAPES.map((s) => [s, "privacy-refused-identity-code"] as const),
      ["13.10.52-308T", "privacy-refused-identity-code"] as const,
      ["asiakkaan puh 040 123 4567", "privacy-refused-client-contact"] as const,
    ]) {
      const from = printed.length;
      await terminal.line(`/kayttaja ${name}`);
      expect(printed.slice(from), name).toContain(t("fi", key));
      expect(terminal.currentUser(), name).toBe("Aino");
      await terminal.line("/ohje");
    }
    expect(await findInDatabase(db, ["131052", "13.10.52", "040 123"])).toEqual([]);
    expect(JSON.stringify(log.entries)).not.toContain("131052");
    await terminal.line("/kayttaja Bertta");
    expect(terminal.currentUser()).toBe("Bertta");
  });
});

describe("names from the platforms' profiles pass the same guard", () => {
  it("a display name or handle holding a code or a client's contact details is not kept", async () => {
    const { core, db } = await testCore();
    for (const [i, name] of ["Aino 131052-308T", "Aino 13.10.52-308T", "Asiakkaan puh 040 123 4567"].entries()) {
      const actor = {
        platform: "telegram" as const,
        userId: `${100 + i}`,
        privateChatId: `${100 + i}`,
        displayName: name,
        username: name,
      };
      await core.handle({
        actor,
        chat: { chatId: actor.privateChatId, kind: "private" },
        input: { type: "command", command: "ohje", args: "" },
      });
    }
    expect(await findInDatabase(db, ["131052", "13.10.52", "040 123"])).toEqual([]);
    expect((await db.member.findMany()).map((m) => m.displayName)).toEqual(["?", "?", "?"]);
  });
});
