/**
 * A press on an older message while a form is open (hostile test F9, in Telegram and Slack): the
 * press is explicit, so it does what it says — but the half-filled form it replaces is never
 * dropped without a word. Through the real grammY bot and Bolt app against the emulators.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, startHarness, type Harness } from "../support/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
afterAll(cleanupDatabases);

describe("a press on an older message while a form is open", () => {
  it("'Voin auttaa' on a group post during the help-request form says the form was closed", async () => {
    h = await startHarness({ slack: false });
    const H = h;
    const aino = H.telegramUser(3101, "Aino");
    const pekka = H.telegramUser(3102, "Pekka");
    await H.tgSay(aino, "/organisaatio Manna ry");
    await H.tgSay(aino, "/pyyda Kyyti Kelaan torstaina");
    const request = await H.app.db.helpRequest.findFirstOrThrow();

    await H.tgSay(pekka, "/organisaatio Dila");
    expect((await H.tgSay(pekka, "/pyyda")).text).toContain("1/6");
    expect((await H.tgSay(pekka, "Peräkärry lainaksi")).text).toContain("2/6");
    const before = H.tg.messages(pekka.id).length;
    await H.tgPress(pekka, { chatId: COMMUNITY_CHAT_ID, data: `hr:offer:${request.id}` });
    const said = H.tg
      .messages(pekka.id)
      .slice(before)
      .map((m) => m.text ?? "")
      .join("\n");
    expect(said).toContain("keskeneräinen lomakkeesi suljettiin");
    expect(said).toContain("Kiitos, että haluat auttaa");
    // Nothing was sent to the asker by the press alone.
    expect(await H.app.db.helpOffer.count()).toBe(0);
  });

  it("Slack: 'Voin auttaa' on the staff channel post during a form says the form was closed", async () => {
    h = await startHarness({ telegram: false });
    const H = h;
    const olli = H.slackUser("U0OLLI001", "olli");
    const sanna = H.slackUser("U0SANNA01", "sanna", { staff: true });
    await H.slack(olli, "organisaatio Manna ry");
    await H.slack(olli, "pyyda Kyyti Kelaan torstaina");
    const request = await H.app.db.helpRequest.findFirstOrThrow();
    await H.settle();
    const post = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => m.text.includes("Kyyti Kelaan"));

    await H.slack(sanna, "organisaatio Dila");
    await H.slack(sanna, "pyyda");
    expect(await H.app.db.dialog.findFirst({ where: { platform: "slack", userId: sanna } })).not.toBeNull();
    const value = `hr:offer:${request.id}`;
    const actionId = ((post.blocks ?? []) as { elements?: { value?: string; action_id?: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.value === value)?.action_id;
    await H.sl.pressButton({
      user: sanna,
      channel: STAFF_CHANNEL_ID,
      messageTs: post.ts,
      actionId: actionId!,
      value,
    } as never);
    await H.sl.waitFor(
      () => H.sl.dmMessages(sanna).some((m) => m.text.includes("Kiitos, että haluat auttaa")),
      5000,
      "the offer question",
    );
    const dm = H.sl
      .dmMessages(sanna)
      .map((m) => m.text)
      .join("\n");
    expect(dm).toContain("keskeneräinen lomakkeesi suljettiin");
    expect(await H.app.db.helpOffer.count()).toBe(0);
  });
});
