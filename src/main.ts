/**
 * The composition root: configuration → database → core → adapters → workers, and a clean
 * shutdown in reverse order. The only file that reads process.env.
 *
 *   npm start                 terminal adapter when nothing else is configured
 *   npm start -- --terminal   also the terminal adapter next to Telegram/Slack
 */
import { safeError } from "./core/privacy/logs.js";
import { existsSync } from "node:fs";
import { parseConfig } from "./core/config.js";
import { ConfigError, MkError } from "./core/errors.js";
import { createLogger } from "./logging.js";
import { createApp, type App } from "./app.js";
import type { Config } from "./core/config.js";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (existsSync(".env")) process.loadEnvFile(".env");

let config: Config;
try {
  config = parseConfig(process.env);
} catch (err) {
  fail(err instanceof ConfigError ? `Configuration error: ${err.message}` : String(err));
}

const wantTerminal = process.argv.includes("--terminal");
const terminalOnly = !config.telegram && !config.slack;
// In the terminal the conversation is on stdout; keep the log quiet unless asked.
const log = createLogger(process.env.LOG_LEVEL ? config.logLevel : terminalOnly ? "warn" : config.logLevel);

let app: App;
try {
  app = await createApp({
    config,
    log,
    terminal: terminalOnly || wantTerminal,
    drainMs: config.shutdownDrainSeconds * 1000,
  });
} catch (err) {
  fail(err instanceof MkError ? `Start-up failed: ${err.message}` : `Start-up failed: ${(err as Error).message}`);
}

/**
 * Known platform failures (a Telegram or Slack API error, a network error) are handled where they
 * happen; if one still escapes it is logged as a warning and the bot carries on. Anything else
 * is a bug: logged with its stack at error level, then the process shuts down cleanly and exits
 * with code 1 so the supervisor (systemd `Restart=always`, see README) starts it again. The
 * outbox and the update dedupe make that restart lose and double nothing.
 */
function isPlatformFailure(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? "";
  const code = String((err as { code?: unknown } | null)?.code ?? "");
  return (
    name === "GrammyError" ||
    name === "HttpError" ||
    code.startsWith("slack_") ||
    /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|UND_ERR_\w+)$/.test(code)
  );
}
function onEscaped(kind: string) {
  return (err: unknown) => {
    if (isPlatformFailure(err)) {
      log.warn({ kind, err: safeError(err) }, "a platform failure escaped its handler; carrying on");
      return;
    }
    log.error({ kind, err: safeError(err) }, "unexpected error: restarting");
    void shutdown(kind, 1);
  };
}
process.on("unhandledRejection", onEscaped("unhandledRejection"));
process.on("uncaughtException", onEscaped("uncaughtException"));

let exiting = false;
async function shutdown(signal: string, code = 0) {
  if (exiting) return;
  exiting = true;
  log.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(code), 10_000 + config.shutdownDrainSeconds * 1000);
  force.unref();
  await (app as App | undefined)?.stop();
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

try {
  await app.start();
} catch (err) {
  await app.stop().catch(() => {});
  fail(err instanceof MkError ? `Start-up failed: ${err.message}` : `Start-up failed: ${(err as Error).message}`);
}
log.info(
  { telegram: Boolean(app.telegram), slack: Boolean(app.slack), terminal: Boolean(app.terminal) },
  "mahdollisuudet-bot started",
);
if (app.terminal) {
  await app.terminal.run();
  if (terminalOnly) await shutdown("end of input");
}
