/** Whether private messages reach someone, deep-link tokens, and how contacts are shown accordingly. */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { testCore } from "../support/core.js";
import { ensureMember } from "../../src/core/members.js";
import { contactLines, loadMember } from "../../src/core/features/help-requests/people.js";
import { translator } from "../../src/core/i18n/index.js";

afterAll(cleanupDatabases);

const carl = { platform: "telegram", userId: "7030", privateChatId: "7030", displayName: "Carl" } as const;

describe("private chats", () => {
  it("unknown until Telegram shows it; open and closed after that", async () => {
    const { core, db } = await testCore();
    expect(await core.privateChat("telegram", "7030")).toBe("unknown");
    await ensureMember(db, carl, "fi");
    expect(await core.privateChat("telegram", "7030")).toBe("unknown");
    await core.setPrivateChat("telegram", "7030", false);
    expect(await core.privateChat("telegram", "7030")).toBe("closed");
    await core.setPrivateChat("telegram", "7030", true);
    expect(await core.privateChat("telegram", "7030")).toBe("open");
  });

  it("a start link is taken once, by the person it was made for, before it expires; forged actions get none", async () => {
    const { core, clock } = await testCore();
    const token = (await core.createStartLink("telegram", "7030", "hr:offer:12"))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(await core.takeStartLink("telegram", "9999", token)).toBeNull();
    expect(await core.takeStartLink("telegram", "7030", token)).toBe("hr:offer:12");
    expect(await core.takeStartLink("telegram", "7030", token)).toBeNull();
    const late = (await core.createStartLink("telegram", "7030", "hr:offer:13"))!;
    clock.advance(25 * 60 * 60_000);
    expect(await core.takeStartLink("telegram", "7030", late)).toBeNull();
    expect(await core.createStartLink("telegram", "7030", "<b>131052-308T</b>")).toBeNull();
  });

  it("a contact without a username is a tg://user link with a caveat, or the coordinator when Telegram refuses", async () => {
    const { db } = await testCore();
    const { member } = await ensureMember(db, carl, "fi");
    const t = translator("fi");
    const withLink = contactLines(t, (await loadMember(db, member.id))!);
    expect(JSON.stringify(withLink)).toContain("tg://user?id=7030");
    expect(JSON.stringify(withLink)).toContain("koordinaattorilta");
    await db.identity.updateMany({ where: { externalUserId: "7030" }, data: { privateChatOpen: false } });
    const without = contactLines(t, (await loadMember(db, member.id))!);
    expect(JSON.stringify(without)).not.toContain("tg://");
    expect(JSON.stringify(without)).toContain("kysy yhteystieto verkoston koordinaattorilta");
  });
});
