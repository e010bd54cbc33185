/**
 * The whole story of a joint purchase through the real grammY bot and Bolt app against the platform
 * emulators: needs of three organisations (6 + 5 + 4) lead to a proposal; a purchase with min 15,
 * max 15 and 1 800 € in total tips on the third join and each participant is told once, on their
 * own platform; a fourth organisation (on Slack) waits, is offered a seat when one withdraws and
 * loses it when it does not confirm in time; the deadline closes the purchase with a split that
 * sums to 180 000 cents and sends the organiser the CSV; a second purchase misses its minimum
 * and is cancelled with everyone notified.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, slackText, startHarness, type Harness } from "../support/harness.js";
import { expireOffers, runDeadlines } from "../../src/core/features/purchases/service.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const HOUR = 3_600_000;

type Blocks = { blocks?: unknown[] };

function slackButton(message: Blocks, value: string): string | undefined {
  for (const block of (message.blocks ?? []) as { elements?: { value?: string; action_id?: string }[] }[]) {
    for (const e of block.elements ?? []) if (e.value === value) return e.action_id;
  }
  return undefined;
}

function keyboardData(markup: unknown): string[] {
  const kb = markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
  return (kb?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? "");
}

describe("joint purchases across Telegram and Slack", () => {
  it("needs → proposal → purchase that tips once, a waiting list with an expiring offer, an exact split; a second purchase is cancelled", async () => {
    h = await startHarness();
    const H = h;
    const aino = H.telegramUser(4001, "Aino");
    const bertta = H.telegramUser(4002, "Bertta", { language_code: "sv" });
    const cecilia = H.telegramUser(4003, "Cecilia");
    const dora = H.slackUser("U0DORA001", "dora");
    const db = H.app.db;

    await H.tgSay(aino, "/organisaatio Harjulan Setlementti ry");
    await H.tgSay(bertta, "/organisaatio Manna ry");
    await H.tgSay(cecilia, "/organisaatio Pelastusarmeija");
    await H.slack(dora, "organisaatio Dila");

    // --- needs of three organisations: 6 + 5 + 4 = 15, the usual minimum of the course ---
    expect((await H.tgSay(aino, "/tarve jarjestysmies 6 31.3.2027 Lahti")).text).toContain(
      "Muilla ei vielä ole samaa tarvetta",
    );
    expect((await H.tgSay(bertta, "/need jarjestysmies 5 15.4.2027 Hollola")).text).toContain(
      "Harjulan Setlementti ry: 6 deltagare",
    );
    const third = await H.tgSay(cecilia, "/tarve Järjestysmieskoulutus 4 1.3.2027 Lahti");
    expect(third.text).toContain("Yhdessä teitä on 15");
    const [needA] = await db.need.findMany({ orderBy: { id: "asc" } });
    expect(keyboardData(third.reply_markup)).toEqual([`pu:propose:${needA!.id + 2}`]);
    await H.settle();
    const proposalToAino = H.tg
      .messages(aino.id)
      .find((m) => keyboardData(m.reply_markup).includes(`pu:propose:${needA!.id}`));
    expect(proposalToAino?.text).toContain("Pelastusarmeija tarvitsee saman kurssin");
    expect(H.tg.messages(bertta.id).some((m) => m.text?.includes("Tillsammans är ni 15"))).toBe(true);

    // --- Aino taps the proposal: the purchase form is prefilled; she gives the price and the deadline ---
    await H.tgPress(aino, { data: `pu:propose:${needA!.id}`, messageId: proposalToAino!.message_id });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("Paljonko kurssi maksaa");
    expect((await H.tgSay(aino, "1800")).text).toContain("Onko 1 800 € koko kurssin hinta");
    await H.tgPress(aino, { data: "pu:a:mode:total" });
    const preview = await H.tgSay(aino, "31.1.2027");
    expect(preview.text).toContain("Paikkoja varattu 0. Kurssi tarvitsee vähintään 15 ja sille mahtuu 15.");
    await H.tgPress(aino, { data: "pu:publish" });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("Julkaistu!");
    const purchase = await db.purchase.findFirstOrThrow();
    const id = purchase.id;
    expect(purchase).toMatchObject({ minSeats: 15, maxSeats: 15, priceMode: "total", priceCents: 180_000 });

    // --- posted to the Telegram group and the Slack staff channel with the live status ---
    await H.settle();
    const tgPost = await H.tg.waitForMessage(
      COMMUNITY_CHAT_ID,
      (m) => m.text?.includes(`Yhteishankinta #${id}`) ?? false,
    );
    expect(tgPost.text).toContain("Vielä 15 osallistujaa puuttuu");
    expect(tgPost.text).toContain("Yksi paikka maksaa 120 € (15 osallistujaa)");
    expect(tgPost.text).toContain("Ilmoittautuminen viimeistään 31.1.2027");
    expect(keyboardData(tgPost.reply_markup)).toEqual([`pu:join:${id}`]);
    const slPost = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) =>
      slackText(m as never).includes(`Yhteishankinta #${id}`),
    );
    expect(slackText(slPost as never)).toContain(
      "Paikkoja varattu 0. Kurssi tarvitsee vähintään 15 ja sille mahtuu 15.",
    );
    // The others were invited, each with a one-tap join for their own number of seats.
    const invite = H.tg.messages(bertta.id).find((m) => keyboardData(m.reply_markup).includes(`pu:seats:${id}:5`));
    expect(invite?.text).toContain("En gemensam upphandling har startat utifrån ert behov (5 deltagare)");

    // --- joining: Aino from the group post (answered privately), Bertta and Cecilia from their invitations ---
    await H.tgPress(aino, { chatId: COMMUNITY_CHAT_ID, messageId: tgPost.message_id, data: `pu:join:${id}` });
    const chooser = H.tg.lastMessage(aino.id)!;
    expect(chooser.text).toContain("Montako paikkaa Harjulan Setlementti ry ottaa");
    expect(keyboardData(chooser.reply_markup)).toContain(`pu:seats:${id}:6`);
    expect(H.tg.messages(COMMUNITY_CHAT_ID).filter((m) => m.text?.includes("Montako paikkaa"))).toEqual([]);
    expect((await H.tgSay(aino, "6")).text).toContain("Harjulan Setlementti ry on mukana 6 paikalla");
    await H.tgPress(bertta, { data: `pu:seats:${id}:5`, messageId: invite!.message_id });
    expect(H.tg.lastMessage(bertta.id)!.text).toContain("Manna ry är med med 5 platser");
    const ceciliaInvite = H.tg
      .messages(cecilia.id)
      .find((m) => keyboardData(m.reply_markup).includes(`pu:seats:${id}:4`))!;
    await H.tgPress(cecilia, { data: `pu:seats:${id}:4`, messageId: ceciliaInvite.message_id });
    expect(H.tg.lastMessage(cecilia.id)!.text).toContain("Kurssi toteutuu!");

    // --- the tipping point: each participant told exactly once, in their own language; both posts updated ---
    await H.settle();
    const told = (userId: number, re: RegExp) =>
      H.tg
        .messages(userId)
        .filter((m) => re.test(m.text ?? "") && /(Vähimmäismäärä|Minsta antalet)/.test(m.text ?? ""));
    expect(told(aino.id, /Kurssi toteutuu!/)).toHaveLength(1);
    expect(told(bertta.id, /Kursen blir av!/)).toHaveLength(1);
    expect(told(cecilia.id, /Kurssi toteutuu!/)).toHaveLength(1);
    await H.tg.waitFor(() => tgPost.text?.includes("Kurssi toteutuu ja on täynnä"), 5000, "the group post updated");
    await H.sl.waitFor(
      () =>
        slackText(H.sl.message(STAFF_CHANNEL_ID, slPost.ts) as never).includes(
          "Paikkoja varattu 15. Kurssi tarvitsee vähintään 15 ja sille mahtuu 15.",
        ),
      5000,
      "the channel post updated",
    );
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).status).toBe("tipped");

    // --- a fourth organisation, on Slack, joins from the channel post: the course is full, it waits ---
    const slNow = H.sl.message(STAFF_CHANNEL_ID, slPost.ts)!;
    await H.sl.pressButton({
      user: dora,
      channel: STAFF_CHANNEL_ID,
      messageTs: slNow.ts,
      actionId: slackButton(slNow, `pu:join:${id}`)!,
      value: `pu:join:${id}`,
    });
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).some((m) => m.text.includes("Kurssi on nyt täynnä")),
      5000,
      "the seat question in the DM",
    );
    await H.sl.userMessage({ user: dora, channel: H.sl.dmChannel(dora), text: "3" });
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).some((m) => m.text.includes("jonossa sijalla 1")),
      5000,
      "the waiting-list answer",
    );

    // --- Cecilia withdraws: Dila is offered the freed seats on Slack, with 24 hours to confirm ---
    await H.tgPress(cecilia, { chatId: COMMUNITY_CHAT_ID, messageId: tgPost.message_id, data: `pu:join:${id}` });
    expect(H.tg.lastMessage(cecilia.id)!.text).toContain("Pelastusarmeija on mukana 4 paikalla");
    await H.tgPress(cecilia, { data: `pu:seats:${id}:0` });
    expect(H.tg.lastMessage(cecilia.id)!.text).toContain("Pelastusarmeija ei ole enää mukana");
    await H.settle();
    const offer = await H.sl.waitFor(
      () =>
        H.sl.dmMessages(dora).find((m) => m.text.includes("Paikkoja vapautui") || m.text.includes("paikkoja vapautui")),
      5000,
      "the offer",
    );
    expect(slackText(offer as never)).toContain("Vahvista viimeistään 24.11.2026 klo 10.00");
    expect(slackButton(offer, `pu:confirm:${id}`)).toBeDefined();
    await H.tg.waitFor(
      () => tgPost.text?.includes("Vielä 4 osallistujaa puuttuu"),
      5000,
      "the group post shows the missing seats",
    );

    // --- Dila does not confirm in time: it loses the seats ---
    H.clock.advance(25 * HOUR);
    expect(await expireOffers(H.app.deps)).toBe(1);
    await H.settle();
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).some((m) => m.text.includes("Paikkatarjous vanheni")),
      5000,
      "the expiry notice",
    );
    await H.sl.pressButton({
      user: dora,
      channel: offer.channel,
      messageTs: offer.ts,
      actionId: slackButton(offer, `pu:confirm:${id}`)!,
      value: `pu:confirm:${id}`,
    });
    await H.sl.waitFor(
      () =>
        H.sl.responseUrlPosts().some((p) => JSON.stringify(p.body).includes("Sinulla ei ole vahvistettavaa")) ||
        H.sl.dmMessages(dora).some((m) => m.text.includes("Sinulla ei ole vahvistettavaa")),
      5000,
      "a late confirmation refused",
    );
    expect(
      await db.purchaseSeat.findFirstOrThrow({ where: { purchaseId: id, organisation: { name: "Dila" } } }),
    ).toMatchObject({ status: "withdrawn" });

    // --- Cecilia comes back; at the deadline the purchase closes and the split is exact ---
    await H.tgPress(cecilia, { chatId: COMMUNITY_CHAT_ID, messageId: tgPost.message_id, data: `pu:join:${id}` });
    expect(keyboardData(H.tg.lastMessage(cecilia.id)!.reply_markup)).toEqual(
      [1, 2, 3, 4].map((n) => `pu:seats:${id}:${n}`),
    );
    await H.tgPress(cecilia, { data: `pu:seats:${id}:4` });
    expect((await db.purchase.findUniqueOrThrow({ where: { id } })).committedSeats).toBe(15);
    expect(told(cecilia.id, /Kurssi toteutuu!/)).toHaveLength(1);
    await H.tgPress(aino, { data: `pu:csv:${id}` });
    await H.tg.waitFor(() => H.tg.documents().some((d) => d.chat_id === aino.id), 5000, "the CSV on request");
    H.clock.set("2027-02-01T00:00:00Z");
    expect(await runDeadlines(H.app.deps)).toBe(1);
    await H.settle();
    const shares = await db.purchaseSeat.findMany({
      where: { purchaseId: id, status: "committed" },
      include: { organisation: true },
      orderBy: { queuedAt: "asc" },
    });
    expect(shares.map((s) => [s.organisation.name, s.seats, s.shareCents])).toEqual([
      ["Harjulan Setlementti ry", 6, 72_000],
      ["Manna ry", 5, 60_000],
      ["Pelastusarmeija", 4, 48_000],
    ]);
    expect(shares.reduce((n, s) => n + s.shareCents!, 0)).toBe(180_000);
    expect(H.tg.messages(aino.id).some((m) => m.text?.includes("Järjestösi osuus: 720 € (6 paikkaa)"))).toBe(true);
    expect(H.tg.messages(bertta.id).some((m) => m.text?.includes("Din organisations andel: 600 € (5 platser)"))).toBe(
      true,
    );
    expect(H.tg.messages(cecilia.id).some((m) => m.text?.includes("Järjestösi osuus: 480 € (4 paikkaa)"))).toBe(true);
    const csvs = H.tg.documents().filter((d) => d.chat_id === aino.id);
    expect(csvs).toHaveLength(2); // on request, and at closing
    const csv = csvs.at(-1)!.content.toString("utf8");
    expect(csvs.at(-1)!.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // UTF-8 with a BOM
    expect(csv).toContain("Järjestö;Paikat;Yhteyshenkilö;Kanava;Tila;Osuus (€)");
    expect(csv).toContain("Manna ry;5;Bertta;telegram;mukana;600,00");
    await H.tg.waitFor(
      () => tgPost.text?.includes("kurssi toteutuu, 15 osallistujaa") && keyboardData(tgPost.reply_markup).length === 0,
      5000,
      "the closed post",
    );

    // --- a second purchase misses its minimum: cancelled at the deadline, everyone told, nobody owes ---
    // The one-line form previews first; the button publishes.
    const preview2 = await H.tgSay(
      bertta,
      "/purchase name=Hygieniapass min=10 max=12 seatprice=45,50 deadline=20.2.2027",
    );
    expect(preview2.text).toContain("Förhandsvisning");
    const before = H.tg.mark();
    await H.tgPress(bertta, { data: "pu:publish" });
    const second = await H.tg.waitForMessage(bertta.id, (m) => m.text?.includes("Publicerad!") ?? false, {
      after: before,
    });
    expect(second.text).toContain("Publicerad!");
    const p2 = await db.purchase.findFirstOrThrow({ where: { id: { not: id } } });
    await H.settle();
    const tgPost2 = await H.tg.waitForMessage(
      COMMUNITY_CHAT_ID,
      (m) => m.text?.includes(`Yhteishankinta #${p2.id}`) ?? false,
    );
    expect(tgPost2.text).toContain("45,50 € per osallistuja");
    await H.tgPress(aino, { chatId: COMMUNITY_CHAT_ID, messageId: tgPost2.message_id, data: `pu:join:${p2.id}` });
    await H.tgPress(aino, { data: `pu:seats:${p2.id}:2` });
    const slPost2 = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => slackText(m as never).includes(`#${p2.id}`));
    await H.sl.pressButton({
      user: dora,
      channel: STAFF_CHANNEL_ID,
      messageTs: slPost2.ts,
      actionId: slackButton(slPost2, `pu:join:${p2.id}`)!,
      value: `pu:join:${p2.id}`,
    });
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).filter((m) => m.text.includes("Montako paikkaa Dila ottaa")).length > 0,
      5000,
      "the seat question",
    );
    await H.sl.userMessage({ user: dora, channel: H.sl.dmChannel(dora), text: "3" });
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).some((m) => m.text.includes("Dila on mukana 3 paikalla")),
      5000,
      "Dila joined",
    );
    H.clock.set("2027-02-21T00:00:00Z");
    expect(await runDeadlines(H.app.deps)).toBe(1);
    await H.settle();
    expect((await db.purchase.findUniqueOrThrow({ where: { id: p2.id } })).status).toBe("cancelled");
    expect(
      H.tg
        .messages(aino.id)
        .some(
          (m) => m.text?.includes("Yhteishankinta peruttiin") && m.text.includes("Kenenkään ei tarvitse maksaa mitään"),
        ),
    ).toBe(true);
    expect(
      H.tg
        .messages(bertta.id)
        .some(
          (m) =>
            m.text?.includes("Den gemensamma upphandlingen ställdes in") &&
            m.text.includes("Ingen behöver betala något"),
        ),
    ).toBe(true);
    await H.sl.waitFor(
      () => H.sl.dmMessages(dora).some((m) => m.text.includes("Yhteishankinta peruttiin")),
      5000,
      "Dila told on Slack",
    );
    await H.tg.waitFor(
      () => H.tg.messages(COMMUNITY_CHAT_ID).some((m) => m.text?.includes(`#${p2.id}`) && m.text.includes("Peruttu")),
      5000,
      "the cancelled post",
    );
  });
});
