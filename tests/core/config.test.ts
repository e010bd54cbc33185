import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config.js";
import { ConfigError } from "../../src/core/errors.js";

const token = "123456789:AAEabcdefghijklmnopqrstuvwxyz0123456";

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error("expected a configuration error");
}

describe("parseConfig", () => {
  it("needs nothing: terminal mode on the default SQLite file, Monday 08:00 Helsinki", () => {
    const c = parseConfig({});
    expect(c.telegram).toBeUndefined();
    expect(c.slack).toBeUndefined();
    expect(c.databaseUrl).toBe("file:./data/mahdollisuudet.db");
    expect(c.digest).toEqual({ cron: "0 8 * * 1", timezone: "Europe/Helsinki", skipEmpty: true });
    expect(c.helpRequestsPerDay).toBe(5);
    expect(c.port).toBe(3000);
  });

  it("reads Telegram and Slack settings", () => {
    const c = parseConfig({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
      TELEGRAM_COMMUNITY_CHAT_ID: "-1001234567890",
      SLACK_BOT_TOKEN: "xoxb-1-2-abc",
      SLACK_APP_TOKEN: "xapp-1-A1-2-abc",
      SLACK_STAFF_CHANNEL_ID: "C0123456789",
      STAFF_ADMINS: "slack:U1, terminal:Kaisa",
    });
    expect(c.telegram).toEqual({ token, apiRoot: "http://127.0.0.1:8081", communityChatId: "-1001234567890" });
    expect(c.slack).toMatchObject({
      botToken: "xoxb-1-2-abc",
      appToken: "xapp-1-A1-2-abc",
      staffChannelId: "C0123456789",
    });
    expect(c.staffAdmins).toEqual(["slack:U1", "terminal:Kaisa"]);
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: "abc" }, "TELEGRAM_BOT_TOKEN", "@BotFather"],
    [{ DATABASE_URL: "nonsense://x" }, "DATABASE_URL", "SQLite"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_APP_TOKEN", "Socket Mode"],
    [{ SLACK_APP_TOKEN: "xapp-1" }, "SLACK_BOT_TOKEN", "required"],
    [{ SLACK_BOT_TOKEN: "xoxp-1", SLACK_APP_TOKEN: "xapp-1" }, "SLACK_BOT_TOKEN", "xoxb-"],
    [{ PORT: "viisi" }, "PORT", "whole number"],
    [{ PORT: "70000" }, "PORT", "whole number"],
    [{ HELP_REQUESTS_PER_DAY: "-1" }, "HELP_REQUESTS_PER_DAY", "whole number"],
    [{ DIGEST_TIMEZONE: "Mars/Olympus" }, "DIGEST_TIMEZONE", "IANA"],
    [{ DIGEST_CRON: "every monday" }, "DIGEST_CRON", "five cron fields"],
    [{ DIGEST_SKIP_EMPTY: "maybe" }, "DIGEST_SKIP_EMPTY", "true or false"],
    [{ TELEGRAM_COMMUNITY_CHAT_ID: "general" }, "TELEGRAM_COMMUNITY_CHAT_ID", "numeric"],
    [{ DEFAULT_LOCALE: "de" }, "DEFAULT_LOCALE", ""],
  ])("refuses %j naming %s", (env, variable, hint) => {
    const err = errorOf(env);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.variable).toBe(variable);
    expect(err.message.startsWith(`${variable}:`)).toBe(true);
    expect(err.message).toContain(hint);
    expect(err.message).not.toContain("\n");
  });
});
