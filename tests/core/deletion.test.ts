/**
 * Deletion that deletes (issue 11): after /poista_tiedot, a search of every text column of every
 * table for the person's name, handle, platform id and words finds nothing; their open request
 * is withdrawn and its posts say so; the helper who offered, the asker they offered to and the
 * member who takes over their purchase are told (or the staff, when nobody is left); the next
 * message from the same account says it starts afresh. Also: /omat_tiedot shows messages still
 * holding their words, and a delivered message keeps no text.
 */
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { command, privately, testCore, testLogger, textOf } from "../support/core.js";
import { createCore, type Core } from "../../src/core/app/index.js";
import { openDatabase } from "../../src/db/client.js";
import { deletionMarkKey } from "../../src/core/privacy/deletion.js";
import { recordingNotifier } from "../support/notifier.js";
import { findInDatabase } from "../support/scan.js";
import { deliverDue } from "../../src/core/delivery/outbox.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { DELIVERED_PAYLOAD } from "../../src/core/delivery/outbox.js";
import { t } from "../../src/core/i18n/index.js";
import type { ActorRef } from "../../src/core/types.js";

afterAll(cleanupDatabases);

const GROUP = "-100777";
const STAFF = "CSTAFF7";

const tg = (id: number, name: string, username?: string): ActorRef => ({
  platform: "telegram",
  userId: String(id),
  privateChatId: String(id),
  displayName: name,
  ...(username ? { username } : {}),
});

async function setup() {
  const c = await testCore();
  await syncChannels(c.db, "telegram", [{ platform: "telegram", chatId: GROUP, kind: "community" }]);
  await syncChannels(c.db, "slack", [{ platform: "slack", chatId: STAFF, kind: "staff" }]);
  const telegram = recordingNotifier("telegram");
  const slack = recordingNotifier("slack");
  const deliver = async () => {
    for (let i = 0; i < 20; i++) {
      const r = await deliverDue(
        c.deps,
        { telegram, slack },
        { workerId: "t", renderers: c.core.registry.postRenderers },
      );
      if (!r.sent) break;
    }
  };
  const say = (a: ActorRef, text: string) =>
    c.core.handle(text.startsWith("/") ? command(a, text) : privately(a, { type: "action", action: text }));
  return { ...c, telegram, slack, deliver, say };
}

describe("/poista_tiedot", () => {
  it("leaves nothing of the person, withdraws and hands over what they had, and tells those it affects", async () => {
    const h = await setup();
    const aino = tg(7771234, "Aino Asikainen", "aino_asikainen");
    const bertta = tg(7772345, "Bertta Berg");
    const cecilia = tg(7773456, "Cecilia Carlsson");
    await h.say(aino, "/organisaatio Manna ry, Lahti");
    await h.say(cecilia, "/organisaatio Manna ry, Lahti");
    await h.say(bertta, "/organisaatio Apu ry, Hollola");

    // Aino asks; Bertta offers with a note (the introduction to Aino waits in the outbox).
    await h.say(aino, "/pyyda Tarvitsemme pakettiauton lauantaiaamuksi");
    const mine = await h.db.helpRequest.findFirstOrThrow({ where: { title: { contains: "pakettiauton" } } });
    await h.deliver();
    await h.say(bertta, `hr:offer:${mine.id}`);
    await h.say(bertta, `hr:send:${mine.id}`);
    // Bertta asks too.
    await h.say(bertta, "/pyyda Kaipaamme kahta kokkia keittiöön");
    const theirs = await h.db.helpRequest.findFirstOrThrow({ where: { title: { contains: "kokkia" } } });
    // Aino organises a purchase for Manna ry.
    await h.say(
      aino,
      "/hankinta nimi=Hygieniapassikoulutus tyyppi=hygieniapassi min=10 max=15 hinta=900 määräaika=31.1.2027 paikka=Lahti",
    );
    if (await h.db.dialog.findFirst({ where: { flow: "pu-new" } })) await h.say(aino, "pu:publish");
    const purchase = await h.db.purchase.findFirstOrThrow();
    await h.deliver();
    // Aino offers on Bertta's request with a note in her own words; Bertta accepts. The
    // introduction to Bertta (her name, her note) and the acceptance to her wait in the outbox.
    await h.say(aino, `hr:offer:${theirs.id}`);
    await h.core.handle(privately(aino, { type: "text", text: "Osaan leipoa karjalanpiirakoita" }));
    const offer = await h.db.helpOffer.findFirstOrThrow({ where: { requestId: theirs.id } });
    expect(offer.note).toBe("Osaan leipoa karjalanpiirakoita");
    await h.say(bertta, `hr:accept:${offer.id}`);
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("in_progress");

    // /omat_tiedot shows the messages that still hold her words.
    const exported = JSON.parse((await h.say(aino, "/omat_tiedot")).replies[0]!.file!.content as string);
    const messages = JSON.stringify(exported.messages);
    expect(messages).toContain("karjalanpiirakoita"); // the introduction to Bertta, quoting her
    expect(
      exported.messages.some(
        (m: { chatId: string; status: string }) => m.chatId === "7771234" && m.status === "pending",
      ),
    ).toBe(true);

    const member = await h.db.member.findFirstOrThrow({ where: { displayName: "Aino Asikainen" } });
    const confirm = await h.say(aino, "/poista_tiedot");
    expect(textOf(confirm)).toContain(t("fi", "del-confirm").slice(0, 40));
    const done = await h.say(aino, `md:delete:${member.id}`);
    expect(textOf(done)).toContain("poistettu");
    await h.deliver();

    // Nothing of her anywhere: name, handle, ids, her words.
    const needles = ["Asikainen", "aino_asikainen", "7771234", "pakettiauton", "karjalanpiirakoita"];
    expect(await findInDatabase(h.db, needles)).toEqual([]);
    // Delivered messages keep their bookkeeping but no text.
    const sent = await h.db.outboxMessage.findMany({ where: { status: "sent", op: "send" } });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.payload === DELIVERED_PAYLOAD)).toBe(true);

    // Her request is withdrawn and its posts in Telegram and Slack say so.
    expect(await h.db.helpRequest.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      status: "withdrawn",
      askerId: null,
    });
    for (const n of [h.telegram, h.slack]) {
      const ref = await h.db.postRef.findFirstOrThrow({
        where: { entityType: "help_request", entityId: mine.id, platform: n.platform },
      });
      const edits = n.log
        .filter((r) => r.op === "edit" && r.messageId === ref.messageId)
        .map((r) => r.message!.text.join(""));
      expect(edits.at(-1), n.platform).toBe(t("fi", "hr-post-withdrawn"));
    }
    // Bertta is told twice: her offer's request was withdrawn, and Aino's offer on hers was.
    const toBertta = h.telegram.texts("7772345").join("\n");
    expect(toBertta).toContain(t("fi", "del-request-withdrawn-to-helper", { id: mine.id }));
    expect(toBertta).toContain("Kaipaamme kahta kokkia");
    expect(toBertta).not.toContain("karjalanpiirakoita"); // the waiting introduction was never sent
    expect(await h.db.helpOffer.count({ where: { requestId: theirs.id, status: "withdrawn" } })).toBe(1);
    // Her accepted offer was the only one: Bertta's request is open again, its posts edited.
    expect((await h.db.helpRequest.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("open");
    // Her purchase passes to Cecilia, who is told.
    const cecil = await h.db.member.findFirstOrThrow({ where: { displayName: "Cecilia Carlsson" } });
    expect((await h.db.purchase.findUniqueOrThrow({ where: { id: purchase.id } })).organiserId).toBe(cecil.id);
    expect(h.telegram.texts("7773456").join("\n")).toContain(
      t("fi", "del-purchase-new-organiser", { course: "Hygieniapassikoulutus", id: purchase.id }),
    );

    // The next message from her account starts afresh, and says so once.
    const again = await h.say(aino, "/ohje");
    expect(textOf(again)).toContain(t("fi", "del-fresh-start"));
    expect(textOf(await h.say(aino, "/ohje"))).not.toContain(t("fi", "del-fresh-start"));
  });

  it("a purchase whose organiser leaves nobody in the organisation goes to the staff", async () => {
    const h = await setup();
    const dora = tg(7774567, "Dora Dahl");
    await h.say(dora, "/organisaatio Yksin ry, Lahti");
    await h.say(
      dora,
      "/hankinta nimi=Ensiapukurssi tyyppi=ensiapu min=10 max=12 hinta=1200 määräaika=31.1.2027 paikka=Lahti",
    );
    if (await h.db.dialog.findFirst({ where: { flow: "pu-new" } })) await h.say(dora, "pu:publish");
    const purchase = await h.db.purchase.findFirstOrThrow();
    const member = await h.db.member.findFirstOrThrow();
    await h.say(dora, `md:delete:${member.id}`);
    await h.deliver();
    expect((await h.db.purchase.findUniqueOrThrow({ where: { id: purchase.id } })).organiserId).toBeNull();
    expect(h.slack.texts(STAFF).join("\n")).toContain(
      t("fi", "del-purchase-to-staff", { course: "Ensiapukurssi", id: purchase.id }),
    );
    expect(await findInDatabase(h.db, ["Dora Dahl", "7774567"])).toEqual([]);
  });
});

describe("/poista_tiedot and the portal", () => {
  it("forgets who submitted a profile version waiting for approval; the version stays the organisation's", async () => {
    const h = await setup();
    const eeva = tg(7775678, "Eeva Esimerkki");
    await h.say(eeva, "/organisaatio Profiili ry, Lahti");
    const member = await h.db.member.findFirstOrThrow();
    const profile = await h.db.portalProfile.create({
      data: {
        organisationId: member.organisationId!,
        draft: JSON.stringify({ about: "Kahvila ja työkokeilupaikkoja." }),
        draftRevision: 1,
        draftById: member.id,
      },
    });
    await h.say(eeva, `md:delete:${member.id}`);
    const after = await h.db.portalProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(after.draftById).toBeNull();
    expect(after.draft).toContain("Kahvila");
    expect(await h.db.member.findUnique({ where: { id: member.id } })).toBeNull();
  });
});

describe("the fresh-start mark is keyed with the installation's secret", () => {
  async function deleteThrough(core: Core, actor: ActorRef) {
    await core.handle(command(actor, "/ohje"));
    const confirm = await core.handle(command(actor, "/poista_tiedot"));
    const yes = JSON.stringify(confirm).match(/md:delete:\d+/)![0];
    await core.handle(privately(actor, { type: "action", action: yes }));
  }

  it("holds no unkeyed hash of the id, and works after a restart and from another instance on the same database", async () => {
    const a = await testCore();
    const anna = tg(123456789, "Anna");
    expect(await a.db.installationSecret.count(), "no secret before anyone deletes").toBe(0);
    await deleteThrough(a.core, anna);
    const secret = await a.db.installationSecret.findUniqueOrThrow({ where: { name: "deletion-mark" } });
    expect(secret.value).toMatch(/^[0-9a-f]{64}$/);
    const [mark] = await a.db.deletedIdentity.findMany();
    expect(mark).toBeDefined();
    // The old unkeyed form (what brute force over every numeric id would try) is not what is stored.
    const unkeyed = createHash("sha256").update(`mk-deleted\u0000telegram\u0000123456789`).digest("hex");
    expect(mark!.keyHash).not.toBe(unkeyed);
    expect(JSON.stringify(await a.db.deletedIdentity.findMany())).not.toContain("123456789");

    // A second instance (or the same one restarted) on the same database: its own connection, its own core.
    const db2 = await openDatabase(a.config.databaseUrl, { migrate: false });
    try {
      const core2 = createCore({ ...a.deps, db: db2, log: testLogger() });
      const bertta = tg(987654321, "Bertta");
      await deleteThrough(core2, bertta); // uses the stored secret, makes no second one
      expect(await db2.installationSecret.count()).toBe(1);
      expect(textOf(await core2.handle(command(anna, "/ohje")))).toContain(t("fi", "del-fresh-start"));
      expect(textOf(await a.core.handle(command(bertta, "/ohje")))).toContain(t("fi", "del-fresh-start"));
      expect(await a.db.deletedIdentity.count()).toBe(0);
    } finally {
      await db2.$disconnect();
    }
  });

  it("two instances making the key at the same moment end up with one key, and both marks work", async () => {
    const a = await testCore();
    const db2 = await openDatabase(a.config.databaseUrl, { migrate: false });
    try {
      const core2 = createCore({ ...a.deps, db: db2, log: testLogger() });
      const [anna, bertta] = [tg(111111111, "Anna"), tg(222222222, "Bertta")];
      await Promise.all([a.core.handle(command(anna, "/ohje")), core2.handle(command(bertta, "/ohje"))]);
      // The race itself: both find no key and both insert; one insert wins and both use it.
      const keys = await Promise.all([deletionMarkKey(a.db, true), deletionMarkKey(db2, true)]);
      expect(keys[0]!.equals(keys[1]!)).toBe(true);
      expect(await a.db.installationSecret.count()).toBe(1);
      await deleteThrough(a.core, anna);
      await deleteThrough(core2, bertta);
      expect(await a.db.installationSecret.count()).toBe(1);
      expect(textOf(await core2.handle(command(anna, "/ohje")))).toContain(t("fi", "del-fresh-start"));
      expect(textOf(await a.core.handle(command(bertta, "/ohje")))).toContain(t("fi", "del-fresh-start"));
    } finally {
      await db2.$disconnect();
    }
  });
});
