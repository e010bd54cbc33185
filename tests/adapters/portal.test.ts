/**
 * Issue 15's chat story through the real grammY bot and Bolt app against the platform emulators:
 * an organisation fills in its profile on Telegram, staff approve it with one button in the
 * Slack staff channel (a member outside it cannot), the organisation announces a work-trial
 * place (posted to the Telegram group and the Slack staff channel), `/mk paikat` lists it in
 * Slack, and the weekly digest has a "new open places" section. Then, among many other
 * organisations, the place is on the process's public web page in three languages, and the web
 * search, `/etsi` and `/ohjaa` find it first.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { COMMUNITY_CHAT_ID, STAFF_CHANNEL_ID, startHarness, type Harness } from "../support/harness.js";
import { sendDigestNow } from "../../src/core/features/digest/index.js";
import { seedPortalBulk } from "../support/portal-seed.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 750; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("condition not reached");
}

afterAll(cleanupDatabases);

type Blocks = { blocks?: unknown[] };

function slackButton(message: Blocks, value: string): string | undefined {
  for (const block of (message.blocks ?? []) as { elements?: { value?: string; action_id?: string }[] }[]) {
    for (const e of block.elements ?? []) if (e.value === value) return e.action_id;
  }
  return undefined;
}

describe("portal through Telegram and Slack", () => {
  it("profile on Telegram → approved in Slack → work-trial place posted → listed → in the digest", async () => {
    h = await startHarness();
    const H = h;
    H.clock.set("2026-11-18T09:00:00Z"); // a Wednesday: the place falls in the next Monday's digest
    const aino = H.telegramUser(3101, "Aino");
    const sanna = H.slackUser("U0SANNA01", "sanna", { staff: true });
    const olli = H.slackUser("U0OLLI001", "olli");
    await H.tgSay(aino, "/organisaatio Kaupunkikylä ry");

    expect((await H.tgSay(aino, "/jarjesto")).text).toContain("Mitä järjestösi tekee?");
    expect(
      (await H.tgSay(aino, "Ekokahvila ja kotieläinpiha: nuoret pääsevät työkokeiluun eläinten parissa Hollolassa."))
        .text,
    ).toContain("Kenelle toimintanne");
    await H.tgPress(aino, { data: "pf:t:1:youth" });
    // The toggle edits the same message with a check mark.
    const kb = H.tg.lastMessage(aino.id)!.reply_markup as { inline_keyboard: { text: string }[][] };
    expect(kb.inline_keyboard.flat().map((b) => b.text)).toContain("✅ Nuoret");
    await H.tgPress(aino, { data: "pf:d:1" });
    await H.tgPress(aino, { data: "pf:t:2:animals" });
    await H.tgPress(aino, { data: "pf:d:2" });
    await H.tgPress(aino, { data: "pf:k:3" });
    await H.tgPress(aino, { data: "pf:t:4:Hollola" });
    await H.tgPress(aino, { data: "pf:d:4" });
    await H.tgPress(aino, { data: "pf:k:5" });
    await H.tgSay(aino, "info@kaupunkikyla.fi, 03 123 4567");
    await H.tgPress(aino, { data: "pf:d:7" });
    await H.tgPress(aino, { data: "pf:k:8" });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("Tarkista vielä");
    await H.tgPress(aino, { data: "pf:ok" });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("hyväksyttäväksi");
    const profile = await H.app.db.portalProfile.findFirstOrThrow();

    // The staff channel gets it with one approve button; Olli (not staff) cannot approve.
    await H.settle();
    const toApprove = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) =>
      m.text.includes("Uusi esittely hyväksyttäväksi"),
    );
    const value = `pt:approve:${profile.id}:1`;
    const actionId = slackButton(toApprove, value)!;
    expect(actionId).toBeDefined();
    await H.sl.pressButton({
      user: olli,
      channel: STAFF_CHANNEL_ID,
      messageTs: toApprove.ts,
      actionId,
      value,
    } as never);
    await H.sl.waitFor(
      () =>
        JSON.stringify(H.sl.responseUrlPosts()).includes("vain verkoston henkilökunnalle") ||
        H.sl.ephemerals(olli).some((m) => JSON.stringify(m).includes("vain verkoston henkilökunnalle")),
      5000,
    );
    expect((await H.app.db.portalProfile.findFirstOrThrow()).published).toBe(false);
    await H.sl.pressButton({
      user: sanna,
      channel: STAFF_CHANNEL_ID,
      messageTs: toApprove.ts,
      actionId,
      value,
    } as never);
    await H.sl.waitFor(
      () => JSON.stringify(H.sl.responseUrlPosts()).includes("sanna hyväksyi järjestön Kaupunkikylä ry"),
      5000,
    );
    expect((await H.app.db.portalProfile.findFirstOrThrow()).published).toBe(true);
    await H.settle();
    await H.tg.waitForMessage(aino.id, (m) => m.text?.includes("on hyväksytty ja näkyy nyt portaalissa") ?? false);

    // Aino announces a work-trial place.
    expect((await H.tgSay(aino, "/paikka")).text).toContain("Millainen paikka");
    await H.tgPress(aino, { data: "pp:v:0:work_trial" });
    await H.tgSay(aino, "Eläintenhoitaja <kotieläinpihalle>");
    await H.tgPress(aino, { data: "pp:k:2" });
    await H.tgPress(aino, { data: "pp:t:3:youth" });
    await H.tgPress(aino, { data: "pp:d:3" });
    await H.tgPress(aino, { data: "pp:v:4:Hollola" });
    await H.tgPress(aino, { data: "pp:v:5:20" });
    await H.tgPress(aino, { data: "pp:v:6:heti" });
    await H.tgPress(aino, { data: "pp:v:7:60" });
    await H.tgPress(aino, { data: "pp:k:8" });
    await H.tgPress(aino, { data: "pp:ok" });
    expect(H.tg.lastMessage(aino.id)!.text).toContain("lähetetty verkoston henkilökunnalle hyväksyttäväksi");
    // Staff approve the place with one button on its staff-channel post; only then is it posted
    // to the community group (and public on the web page).
    await H.settle();
    const pending = await H.app.db.openPlace.findFirstOrThrow();
    expect(pending.status).toBe("pending");
    const placePost = await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => m.text.includes("Eläintenhoitaja"));
    const placeValue = `pt:approveplace:${pending.id}`;
    expect(H.tg.messages(COMMUNITY_CHAT_ID).some((m) => m.text?.includes("Eläintenhoitaja"))).toBe(false);
    await H.sl.pressButton({
      user: sanna,
      channel: STAFF_CHANNEL_ID,
      messageTs: placePost.ts,
      actionId: slackButton(placePost, placeValue)!,
      value: placeValue,
    } as never);
    await until(async () => (await H.app.db.openPlace.findFirstOrThrow()).status === "open");
    await H.settle();
    const tgPost = await H.tg.waitForMessage(COMMUNITY_CHAT_ID, (m) => m.text?.includes("Eläintenhoitaja") ?? false);
    expect(tgPost.text).toContain("Työkokeilu: Eläintenhoitaja <kotieläinpihalle>");
    expect(tgPost.raw).toContain("&lt;kotieläinpihalle&gt;");
    expect(tgPost.text).toContain("Näin haet: info@kaupunkikyla.fi");
    await H.sl.waitForMessage(STAFF_CHANNEL_ID, (m) => m.text.includes("Eläintenhoitaja"));

    // Slack: /mk paikat with a filter.
    const listed = await H.slack(olli, "paikat työkokeilu Hollola");
    await H.sl.waitFor(
      () =>
        listed.text.includes("Eläintenhoitaja") ||
        H.sl.dmMessages(olli).some((m) => m.text.includes("Eläintenhoitaja")),
      5000,
    );

    // The next Monday's digest has the new place.
    H.clock.set("2026-11-23T06:00:00Z");
    await sendDigestNow(H.app.deps, H.app.digest);
    const digest = await H.tg.waitForMessage(COMMUNITY_CHAT_ID, (m) => /^Viikkokooste/.test(m.text ?? ""));
    expect(digest.text).toContain("Uudet avoimet paikat (1)");
    expect(digest.text).toContain("Työkokeilu: Eläintenhoitaja <kotieläinpihalle> – Kaupunkikylä ry, Hollola");

    // Among many other organisations and places (issue 15's "Done when"):
    await seedPortalBulk(H.app.db, { organisations: 40, places: 120, now: H.clock.now() });
    // …on the public web page of the same process (PORT=0), in three languages,
    const port = H.app.http!.port;
    const web = (path: string, lang: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, { headers: { "accept-language": lang } }).then((r) => r.text());
    const place = await H.app.db.openPlace.findFirstOrThrow({ where: { title: "Eläintenhoitaja <kotieläinpihalle>" } });
    for (const [lang, kind] of [
      ["fi", "Työkokeilu"],
      ["sv", "Arbetsprövning"],
      ["en", "Work trial"],
    ] as const) {
      const page = await web(`/paikat/${place.id}`, lang);
      expect(page).toContain(`<html lang="${lang}">`);
      expect(page).toContain(`<h1>${kind}: Eläintenhoitaja &lt;kotieläinpihalle&gt;</h1>`);
      expect(await web(`/jarjestot/${profile.organisationId}`, lang)).toContain("<h1>Kaupunkikylä ry</h1>");
    }
    // …the web search finds it first,
    const found = await web(`/haku?q=${encodeURIComponent("nuorille eläinten parissa")}&kunta=Hollola`, "fi");
    expect(found.indexOf(`/paikat/${place.id}?`)).toBeGreaterThan(0);
    expect(found.indexOf(`/paikat/${place.id}?`)).toBe(found.search(/\/paikat\/\d+\?/));
    // …/etsi in chat finds it first,
    const etsi = await H.tgSay(aino, "/etsi nuorille eläinten parissa Hollola");
    expect(etsi.text!.split("\n\n")[1]).toContain("Työkokeilu: Eläintenhoitaja <kotieläinpihalle>");
    // …and /ohjaa for a matching situation ranks it first (answers typed, step by step).
    for (const answer of ["/ohjaa", "young", "Hollola", "eläimet", "eläintenhoitaja", "part", "fi"])
      await H.tgSay(aino, answer);
    const referral = await H.tgSay(aino, "valmis");
    expect(referral.text).toMatch(/\n1\. 📌 Työkokeilu: Eläintenhoitaja <kotieläinpihalle>\n/);

    // Staff take the place down from Slack (`/mk piilota paikka N`): gone from the page, the feed
    // and search at once, its texts blanked, its posts say it is no longer shown.
    expect(await web(`/paikat.json`, "fi")).toContain("Eläintenhoitaja");
    const hidden = await H.slack(sanna, `piilota paikka ${place.id}`);
    await H.sl.waitFor(
      () => hidden.text.includes("piilotettu") || H.sl.dmMessages(sanna).some((m) => m.text.includes("piilotettu")),
      5000,
    );
    const gone = await fetch(`http://127.0.0.1:${port}/paikat/${place.id}`);
    expect(gone.status).toBe(404);
    expect(await web(`/paikat.json`, "fi")).not.toContain("Eläintenhoitaja");
    expect(await web(`/haku?q=${encodeURIComponent("eläintenhoitaja")}`, "fi")).not.toContain(`/paikat/${place.id}?`);
    const blanked = await H.app.db.openPlace.findUniqueOrThrow({ where: { id: place.id } });
    expect([blanked.status, blanked.title, blanked.tasks, blanked.howToApply]).toEqual(["hidden", "–", "", ""]);
    await H.settle();
    await H.tg.waitForMessage(COMMUNITY_CHAT_ID, (m) => m.text?.includes("ei ole enää näkyvissä") ?? false);
    // …and the profile with the button on its approved staff post.
    const unpublishValue = `pt:unpublish:${profile.organisationId}`;
    await H.sl.pressButton({
      user: sanna,
      channel: STAFF_CHANNEL_ID,
      messageTs: toApprove.ts,
      actionId: slackButton(H.sl.message(STAFF_CHANNEL_ID, toApprove.ts)!, unpublishValue)!,
      value: unpublishValue,
    } as never);
    const organisationId = profile.organisationId;
    await until(async () => !(await H.app.db.portalProfile.findUniqueOrThrow({ where: { organisationId } })).published);
    expect((await fetch(`http://127.0.0.1:${port}/jarjestot/${profile.organisationId}`)).status).toBe(404);
    expect(await web(`/haku?q=${encodeURIComponent("Kaupunkikylä")}`, "fi")).not.toContain(
      `/jarjestot/${profile.organisationId}?`,
    );
  });
});
