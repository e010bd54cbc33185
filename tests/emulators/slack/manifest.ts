/**
 * What the emulator needs from the app's `slack-app-manifest.yml`: the bot token's scopes and
 * each slash command's `should_escape`. A small reader for the manifest's own layout (block
 * mappings and `- item` lists), so the emulator grants exactly what installing the app grants.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DEFAULT_MANIFEST = fileURLToPath(new URL("../../../slack-app-manifest.yml", import.meta.url));

export interface ManifestFacts {
  botScopes: string[];
  /** Slash command → should_escape (Slack's default is false). */
  shouldEscape: Record<string, boolean>;
}

function unquote(v: string): string {
  const s = v.replace(/\s+#.*$/, "").trim();
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

export function readManifest(path = DEFAULT_MANIFEST): ManifestFacts {
  const lines = readFileSync(path, "utf8").split("\n");
  const stack: { indent: number; key: string }[] = [];
  const botScopes: string[] = [];
  const shouldEscape: Record<string, boolean> = {};
  let command: string | undefined;
  for (const raw of lines) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const item = line.startsWith("- ");
    const body = item ? line.slice(2) : line;
    while (stack.length && stack.at(-1)!.indent >= indent + (item ? 1 : 0)) stack.pop();
    const path = stack.map((s) => s.key).join(".");
    if (item && path === "oauth_config.scopes.bot") {
      botScopes.push(unquote(body));
      continue;
    }
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(body);
    if (!kv) continue;
    const [, key, value = ""] = kv;
    if (path === "features.slash_commands") {
      if (item && key === "command") command = unquote(value);
      if (key === "should_escape" && command) shouldEscape[command] = unquote(value) === "true";
      if (item) stack.push({ indent: indent + 1, key: "[]" });
      continue;
    }
    if (path === "features.slash_commands.[]") {
      if (key === "command") command = unquote(value);
      if (key === "should_escape" && command) shouldEscape[command] = unquote(value) === "true";
      continue;
    }
    if (value === "" || value === "|" || value === ">") stack.push({ indent, key: key! });
  }
  return { botScopes, shouldEscape };
}
