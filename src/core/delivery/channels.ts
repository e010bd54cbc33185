/** The groups and channels the bot posts into, from configuration. */
import type { Db, DbOrTx } from "../../db/client.js";
import { enqueueToStaff } from "./outbox.js";

export interface ChannelSpec {
  platform: string;
  chatId: string;
  kind: "community" | "staff";
  threadId?: string | undefined;
  locale?: string;
}

/**
 * Makes the configured channels of `platform` active and the other ones of that platform
 * inactive (a channel removed from the configuration stops receiving posts).
 */
export async function syncChannels(db: DbOrTx, platform: string, wanted: ChannelSpec[]) {
  for (const spec of wanted) {
    await db.channel.upsert({
      where: { platform_chatId: { platform, chatId: spec.chatId } },
      create: {
        platform,
        chatId: spec.chatId,
        kind: spec.kind,
        threadId: spec.threadId ?? null,
        locale: spec.locale ?? "fi",
      },
      update: { kind: spec.kind, threadId: spec.threadId ?? null, active: true },
    });
  }
  await db.channel.updateMany({
    where: { platform, chatId: { notIn: wanted.map((w) => w.chatId) } },
    data: { active: false },
  });
}

/** A channel is gone (bot removed, channel archived): stop posting there. */
export async function deactivateChannel(db: DbOrTx, platform: string, chatId: string) {
  const { count } = await db.channel.updateMany({ where: { platform, chatId, active: true }, data: { active: false } });
  return count > 0;
}

/**
 * A recipient cannot be reached any more (blocked the bot, left, channel archived or deleted):
 * a channel is deactivated, a member's digest subscription ends, and the staff channels are told.
 */
export async function reportUnreachable(
  deps: { db: Db; now: () => Date },
  platform: string,
  chatId: string,
  reason: string,
): Promise<void> {
  const { db, now } = deps;
  await db.$transaction(async (tx) => {
    const channel = await tx.channel.findUnique({ where: { platform_chatId: { platform, chatId } } });
    let who: string;
    if (channel) {
      if (!channel.active) return; // already reported
      await tx.channel.update({ where: { id: channel.id }, data: { active: false } });
      who = `${platform} ${channel.kind} ${chatId}`;
    } else {
      const identity = await tx.identity.findFirst({
        where: { platform, privateChatId: chatId },
        include: { member: true },
      });
      if (!identity) return;
      if (identity.member.digestSubscribed)
        await tx.member.update({ where: { id: identity.memberId }, data: { digestSubscribed: false } });
      who = `${identity.member.displayName} (${platform})`;
    }
    await enqueueToStaff(tx, (t) => ({ text: [t("staff-unreachable", { who, reason: reason.slice(0, 200) })] }), now());
  });
}
