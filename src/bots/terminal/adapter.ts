/**
 * The terminal adapter (like Hubot's shell): type as a member, read the bot's answers, with no
 * accounts anywhere. Buttons are shown as numbered choices; type the number to press one.
 * `/kayttaja <name>` (alias `/as`) switches who is typing, so one person can play a whole story.
 * Posts to the community group and staff channel, and private messages to others, are printed
 * with a label saying where they went.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Core } from "../../core/app/index.js";
import type { Input, Notifier } from "../../core/app/contract.js";
import type { OutgoingFile, OutgoingMessage, Target } from "../../core/types.js";
import { cleanName } from "../../core/members.js";
import { t } from "../../core/i18n/index.js";
import { renderMessage } from "./render.js";

export const TERMINAL_COMMUNITY = "yhteiso";
export const TERMINAL_STAFF = "henkilokunta";

export interface TerminalAdapter {
  notifier: Notifier;
  /** Reads lines until the input ends; resolves then. */
  run(): Promise<void>;
  /** Handles one typed line (for tests). */
  line(text: string): Promise<void>;
  currentUser(): string;
}

export function createTerminalAdapter(
  core: Core,
  io: { input: Readable; output: Writable; afterEach?: () => Promise<void> },
  options: { user?: string } = {},
): TerminalAdapter {
  let user = options.user ?? "Minna";
  const interactive = (io.input as { isTTY?: boolean }).isTTY === true;
  let nextNumber = 1;
  let messageSeq = 1;
  const choices = new Map<number, string>();
  const print = (s: string) => io.output.write(s.endsWith("\n") ? s : `${s}\n`);
  const number = (action: string) => {
    const n = nextNumber++;
    choices.set(n, action);
    return n;
  };

  const where = (target: Target) =>
    target.chatId === TERMINAL_COMMUNITY
      ? "yhteisöryhmä"
      : target.chatId === TERMINAL_STAFF
        ? "henkilökunnan kanava"
        : `yksityisviesti → ${target.chatId}`;

  const notifier: Notifier = {
    platform: "terminal",
    async send(target: Target, message: OutgoingMessage) {
      const id = String(messageSeq++);
      print(`\n[${where(target)} #${id}]\n${renderMessage(message, number)}`);
      return { messageId: id };
    },
    async edit(target: Target, messageId: string, message: OutgoingMessage) {
      print(`\n[${where(target)} #${messageId} muokattu]\n${renderMessage(message, number)}`);
    },
    async sendFile(target: Target, file: OutgoingFile) {
      print(`\n[${where(target)}] 📎 ${file.filename}${file.caption ? ` – ${file.caption}` : ""}\n${file.content}`);
    },
  };

  async function line(raw: string) {
    const text = raw.trim();
    if (!text) return;
    const switchMatch = /^\/(kayttaja|as)(?:\s+(.*))?$/i.exec(text);
    if (switchMatch) {
      const name = cleanName(switchMatch[2] ?? "", 40);
      if (name) user = name;
      print(`(${t("fi", "terminal-now-typing", { name: user })})`);
      return;
    }
    let input: Input;
    if (/^\d{1,4}$/.test(text) && choices.has(Number(text))) {
      input = { type: "action", action: choices.get(Number(text))! };
    } else if (text.startsWith("/")) {
      const [command = "", ...rest] = text.slice(1).split(/\s+/);
      input = { type: "command", command, args: text.slice(1 + command.length).trim() };
      void rest;
    } else {
      input = { type: "text", text };
    }
    if (!interactive) print(`\n» ${user}: ${text}`);
    const outcome = await core.handle({
      actor: { platform: "terminal", userId: user, privateChatId: user, displayName: user },
      chat: { chatId: user, kind: "private" },
      input,
    });
    if (outcome.toast && !outcome.replies.length) print(`(${outcome.toast})`);
    for (const reply of outcome.replies) {
      print(renderMessage(reply.message, number));
      if (reply.file) await notifier.sendFile({ chatId: user }, reply.file);
    }
    await io.afterEach?.();
  }

  return {
    notifier,
    line,
    currentUser: () => user,
    async run() {
      const rl = createInterface({ input: io.input, terminal: false });
      if (interactive) print(t("fi", "terminal-welcome", { name: user }));
      for await (const l of rl) await line(l);
    },
  };
}
