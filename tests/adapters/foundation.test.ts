/** /start, /ohje, /kieli through the real grammY bot and Bolt app against the platform emulators. */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { startHarness, STAFF_CHANNEL_ID, type Harness } from "../support/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

describe("Telegram (grammY against the Bot API emulator)", () => {
  it("greets on /start, explains on /ohje, switches to Swedish with /kieli sv", async () => {
    h = await startHarness({ slack: false });
    const anna = h.telegramUser(1001, "Anna");
    const hello = await h.tgSay(anna, "/start");
    expect(hello.text).toContain("Hei Anna, tervetuloa Mahdollisuudet käyttöön! -verkoston bottiin!");
    const keyboard = hello.reply_markup as { inline_keyboard: { callback_data?: string }[][] };
    expect(keyboard.inline_keyboard.flat().map((b) => b.callback_data)).toContain("lang:sv");
    const help = await h.tgSay(anna, "/ohje");
    expect(help.text).toContain("Pyydä apua");
    expect(help.entities.some((e) => e.type === "bold")).toBe(true);
    const sv = await h.tgSay(anna, "/kieli sv");
    expect(sv.text).toBe("Okej! Nu talar jag svenska.");
    const helpSv = await h.tgSay(anna, "/help");
    expect(helpSv.text).toContain("Be om hjälp");
    // The language buttons work too, and the press is answered.
    await h.tgPress(anna, { data: "lang:en" });
    expect(h.tg.lastMessage(anna.id)!.text).toBe("Okay! I speak English now.");
  });

  it("registers its command menu in Finnish, Swedish and English", async () => {
    h = await startHarness({ slack: false });
    const fi = h.tg.commands().map((c) => c.command);
    expect(fi).toEqual(expect.arrayContaining(["start", "ohje", "kieli", "organisaatio"]));
    expect(h.tg.commands("sv").map((c) => c.command)).toEqual(expect.arrayContaining(["help", "language"]));
    expect(h.tg.commands("en").find((c) => c.command === "help")?.description).toBe("What the bot can do");
  });

  it("acts once on an update delivered three times", async () => {
    h = await startHarness({ slack: false });
    const anna = h.telegramUser(1002, "Anna");
    const update = h.tg.buildTextUpdate({ from: anna, text: "/organisaatio Toistuva ry, Lahti" });
    h.tg.enqueue(update, { keepId: true });
    h.tg.enqueue(update, { keepId: true });
    await h.app.telegram!.bot.handleUpdate(update);
    await h.tg.waitFor(() => h!.tg.pendingUpdates().length === 0 && h!.tg.messages(anna.id).length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.tg.messages(anna.id)).toHaveLength(1);
    expect(await h.app.db.organisation.count({ where: { name: "Toistuva ry" } })).toBe(1);
  });
});

describe("Slack (Bolt in Socket Mode against the Slack emulator)", () => {
  it("answers /mk start, /mk ohje and /mk kieli sv", async () => {
    h = await startHarness({ telegram: false });
    const kaisa = h.slackUser("U0KAISA01", "Kaisa", { staff: true });
    expect((await h.slack(kaisa, "start")).text).toContain("Hei Kaisa");
    const help = await h.slack(kaisa, "ohje");
    expect(help.text).toContain("*Pyydä apua*");
    expect((await h.slack(kaisa, "")).text).toContain("*Pyydä apua*"); // bare /mk shows the help
    expect((await h.slack(kaisa, "kieli sv")).text).toBe("Okej! Nu talar jag svenska.");
    expect((await h.slack(kaisa, "help")).text).toContain("Be om hjälp");
    expect((await h.slack(kaisa, "olematon")).text).toContain("/olematon");
  });

  it("publishes an App Home tab that says what the app does", async () => {
    h = await startHarness({ telegram: false });
    const kaisa = h.slackUser("U0KAISA02", "Kaisa");
    await h.sl.openAppHome(kaisa);
    await h.sl.waitFor(() => h!.sl.homeView(kaisa));
    const home = JSON.stringify(h.sl.homeView(kaisa));
    expect(home).toContain("Mahdollisuudet käyttöön! -botti");
    expect(home).toContain("/mk pyyda");
    // Every command there is, as Slack takes it, the portal's and the staff's included.
    const listed = h.app.core.commandMenu("fi").map((c) => c.command);
    for (const command of [...listed, "jarjesto", "paikka", "paikat", "etsi", "ohjaa", "raportti", "kooste"])
      expect(home, command).toContain(`/mk ${command}`);
    expect(home).not.toContain("/pyyda"); // no bare /pyyda, which Slack would not take
  });

  it("a button press reaches the core (language buttons)", async () => {
    h = await startHarness({ telegram: false });
    const kaisa = h.slackUser("U0KAISA03", "Kaisa");
    const start = await h.slack(kaisa, "start", STAFF_CHANNEL_ID);
    expect(start.text).toContain("Hei Kaisa");
    const ephemeral = h.sl.lastEphemeral(kaisa)!;
    const blocks = JSON.stringify(ephemeral);
    expect(blocks).toContain("lang:en");
    const result = await h.sl.pressButton({
      user: kaisa,
      channel: STAFF_CHANNEL_ID,
      messageTs: ephemeral.ts,
      actionId: "mk:3",
      value: "lang:en",
      force: true,
    } as never);
    expect(result).toBeTruthy();
    await h.sl.waitFor(() => h!.sl.responseUrlPosts().some((p) => JSON.stringify(p).includes("I speak English now")));
  });
});
