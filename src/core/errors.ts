/**
 * Bugs and infrastructure failures are thrown as these named errors (expected outcomes are
 * returned as tagged results instead). Each carries a stable `code`.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "DATABASE_UNAVAILABLE"
  | "DELIVERY_FAILED"
  /** PORT is taken or cannot be opened while Telegram's webhook or Slack's HTTP mode needs it. */
  | "HTTP_PORT"
  | "INVALID_ACTION"
  /** A platform refused the configured token (Telegram 401): nothing can work until it is fixed. */
  | "TOKEN_REFUSED";

export class MkError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ConfigError extends MkError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super("CONFIG_INVALID", message);
  }
}

/**
 * A platform refused or failed to deliver a message. `kind` tells the outbox what to do:
 * - `rate_limited`: wait `retryAfterMs`, then retry;
 * - `transient`: network or 5xx, retry with backoff;
 * - `gone`: the recipient blocked the bot, left, or the chat no longer exists: stop trying;
 * - `migrated`: the Telegram group became a supergroup at `newChatId`: retry there;
 * - `rejected`: the platform refused the content (a bug): do not retry;
 * - `waiting`: the chat cannot be reached until a person acts (the Slack app was not invited to
 *   the staff channel): kept, tried again after `retryAfterMs`, never given up on and not counted
 *   as a failed attempt;
 * - `in_doubt`: the request may have reached the platform but no answer came back (connection
 *   cut, timeout): sends are not idempotent, so the caller decides (the outbox resends, the
 *   weekly digest does not).
 */
export class DeliveryError extends MkError {
  constructor(
    readonly kind: "rate_limited" | "transient" | "gone" | "migrated" | "rejected" | "waiting" | "in_doubt",
    message: string,
    readonly details: { retryAfterMs?: number; newChatId?: string } = {},
    options?: { cause?: unknown },
  ) {
    super("DELIVERY_FAILED", message, options);
  }
}

/**
 * A write refused by a unique constraint (Prisma's P2002): how concurrent writers find out that
 * another process got there first (an update seen twice, seeding, a job's run row, a second offer on one request).
 */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === "P2002";
}
