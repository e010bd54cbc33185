/**
 * Help requests against the real database and the fake clock. The outbox is drained
 * with deliverDue through small recording notifiers (test doubles of the platforms).
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, terminalActor, testCore, textOf } from "../support/core.js";
import { deliverDue } from "../../src/core/delivery/outbox.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { getDialog } from "../../src/core/dialogs.js";
import { runPeriodicJobs } from "../../src/core/jobs/periodic.js";
import type { HandlerOutcome, Interaction, Notifier } from "../../src/core/app/contract.js";
import type { ActorRef, OutgoingMessage, Platform, Target } from "../../src/core/types.js";
import { renderHtml } from "../../src/bots/telegram/render.js";
import { renderMrkdwn } from "../../src/bots/slack/render.js";
import { parseUntil } from "../../src/core/features/help-requests/validate.js";
import { expireRequests, flagUnanswered, remindBeforeExpiry } from "../../src/core/features/help-requests/service.js";

afterAll(cleanupDatabases);

const DAY = 86_400_000;
const GROUP = "-1001";
const STAFF = "CSTAFF";

interface Recorded {
  target: Target;
  message: OutgoingMessage;
  messageId: string;
}

/** A recording stand-in for a platform: what would have been sent and edited. */
function recorder(platform: Platform) {
  const sent: Recorded[] = [];
  const edits: Recorded[] = [];
  let next = 1;
  const notifier: Notifier = {
    platform,
    async send(target, message) {
      const messageId = String(next++);
      sent.push({ target, message, messageId });
      return { messageId };
    },
    async edit(target, messageId, message) {
      edits.push({ target, message, messageId });
    },
    async sendFile() {},
  };
  return { notifier, sent, edits, to: (chatId: string) => sent.filter((s) => s.target.chatId === chatId) };
}

function plain(m: OutgoingMessage): string {
  return m.text.map((s) => (typeof s === "string" ? s : Object.values(s)[0])).join("");
}

function actions(m: OutgoingMessage | { message: OutgoingMessage }): string[] {
  const msg = "message" in m ? m.message : m;
  return (msg.buttons ?? []).flat().map((b) => b.action);
}

function tgUser(id: number, name: string, username?: string): ActorRef {
  return {
    platform: "telegram",
    userId: String(id),
    privateChatId: String(id),
    displayName: name,
    ...(username ? { username } : {}),
  };
}

function slackUser(id: string, name: string, staff = false): ActorRef {
  return { platform: "slack", userId: id, privateChatId: id, displayName: name, staffVerified: staff };
}

async function setup(env: Record<string, string> = {}) {
  const t = await testCore({ env: { STAFF_ADMINS: "terminal:Kaisa", ...env } });
  await syncChannels(t.db, "telegram", [{ platform: "telegram", chatId: GROUP, kind: "community" }]);
  await syncChannels(t.db, "slack", [{ platform: "slack", chatId: STAFF, kind: "staff" }]);
  const tg = recorder("telegram");
  const sl = recorder("slack");
  const term = recorder("terminal");
  const notifiers = { telegram: tg.notifier, slack: sl.notifier, terminal: term.notifier };
  const deliver = async () => {
    for (let i = 0; i < 20; i++) {
      const r = await deliverDue(t.deps, notifiers, { workerId: "t", renderers: t.core.registry.postRenderers });
      if (!r.sent) break;
    }
  };
  const handle = (i: Interaction) => t.core.handle(i);
  const say = (actor: ActorRef, text: string) =>
    text.startsWith("/") ? handle(command(actor, text)) : handle(privately(actor, { type: "text", text }));
  const press = (actor: ActorRef, action: string) => handle(privately(actor, { type: "action", action }));
  const pressInGroup = (actor: ActorRef, action: string, chatId = GROUP) =>
    handle({ actor, chat: { chatId, kind: "group" }, input: { type: "action", action } });
  /** A request in one line, returning its id. */
  const ask = async (actor: ActorRef, text: string) => {
    const out = await say(actor, `/pyyda ${text}`);
    expect(textOf(out)).toContain("Kiitos!");
    const row = await t.db.helpRequest.findFirstOrThrow({ where: { title: text }, orderBy: { id: "desc" } });
    return row.id;
  };
  /** A request through the guided conversation (no details), answered with its buttons. */
  const askGuided = async (
    actor: ActorRef,
    title: string,
    answers: { cat: string; mun: number; days: number; as: "org" | "anon" },
  ) => {
    await say(actor, "/pyyda");
    await say(actor, title);
    await press(actor, "ask:skip");
    await press(actor, `ask:cat:${answers.cat}`);
    await press(actor, `ask:mun:${answers.mun}`);
    await press(actor, `ask:until:${answers.days}`);
    return press(actor, `ask:as:${answers.as}`);
  };
  return { ...t, tg, sl, term, deliver, handle, say, press, pressInGroup, ask, askGuided };
}

async function joinOrg(h: Awaited<ReturnType<typeof setup>>, actor: ActorRef, org: string) {
  expect(textOf(await h.say(actor, `/organisaatio ${org}`))).toContain(org.split(",")[0]!);
}

describe("input checks (confidentiality: tests/core/privacy.test.ts)", () => {
  it("parses until-when: days, d.m., d.m.yyyy; refuses past, too far and nonsense", () => {
    const now = new Date("2026-11-23T08:00:00Z");
    const tz = "Europe/Helsinki";
    expect(parseUntil("", now, tz)).toEqual({ ok: true, value: new Date(now.getTime() + 14 * DAY) });
    expect(parseUntil("14", now, tz)).toEqual({ ok: true, value: new Date(now.getTime() + 14 * DAY) });
    expect(parseUntil("3 pv", now, tz)).toEqual({ ok: true, value: new Date(now.getTime() + 3 * DAY) });
    expect(parseUntil("24.12.2026", now, tz)).toEqual({ ok: true, value: new Date("2026-12-24T21:59:59Z") });
    expect(parseUntil("24.12.", now, tz)).toEqual({ ok: true, value: new Date("2026-12-24T21:59:59Z") });
    expect(parseUntil("5.1.", now, tz)).toEqual({ ok: true, value: new Date("2027-01-05T21:59:59Z") });
    expect(parseUntil("1.6.2027", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-far" });
    expect(parseUntil("1.1.2020", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-past" });
    expect(parseUntil("23.11.2026", now, tz)).toMatchObject({ ok: true });
    expect(parseUntil("91", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-far" });
    expect(parseUntil("0", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-past" });
    expect(parseUntil("31.2.2027", now, tz)).toMatchObject({
      ok: false,
      error: "hr-error-until-no-such-day",
      args: { date: "31.2.2027", days: 28 },
    });
    expect(parseUntil("huomenna", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-format" });
    // the 90th day counts to the end of the 90 days, not beyond
    expect(parseUntil("21.2.2027", now, tz)).toEqual({ ok: true, value: new Date(now.getTime() + 90 * DAY) });
    expect(parseUntil("22.2.2027", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-far" });
    // the same date forms as joint purchases; a time of day is not an answer here
    expect(parseUntil("2026-12-24", now, tz)).toEqual({ ok: true, value: new Date("2026-12-24T21:59:59Z") });
    expect(parseUntil("24/12/2026", now, tz)).toEqual({ ok: true, value: new Date("2026-12-24T21:59:59Z") });
    expect(parseUntil("24.12.2026 klo 16", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-format" });
    expect(parseUntil("24.12.2026 16:00", now, tz)).toMatchObject({ ok: false, error: "hr-error-until-format" });
  });
});

describe("asking for help", () => {
  it("walks through the guided conversation; bad input keeps the step; the post is queued and rendered escaped", async () => {
    const h = await setup();
    const aino = terminalActor("Aino");
    await joinOrg(h, aino, "Manna ry");
    const step = async () => (await getDialog(h.db, "terminal", "Aino"))?.step;

    const first = await h.say(aino, "/pyyda");
    expect(textOf(first)).toContain("1/6");
    expect(textOf(first)).toContain("ruoanjakoon perjantaina"); // ready-made examples
    expect(textOf(first)).toContain("pakettiautoa");
    expect(textOf(first)).toContain("vaitiolovelvollisuus");
    expect(await step()).toBe("title");

    expect(textOf(await h.say(aino, "   "))).toContain("Kirjoita lyhyesti");
    expect(await step()).toBe("title");
    expect(textOf(await h.say(aino, "x".repeat(101)))).toContain("101 merkkiä, enintään 100");
    expect(await step()).toBe("title");
    const hetu = await h.say(aino, "Asiakkaamme 131052-308T tarvitsee kyydin");
    expect(textOf(hetu)).toContain("henkilötunnus");
    expect(textOf(hetu)).toContain("vaitiolovelvollisuus");
    expect(await step()).toBe("title");

    const title = "Tarvitsemme <b>kaksi</b> *käsiparia* & tilan <!channel>";
    expect(textOf(await h.say(aino, title))).toContain("2/6");
    expect(await step()).toBe("details");
    expect(textOf(await h.say(aino, "y".repeat(1001)))).toContain("1001 merkkiä");
    expect(await step()).toBe("details");
    const contact = await h.say(aino, "Yhteyshenkilö asiakas Matti, puh 040 123 4567, matti@example.com");
    expect(textOf(contact)).toContain("yhteystiedot");
    expect(await step()).toBe("details");
    expect(textOf(await h.say(aino, "Perjantaina klo 9–12 <i>Kirkkokadulla</i>"))).toContain("3/6");

    const cat = await h.say(aino, "lentokone");
    expect(textOf(cat)).toContain("En tunnistanut");
    expect(actions(cat.replies[0]!)).toContain("ask:cat:premises");
    expect(await step()).toBe("category");
    expect((await h.press(aino, "ask:mun:1")).toast).toContain("ei ole enää voimassa"); // a button of another step
    expect((await h.press(aino, "ask:cat:rockets")).toast).toContain("ei ole enää voimassa");
    const mun = await h.press(aino, "ask:cat:premises");
    expect(textOf(mun)).toContain("4/6");
    expect(actions(mun.replies[0]!)).toContain("ask:mun:o");

    expect(textOf(await h.say(aino, "Tampere"))).toContain("En tunnistanut kuntaa");
    expect(await step()).toBe("municipality");
    const until = await h.say(aino, "hollola");
    expect(textOf(until)).toContain("5/6");
    expect(actions(until.replies[0]!)).toContain("ask:until:14");

    expect(textOf(await h.say(aino, "1.1.2020"))).toContain("Päivä on jo mennyt");
    expect(textOf(await h.say(aino, "120"))).toContain("enintään 90 päivää");
    expect(textOf(await h.say(aino, "ensi viikolla"))).toContain("En ymmärtänyt päivää");
    expect(await step()).toBe("until");
    const as = await h.say(aino, "24.12.");
    expect(textOf(as)).toContain("6/6");
    expect(as.replies[0]!.message.buttons!.flat().map((b) => b.label)).toContain("Järjestön nimissä: Manna ry");

    expect(textOf(await h.say(aino, "kenties"))).toContain("Valitse jompikumpi");
    const done = await h.press(aino, "ask:as:anon");
    expect(textOf(done)).toContain("Kiitos! Pyyntösi on nyt verkoston nähtävillä");
    expect(await getDialog(h.db, "terminal", "Aino")).toBeNull();

    const row = await h.db.helpRequest.findFirstOrThrow({ include: { asker: true, organisation: true } });
    expect(row).toMatchObject({
      title,
      details: "Perjantaina klo 9–12 <i>Kirkkokadulla</i>",
      category: "premises",
      municipality: "Hollola",
      askedAs: "anonymous",
      status: "open",
      expiresAt: new Date("2026-12-24T21:59:59Z"),
      asker: { displayName: "Aino" },
      organisation: { name: "Manna ry" },
    });
    // Posted in the same transaction: one post per active channel.
    const posts = await h.db.outboxMessage.findMany({
      where: { op: "post", entityType: "help_request", entityId: row.id },
    });
    expect(posts.map((p) => `${p.platform}:${p.chatId}`).sort()).toEqual([`slack:${STAFF}`, `telegram:${GROUP}`]);

    await h.deliver();
    const tgPost = h.tg.to(GROUP)[0]!.message;
    const slPost = h.sl.to(STAFF)[0]!.message;
    expect(plain(tgPost)).toContain(title);
    expect(plain(tgPost)).toContain("Tiloja");
    expect(plain(tgPost)).toContain("Hollola");
    expect(plain(tgPost)).toContain("24.12.2026");
    expect(plain(tgPost)).toContain("Tila: Avoin");
    expect(plain(tgPost)).toContain("Nimetön pyytäjä");
    expect(plain(tgPost)).not.toContain("Aino");
    expect(plain(tgPost)).not.toContain("Manna ry");
    expect(plain(slPost)).not.toContain("Aino"); // never the person on an anonymous post
    expect(actions(tgPost)).toEqual([`hr:offer:${row.id}`]);
    expect(actions(slPost)).toEqual([`hr:offer:${row.id}`, `hr:hide:${row.id}`, `hr:close:${row.id}`]);
    expect(tgPost.buttons![0]![0]!.label).toBe("Voin auttaa");
    // user text is plain text that every renderer escapes
    const html = renderHtml(tgPost.text);
    expect(html).toContain("<b>Tarvitsemme &lt;b&gt;kaksi&lt;/b&gt; *käsiparia* &amp; tilan &lt;!channel&gt;</b>");
    expect(html).toContain("&lt;i&gt;Kirkkokadulla&lt;/i&gt;");
    const mrkdwn = renderMrkdwn(slPost.text);
    expect(mrkdwn).toContain("&lt;!channel&gt;");
    expect(mrkdwn).not.toContain("<!channel>");
  });

  it("asks in one line with defaults, from the /start button too, and refuses clients' data", async () => {
    const h = await setup();
    const aino = terminalActor("Aino");
    await joinOrg(h, aino, "Nastolan työttömät ry");
    const id = await h.ask(aino, "Voisiko joku lainata pakettiautoa lauantaiksi?");
    const row = await h.db.helpRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ category: "other", municipality: "Nastola", askedAs: "organisation", details: "" });
    expect(row.expiresAt).toEqual(new Date(h.clock.now().getTime() + 14 * DAY));

    const long = `Tarvitsemme ${"paljon ".repeat(20)}apua`;
    await h.say(aino, `/pyyda ${long}`);
    const longRow = await h.db.helpRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect([...longRow.title].length).toBeLessThanOrEqual(100);
    expect(longRow.title.endsWith("…")).toBe(true);
    expect(longRow.details).toBe(long);

    const before = await h.db.helpRequest.count();
    const refused = await h.say(aino, "/pyyda Kyyti asiakkaalle 131052-308T");
    expect(textOf(refused)).toContain("henkilötunnus");
    expect(textOf(await h.say(aino, "/pyyda Soita Matille 040 123 4567, Kirkkokatu 5"))).toContain(
      "vaitiolovelvollisuus",
    );
    expect(await h.db.helpRequest.count()).toBe(before);

    const pekka = terminalActor("Pekka");
    const start = await h.say(pekka, "/start");
    expect(actions(start.replies[0]!)).toContain("ask:new");
    expect(textOf(await h.press(pekka, "ask:new"))).toContain("1/6");
    expect((await getDialog(h.db, "terminal", "Pekka"))?.flow).toBe("hr-ask");
    expect(textOf(await h.press(pekka, "ask:cancel"))).toContain("keskeytin");
    expect(await getDialog(h.db, "terminal", "Pekka")).toBeNull();

    // English member, one line, no organisation → anonymous, Lahti
    const emma = terminalActor("Emma", { languageHint: "en" });
    const en = await h.say(emma, "/ask Could someone help us move chairs?");
    expect(textOf(en)).toContain("Thank you! Your request is now visible");
    expect(await h.db.helpRequest.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      askedAs: "anonymous",
      municipality: "Lahti",
    });
  });

  it("allows at most helpRequestsPerDay requests per member per rolling 24 hours", async () => {
    const h = await setup({ HELP_REQUESTS_PER_DAY: "2" });
    const aino = terminalActor("Aino");
    await h.ask(aino, "Ensimmäinen pyyntö");
    h.clock.advance(3600_000);
    await h.ask(aino, "Toinen pyyntö");
    const third = await h.say(aino, "/pyyda Kolmas pyyntö");
    expect(textOf(third)).toContain("Olet tehnyt jo 2 pyyntöä");
    expect(textOf(await h.say(aino, "/pyyda"))).toContain("Olet tehnyt jo 2 pyyntöä");
    expect(await getDialog(h.db, "terminal", "Aino")).toBeNull();
    expect(await h.db.helpRequest.count()).toBe(2);
    // another member is not limited by Aino's requests
    await h.ask(terminalActor("Pekka"), "Pekan pyyntö");
    // 24 hours after the first one, one more fits
    h.clock.advance(23 * 3600_000 + 1000);
    await h.ask(aino, "Kolmas pyyntö");
    expect(textOf(await h.say(aino, "/pyyda Neljäs pyyntö"))).toContain("Olet tehnyt jo 2 pyyntöä");
  });

  it("a dialog left at the last step cannot outlive the flood guard", async () => {
    const h = await setup({ HELP_REQUESTS_PER_DAY: "1" });
    const aino = terminalActor("Aino");
    await h.say(aino, "/pyyda");
    await h.say(aino, "Iso pyyntö");
    await h.press(aino, "ask:skip");
    await h.press(aino, "ask:cat:hands");
    await h.press(aino, "ask:mun:0");
    await h.press(aino, "ask:until:7");
    await h.ask(aino, "Pikapyyntö välissä");
    expect(textOf(await h.press(aino, "ask:as:org"))).toContain("Olet tehnyt jo 1 pyyntöä");
    expect(await h.db.helpRequest.count()).toBe(1);
  });
});

describe("offering, accepting, resolving, thanking", () => {
  it("runs the whole exchange with private messages through the outbox and posts edited in place", async () => {
    const h = await setup();
    const aino = tgUser(111, "Aino Asker", "aino_m");
    const pekka = tgUser(222, "Pekka Auttaja");
    const sanna = slackUser("U0SANNA", "Sanna", true);
    await joinOrg(h, aino, "Manna ry");
    await joinOrg(h, pekka, "Kaupunkikylä ry");
    const id = await h.ask(aino, "Tarvitsemme kaksi lisäkäsiparia ruoanjakoon perjantaina");
    await h.deliver();

    // Offering on one's own request is refused.
    expect((await h.pressInGroup(aino, `hr:offer:${id}`)).toast).toContain("oma pyyntösi");

    // Pekka presses the button in the group: he is asked for a note privately.
    const asked = await h.pressInGroup(pekka, `hr:offer:${id}`);
    expect(asked.replies[0]!.private).toBe(true);
    expect(asked.toast).toContain("yksityisviestillä");
    expect(actions(asked.replies[0]!)).toEqual([`hr:send:${id}`, "hr:cancel"]);
    expect((await getDialog(h.db, "telegram", "222"))?.flow).toBe("hr-offer");
    expect(textOf(await h.say(pekka, "z".repeat(301)))).toContain("enintään 300");
    expect(textOf(await h.say(pekka, "Tuon asiakkaan 131052-308T mukanani"))).toContain("henkilötunnus");
    expect((await getDialog(h.db, "telegram", "222"))?.flow).toBe("hr-offer");
    expect(await h.db.helpOffer.count()).toBe(0);
    const sent = await h.say(pekka, "Voin tulla perjantaina kymmeneltä");
    expect(textOf(sent)).toContain("Tarjouksesi lähti");
    const pekkaOffer = await h.db.helpOffer.findFirstOrThrow({ where: { helper: { displayName: "Pekka Auttaja" } } });
    expect(pekkaOffer).toMatchObject({ requestId: id, note: "Voin tulla perjantaina kymmeneltä", status: "pending" });
    expect((await h.pressInGroup(pekka, `hr:offer:${id}`)).toast).toContain("jo tarjonnut");

    // Sanna (Slack) offers without a note.
    expect(textOf(await h.pressInGroup(sanna, `hr:offer:${id}`, STAFF))).toContain("Kiitos, että haluat auttaa");
    expect(textOf(await h.press(sanna, `hr:send:${id}`))).toContain("Tarjouksesi lähti");
    const sannaOffer = await h.db.helpOffer.findFirstOrThrow({ where: { helper: { displayName: "Sanna" } } });
    expect(sannaOffer.note).toBe("");
    expect(await h.db.helpOffer.count()).toBe(2);

    // The asker gets both introductions privately, with the helper's contact and buttons.
    await h.deliver();
    const toAino = h.tg.to("111");
    expect(toAino).toHaveLength(2);
    const intro = toAino[0]!.message;
    expect(plain(intro)).toContain("Joku voi auttaa");
    expect(plain(intro)).toContain("Pekka Auttaja (Kaupunkikylä ry)");
    expect(plain(intro)).toContain("Voin tulla perjantaina kymmeneltä");
    expect(renderHtml(intro.text)).toContain('<a href="tg://user?id=222">Pekka Auttaja</a>');
    expect(actions(intro)).toEqual([`hr:accept:${pekkaOffer.id}`, `hr:decline:${pekkaOffer.id}`]);
    expect(plain(toAino[1]!.message)).toContain("Slack: Sanna");
    // Contact details and notes never reach the group or the channel.
    for (const m of [...h.tg.to(GROUP), ...h.sl.to(STAFF), ...h.tg.edits, ...h.sl.edits]) {
      expect(plain(m.message)).not.toContain("kymmeneltä");
      expect(plain(m.message)).not.toContain("aino_m");
      expect(plain(m.message)).not.toContain("Slack: Sanna");
    }

    // Only the asker can accept; forged ids change nothing.
    expect((await h.press(pekka, `hr:accept:${pekkaOffer.id}`)).toast).toContain("ei ole oikeutta");
    expect((await h.press(sanna, `hr:accept:${pekkaOffer.id}`)).toast).toContain("ei ole oikeutta");
    expect((await h.press(aino, "hr:accept:99999")).toast).toContain("ei ole enää voimassa");
    expect((await h.press(aino, "hr:accept:abc")).toast).toContain("ei ole enää voimassa");
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("open");

    const accepted = await h.press(aino, `hr:accept:${pekkaOffer.id}`);
    expect(textOf(accepted)).toContain("Hyväksyit avun: Pekka Auttaja");
    expect(textOf(accepted)).toContain("Telegram: ");
    expect(actions(accepted.replies[0]!)).toEqual([`hr:resolve:${id}`, `hr:thank:${pekkaOffer.id}`]);
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("in_progress");
    expect((await h.db.helpOffer.findUniqueOrThrow({ where: { id: pekkaOffer.id } })).status).toBe("accepted");
    expect((await h.press(aino, `hr:accept:${pekkaOffer.id}`)).toast).toContain("jo vastattu");

    await h.deliver();
    const toPekka = h.tg.to("222");
    expect(plain(toPekka.at(-1)!.message)).toContain("Tarjouksesi hyväksyttiin");
    expect(plain(toPekka.at(-1)!.message)).toContain("Telegram: @aino_m");
    // Both posts edited in place to "in progress", the offer button stays.
    const tgEdit = h.tg.edits.at(-1)!;
    expect(tgEdit.messageId).toBe(h.tg.to(GROUP)[0]!.messageId);
    expect(plain(tgEdit.message)).toContain("Tila: Työn alla");
    expect(actions(tgEdit.message)).toEqual([`hr:offer:${id}`]);
    expect(plain(h.sl.edits.at(-1)!.message)).toContain("Tila: Työn alla");

    // Decline Sanna kindly.
    expect((await h.press(pekka, `hr:decline:${sannaOffer.id}`)).toast).toContain("ei ole oikeutta");
    expect(textOf(await h.press(aino, `hr:decline:${sannaOffer.id}`))).toContain("ystävällisesti");
    expect((await h.db.helpOffer.findUniqueOrThrow({ where: { id: sannaOffer.id } })).status).toBe("declined");
    await h.deliver();
    expect(plain(h.sl.to("U0SANNA").at(-1)!.message)).toContain("Kiitos tarjouksestasi");

    // Only the asker or staff can resolve.
    expect((await h.press(pekka, `hr:resolve:${id}`)).toast).toContain("ei ole oikeutta");
    const resolved = await h.press(aino, `hr:resolve:${id}`);
    expect(textOf(resolved)).toContain("on ratkaistu");
    expect(actions(resolved.replies[0]!)).toEqual([`hr:thank:${pekkaOffer.id}`]);
    const row = await h.db.helpRequest.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("resolved");
    expect(row.resolvedAt).toEqual(h.clock.now());
    expect((await h.press(aino, `hr:resolve:${id}`)).toast).toContain("Ratkaistu");
    await h.deliver();
    const finalPost = h.tg.edits.at(-1)!.message;
    expect(plain(finalPost)).toContain("Ratkaistu");
    expect(actions(finalPost)).toEqual([]);
    expect(actions(h.sl.edits.at(-1)!.message)).toEqual([`hr:reopen:${id}`]);

    // Nobody can offer on a solved request.
    expect((await h.pressInGroup(tgUser(333, "Olli"), `hr:offer:${id}`)).toast).toContain("Ratkaistu");

    // Thanks reach the helper once; a declined offer cannot be thanked; only the asker thanks.
    expect((await h.press(pekka, `hr:thank:${pekkaOffer.id}`)).toast).toContain("ei ole oikeutta");
    expect(textOf(await h.press(aino, `hr:thank:${pekkaOffer.id}`))).toContain("Kiitoksesi on välitetty");
    expect((await h.press(aino, `hr:thank:${pekkaOffer.id}`)).toast).toContain("jo kiittänyt");
    expect((await h.press(aino, `hr:thank:${sannaOffer.id}`)).toast).toContain("jo vastattu");
    await h.deliver();
    expect(plain(h.tg.to("222").at(-1)!.message)).toContain("Aino Asker (Manna ry) kiittää sinua");
    expect((await h.db.helpOffer.findUniqueOrThrow({ where: { id: pekkaOffer.id } })).thankedAt).toEqual(h.clock.now());
  });

  it("a staff member may resolve someone else's request, and the asker is told", async () => {
    const h = await setup();
    const aino = terminalActor("Aino");
    const id = await h.ask(aino, "Neuvoja työkokeilusopimukseen");
    const kaisa = terminalActor("Kaisa");
    expect(textOf(await h.press(kaisa, `hr:resolve:${id}`))).toContain("on ratkaistu");
    await h.deliver();
    expect(plain(h.term.to("Aino").at(-1)!.message)).toContain("merkitsi pyyntösi");
  });
});

describe("staff", () => {
  it("hides with a reason told to the asker, closes and reopens; everyone else is refused", async () => {
    const h = await setup();
    const aino = tgUser(111, "Aino");
    const pekka = tgUser(222, "Pekka");
    const kaisa = slackUser("U0KAISA", "Kaisa", true);
    const outsider = slackUser("U0OUT", "Olli", false);
    const id = await h.ask(aino, "Myydään halvalla kaikkea");
    await h.deliver();

    for (const verb of ["hide", "close", "reopen"]) {
      expect((await h.pressInGroup(outsider, `hr:${verb}:${id}`, STAFF)).toast).toBe(
        "Tämä on vain verkoston henkilökunnalle.",
      );
      expect((await h.pressInGroup(pekka, `hr:${verb}:${id}`)).toast).toBe("Tämä on vain verkoston henkilökunnalle.");
    }
    expect(await getDialog(h.db, "slack", "U0OUT")).toBeNull();
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("open");

    const ask = await h.pressInGroup(kaisa, `hr:hide:${id}`, STAFF);
    expect(ask.replies[0]!.private).toBe(true);
    expect(textOf(ask)).toContain("Miksi pyyntö piilotetaan");
    expect(textOf(await h.say(kaisa, "   "))).toContain("Kirjoita lyhyt syy");
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    expect(textOf(await h.say(kaisa, "Kaupallinen ilmoitus, ei verkoston tarve"))).toContain("on piilotettu");
    expect(await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "hidden",
      statusReason: "Kaupallinen ilmoitus, ei verkoston tarve",
    });
    expect((await h.pressInGroup(kaisa, `hr:hide:${id}`, STAFF)).toast).toContain("Piilotettu");

    await h.deliver();
    const dm = plain(h.tg.to("111").at(-1)!.message);
    expect(dm).toContain("piilotti pyyntösi");
    expect(dm).toContain("Kaupallinen ilmoitus, ei verkoston tarve");
    const groupPost = h.tg.edits.at(-1)!.message;
    expect(plain(groupPost)).toBe("Verkoston koordinaattorit ovat piilottaneet tämän avunpyynnön.");
    expect(actions(groupPost)).toEqual([]);
    const staffPost = h.sl.edits.at(-1)!.message;
    // The hidden text is not posted again, not even to staff (hostile finding F24); staff may remove it.
    expect(plain(staffPost)).not.toContain("Myydään halvalla kaikkea");
    expect(plain(staffPost)).toContain(`#${id}`);
    expect(plain(staffPost)).toContain("Syy: Kaupallinen ilmoitus");
    expect(actions(staffPost)).toEqual([`hr:reopen:${id}`, `hr:purge:${id}`]);
    expect(dm).not.toContain("Myydään halvalla kaikkea");

    expect((await h.pressInGroup(pekka, `hr:offer:${id}`)).toast).toContain("Piilotettu");
    expect((await h.pressInGroup(kaisa, `hr:close:${id}`, STAFF)).toast).toContain("Suljettu");
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
    expect((await h.pressInGroup(kaisa, `hr:close:${id}`, STAFF)).toast).toContain("Tätä ei voi enää tehdä");
    expect((await h.pressInGroup(kaisa, `hr:reopen:${id}`, STAFF)).toast).toContain("Avattu uudelleen");
    expect(await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "open",
      statusReason: null,
    });
    expect((await h.pressInGroup(kaisa, `hr:reopen:${id}`, STAFF)).toast).toContain("Tätä ei voi enää tehdä");
    await h.deliver();
    expect(plain(h.tg.edits.at(-1)!.message)).toContain("Tila: Avoin");
    expect(actions(h.tg.edits.at(-1)!.message)).toEqual([`hr:offer:${id}`]);
    expect(plain(h.tg.to("111").at(-1)!.message)).toContain("avasi pyyntösi");

    // Staff configured by STAFF_ADMINS (terminal) too; cancelling a hide changes nothing.
    const admin = terminalActor("Kaisa");
    expect(textOf(await h.press(admin, `hr:hide:${id}`))).toContain("Miksi");
    expect(textOf(await h.press(admin, "hr:cancel"))).toContain("keskeytin");
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    expect((await h.press(admin, "hr:cancel")).toast).toContain("ei ole enää voimassa");
  });
});

describe("time", () => {
  it("reminds two days before expiry once, extends by 14 days up to 90, expires and tells the asker", async () => {
    const h = await setup();
    const aino = terminalActor("Aino");
    const pekka = terminalActor("Pekka");
    await h.say(aino, "/pyyda");
    await h.say(aino, "Lainaksi pakettiauto");
    await h.say(aino, "-");
    await h.press(aino, "ask:cat:transport");
    await h.press(aino, "ask:mun:0");
    await h.say(aino, "10");
    await h.press(aino, "ask:as:anon");
    const r = await h.db.helpRequest.findFirstOrThrow();
    const short = await h.ask(pekka, "Lyhyt pyyntö");
    await h.db.helpRequest.update({
      where: { id: short },
      data: { expiresAt: new Date(h.clock.now().getTime() + DAY) },
    });
    await h.deliver();

    h.clock.advance(7 * DAY);
    expect(await remindBeforeExpiry(h.deps)).toBe(0);
    h.clock.advance(DAY + 60_000);
    expect(await remindBeforeExpiry(h.deps)).toBe(1);
    expect(await remindBeforeExpiry(h.deps)).toBe(0);
    await h.deliver();
    const reminder = h.term.to("Aino").at(-1)!.message;
    expect(plain(reminder)).toContain("vanhenee");
    expect(actions(reminder)).toEqual([`hr:extend:${r.id}`, `hr:resolve:${r.id}`]);
    expect(h.term.to("Pekka").filter((m) => plain(m.message).includes("vanhenee"))).toHaveLength(0);

    expect((await h.press(pekka, `hr:extend:${r.id}`)).toast).toContain("ei ole oikeutta");
    const extended = await h.press(aino, `hr:extend:${r.id}`);
    expect(textOf(extended)).toContain("on nyt voimassa");
    const after = await h.db.helpRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.expiresAt).toEqual(new Date(r.expiresAt.getTime() + 14 * DAY));
    expect(after.reminderSentAt).toBeNull();
    await h.deliver();
    expect(plain(h.tg.edits.at(-1)!.message)).toContain("Voimassa: 17.12.2026");

    // Extending is capped at 90 days from creation.
    for (let i = 0; i < 6; i++) await h.press(aino, `hr:extend:${r.id}`);
    const capped = await h.db.helpRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(capped.expiresAt).toEqual(new Date(r.createdAt.getTime() + 90 * DAY));
    expect((await h.press(aino, `hr:extend:${r.id}`)).toast).toContain("enimmäisaika on 90 päivää");

    // The short one expired long ago; both expire through the periodic job.
    expect(await h.db.helpRequest.findUniqueOrThrow({ where: { id: short } })).toMatchObject({ status: "open" });
    await runPeriodicJobs(h.deps, h.core.registry.jobs);
    expect(await h.db.helpRequest.findUniqueOrThrow({ where: { id: short } })).toMatchObject({
      status: "expired",
      closedAt: h.clock.now(),
    });
    h.clock.set(new Date(capped.expiresAt.getTime() + 1000));
    expect(await expireRequests(h.deps)).toBe(1);
    expect(await expireRequests(h.deps)).toBe(0);
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("expired");
    await h.deliver();
    expect(plain(h.term.to("Aino").at(-1)!.message)).toContain("on vanhentunut");
    const expiredPost = h.tg.edits.filter((e) => e.messageId === h.tg.to(GROUP)[0]!.messageId).at(-1)!.message;
    expect(plain(expiredPost)).toContain("Tila: Vanhentunut");
    expect(actions(expiredPost)).toEqual([]);
    expect((await h.press(aino, `hr:extend:${r.id}`)).toast).toContain("Vanhentunut");
    expect((await h.pressInGroup(pekka, `hr:offer:${r.id}`)).toast).toContain("Vanhentunut");
    // The short request was never reminded (it was made to last a day).
    expect(h.term.to("Pekka").some((m) => plain(m.message).includes("vanhenee"))).toBe(false);
  });

  it("flags a request nobody offered on to the staff channel once, with who really asked", async () => {
    const h = await setup({ HELP_FLAG_AFTER_DAYS: "3" });
    const aino = terminalActor("Aino");
    await joinOrg(h, aino, "Manna ry");
    await h.askGuided(aino, "Kukaan ei vastaa tähän", { cat: "knowhow", mun: 0, days: 30, as: "anon" });
    const lonely = (await h.db.helpRequest.findFirstOrThrow()).id;
    const answered = await h.ask(terminalActor("Pekka"), "Tähän tarjotaan");
    await h.pressInGroup(aino, `hr:offer:${answered}`);
    await h.press(aino, `hr:send:${answered}`);
    await h.deliver();

    h.clock.advance(3 * DAY - 60_000);
    expect(await flagUnanswered(h.deps)).toBe(0);
    h.clock.advance(120_000);
    expect(await flagUnanswered(h.deps)).toBe(1);
    expect(await flagUnanswered(h.deps)).toBe(0);
    await runPeriodicJobs(h.deps, h.core.registry.jobs);
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id: lonely } })).staffFlaggedAt).toEqual(h.clock.now());
    await h.deliver();
    const flags = h.sl.to(STAFF).filter((m) => plain(m.message).includes("Kukaan ei ole vielä tarjonnut apua"));
    expect(flags).toHaveLength(1);
    expect(plain(flags[0]!.message)).toContain("Kukaan ei vastaa tähän");
    expect(plain(flags[0]!.message)).toContain("Aino (Manna ry)"); // staff see who asked an anonymous request
    expect(h.tg.to(GROUP).some((m) => plain(m.message).includes("Kukaan ei ole vielä"))).toBe(false);
  });
});

describe("lists", () => {
  it("/avoimet lists live requests newest first, five a page, filtered by arguments and buttons", async () => {
    const h = await setup({ HELP_REQUESTS_PER_DAY: "50" });
    const aino = terminalActor("Aino");
    const pekka = terminalActor("Pekka");
    const specs: [string, string, number][] = [
      ["Tila kokoukselle", "premises", 1],
      ["Kahvinkeitin lainaksi", "equipment", 0],
      ["Kyyti Heinolaan", "transport", 3],
      ["Neuvoja palkkatukeen", "knowhow", 0],
      ["Talkoolaisia kevätsiivoukseen", "hands", 1],
      ["Sali juhlaan", "premises", 0],
      ["Kuljetusapu muuttoon", "transport", 0],
    ];
    const ids: number[] = [];
    for (const [title, cat, mun] of specs) {
      await h.askGuided(aino, title, { cat, mun, days: 14, as: "org" });
      ids.push((await h.db.helpRequest.findFirstOrThrow({ where: { title } })).id);
      h.clock.advance(60_000);
    }
    const hidden = await h.ask(aino, "Piilotettava");
    await h.db.helpRequest.update({ where: { id: hidden }, data: { status: "hidden" } });

    const page1 = await h.say(pekka, "/avoimet");
    const t1 = textOf(page1);
    expect(t1).toContain("sivu 1/2, yhteensä 7");
    expect(t1.indexOf("Kuljetusapu muuttoon")).toBeLessThan(t1.indexOf("Sali juhlaan"));
    expect(t1).not.toContain("Tila kokoukselle");
    expect(t1).not.toContain("Piilotettava");
    const a1 = actions(page1.replies[0]!);
    expect(a1.filter((a) => a.startsWith("hr:offer:"))).toEqual([6, 5, 4, 3, 2].map((i) => `hr:offer:${ids[i]}`));
    expect(a1).toContain("hr:page:1:-:-");
    expect(a1).not.toContain("hr:hide:" + ids[6]); // no staff buttons for members
    for (const a of a1) expect(Buffer.byteLength(a)).toBeLessThanOrEqual(64);

    const page2 = await h.press(pekka, "hr:page:1:-:-");
    expect(page2.replies[0]!.replace).toBe(true);
    expect(textOf(page2)).toContain("Tila kokoukselle");
    expect(textOf(page2)).toContain("Kahvinkeitin lainaksi");
    expect(actions(page2.replies[0]!)).toContain("hr:page:0:-:-");

    const filtered = await h.say(pekka, "/avoimet tilat hollola");
    expect(textOf(filtered)).toContain("rajaus: Tiloja, Hollola");
    expect(textOf(filtered)).toContain("Tila kokoukselle");
    expect(textOf(filtered)).not.toContain("Sali juhlaan");
    expect(actions(filtered.replies[0]!)).toContain("hr:filt:premises:1");

    const menu = await h.press(pekka, "hr:filt:premises:1");
    const menuActions = actions(menu.replies[0]!);
    expect(menuActions).toContain("hr:page:0:transport:1"); // change the category, keep the municipality
    expect(menuActions).toContain("hr:page:0:premises:-");
    expect(menuActions).toContain("hr:page:0:premises:o");
    const transport = await h.press(pekka, "hr:page:0:transport:-");
    expect(textOf(transport)).toContain("Kyyti Heinolaan");
    expect(textOf(transport)).toContain("Kuljetusapu muuttoon");
    expect(textOf(transport)).not.toContain("Sali juhlaan");
    expect(textOf(await h.press(pekka, "hr:page:0:knowhow:3"))).toContain("Näillä rajauksilla ei löytynyt");
    expect(textOf(await h.say(pekka, "/avoimet lentokoneet"))).toContain("En tunnistanut: lentokoneet");
    expect((await h.press(pekka, "hr:page:x:premises:-")).toast).toContain("ei ole enää voimassa");
    expect((await h.press(pekka, "hr:page:0:rockets:-")).toast).toContain("ei ole enää voimassa");
    expect((await h.press(pekka, "hr:page:0:-:77")).toast).toContain("ei ole enää voimassa");

    // Staff see staff buttons, and who asked anonymously; the asker sees no offer button on their own.
    const staffList = await h.say(terminalActor("Kaisa"), "/avoimet");
    expect(actions(staffList.replies[0]!)).toContain(`hr:hide:${ids[6]}`);
    const own = await h.say(aino, "/avoimet");
    expect(actions(own.replies[0]!).some((a) => a.startsWith("hr:offer:"))).toBe(false);

    // English names and the English alias work as filters too.
    const en = await h.say(terminalActor("Emma", { languageHint: "en" }), "/open premises");
    expect(textOf(en)).toContain("filter: Premises");
    expect(textOf(en)).toContain("Sali juhlaan");
  });

  it("/avoimet names who asks: the organisation, else the member, or nobody when anonymous; staff see who really asked", async () => {
    const h = await setup();
    const solo = terminalActor("Sointu");
    const member = terminalActor("Bertta");
    const other = terminalActor("Cecilia");
    const hidden = terminalActor("Dora");
    await joinOrg(h, member, "Manna ry");
    await joinOrg(h, other, "Pelastusarmeija");
    await joinOrg(h, hidden, "Harjulan Setlementti ry");
    await h.ask(solo, "Pöytiä lainaksi"); // no organisation: asked anonymously
    await h.ask(member, "Kahvinkeitin lainaksi");
    const orphan = await h.ask(other, "Kyyti Heinolaan");
    // Asked in an organisation's name, and the organisation is gone since: the member's name is shown.
    await h.db.helpRequest.update({ where: { id: orphan }, data: { organisationId: null } });
    await h.askGuided(hidden, "Neuvoja palkkatukeen", { cat: "knowhow", mun: 0, days: 14, as: "anon" });

    const lines = (text: string) => text.split("\n\n").filter((l) => /^\d\./.test(l));
    const line = (all: string[], title: string) => all.find((l) => l.includes(title))!;
    const seen = lines(textOf(await h.say(terminalActor("Pekka"), "/avoimet")));
    expect(seen).toHaveLength(4);
    expect(line(seen, "Kahvinkeitin")).toContain("Manna ry");
    expect(line(seen, "Kahvinkeitin")).not.toContain("Bertta");
    expect(line(seen, "Kyyti")).toContain("Cecilia");
    for (const [title, name] of [
      ["Pöytiä", "Sointu"],
      ["palkkatukeen", "Dora"],
    ]) {
      expect(line(seen, title!)).toContain("Nimetön pyytäjä verkostosta");
      expect(line(seen, title!)).not.toContain(name);
    }
    expect(line(seen, "palkkatukeen")).not.toContain("Harjulan");

    const staff = lines(textOf(await h.say(terminalActor("Kaisa"), "/avoimet")));
    expect(line(staff, "palkkatukeen")).toContain("henkilökunnalle näkyy: Dora (Harjulan Setlementti ry)");
    expect(line(staff, "Pöytiä")).toContain("henkilökunnalle näkyy: Sointu");
    expect(line(staff, "Kyyti")).toContain("Cecilia");
  });

  it("/omat shows own requests with their actions and own offers with their status", async () => {
    const h = await setup();
    const aino = terminalActor("Aino");
    const pekka = terminalActor("Pekka");
    expect(textOf(await h.say(aino, "/omat"))).toContain("Sinulla ei ole vielä");
    const id = await h.ask(aino, "Kahvinkeitin lainaksi");
    const other = await h.ask(pekka, "Pekan oma pyyntö");
    await h.press(pekka, `hr:offer:${id}`);
    await h.say(pekka, "Meillä on ylimääräinen");
    await h.press(aino, `hr:offer:${other}`);
    await h.press(aino, `hr:send:${other}`);
    const offer = await h.db.helpOffer.findFirstOrThrow({ where: { requestId: id } });

    const mine = await h.say(aino, "/mine");
    const text = textOf(mine);
    expect(text).toContain("Omat avunpyyntösi");
    expect(text).toContain("Kahvinkeitin lainaksi – Avoin");
    expect(text).toContain("1 tarjous");
    expect(text).toContain("Pekka: odottaa vastausta – ”Meillä on ylimääräinen”");
    expect(text).toContain("Tarjoamasi apu");
    expect(text).toContain("Pekan oma pyyntö – odottaa vastausta");
    expect(actions(mine.replies[0]!)).toEqual([
      `hr:resolve:${id}`,
      `hr:extend:${id}`,
      `hr:accept:${offer.id}`,
      `hr:decline:${offer.id}`,
    ]);

    await h.press(aino, `hr:accept:${offer.id}`);
    await h.press(aino, `hr:resolve:${id}`);
    const after = await h.say(aino, "/omat");
    expect(textOf(after)).toContain("Ratkaistu");
    expect(textOf(after)).toContain("Pekka: hyväksytty");
    expect(actions(after.replies[0]!)).toEqual([`hr:thank:${offer.id}`]);
    expect(textOf(await h.say(pekka, "/omat"))).toContain("Kahvinkeitin lainaksi – hyväksytty (pyyntö: Ratkaistu");
  });
});

describe("groups", () => {
  it("a conversation started in a group continues privately and ignores group chatter", async () => {
    const h = await setup();
    const aino = tgUser(111, "Aino");
    const out: HandlerOutcome = await h.handle({
      actor: aino,
      chat: { chatId: GROUP, kind: "group" },
      input: { type: "command", command: "pyyda", args: "" },
    });
    expect(out.replies[0]!.private).toBe(true);
    const chatter = await h.handle({
      actor: aino,
      chat: { chatId: GROUP, kind: "group" },
      input: { type: "text", text: "moi kaikki" },
    });
    expect(chatter.replies).toEqual([]);
    expect((await getDialog(h.db, "telegram", "111"))?.step).toBe("title");
    expect(textOf(await h.say(aino, "Tarvitaan tila"))).toContain("2/6");
  });
});
