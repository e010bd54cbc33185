/**
 * Configuration: one zod schema, parsed once at start. `parseConfig` is pure (it takes the
 * environment as a plain object); only src/main.ts reads process.env.
 */
import { z } from "zod";
import { ConfigError } from "./errors.js";
import { LOCALES } from "./types.js";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const intIn = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (!/^-?\d+$/.test(v)) {
        ctx.addIssue({ code: "custom", message: `expected a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `expected a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const bool = (fallback: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      if (/^(1|true|yes|on|kyllä)$/i.test(v)) return true;
      if (/^(0|false|no|off|ei)$/i.test(v)) return false;
      ctx.addIssue({ code: "custom", message: "expected true or false" });
      return z.NEVER;
    });

const hints: Record<string, string> = {
  TELEGRAM_BOT_TOKEN: "Get a token from @BotFather in Telegram; it looks like 123456789:AAE…",
  DATABASE_URL:
    "Use file:./data/mahdollisuudet.db (SQLite) or postgresql://user:password@host:5432/database (PostgreSQL).",
  SLACK_BOT_TOKEN: "The Bot User OAuth Token from the Slack app's OAuth & Permissions page (xoxb-…).",
  SLACK_APP_TOKEN: "An app-level token with the connections:write scope (xapp-…), for Socket Mode.",
  SLACK_SIGNING_SECRET: "The Signing Secret from the Slack app's Basic Information page.",
  TELEGRAM_COMMUNITY_CHAT_ID: "The group's id, e.g. -1001234567890 (see the README for how to find it).",
  SLACK_STAFF_CHANNEL_ID: "The channel's id, e.g. C0123456789 (channel details → bottom of the About tab).",
  DIGEST_CRON: "Five cron fields, e.g. 0 8 * * 1 for Mondays at 08:00.",
  DIGEST_TIMEZONE: "An IANA time zone such as Europe/Helsinki.",
};

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const configSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d{3,}:[A-Za-z0-9_-]{30,}$/.test(v), {
      message: "expected a bot token like 123456789:AAE… (digits, a colon, then at least 30 letters, digits, - or _)",
    }),
    TELEGRAM_API_ROOT: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
      message: "expected an http(s) URL",
    }),
    TELEGRAM_COMMUNITY_CHAT_ID: optionalString.refine((v) => v === undefined || /^-?\d+$/.test(v), {
      message: "expected a numeric chat id such as -1001234567890",
    }),
    TELEGRAM_COMMUNITY_THREAD_ID: optionalString.refine((v) => v === undefined || /^\d+$/.test(v), {
      message: "expected a numeric forum topic id",
    }),
    TELEGRAM_WEBHOOK_URL: optionalString.refine(
      (v) => v === undefined || /^https:\/\/[^\s]+$/.test(v) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(v),
      { message: "expected an https URL where Telegram can reach this bot (http only for a local Bot API server)" },
    ),
    TELEGRAM_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v), {
      message: "expected 1–256 characters of A–Z, a–z, 0–9, _ or -",
    }),
    SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^xoxb-[\w-]+$/.test(v), {
      message: "expected a bot token starting with xoxb-",
    }),
    SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || /^xapp-[\w-]+$/.test(v), {
      message: "expected an app-level token starting with xapp-",
    }),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+\/$/.test(v), {
      message: "expected an http(s) URL ending with /, e.g. https://slack.com/api/",
    }),
    SLACK_STAFF_CHANNEL_ID: optionalString.refine((v) => v === undefined || /^[CG][A-Z0-9]{2,}$/.test(v), {
      message: "expected a channel id such as C0123456789",
    }),
    STAFF_ADMINS: optionalString,
    PORT: intIn(0, 65535, 3000),
    PORTAL: bool(true),
    PUBLIC_URL: optionalString
      .transform((v) => v?.replace(/\/+$/, ""))
      .refine((v) => v === undefined || /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[\w.~%-]+)*$/.test(v), {
        message: "expected the portal's public address, e.g. https://portaali.example.fi",
      }),
    DATABASE_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === undefined || v === "" ? "file:./data/mahdollisuudet.db" : v))
      .refine((v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/.+/i.test(v), {
        message: "expected a SQLite file: URL or a PostgreSQL postgresql:// URL",
      }),
    DEFAULT_LOCALE: z.enum(LOCALES).optional().default("fi"),
    DIGEST_CRON: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === undefined || v === "" ? "0 8 * * 1" : v))
      .refine((v) => /^(\S+\s+){4}\S+$/.test(v), { message: "expected five cron fields" }),
    DIGEST_TIMEZONE: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === undefined || v === "" ? "Europe/Helsinki" : v))
      .refine(isValidTimeZone, { message: "expected an IANA time zone" }),
    DIGEST_SKIP_EMPTY: bool(true),
    HELP_REQUESTS_PER_DAY: intIn(1, 1000, 5),
    PURCHASES_PER_DAY: intIn(1, 1000, 3),
    HELP_FLAG_AFTER_DAYS: intIn(1, 60, 3),
    WAITLIST_CONFIRM_HOURS: intIn(1, 24 * 14, 24),
    SHUTDOWN_DRAIN_SECONDS: intIn(0, 60, 2),
    RETENTION_MONTHS: intIn(1, 120, 12),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional().default("info"),
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_APP_TOKEN"],
        message: "SLACK_BOT_TOKEN is set: also set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)",
      });
    }
    if ((c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET) && !c.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_BOT_TOKEN"],
        message: "required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set",
      });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "required in webhook mode (TELEGRAM_WEBHOOK_URL is set)",
      });
    }
  });

export interface Config {
  telegram?: {
    token: string;
    apiRoot?: string;
    communityChatId?: string;
    communityThreadId?: string;
    webhook?: { url: string; secret: string };
  };
  slack?: {
    botToken: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl?: string;
    staffChannelId?: string;
  };
  /** Staff by platform identity, e.g. "slack:U123", "telegram:42", "terminal:Kaisa". */
  staffAdmins: string[];
  /** The HTTP server's port (0: any free port). */
  port: number;
  /**
   * Run the HTTP server (Telegram webhook, Slack HTTP mode, /healthz, the portal): when one of
   * those modes needs it, when the portal is on (the default), or when PORT is set explicitly.
   */
  httpServer: boolean;
  /**
   * The HTTP server is essential (Telegram's webhook or Slack's HTTP mode): a port already in use
   * stops the start. Otherwise (only the portal and /healthz) it is a warning and the bot carries on.
   */
  httpRequired: boolean;
  /** The public web page of the portal on PORT (`PORTAL=off` turns it off). */
  portal: boolean;
  /**
   * The portal's public address for absolute links (hreflang, JSON-LD, the JSON feed), e.g.
   * https://portaali.example.fi. Never taken from a request's Host or X-Forwarded-* headers;
   * without it the links are relative.
   */
  publicUrl?: string;
  databaseUrl: string;
  defaultLocale: "fi" | "sv" | "en";
  digest: { cron: string; timezone: string; skipEmpty: boolean };
  helpRequestsPerDay: number;
  /** Joint purchases one organisation (or, without one, one member) may publish in 24 hours. */
  purchasesPerDay: number;
  helpFlagAfterDays: number;
  waitlistConfirmHours: number;
  /** At shutdown, how long /healthz answers 503 before the HTTP server stops taking requests. */
  shutdownDrainSeconds: number;
  retentionMonths: number;
  logLevel: string;
}

/** Parses and validates the environment. Throws ConfigError naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "configuration");
    const hint = hints[variable];
    throw new ConfigError(variable, `${variable}: ${issue.message}.${hint ? ` ${hint}` : ""}`);
  }
  const c = parsed.data;
  return {
    telegram: c.TELEGRAM_BOT_TOKEN
      ? {
          token: c.TELEGRAM_BOT_TOKEN,
          ...(c.TELEGRAM_API_ROOT ? { apiRoot: c.TELEGRAM_API_ROOT } : {}),
          ...(c.TELEGRAM_COMMUNITY_CHAT_ID ? { communityChatId: c.TELEGRAM_COMMUNITY_CHAT_ID } : {}),
          ...(c.TELEGRAM_COMMUNITY_THREAD_ID ? { communityThreadId: c.TELEGRAM_COMMUNITY_THREAD_ID } : {}),
          ...(c.TELEGRAM_WEBHOOK_URL && c.TELEGRAM_WEBHOOK_SECRET
            ? { webhook: { url: c.TELEGRAM_WEBHOOK_URL, secret: c.TELEGRAM_WEBHOOK_SECRET } }
            : {}),
        }
      : undefined,
    slack: c.SLACK_BOT_TOKEN
      ? {
          botToken: c.SLACK_BOT_TOKEN,
          ...(c.SLACK_APP_TOKEN ? { appToken: c.SLACK_APP_TOKEN } : {}),
          ...(c.SLACK_SIGNING_SECRET ? { signingSecret: c.SLACK_SIGNING_SECRET } : {}),
          ...(c.SLACK_API_URL ? { apiUrl: c.SLACK_API_URL } : {}),
          ...(c.SLACK_STAFF_CHANNEL_ID ? { staffChannelId: c.SLACK_STAFF_CHANNEL_ID } : {}),
        }
      : undefined,
    staffAdmins: (c.STAFF_ADMINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    port: c.PORT,
    httpServer: Boolean(c.TELEGRAM_WEBHOOK_URL || c.SLACK_SIGNING_SECRET || env.PORT?.trim() || c.PORTAL),
    httpRequired: Boolean(c.TELEGRAM_WEBHOOK_URL || c.SLACK_SIGNING_SECRET),
    portal: c.PORTAL,
    ...(c.PUBLIC_URL ? { publicUrl: c.PUBLIC_URL } : {}),
    databaseUrl: c.DATABASE_URL,
    defaultLocale: c.DEFAULT_LOCALE,
    digest: { cron: c.DIGEST_CRON, timezone: c.DIGEST_TIMEZONE, skipEmpty: c.DIGEST_SKIP_EMPTY },
    helpRequestsPerDay: c.HELP_REQUESTS_PER_DAY,
    purchasesPerDay: c.PURCHASES_PER_DAY,
    helpFlagAfterDays: c.HELP_FLAG_AFTER_DAYS,
    waitlistConfirmHours: c.WAITLIST_CONFIRM_HOURS,
    shutdownDrainSeconds: c.SHUTDOWN_DRAIN_SECONDS,
    retentionMonths: c.RETENTION_MONTHS,
    logLevel: c.LOG_LEVEL,
  };
}
