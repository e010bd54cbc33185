/**
 * Digest commands of the product agent:
 * - `digestBuild`: builds every subscriber's digest exactly as a run does (one `DigestBuilder`
 *   for the whole run, `parts` per recipient) without sending anything, timed: the total, the
 *   first recipient (which also gathers and renders what all digests share) and each of the
 *   others;
 * - `digestRun`: the product's own send path (`sendDigestNow`, as the cron task and the staff
 *   command use it), forced for the current week, timed.
 */
import type { App } from "../../src/app.js";
import type { Notifier } from "../../src/core/app/contract.js";
import { sendDigestNow, runDigest } from "../../src/core/features/digest/index.js";
import { DigestBuilder, SHARED_MAX_AGE_MS } from "../../src/core/features/digest/run.js";
import { digestWindow, isDue } from "../../src/core/features/digest/schedule.js";
import { nowMs, summarise } from "../lib/stats.js";
import type { Handler } from "./ipc.js";

export function digestHooks(app: App, notifiers: Partial<Record<string, Notifier>>): Record<string, Handler> {
  const deps = app.deps;
  return {
    digestBuild: async (args) => {
      const platform = String(args.platform ?? "telegram");
      const now = deps.now();
      const { slot } = isDue(deps.config.digest, now);
      const window = digestWindow(deps.config.digest, slot, now);
      const members = await deps.db.member.findMany({
        where: { digestSubscribed: true, identities: { some: { platform } } },
        select: { id: true, locale: true },
        orderBy: { id: "asc" },
      });
      // Private chats in chunks (an `include` over thousands of members exceeds SQLite's parameter limit).
      const chatOf = new Map<number, string>();
      for (let i = 0; i < members.length; i += 500) {
        const ids = members.slice(i, i + 500).map((m) => m.id);
        const identities = await deps.db.identity.findMany({
          where: { platform, memberId: { in: ids } },
          orderBy: { createdAt: "asc" },
        });
        for (const identity of identities) chatOf.set(identity.memberId, identity.privateChatId);
      }
      const builder = new DigestBuilder(deps, window);
      const per: number[] = [];
      const parts: [string, number][] = [];
      let firstMs = 0;
      const t0 = nowMs();
      for (const [i, m] of members.entries()) {
        const s = nowMs();
        const p = await builder.parts({ platform, locale: m.locale, personal: true, memberId: m.id });
        if (i === 0) firstMs = nowMs() - s;
        else per.push(nowMs() - s);
        parts.push([chatOf.get(m.id)!, p.length]);
      }
      const ms = nowMs() - t0;
      // The benchmark's subscribers have nothing of their own; a member who does costs two more
      // queries: timed on up to 20 askers of open requests (not sent, not counted above).
      const askers = await deps.db.helpRequest.groupBy({
        by: ["askerId"],
        where: { status: "open", askerId: { not: null } },
        take: 20,
        orderBy: { askerId: "asc" },
      });
      const own: number[] = [];
      for (const a of askers) {
        const s = nowMs();
        await builder.parts({ platform, locale: "fi", personal: true, memberId: a.askerId! });
        own.push(nowMs() - s);
      }
      // The first build gathers the shared part; a run gathers it again every SHARED_MAX_AGE_MS.
      return {
        ms,
        firstMs,
        sharedMaxAgeMs: SHARED_MAX_AGE_MS,
        recipients: members.length,
        perRecipient: summarise(per),
        withOwnPart: summarise(own),
        parts,
      };
    },
    digestRun: async () => {
      const t0 = nowMs();
      const report =
        (await sendDigestNow(deps, app.digest, { force: true })) ?? (await runDigest(deps, notifiers, { force: true }));
      return { ms: nowMs() - t0, startedAtMs: t0, report };
    },
  };
}
