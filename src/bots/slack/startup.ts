/**
 * What the Slack app needs before it can start, and what it does not. Essential: a bot token
 * Slack accepts (auth.test) and an app token / port to receive on. Everything else — the App
 * Home, looking at the staff channel, names for mentions — is tried, logged as a warning when
 * Slack fails, and tried again later.
 */
import type { WebClient } from "@slack/web-api";
import type { Logger } from "../../core/app/contract.js";
import { MkError } from "../../core/errors.js";

/** The Slack app cannot start: the message is one line that says what to fix. */
export class SlackStartError extends MkError {
  constructor(message: string, code: "TOKEN_REFUSED" | "CONFIG_INVALID" = "TOKEN_REFUSED") {
    super(code, message);
  }
}

const REFUSED =
  /^(invalid_auth|not_authed|token_revoked|token_expired|account_inactive|not_allowed_token_type|no_permission|team_access_not_granted)$/;

function codeOf(err: unknown): string {
  const e = err as { data?: { error?: string }; code?: string; message?: string };
  return e.data?.error ?? e.code ?? e.message ?? String(err);
}

/**
 * Verifies the bot token with auth.test. A token Slack refuses throws {@link SlackStartError};
 * Slack failing to answer (5xx, timeout, network) is retried a few times and then only warned
 * about (undefined: the ids are not known yet).
 */
export async function checkSlackToken(
  client: WebClient,
  log: Logger,
  options: { attempts?: number; delayMs?: number } = {},
): Promise<{ botId: string; botUserId: string; botName?: string } | undefined> {
  const attempts = options.attempts ?? 3;
  let last = "";
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await client.auth.test();
      if (res.bot_id && res.user_id)
        return { botId: res.bot_id, botUserId: res.user_id, ...(res.user ? { botName: res.user } : {}) };
      return undefined;
    } catch (err) {
      last = codeOf(err);
      if (REFUSED.test(last)) {
        throw new SlackStartError(
          `SLACK_BOT_TOKEN was refused by Slack (${last}): copy the Bot User OAuth Token (xoxb-…) from the app's "OAuth & Permissions" page`,
        );
      }
      if (i < attempts) await new Promise((r) => setTimeout(r, (options.delayMs ?? 500) * i));
    }
  }
  log.warn(
    { slack: last },
    "Slack did not answer auth.test; starting anyway, the token is checked again on the first request",
  );
  return undefined;
}
