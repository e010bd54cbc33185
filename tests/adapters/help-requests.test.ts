/**
 * The whole story of a help request through the real grammY bot and Bolt app against the platform
 * emulators: ask on Telegram, posts in the Telegram group and the Slack staff channel, offers
 * from Slack staff and Telegram, accept, posts edited in place, resolve, thanks, a refused
 * non-staff hide, a refused identity code, and an expiry.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, slackText, startHarness, type Harness } from "../support/harness.js";
import { runPeriodicJobs } from "../../src/core/jobs/periodic.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

const DAY = 86_400_000;

type Blocks = { blocks?: unknown[] };

/** The action_id of the Slack button carrying `value` in a message's blocks. */
function slackButton(message: Blocks, value: string): string | undefined {
  for (const block of (message.blocks ?? []) as { elements?: { value?: string; action_id?: string }[] }[]) {
    for (const e of block.elements ?? []) if (e.value === value) return e.action_id;
  }
  return undefined;
}

function slackValues(message: Blocks): string[] {
  return ((message.blocks ?? []) as { elements?: { value?: string }[] }[]).flatMap((b) =>
    (b.elements ?? []).map((e) => e.value ?? ""),
  );
}

function keyboardData(markup: unknown): string[] {
  const kb = markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
  return (kb?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? "");
}

describe("help requests across Telegram and Slack", () => {
  it("asks, posts, offers, accepts, edits the posts, resolves, thanks, refuses a non-staff hide and an identity code, expires", async () => {
    h = await startHarness();
    const H = h;
    const aino = H.telegramUser(3001, "Aino", { username: "aino_manna" });
    const pekka = H.telegramUser(3002, "Pekka");
    const sanna = H.slackUser("U0SANNA01", "sanna", { staff: true });
    const olli = H.slackUser("U0OLLI001", "olli");

    await H.tgSay(aino, "/organisaatio Manna ry");

    // --- Aino asks step by step on Telegram ---
    const first = await H.tgSay(aino, "/pyyda");
    expect(first.text).toContain("ruoanjakoon perjantaina");
    const title = "Kaksi käsiparia ruoanjakoon <perjantaina> & lauantaina";
    expect((await H.tgSay(aino, title)).text).toContain("2/6");
    await H.tgPress(aino, { data: "ask:skip" });
    await H.tgPress(aino, { data: "ask:cat:hands" });
    await H.tgPress(aino, { data: "ask:mun:0" });
    await H.tgPress(aino, { data: "ask:until:14" });
    await H.tgPress(aino, { data: "ask:as:org" });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("Kiitos! Pyyntösi on nyt verkoston nähtävillä");
    const request = await H.app.db.helpRequest.findFirstOrThrow({ where: { title } });
    const id = request.id;

    // --- the request appears in the Telegram group and the Slack staff channel, escaped ---
    await H.settle();
    const tgPost = await H.tg.waitForMessage(COMMUNITY_CHAT_ID, (m) => m.text?.includes("Kaksi käsiparia") ?? false);
    expect(tgPost.text).toContain(title);
    expect(tgPost.raw).toContain("&lt;perjantaina&gt; &amp; lauantaina");
    expect(tgPost.text).toContain("Pyytäjä: Manna ry");
    expect(keyboardData(tgPost.reply_markup)).toEqual([`hr:offer:${id}`]);
    const slPost = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => m.text.includes("Kaksi käsiparia"));
    expect(slackText(slPost as never)).toContain("&lt;perjantaina&gt; &amp; lauantaina");
    expect(slackValues(slPost)).toEqual([`hr:offer:${id}`, `hr:hide:${id}`, `hr:close:${id}`]);

    // --- an identity code is refused, on both platforms ---
    expect((await H.tgSay(aino, "/pyyda Kyyti asiakkaalle 131052-308T")).text).toContain("henkilötunnus");
    const slackRefusal = await H.slack(sanna, "pyyda Asiakas 131052-308T tarvitsee kyydin");
    await H.sl.waitFor(
      () =>
        slackRefusal.text.includes("henkilötunnus") ||
        H.sl.dmMessages(sanna).some((m) => m.text.includes("henkilötunnus")),
      5000,
    );
    expect(await H.app.db.helpRequest.count()).toBe(1);

    // --- a Slack staff member offers from the channel post; the note is asked in the DM ---
    await H.sl.pressButton({
      user: sanna,
      channel: STAFF_CHANNEL_ID,
      messageTs: slPost.ts,
      actionId: slackButton(slPost, `hr:offer:${id}`)!,
      value: `hr:offer:${id}`,
    } as never);
    await H.sl.waitFor(
      () => H.sl.dmMessages(sanna).some((m) => m.text.includes("Kiitos, että haluat auttaa")),
      5000,
      "the note question",
    );
    await H.sl.userMessage({ user: sanna, channel: H.sl.dmChannel(sanna), text: "Voin tuoda kolme vapaaehtoista" });
    await H.sl.waitFor(
      () => H.sl.dmMessages(sanna).some((m) => m.text.includes("Tarjouksesi lähti")),
      5000,
      "offer sent",
    );

    // --- a Telegram member offers from the group post without a note ---
    await H.tgPress(pekka, { chatId: COMMUNITY_CHAT_ID, data: `hr:offer:${id}` });
    expect(H.tg.lastMessage(pekka.id)!.text).toContain("Kiitos, että haluat auttaa");
    await H.tgPress(pekka, { data: `hr:send:${id}` });
    expect(H.tg.lastMessage(pekka.id)!.text).toContain("Tarjouksesi lähti");
    const offers = await H.app.db.helpOffer.findMany({ include: { helper: true }, orderBy: { id: "asc" } });
    expect(offers.map((o) => [o.helper?.displayName, o.note])).toEqual([
      ["sanna", "Voin tuoda kolme vapaaehtoista"],
      ["Pekka", ""],
    ]);
    const pekkaOffer = offers[1]!;

    // --- the asker is introduced to both helpers privately ---
    await H.settle();
    const intros = H.tg.messages(aino.id).filter((m) => m.text?.includes("Joku voi auttaa"));
    expect(intros).toHaveLength(2);
    expect(intros[0]!.text).toContain("Slack: sanna");
    expect(intros[0]!.text).toContain("Voin tuoda kolme vapaaehtoista");
    expect(keyboardData(intros[1]!.reply_markup)).toEqual([
      `hr:accept:${pekkaOffer.id}`,
      `hr:decline:${pekkaOffer.id}`,
    ]);
    expect(
      H.tg.messages(COMMUNITY_CHAT_ID).some((m) => m.text?.includes("vapaaehtoista") || m.text?.includes("aino_manna")),
    ).toBe(false);

    // --- Aino accepts Pekka: both posts are edited to "in progress" ---
    await H.tgPress(aino, { data: `hr:accept:${pekkaOffer.id}`, messageId: intros[1]!.message_id });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("Hyväksyit avun: Pekka");
    await H.settle();
    expect((await H.app.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("in_progress");
    expect(H.tg.messages(pekka.id).some((m) => m.text?.includes("Telegram: @aino_manna"))).toBe(true);
    await H.tg.waitFor(() => tgPost.text?.includes("Tila: Työn alla"), 5000, "the group post edited");
    expect(tgPost.history.length).toBeGreaterThanOrEqual(1);
    await H.sl.waitFor(
      () => H.sl.message(STAFF_CHANNEL_ID, slPost.ts)?.text.includes("Työn alla"),
      5000,
      "the channel post edited",
    );
    expect(H.sl.message(STAFF_CHANNEL_ID, slPost.ts)!.versions.length).toBeGreaterThanOrEqual(2);

    // --- a non-staff Slack user's hide is refused; nothing changes ---
    await H.sl.pressButton({
      user: olli,
      channel: STAFF_CHANNEL_ID,
      messageTs: slPost.ts,
      actionId: slackButton(H.sl.message(STAFF_CHANNEL_ID, slPost.ts)!, `hr:hide:${id}`)!,
      value: `hr:hide:${id}`,
    } as never);
    await H.sl.waitFor(
      () => H.sl.responseUrlPosts().some((p) => JSON.stringify(p.body).includes("vain verkoston henkilökunnalle")),
      5000,
      "the refusal",
    );
    expect((await H.app.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("in_progress");

    // --- Aino resolves and thanks Pekka ---
    await H.tgPress(aino, { data: `hr:resolve:${id}` });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("on ratkaistu");
    await H.tgPress(aino, { data: `hr:thank:${pekkaOffer.id}` });
    await H.settle();
    expect(H.tg.messages(pekka.id).some((m) => m.text?.includes("Aino (Manna ry) kiittää sinua"))).toBe(true);
    await H.tg.waitFor(() => tgPost.text?.includes("Ratkaistu"), 5000, "the group post resolved");
    expect(keyboardData(tgPost.reply_markup)).toEqual([]);
    await H.sl.waitFor(
      () => H.sl.message(STAFF_CHANNEL_ID, slPost.ts)?.text.includes("Ratkaistu"),
      5000,
      "the channel post resolved",
    );
    expect(slackValues(H.sl.message(STAFF_CHANNEL_ID, slPost.ts)!)).toEqual([`hr:reopen:${id}`]);

    // --- another request expires: its posts say so and the asker is told ---
    await H.tgSay(aino, "/pyyda Lainaksi peräkärry ensi viikoksi");
    await H.settle();
    const trailerPost = await H.tg.waitForMessage(COMMUNITY_CHAT_ID, (m) => m.text?.includes("peräkärry") ?? false);
    H.clock.advance(15 * DAY);
    await runPeriodicJobs(H.app.deps, H.app.core.registry.jobs);
    await H.settle();
    await H.tg.waitFor(() => trailerPost.text?.includes("Tila: Vanhentunut"), 5000, "the expired post");
    expect(keyboardData(trailerPost.reply_markup)).toEqual([]);
    expect(
      H.tg.messages(aino.id).some((m) => m.text?.includes("Lainaksi peräkärry ensi viikoksi” on vanhentunut")),
    ).toBe(true);
  });

  it("Slack: /mk pyyda asks in one line and /mk avoimet lists it", async () => {
    h = await startHarness({ telegram: false });
    const H = h;
    const kaisa = H.slackUser("U0KAISA21", "kaisa", { staff: true });
    await H.slack(kaisa, "pyyda Tarvitsemme tilan kokoukselle torstaina");
    await H.sl.waitFor(
      () => H.sl.dmMessages(kaisa).some((m) => m.text.includes("Pyyntösi on nyt verkoston nähtävillä")),
      5000,
      "the confirmation",
    );
    await H.settle();
    await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => m.text.includes("Tarvitsemme tilan kokoukselle"), 5000);
    await H.slack(kaisa, "avoimet");
    await H.sl.waitFor(
      () =>
        H.sl
          .dmMessages(kaisa)
          .some((m) => m.text.includes("Avoimet avunpyynnöt") && m.text.includes("Tarvitsemme tilan kokoukselle")),
      5000,
      "the list",
    );
  });
});

describe("Telegram staff reopen a request (Telegram has no staff channel)", () => {
  it("/avoimet suljetut lists closed and hidden requests with reopen buttons for staff; a press reopens; others are refused", async () => {
    h = await startHarness({ slack: false, env: { STAFF_ADMINS: "telegram:7201" } });
    const olli = h.telegramUser(7201, "Olli");
    const aino = h.telegramUser(7202, "Aino");
    await h.tgSay(aino, "/pyyda Tarvitsemme kaksi käsiparia ruoanjakoon perjantaina");
    await h.settle();
    const request = await h.app.db.helpRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    // Staff close it from /avoimet…
    const open = await h.tgSay(olli, "/avoimet");
    expect(keyboardData(open.reply_markup)).toContain(`hr:close:${request.id}`);
    await h.tgPress(olli, { data: `hr:close:${request.id}`, messageId: open.message_id });
    expect((await h.app.db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("closed");
    // …it is gone from /avoimet, and /avoimet suljetut finds it with a reopen button.
    expect(keyboardData((await h.tgSay(olli, "/avoimet")).reply_markup)).not.toContain(`hr:close:${request.id}`);
    const closed = await h.tgSay(olli, "/avoimet suljetut");
    expect(closed.text).toContain("Tarvitsemme kaksi käsiparia");
    expect(keyboardData(closed.reply_markup)).toEqual([`hr:reopen:${request.id}`]);
    await h.tgPress(olli, { data: `hr:reopen:${request.id}`, messageId: closed.message_id });
    expect((await h.app.db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("open");
    await h.settle();
    // A member who is not staff gets a plain refusal and no buttons.
    const refused = await h.tgSay(aino, "/avoimet suljetut");
    expect(refused.text).toContain("vain verkoston henkilökunnalle");
    expect(keyboardData(refused.reply_markup)).toEqual([]);
    // Staff in English: /open closed.
    expect((await h.tgSay(olli, "/open closed")).text).toContain("Suljetut");
  });
});
