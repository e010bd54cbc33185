/**
 * Digest commands of the product agent:
 * - `digestBuild`: builds every subscriber's digest (exactly as a run does, `digestParts`)
 *   without sending anything, timed — the digest's build time for N recipients;
 * - `digestRun`: the product's own send path (`sendDigestNow`, as the cron task and the staff
 *   command use it), forced for the current week, timed.
 */
import type { App } from "../../src/app.js";
import type { Notifier } from "../../src/core/app/contract.js";
import { sendDigestNow, runDigest } from "../../src/core/features/digest/index.js";
import { digestParts } from "../../src/core/features/digest/run.js";
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
        include: { identities: { where: { platform }, orderBy: { createdAt: "desc" }, take: 1 } },
        orderBy: { id: "asc" },
      });
      const per: number[] = [];
      const parts: [string, number][] = [];
      const t0 = nowMs();
      for (const m of members) {
        const s = nowMs();
        const p = await digestParts(deps, window, { platform, locale: m.locale, personal: true, memberId: m.id });
        per.push(nowMs() - s);
        parts.push([m.identities[0]!.privateChatId, p.length]);
      }
      return { ms: nowMs() - t0, recipients: members.length, perRecipient: summarise(per), parts };
    },
    digestRun: async () => {
      const t0 = nowMs();
      const report = (await sendDigestNow(deps, { force: true })) ?? (await runDigest(deps, notifiers, { force: true }));
      return { ms: nowMs() - t0, startedAtMs: t0, report };
    },
  };
}
