import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { testCore } from "../support/core.js";
import { gone, migrated, rateLimited, recordingNotifier, transient } from "../support/notifier.js";
import {
  deliverDue,
  enqueueFileToMember,
  enqueueMessage,
  enqueuePost,
  enqueuePostUpdate,
  enqueueToMember,
} from "../../src/core/delivery/outbox.js";
import type { PostRenderer } from "../../src/core/app/contract.js";
import { ensureMember, organisationRow } from "../../src/core/members.js";
import { translator } from "../../src/core/i18n/index.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { createOutboxWorker } from "../../src/core/delivery/worker.js";

afterAll(cleanupDatabases);

// A record type of this test: its post shows the organisation's current name.
const testOrgPost: PostRenderer = async (deps, id) => {
  const o = await deps.db.organisation.findUnique({ where: { id } });
  return o
    ? { text: [{ b: o.name }, " – ", o.municipality], buttons: [[{ label: "ok", action: `org:${o.id}` }]] }
    : null;
};
const renderers = new Map([["test_org", testOrgPost]]);

async function setup() {
  const t = await testCore();
  await syncChannels(t.db, "telegram", [{ platform: "telegram", chatId: "-100200", kind: "community" }]);
  await syncChannels(t.db, "slack", [{ platform: "slack", chatId: "C1", kind: "staff" }]);
  const telegram = recordingNotifier("telegram");
  const slack = recordingNotifier("slack");
  const deliver = () => deliverDue(t.deps, { telegram, slack }, { workerId: "w1", renderers });
  return { ...t, telegram, slack, deliver };
}

describe("outbox", () => {
  it("posts a record to every active channel once, then edits those posts in place with the current state", async () => {
    const { db, clock, telegram, slack, deliver } = await setup();
    const org = await db.organisation.create({ data: organisationRow({ name: "Testi ry", municipality: "Lahti" }) });
    await db.$transaction((tx) => enqueuePost(tx, "test_org", org.id, clock.now()));
    expect(await deliver()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(telegram.texts("-100200")).toEqual(["Testi ry – Lahti"]);
    expect(slack.texts("C1")).toEqual(["Testi ry – Lahti"]);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });

    await db.organisation.update({ where: { id: org.id }, data: { municipality: "Hollola" } });
    await enqueuePostUpdate(db, "test_org", org.id, clock.now());
    await enqueuePostUpdate(db, "test_org", org.id, clock.now()); // collapsed into one pending edit
    await deliver();
    const edits = telegram.log.filter((r) => r.op === "edit");
    expect(edits).toHaveLength(1);
    expect(edits[0]!.messageId).toBe(telegram.log[0]!.messageId);
    expect(edits[0]!.message!.text).toEqual([{ b: "Testi ry" }, " – ", "Hollola"]);
  });

  it("an edit waits for its post, and a post after a crash mid-send is not sent twice once recorded", async () => {
    const { db, clock, telegram, deliver } = await setup();
    const org = await db.organisation.create({ data: organisationRow({ name: "Odotus ry", municipality: "Lahti" }) });
    await enqueuePost(db, "test_org", org.id, clock.now());
    await enqueuePostUpdate(db, "test_org", org.id, clock.now());
    telegram.failNext(1, transient, (op) => op === "send");
    await deliver();
    expect(telegram.log.filter((r) => r.target.chatId === "-100200")).toHaveLength(0);
    clock.advance(5_000);
    await deliver();
    clock.advance(5_000);
    await deliver();
    const ops = telegram.log.filter((r) => r.target.chatId === "-100200").map((r) => r.op);
    expect(ops).toEqual(["send", "edit"]);
  });

  it("waits out a rate limit, backs off on an outage, and loses nothing", async () => {
    const { db, clock, telegram, deliver } = await setup();
    await enqueueMessage(db, "telegram", { chatId: "42" }, { text: ["yksi"] }, clock.now());
    await enqueueMessage(db, "telegram", { chatId: "42" }, { text: ["kaksi"] }, clock.now());
    telegram.failNext(1, rateLimited(7));
    await deliver();
    expect(telegram.texts("42")).toEqual([]); // the second waits behind the first: order per chat is kept
    clock.advance(6_000);
    await deliver();
    expect(telegram.texts("42")).toEqual([]);
    clock.advance(1_000);
    // A platform outage of two minutes (of fake time): every send fails until it ends.
    const outageEnd = clock.now().getTime() + 120_000;
    telegram.failNext(Infinity, transient, () => clock.now().getTime() < outageEnd);
    let rounds = 0;
    while (clock.now().getTime() < outageEnd) {
      await deliver();
      clock.advance(5_000);
      rounds++;
    }
    expect(telegram.texts("42")).toEqual([]);
    const row = await db.outboxMessage.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(row.status).toBe("pending");
    expect(row.attempts).toBeGreaterThanOrEqual(3);
    expect(row.attempts).toBeLessThan(rounds); // backing off, not hammering
    for (let i = 0; i < 30 && telegram.texts("42").length < 2; i++) {
      await deliver();
      clock.advance(15_000);
    }
    expect(telegram.texts("42")).toEqual(["yksi", "kaksi"]);
  });

  it("gives up on a recipient that is gone, records it and reports it", async () => {
    const { deps, db, clock, telegram, slack } = await setup();
    await enqueueMessage(db, "telegram", { chatId: "43" }, { text: ["hei"] }, clock.now());
    telegram.failNext(1, gone);
    const reported: string[] = [];
    const r = await deliverDue(
      deps,
      { telegram, slack },
      { workerId: "w", renderers, onGone: async (p, c) => void reported.push(`${p}:${c}`) },
    );
    expect(r.failed).toBe(1);
    expect(reported).toEqual(["telegram:43"]);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("blocked"),
    });
    expect((await deliverDue(deps, { telegram }, { workerId: "w", renderers })).sent).toBe(0);
  });

  it("follows a group that became a supergroup", async () => {
    const { db, clock, telegram, deliver } = await setup();
    const org = await db.organisation.create({ data: organisationRow({ name: "Siirto ry", municipality: "Lahti" }) });
    await enqueuePost(db, "test_org", org.id, clock.now());
    telegram.failNext(1, migrated("-100999"), (_op, target) => target.chatId === "-100200");
    await deliver();
    await deliver();
    expect(telegram.texts("-100999")).toEqual(["Siirto ry – Lahti"]);
    expect(await db.channel.findFirstOrThrow({ where: { platform: "telegram" } })).toMatchObject({
      chatId: "-100999",
      active: true,
    });
    expect(await db.postRef.findFirstOrThrow({ where: { platform: "telegram" } })).toMatchObject({ chatId: "-100999" });
  });

  it("two workers on the same database never deliver a message twice", async () => {
    const { deps, db, clock, telegram } = await setup();
    for (let i = 0; i < 30; i++)
      await enqueueMessage(db, "telegram", { chatId: String(1000 + i) }, { text: [`viesti ${i}`] }, clock.now());
    await Promise.all([
      deliverDue(deps, { telegram }, { workerId: "a", renderers }),
      deliverDue(deps, { telegram }, { workerId: "b", renderers }),
      deliverDue(deps, { telegram }, { workerId: "c", renderers }),
    ]);
    const texts = telegram.texts();
    expect(texts).toHaveLength(30);
    expect(new Set(texts).size).toBe(30);
  });
});

describe("housekeeping", () => {
  it("forgets handled update ids after three days and delivered outbox rows after thirty", async () => {
    const { deps, db, clock, telegram, deliver, core } = await setup();
    const { firstDelivery } = await import("../../src/core/delivery/dedupe.js");
    const { runPeriodicJobs } = await import("../../src/core/jobs/periodic.js");
    expect(await firstDelivery(db, "telegram", "100")).toBe(true);
    await enqueueMessage(db, "telegram", { chatId: "7" }, { text: ["vanha"] }, clock.now());
    await deliver();
    expect(telegram.texts("7")).toEqual(["vanha"]);
    await db.processedUpdate.updateMany({ data: { createdAt: clock.now() } });
    await db.outboxMessage.updateMany({ data: { sentAt: clock.now() } });
    clock.advance(4 * 24 * 3600_000);
    await runPeriodicJobs(deps, core.registry.jobs);
    expect(await db.processedUpdate.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(1);
    clock.advance(30 * 24 * 3600_000);
    await runPeriodicJobs(deps, core.registry.jobs);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("private messages to members", () => {
  it("go to the member's most recent identity, in their language; nobody to reach is no message", async () => {
    const { db, clock } = await setup();
    const { member } = await ensureMember(
      db,
      { platform: "terminal", userId: "Aino", privateChatId: "Aino", displayName: "Aino" },
      "fi",
    );
    await db.identity.create({
      data: {
        memberId: member.id,
        platform: "telegram",
        externalUserId: "42",
        privateChatId: "42",
        createdAt: new Date(Date.now() + 1000),
      },
    });
    await db.member.update({ where: { id: member.id }, data: { locale: "sv" } });
    const sent = await db.$transaction((tx) =>
      enqueueToMember(tx, member.id, (t, locale) => ({ text: [locale, " ", t("error-internal")] }), clock.now()),
    );
    expect(sent).toBe(true);
    expect(
      await enqueueFileToMember(
        db,
        member.id,
        () => ({ filename: "a.csv", mimeType: "text/csv", content: "x" }),
        clock.now(),
      ),
    ).toBe(true);
    const rows = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.platform, r.chatId, r.op])).toEqual([
      ["telegram", "42", "send"],
      ["telegram", "42", "file"],
    ]);
    expect(JSON.parse(rows[0]!.payload).text).toEqual(["sv", " ", translator("sv")("error-internal")]);

    expect(await enqueueToMember(db, null, () => ({ text: ["x"] }), clock.now())).toBe(false);
    expect(await enqueueToMember(db, member.id + 1000, () => ({ text: ["x"] }), clock.now())).toBe(false);
    await db.identity.deleteMany({ where: { memberId: member.id } });
    expect(await enqueueToMember(db, member.id, () => ({ text: ["x"] }), clock.now())).toBe(false);
    expect(await db.outboxMessage.count()).toBe(2);
  });
});

describe("the outbox worker", () => {
  it("drain() returns only after rounds that the timer or an enqueue started beside it have sent their rows", async () => {
    const { deps, db, clock, telegram } = await setup();
    const send = telegram.send.bind(telegram);
    // The first message's send waits for a gate the test opens; the second one's opens itself later.
    let openFirst!: () => void;
    const firstGate = new Promise<void>((resolve) => (openFirst = resolve));
    telegram.send = async (target, message) => {
      if (target.chatId === "1") await firstGate;
      if (target.chatId === "2") await new Promise((resolve) => setTimeout(resolve, 50));
      return send(target, message);
    };
    const worker = createOutboxWorker(deps, { telegram }, renderers);
    await enqueueMessage(db, "telegram", { chatId: "1" }, { text: ["eka"] }, clock.now());
    const drained = worker.drain();
    // While the drain's round waits on the first send, another message arrives and a background round starts.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await enqueueMessage(db, "telegram", { chatId: "2" }, { text: ["toka"] }, clock.now());
    worker.kick();
    openFirst();
    await drained;
    expect(telegram.texts("1")).toEqual(["eka"]);
    expect(telegram.texts("2")).toEqual(["toka"]);
    await worker.stop();
  });
});
