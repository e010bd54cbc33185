/**
 * Pacing for bulk sends, so the platforms' limits are respected before they answer 429. The
 * rules come from each platform's notifier (`Notifier.limits`); each rule is a sliding window.
 * The clock and the sleep are injected, so tests run on a fake clock and never wait for real.
 *
 * The windows live in the memory of one process. That is enough: the digest sends one message at
 * a time per process, and two processes never send to the same recipient (the delivery ledger).
 */
import type { PlatformLimits } from "../../app/contract.js";

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPaceClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The limits of a platform by its name (from the notifiers); none: no pacing. */
export type LimitsOf = (platform: string) => PlatformLimits | undefined;

export class Pacer {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly clock: PaceClock = realPaceClock,
    private readonly limitsOf: LimitsOf = () => undefined,
  ) {}

  /** Waits until one more message to `chatId` on `platform` fits every limit, then counts it. */
  async take(platform: string, chatId: string): Promise<number> {
    const rules = (this.limitsOf(platform)?.pace(chatId) ?? []).map((r) => ({ ...r, key: `${platform}:${r.scope}` }));
    let waited = 0;
    for (let wait = this.wait(rules); wait > 0; wait = this.wait(rules)) {
      await this.clock.sleep(wait);
      waited += wait;
    }
    const now = this.clock.now();
    for (const r of rules) this.sent.get(r.key)!.push(now);
    return waited;
  }

  /** How long until one more message fits every rule (0: now); forgets sends that left their window. */
  private wait(rules: { key: string; limit: number; windowMs: number }[]): number {
    const now = this.clock.now();
    let wait = 0;
    for (const r of rules) {
      const times = (this.sent.get(r.key) ?? []).filter((t) => t > now - r.windowMs);
      this.sent.set(r.key, times);
      if (times.length >= r.limit) wait = Math.max(wait, times[times.length - r.limit]! + r.windowMs - now);
    }
    return wait;
  }
}
