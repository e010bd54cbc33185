/** Structured logs (pino) to stderr. No tokens, secrets or message bodies at info level. */
import { pino } from "pino";

export function createLogger(level: string) {
  return pino(
    {
      level,
      base: undefined,
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
        ],
        censor: "[redacted]",
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
