import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";

afterAll(cleanupDatabases);

describe("basics", () => {
  it("registers a member on /start and greets them in Finnish", async () => {
    const { core, db } = await testCore();
    const out = await core.handle(command(terminalActor("Aino"), "/start"));
    expect(textOf(out)).toContain("Hei Aino");
    expect(out.replies[0]!.message.buttons?.flat().map((b) => b.action)).toContain("ask:new");
    const identity = await db.identity.findFirstOrThrow({ include: { member: true } });
    expect(identity).toMatchObject({
      platform: "terminal",
      externalUserId: "Aino",
      member: { locale: "fi", displayName: "Aino" },
    });
  });

  it("picks the platform's language hint at registration", async () => {
    const { core } = await testCore();
    const out = await core.handle(command(terminalActor("Erik", { languageHint: "sv-FI" }), "/start"));
    expect(textOf(out)).toContain("välkommen");
  });

  it("/ohje and /help explain the bot; /kieli sv switches to Swedish, unknown language is refused", async () => {
    const { core, db } = await testCore();
    const a = terminalActor("Aino");
    expect(textOf(await core.handle(command(a, "/ohje")))).toContain("/pyyda");
    expect(textOf(await core.handle(command(a, "/help")))).toContain("vaitiolovelvollisuus");
    expect(textOf(await core.handle(command(a, "/kieli klingon")))).toContain("En tunne tätä kieltä");
    expect(textOf(await core.handle(command(a, "/kieli sv")))).toBe("Okej! Nu talar jag svenska.");
    expect(textOf(await core.handle(command(a, "/help")))).toContain("tystnadsplikten");
    expect(textOf(await core.handle(privately(a, { type: "action", action: "lang:en" })))).toBe(
      "Okay! I speak English now.",
    );
    expect((await db.member.findFirstOrThrow()).locale).toBe("en");
  });

  it("/organisaatio lists organisations, joins one by button, adds a new one by name", async () => {
    const { core, db } = await testCore();
    const a = terminalActor("Aino");
    const list = await core.handle(command(a, "/organisaatio"));
    const manna = list.replies[0]!.message.buttons!.flat().find((b) => b.label.startsWith("Manna ry"))!;
    const joined = await core.handle(privately(a, { type: "action", action: manna.action }));
    expect(textOf(joined)).toContain("Manna ry");
    expect((await db.member.findFirstOrThrow({ include: { organisation: true } })).organisation?.name).toBe("Manna ry");
    const added = await core.handle(command(a, "/organisaatio Hollolan Nuorisotila ry, Hollola"));
    expect(textOf(added)).toContain("Hollolan Nuorisotila ry");
    expect(await db.organisation.findUniqueOrThrow({ where: { name: "Hollolan Nuorisotila ry" } })).toMatchObject({
      municipality: "Hollola",
    });
    expect(textOf(await core.handle(command(a, "/organisaatio  ,")))).toContain("liian lyhyt");
  });

  it("answers an unknown command and a forged button politely, and survives a failing handler", async () => {
    const { core, log } = await testCore();
    const a = terminalActor("Aino");
    expect(textOf(await core.handle(command(a, "/olematon")))).toContain("/olematon");
    expect((await core.handle(privately(a, { type: "action", action: "org:999999" }))).toast).toContain(
      "ei ole enää voimassa",
    );
    expect((await core.handle(privately(a, { type: "action", action: "zz:1" }))).toast).toContain(
      "ei ole enää voimassa",
    );
    const broken = await core.handle({ ...command(a, "/start"), actor: undefined as never });
    expect(textOf(broken)).toContain("Jokin meni pieleen");
    expect(log.entries.some((e) => e.level === "error")).toBe(true);
  });
});

describe("member names", () => {
  it("a member first known only by id gets their name when a platform tells it", async () => {
    const { core, db } = await testCore();
    const bare = { platform: "slack" as const, userId: "U0NAME01", privateChatId: "U0NAME01", displayName: "U0NAME01" };
    await core.handle({
      actor: bare,
      chat: { chatId: "U0NAME01", kind: "private" },
      input: { type: "command", command: "ohje", args: "" },
    });
    expect((await db.member.findFirstOrThrow()).displayName).toBe("U0NAME01");
    await core.handle({
      actor: { ...bare, displayName: "Kaisa" },
      chat: { chatId: "C1", kind: "group" },
      input: { type: "command", command: "ohje", args: "" },
    });
    expect((await db.member.findFirstOrThrow()).displayName).toBe("Kaisa");
  });
});
