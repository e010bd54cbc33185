/**
 * Bookkeeping that would otherwise grow forever: ids of handled updates (a platform redelivers
 * within hours, Telegram keeps updates at most 24 h) and delivered outbox rows.
 */
import type { PeriodicJob } from "../app/contract.js";
import { pruneProcessed } from "../delivery/dedupe.js";

const DAY = 24 * 3600_000;

export const housekeepingJob: PeriodicJob = {
  name: "housekeeping",
  async run(deps) {
    const now = deps.now().getTime();
    const updates = await pruneProcessed(deps.db, new Date(now - 3 * DAY));
    const { count: outbox } = await deps.db.outboxMessage.deleteMany({
      where: { status: "sent", sentAt: { lt: new Date(now - 30 * DAY) } },
    });
    if (updates || outbox) deps.log.debug({ updates, outbox }, "housekeeping");
  },
};
