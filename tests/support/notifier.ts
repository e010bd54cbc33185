/**
 * A recording Notifier for core-level tests: stands in for a platform, records what was
 * delivered, and can be told to fail like one (DeliveryError kinds). Adapter tests use the real
 * notifiers against the emulators instead.
 */
import { DeliveryError } from "../../src/core/errors.js";
import type { Notifier } from "../../src/core/app/contract.js";
import type { OutgoingFile, OutgoingMessage, Platform, Target } from "../../src/core/types.js";
import { telegramLimits } from "../../src/bots/telegram/notifier.js";
import { slackLimits } from "../../src/bots/slack/notifier.js";

/** The limits each platform's real notifier declares (the terminal has none). */
export const platformLimits = { telegram: telegramLimits, slack: slackLimits, terminal: undefined };

export interface Recorded {
  op: "send" | "edit" | "file";
  target: Target;
  messageId: string;
  message?: OutgoingMessage;
  file?: OutgoingFile;
}

export function recordingNotifier(platform: Platform = "terminal") {
  const log: Recorded[] = [];
  let seq = 1;
  const failures: { match: (op: string, target: Target) => boolean; error: () => Error; times: number }[] = [];
  function maybeFail(op: string, target: Target) {
    const f = failures.find((x) => x.times > 0 && x.match(op, target));
    if (f) {
      f.times--;
      throw f.error();
    }
  }
  const notifier: Notifier & {
    log: Recorded[];
    failNext(times: number, error: () => Error, match?: (op: string, target: Target) => boolean): void;
    texts(chatId?: string): string[];
  } = {
    platform,
    limits: platformLimits[platform],
    log,
    async send(target, message) {
      maybeFail("send", target);
      const messageId = String(seq++);
      log.push({ op: "send", target, messageId, message });
      return { messageId };
    },
    async edit(target, messageId, message) {
      maybeFail("edit", target);
      log.push({ op: "edit", target, messageId, message });
    },
    async sendFile(target, file) {
      maybeFail("file", target);
      log.push({ op: "file", target, messageId: "", file });
    },
    failNext(times, error, match = () => true) {
      failures.push({ match, error, times });
    },
    texts(chatId) {
      return log
        .filter((r) => r.message && (!chatId || r.target.chatId === chatId))
        .map((r) => r.message!.text.map((s) => (typeof s === "string" ? s : Object.values(s)[0])).join(""));
    },
  };
  return notifier;
}

export const gone = () => new DeliveryError("gone", "Forbidden: bot was blocked by the user");
export const transient = () => new DeliveryError("transient", "Internal Server Error");
export const rateLimited = (s: number) => () =>
  new DeliveryError("rate_limited", "Too Many Requests", { retryAfterMs: s * 1000 });
export const migrated = (to: string) => () =>
  new DeliveryError("migrated", "group chat was upgraded to a supergroup chat", { newChatId: to });
