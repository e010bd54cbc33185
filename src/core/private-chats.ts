/**
 * Whether the bot can message someone privately, and deep links for those it cannot yet.
 *
 * On Telegram a bot may only write to a person who has opened a private chat with it (pressed
 * Start). A button pressed in a group by someone who has not is answered with a link
 * `t.me/<bot>?start=<token>`; the token is kept here (not in memory, so any instance can take
 * it) and Start in the private chat continues the pressed action.
 */
import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../db/client.js";

export type PrivateChatState = "open" | "closed" | "unknown";

/** How long a deep link from a button press stays usable. */
export const START_LINK_TTL_MS = 24 * 60 * 60_000;

export async function privateChatState(db: DbOrTx, platform: string, userId: string): Promise<PrivateChatState> {
  const identity = await db.identity.findUnique({
    where: { platform_externalUserId: { platform, externalUserId: userId } },
    select: { privateChatOpen: true },
  });
  // Never seen, or seen before this was recorded: try, and learn from Telegram's answer.
  if (!identity || identity.privateChatOpen === null) return "unknown";
  return identity.privateChatOpen ? "open" : "closed";
}

/** Records what the platform showed: they wrote privately (open) or a private message was refused (closed). */
export async function setPrivateChatState(db: DbOrTx, platform: string, userId: string, open: boolean): Promise<void> {
  await db.identity.updateMany({
    where: { platform, externalUserId: userId, OR: [{ privateChatOpen: null }, { privateChatOpen: !open }] },
    data: { privateChatOpen: open },
  });
}

/** What the bot's own buttons carry ("hr:offer:12"): anything else is not stored. */
const ACTION_FORMAT = /^[a-z]{1,16}:[A-Za-z0-9:_-]{0,60}$/;

/**
 * A new deep-link token (22 characters of A–Z a–z 0–9 _ -, well within Telegram's 64) for
 * `action`; null when `action` does not look like one of the bot's buttons (a forged press).
 */
export async function createStartLink(
  db: DbOrTx,
  platform: string,
  userId: string,
  action: string,
  now: Date,
): Promise<string | null> {
  if (!ACTION_FORMAT.test(action)) return null;
  await db.startLink.deleteMany({ where: { expiresAt: { lt: now } } });
  const token = randomBytes(16).toString("base64url");
  await db.startLink.create({
    data: { token, platform, userId, action, createdAt: now, expiresAt: new Date(now.getTime() + START_LINK_TTL_MS) },
  });
  return token;
}

/** The action behind a token, once, and only for the person it was made for. */
export async function takeStartLink(
  db: DbOrTx,
  platform: string,
  userId: string,
  token: string,
  now: Date,
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
  const link = await db.startLink.findUnique({ where: { token } });
  if (!link || link.platform !== platform || link.userId !== userId || link.expiresAt < now) return null;
  const { count } = await db.startLink.deleteMany({ where: { token } });
  return count ? link.action : null;
}
