/** Who gets this week's digest: the ledger's keys, and where a key leads now. */
import type { DbOrTx } from "../../../db/client.js";
import { latestIdentity } from "../../members.js";
import type { Target } from "../../types.js";

interface ChannelRecipient {
  kind: "channel";
  platform: string;
  target: Target;
  locale: string;
  personal: false;
  memberId?: undefined;
  label: string;
}

interface MemberRecipient {
  kind: "member";
  platform: string;
  target: Target;
  locale: string;
  personal: true;
  memberId: number;
  label: string;
}

export type Recipient = ChannelRecipient | MemberRecipient;

/** Ledger keys of everyone who should get this week's digest, on the platforms that can send. */
export async function digestRecipientKeys(db: DbOrTx, platforms: string[]): Promise<string[]> {
  const channels = await db.channel.findMany({
    where: { active: true, kind: { in: ["community", "staff"] }, platform: { in: platforms } },
    orderBy: { id: "asc" },
  });
  const members = await db.member.findMany({
    where: { digestSubscribed: true, identities: { some: { platform: { in: platforms } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return [...channels.map((c) => `${c.platform}:${c.chatId}`), ...members.map((m) => `member:${m.id}`)];
}

/** Where a ledger key leads now: a channel that is still active, or a subscriber's latest identity. */
/** `skip`: nobody to send to any more; `elsewhere`: a process with that platform's notifier will send it. */
export async function resolveRecipient(
  db: DbOrTx,
  key: string,
  platforms: string[],
): Promise<Recipient | { skip: string } | { elsewhere: true }> {
  const colon = key.indexOf(":");
  const head = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (head === "member") {
    const member = await db.member.findUnique({ where: { id: Number(rest) } });
    if (!member) return { skip: "member deleted" };
    if (!member.digestSubscribed) return { skip: "unsubscribed" };
    const identity = await latestIdentity(db, member.id, platforms);
    if (!identity) {
      const any = await db.identity.count({ where: { memberId: member.id } });
      return any ? { elsewhere: true } : { skip: "no identity" };
    }
    return {
      kind: "member",
      platform: identity.platform,
      target: { chatId: identity.privateChatId },
      locale: member.locale,
      personal: true,
      memberId: member.id,
      label: member.displayName,
    };
  }
  const channel = await db.channel.findUnique({ where: { platform_chatId: { platform: head, chatId: rest } } });
  if (!channel || !channel.active) return { skip: "channel inactive" };
  if (!platforms.includes(channel.platform)) return { elsewhere: true };
  return {
    kind: "channel",
    platform: channel.platform,
    target: { chatId: channel.chatId, threadId: channel.threadId },
    locale: channel.locale,
    personal: false,
    label: channel.chatId,
  };
}
