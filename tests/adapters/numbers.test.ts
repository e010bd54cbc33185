/**
 * Every dialog step that takes a number, answered with a typed number through the real grammY
 * bot and the real Bolt app: the days of a help request, the seats of a need, the minimum,
 * maximum, price, per-organisation cap and solo price of a purchase, and the seats when joining.
 * (The terminal's side of the same: numbers-terminal.test.ts.)
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { STAFF_CHANNEL_ID, slackText, startHarness, type Harness } from "../support/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const DAY = 86_400_000;

describe("a typed number answers the open question", () => {
  it("Telegram: days, need seats, purchase numbers and joining seats", async () => {
    h = await startHarness({ slack: false });
    const H = h;
    const aino = H.telegramUser(5001, "Aino");
    const bertta = H.telegramUser(5002, "Bertta");
    const db = H.app.db;
    await H.tgSay(aino, "/organisaatio Manna ry");
    await H.tgSay(bertta, "/organisaatio Dila");

    await H.tgSay(aino, "/pyyda");
    await H.tgSay(aino, "Kolme käsiparia ruoanjakoon");
    await H.tgPress(aino, { data: "ask:skip" });
    await H.tgPress(aino, { data: "ask:cat:hands" });
    await H.tgPress(aino, { data: "ask:mun:0" });
    expect((await H.tgSay(aino, "4")).text).toContain("6/6 Kenen nimissä");
    await H.tgPress(aino, { data: "ask:as:org" });
    const request = await db.helpRequest.findFirstOrThrow();
    expect(request.expiresAt.getTime() - H.clock.now().getTime()).toBe(4 * DAY);

    await H.tgSay(aino, "/tarve");
    await H.tgSay(aino, "hygieniapassi");
    expect((await H.tgSay(aino, "3")).text).toContain("Mihin mennessä");
    await H.tgSay(aino, "31.3.2027");
    await H.tgSay(aino, "Lahti");
    expect(await db.need.findFirstOrThrow()).toMatchObject({ seats: 3 });

    await H.tgSay(aino, "/hankinta");
    await H.tgSay(aino, "Hygieniapassikoulutus");
    await H.tgPress(aino, { data: "pu:a:type:hygieniapassi" });
    expect((await H.tgSay(aino, "8")).text).toContain("enintään");
    await H.tgSay(aino, "12");
    await H.tgSay(aino, "900");
    await H.tgPress(aino, { data: "pu:a:mode:total" });
    await H.tgSay(aino, "31.1.2027");
    await H.tgPress(aino, { data: "pu:details" });
    for (const skip of ["-", "-", "-"]) await H.tgSay(aino, skip);
    await H.tgSay(aino, "4");
    expect((await H.tgSay(aino, "95")).text).toContain("Esikatselu");
    await H.tgPress(aino, { data: "pu:publish" });
    const p = await db.purchase.findFirstOrThrow();
    expect(p).toMatchObject({ minSeats: 8, maxSeats: 12, priceCents: 90_000, perOrgCap: 4, soloPriceCents: 9_500 });

    await H.tgSay(bertta, `/hankinta ${p.id}`);
    await H.tgPress(bertta, { data: `pu:join:${p.id}` });
    expect(H.tg.lastMessage(bertta.id)!.text).toContain("Montako paikkaa Dila ottaa");
    expect((await H.tgSay(bertta, "3")).text).toContain("Dila on mukana 3 paikalla");
  });

  it("Slack (direct messages): days, need seats, purchase numbers and joining seats", async () => {
    h = await startHarness({ telegram: false });
    const H = h;
    const sanna = H.slackUser("U0SANNA01", "sanna");
    const dora = H.slackUser("U0DORA002", "dora");
    const db = H.app.db;
    /** Types in the member's DM with the app and waits for the app's next message there. */
    const dm = async (user: string, text: string) => {
      const before = H.sl.dmMessages(user).length;
      await H.sl.userMessage({ user, channel: H.sl.dmChannel(user), text });
      const answer = await H.sl.waitFor(
        () =>
          H.sl
            .dmMessages(user)
            .slice(before)
            .find((m) => m.user !== user),
        5000,
        `an answer to "${text}"`,
      );
      return slackText(answer as never);
    };
    type Message = { blocks?: unknown[]; channel: string; ts: string };
    const buttonOf = (m: Message, value: string) =>
      ((m.blocks ?? []) as { elements?: { value?: string; action_id?: string }[] }[])
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.value === value);
    /** Presses the button with this value on the newest DM message that has it. */
    const press = async (user: string, value: string) => {
      const message = H.sl
        .dmMessages(user)
        .filter((m) => buttonOf(m, value))
        .at(-1)!;
      await H.sl.pressButton({
        user,
        channel: message.channel,
        messageTs: message.ts,
        actionId: buttonOf(message, value)!.action_id!,
        value,
      });
    };
    /** Whether the member was shown this text: in a DM, or in an answer to a button (response_url). */
    const seen = (user: string, text: string) =>
      H.sl.dmMessages(user).some((m) => slackText(m as never).includes(text)) ||
      H.sl.responseUrlPosts().some((r) => JSON.stringify(r.body).includes(text));
    await H.slack(sanna, "organisaatio Manna ry");
    await H.slack(dora, "organisaatio Dila");

    await H.slack(sanna, "pyyda");
    await H.sl.waitFor(() => H.sl.dmMessages(sanna).some((m) => m.text.includes("1/6")), 5000, "the first question");
    await dm(sanna, "Kolme käsiparia ruoanjakoon");
    await dm(sanna, "-");
    await dm(sanna, "käsipareja");
    await dm(sanna, "Lahti");
    expect(await dm(sanna, "4")).toContain("Kenen nimissä pyydät");
    expect(await dm(sanna, "organisaatio")).toContain("Pyyntösi on nyt verkoston nähtävillä");
    const request = await db.helpRequest.findFirstOrThrow();
    expect(request.expiresAt.getTime() - H.clock.now().getTime()).toBe(4 * DAY);

    await H.slack(sanna, "tarve");
    await H.sl.waitFor(
      () => H.sl.dmMessages(sanna).some((m) => m.text.includes("Mitä kurssia")),
      5000,
      "the course question",
    );
    await dm(sanna, "hygieniapassi");
    expect(await dm(sanna, "3")).toContain("Mihin mennessä");
    await dm(sanna, "31.3.2027");
    await dm(sanna, "Lahti");
    expect(await db.need.findFirstOrThrow()).toMatchObject({ seats: 3 });

    await H.slack(sanna, "hankinta");
    await H.sl.waitFor(
      () => H.sl.dmMessages(sanna).some((m) => m.text.includes("Mikä kurssi")),
      5000,
      "the name question",
    );
    await dm(sanna, "Hygieniapassikoulutus");
    await dm(sanna, "hygieniapassi");
    expect(await dm(sanna, "8")).toContain("enintään");
    await dm(sanna, "12");
    await dm(sanna, "900");
    await dm(sanna, "koko kurssi");
    expect(await dm(sanna, "31.1.2027")).toContain("Esikatselu");
    expect((await db.dialog.findFirstOrThrow({ where: { userId: sanna } })).step).toBe("summary");
    await press(sanna, "pu:details");
    await H.sl.waitFor(() => seen(sanna, "Kuka kouluttaa"), 5000, "the first detail");
    for (const skip of ["-", "-", "-"]) await dm(sanna, skip);
    await dm(sanna, "4");
    expect(await dm(sanna, "95")).toContain("Esikatselu");
    await press(sanna, "pu:publish");
    await H.sl.waitFor(() => seen(sanna, "Julkaistu"), 5000, "published");
    const published = await db.purchase.findFirstOrThrow();
    expect(published).toMatchObject({
      minSeats: 8,
      maxSeats: 12,
      priceCents: 90_000,
      perOrgCap: 4,
      soloPriceCents: 9_500,
    });

    await H.settle();
    const post = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => slackText(m as never).includes(`#${published.id}`));
    const join = buttonOf(post, `pu:join:${published.id}`)!;
    await H.sl.pressButton({
      user: dora,
      channel: STAFF_CHANNEL_ID,
      messageTs: post.ts,
      actionId: join.action_id!,
      value: join.value!,
    });
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).some((m) => m.text.includes("Montako paikkaa Dila ottaa")),
      5000,
      "the seat question",
    );
    expect(await dm(dora, "3")).toContain("Dila on mukana 3 paikalla");
  });
});
