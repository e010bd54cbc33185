/**
 * The composition root: configuration → database → core → adapters → workers, and a clean
 * shutdown in reverse order. The only file that reads process.env.
 *
 *   npm start                 terminal adapter when nothing else is configured
 *   npm start -- --terminal   also the terminal adapter next to Telegram/Slack
 */
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
  app = await createApp({ config, log, terminal: terminalOnly || wantTerminal, drainMs: config.shutdownDrainSeconds * 1000 });
} catch (err) {
  fail(err instanceof MkError ? `Start-up failed: ${err.message}` : `Start-up failed: ${(err as Error).message}`);
}

let exiting = false;
async function shutdown(signal: string, code = 0) {
  if (exiting) return;
  exiting = true;
  log.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(code), 10_000 + config.shutdownDrainSeconds * 1000);
  force.unref();
  await app.stop();
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

await app.start();
log.info(
  { telegram: Boolean(app.telegram), slack: Boolean(app.slack), terminal: Boolean(app.terminal) },
  "mahdollisuudet-bot started",
);
if (app.terminal) {
  await app.terminal.run();
  if (terminalOnly) await shutdown("end of input");
}
