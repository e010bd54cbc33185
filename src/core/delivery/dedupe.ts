/** Incoming updates are acted on once, even when a platform delivers them again. */
import type { DbOrTx } from "../../db/client.js";
import { isUniqueViolation } from "../errors.js";

/** Records an incoming update id; false when it was seen before (a redelivery to ignore). */
export async function firstDelivery(db: DbOrTx, platform: string, externalId: string): Promise<boolean> {
  try {
    await db.processedUpdate.create({ data: { platform, externalId } });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

/** Forgets update ids older than `before` (they cannot be redelivered any more: Telegram keeps updates ≤ 24 h). */
export async function pruneProcessed(db: DbOrTx, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
