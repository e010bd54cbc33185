/** Private messages to members about needs and purchases, always through the outbox. */
import type { DbOrTx } from "../../../db/client.js";
import { isLocale, translator, type Translate } from "../../i18n/index.js";
import { enqueueFile, enqueueMessage } from "../../outbox.js";
import type { Locale, OutgoingFile, OutgoingMessage } from "../../types.js";

/** The identity through which a member is reached privately: the most recently created one. */
export async function latestIdentity(db: DbOrTx, memberId: number) {
  return db.identity.findFirst({ where: { memberId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/**
 * Enqueues a private message to a member, on their own platform and in their own language, in the
 * caller's transaction. Returns false when the member has no identity left (deleted their data).
 */
export async function dmMember(
  db: DbOrTx,
  memberId: number,
  build: (t: Translate, locale: Locale) => OutgoingMessage,
  now: Date,
): Promise<boolean> {
  const member = await db.member.findUnique({ where: { id: memberId } });
  const identity = member ? await latestIdentity(db, memberId) : null;
  if (!member || !identity) return false;
  const locale: Locale = isLocale(member.locale) ? member.locale : "fi";
  await enqueueMessage(db, identity.platform, { chatId: identity.privateChatId }, build(translator(locale), locale), now);
  return true;
}

/** Enqueues a file to a member privately (e.g. the participant list to the organiser). */
export async function fileToMember(
  db: DbOrTx,
  memberId: number,
  build: (t: Translate, locale: Locale) => OutgoingFile,
  now: Date,
): Promise<boolean> {
  const member = await db.member.findUnique({ where: { id: memberId } });
  const identity = member ? await latestIdentity(db, memberId) : null;
  if (!member || !identity) return false;
  const locale: Locale = isLocale(member.locale) ? member.locale : "fi";
  await enqueueFile(db, identity.platform, { chatId: identity.privateChatId }, build(translator(locale), locale), now);
  return true;
}
