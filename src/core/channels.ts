/** The groups and channels the bot posts into, from configuration. */
import type { DbOrTx } from "../db/client.js";

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
      create: { platform, chatId: spec.chatId, kind: spec.kind, threadId: spec.threadId ?? null, locale: spec.locale ?? "fi" },
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
