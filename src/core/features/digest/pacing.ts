/**
 * Pacing for bulk sends, so the platforms' limits are respected before they answer 429:
 * Telegram about 30 messages/s overall, 20 messages/min into one group and about 1/s into one
 * private chat; Slack about 1 message/s per channel. Each rule is a sliding window. The clock and
 * the sleep are injected, so tests run on a fake clock and never wait for real.
 *
 * The windows live in the memory of one process. That is enough: the digest sends one message at
 * a time per process, and two processes never send to the same recipient (the delivery ledger).
 */

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPaceClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Rule {
  key: string;
  limit: number;
  windowMs: number;
}

/** The limits that apply to one send. */
export function paceRules(platform: string, chatId: string): Rule[] {
  if (platform === "telegram") {
    const group = chatId.startsWith("-");
    return [
      { key: "telegram", limit: 30, windowMs: 1000 },
      group ? { key: `telegram:${chatId}`, limit: 20, windowMs: 60_000 } : { key: `telegram:${chatId}`, limit: 1, windowMs: 1000 },
    ];
  }
  if (platform === "slack") return [{ key: `slack:${chatId}`, limit: 1, windowMs: 1000 }];
  return [];
}

export class Pacer {
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly clock: PaceClock = realPaceClock) {}

  /** Waits until one more message to `chatId` on `platform` fits every limit, then counts it. */
  async take(platform: string, chatId: string): Promise<number> {
    const rules = paceRules(platform, chatId);
    let waited = 0;
    for (;;) {
      const now = this.clock.now();
      let wait = 0;
      for (const r of rules) {
        const times = (this.sent.get(r.key) ?? []).filter((t) => t > now - r.windowMs);
        this.sent.set(r.key, times);
        if (times.length >= r.limit) wait = Math.max(wait, times[times.length - r.limit]! + r.windowMs - now);
      }
      if (wait <= 0) break;
      await this.clock.sleep(wait);
      waited += wait;
    }
    const now = this.clock.now();
    for (const r of rules) this.sent.get(r.key)!.push(now);
    return waited;
  }
}
