/** Structured logs (pino) to stderr. No tokens, secrets or message bodies at info level. */
import { pino } from "pino";
import { safeError } from "./core/privacy/logs.js";

export function createLogger(level: string) {
  return pino(
    {
      level,
      base: undefined,
      // An Error logged as it is would carry its message and stack, which may quote what a member
      // typed: logged as safeError shapes it (src/core/privacy/logs.ts).
      serializers: {
        err: (e: unknown) => (e instanceof Error ? safeError(e) : e),
        error: (e: unknown) => (e instanceof Error ? safeError(e) : e),
      },
      redact: {
        paths: [
          "token",
          "*.token",
          "botToken",
          "appToken",
          "signingSecret",
          "*.botToken",
          "*.appToken",
          "*.signingSecret",
          "secret",
          "*.secret",
          "text",
          "*.text",
          "body",
          "*.body",
          "payload",
          "*.payload",
        ],
        censor: "[redacted]",
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
