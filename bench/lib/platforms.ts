/**
 * The platform emulators as the benchmark uses them (in the bench's own process), and the
 * environment that points the product at them — the same variables an operator sets.
 */
import {
  startTelegramEmulator,
  TEST_TOKEN,
  type TelegramEmulator,
  type TelegramEmulatorOptions,
} from "../../tests/emulators/telegram/server.js";
import { startSlackEmulator, type SlackEmulator } from "../../tests/emulators/slack/server.js";
import { nowMs } from "./stats.js";

export const COMMUNITY_CHAT_ID = -1001234567890;
export const STAFF_CHANNEL_ID = "C0STAFF001";

/** A Telegram emulator without a request log (benchmarks), with the community group. */
export async function telegramEmulator(
  options: Pick<TelegramEmulatorOptions, "webhook"> = {},
): Promise<TelegramEmulator> {
  const emu = await startTelegramEmulator({ recordRequests: false, now: nowMs, ...options });
  emu.createGroup({ id: COMMUNITY_CHAT_ID, type: "supergroup", title: "Mahdollisuudet käyttöön! -yhteisö" });
  return emu;
}

/** A Slack emulator without history recording, with the staff channel. */
export async function slackEmulator(staff: string[] = []): Promise<SlackEmulator> {
  const sl = await startSlackEmulator({ record: false });
  sl.addChannel({ id: STAFF_CHANNEL_ID, name: "mk-henkilokunta", members: staff });
  return sl;
}

export function productEnv(options: {
  databaseUrl: string;
  tg?: TelegramEmulator;
  sl?: SlackEmulator;
  extra?: Record<string, string>;
}): Record<string, string> {
  const { tg, sl } = options;
  return {
    DATABASE_URL: options.databaseUrl,
    LOG_LEVEL: "info",
    ...(tg
      ? {
          TELEGRAM_BOT_TOKEN: TEST_TOKEN,
          TELEGRAM_API_ROOT: tg.apiRoot,
          TELEGRAM_COMMUNITY_CHAT_ID: String(COMMUNITY_CHAT_ID),
        }
      : {}),
    ...(sl
      ? {
          SLACK_BOT_TOKEN: sl.botToken,
          SLACK_APP_TOKEN: sl.appToken,
          SLACK_API_URL: sl.apiUrl,
          SLACK_STAFF_CHANNEL_ID: STAFF_CHANNEL_ID,
        }
      : {}),
    ...options.extra,
  };
}
