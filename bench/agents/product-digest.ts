/**
 * Digest commands of the product agent:
 * - `digestBuild`: builds subscribers' digests (exactly as a run does, `digestParts`) without
 *   sending anything, timed — the digest's build time per recipient (`sample`: at most this
 *   many recipients, spread evenly; the rest only get their part count);
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
        select: { id: true, locale: true },
        orderBy: { id: "asc" },
      });
      // Private chats in chunks (an `include` over thousands of members exceeds SQLite's parameter limit).
      const chatOf = new Map<number, string>();
      for (let i = 0; i < members.length; i += 500) {
        const ids = members.slice(i, i + 500).map((m) => m.id);
        const identities = await deps.db.identity.findMany({ where: { platform, memberId: { in: ids } }, orderBy: { createdAt: "asc" } });
        for (const identity of identities) chatOf.set(identity.memberId, identity.privateChatId);
      }
      const sample = Math.min(members.length, Number(args.sample ?? members.length));
      const every = members.length / Math.max(1, sample);
      const per: number[] = [];
      const parts: [string, number][] = [];
      const t0 = nowMs();
      for (let i = 0; i < members.length; i++) {
        const m = members[i]!;
        const measured = Math.floor(i / every) !== Math.floor((i - 1) / every) || i === 0;
        if (!measured) {
          parts.push([chatOf.get(m.id)!, -1]);
          continue;
        }
        const s = nowMs();
        const p = await digestParts(deps, window, { platform, locale: m.locale, personal: true, memberId: m.id });
        per.push(nowMs() - s);
        parts.push([chatOf.get(m.id)!, p.length]);
      }
      const perRecipient = summarise(per);
      return { ms: nowMs() - t0, measured: per.length, recipients: members.length, perRecipient, estimatedTotalMs: perRecipient.mean * members.length, parts };
    },
    digestRun: async () => {
      const t0 = nowMs();
      const report = (await sendDigestNow(deps, { force: true })) ?? (await runDigest(deps, notifiers, { force: true }));
      return { ms: nowMs() - t0, startedAtMs: t0, report };
    },
  };
}
