/**
 * The terminal adapter (like Hubot's shell): type as a member, read the bot's answers, with no
 * accounts anywhere. Buttons are shown as numbered choices, `[1] label`. A typed number presses
 * a button of the newest message shown (to you or to the groups) — but only when no question
 * waits for your answer: then the number is your answer (three days, six seats), the buttons are
 * shown as `[#1] label`, and `#1` (or `1.`, `1)`, `[1]`) presses one of the open question's own
 * buttons — never a button of another message, whatever was printed since (a refusal, an error,
 * a help text, a group post): a number the question has no button for says so and keeps the form.
 * `/kayttaja <name>` (alias `/as`) switches who is typing, so one person can play a whole story.
 * Posts to the community group and staff channel, and private messages to others, are printed
 * with a label saying where they went.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Core } from "../../core/app/index.js";
import type { Input, Notifier } from "../../core/app/contract.js";
import type { OutgoingFile, OutgoingMessage, Target } from "../../core/types.js";
import { cleanName } from "../../core/members.js";
import { t } from "../../core/i18n/index.js";
import { renderMessage } from "./render.js";
import { terminalFiles } from "./files.js";

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
  options: {
    user?: string;
    /** Where pictures are saved, a folder per run (src/bots/terminal/files.ts); default: under the system's temp folder. */
    filesRoot?: string;
  } = {},
): TerminalAdapter {
  const files = terminalFiles(options.filesRoot ?? path.join(tmpdir(), "mahdollisuudet-terminal"));
  let user = options.user ?? "Minna";
  const interactive = (io.input as { isTTY?: boolean }).isTTY === true;
  let messageSeq = 1;
  const print = (s: string) => io.output.write(s.endsWith("\n") ? s : `${s}\n`);

  /**
   * Typed numbers press buttons. Each message numbers its buttons from 1. Each viewer (a person,
   * or "the groups" that everyone sees) has the buttons of the newest message they were shown
   * (none, when that message has none: an older message's buttons are out of reach, so a number
   * never presses something scrolled away); a number presses the button of whichever of the
   * typist's own or the groups' newest message has it, the newer first. An edited message keeps
   * its place: it only refreshes its own buttons.
   */
  const GROUPS = "\u0000groups";
  const choiceSets = new Map<string, { seq: number; messageKey: string; map: Map<number, string> }>();
  let choiceSeq = 0;
  /** Whether a question waits for the typist's answer (then buttons are typed as `#1`). */
  let questionOpen = false;
  /** Changes whenever the typist's open conversation moves on (see Core.conversationState). */
  let dialogKey: string | null = null;
  /**
   * The open form's current question as last shown to each typist: while a form is open, numbers
   * press only these buttons. Kept when something else is printed in between (a refusal, /ohje).
   */
  const questions = new Map<string, { text: string; map: Map<number, string> }>();
  /** The typist's language, for the terminal's own notes. */
  let locale = "fi";
  const renderWithChoices = (message: OutgoingMessage, viewer: string, messageKey: string, edit = false) => {
    const map = new Map<number, string>();
    const text = renderMessage(message, (action) => {
      map.set(map.size + 1, action);
      return `${questionOpen ? "#" : ""}${map.size}`;
    });
    const current = choiceSets.get(viewer);
    if (!edit) choiceSets.set(viewer, { seq: ++choiceSeq, messageKey, map });
    else if (current?.messageKey === messageKey) current.map = map;
    return { text, map };
  };
  const render = (message: OutgoingMessage, viewer: string, messageKey: string, edit = false) =>
    renderWithChoices(message, viewer, messageKey, edit).text;
  const refreshQuestion = async () => {
    ({ questionOpen, locale, dialogKey } = await core.conversationState({ platform: "terminal", userId: user }));
    if (!questionOpen) questions.delete(user);
  };
  /** The open form's question again (after a refusal, a help text, a number it has no button for). */
  const remindQuestion = (note: string) => {
    const question = questions.get(user);
    print(`(${note})`);
    if (question) print(question.text);
    else print(`(${t(locale, "terminal-form-still-open")})`);
  };
  const choiceFor = (n: number): string | undefined => {
    const own = choiceSets.get(user);
    const groups = choiceSets.get(GROUPS);
    const candidates = [own, groups].filter((c) => c?.map.has(n)).sort((a, b) => b!.seq - a!.seq);
    return candidates[0]?.map.get(n);
  };
  const viewerOf = (target: Target) =>
    target.chatId === TERMINAL_COMMUNITY || target.chatId === TERMINAL_STAFF ? GROUPS : target.chatId;

  // The terminal's own labels are in Finnish, the network's first language, like its welcome.
  const where = (target: Target) =>
    target.chatId === TERMINAL_COMMUNITY
      ? t("fi", "terminal-where-community")
      : target.chatId === TERMINAL_STAFF
        ? t("fi", "terminal-where-staff")
        : t("fi", "terminal-where-private", { chat: target.chatId });

  const notifier: Notifier = {
    platform: "terminal",
    async send(target: Target, message: OutgoingMessage) {
      const id = String(messageSeq++);
      print(`\n[${where(target)} #${id}]\n${render(message, viewerOf(target), id)}`);
      return { messageId: id };
    },
    async edit(target: Target, messageId: string, message: OutgoingMessage) {
      print(
        `\n[${where(target)} #${messageId} ${t("fi", "terminal-edited")}]\n${render(message, viewerOf(target), messageId, true)}`,
      );
    },
    async sendFile(target: Target, file: OutgoingFile) {
      const head = `\n[${where(target)}] 📎 ${file.filename}${file.caption ? ` – ${file.caption}` : ""}`;
      if (typeof file.content === "string") {
        print(`${head}\n${file.content}`);
        return;
      }
      // A picture cannot be shown in a terminal: it is saved where the person can open it.
      print(`${head}\n${await files.save(file.filename, file.content)}`);
    },
  };

  async function line(raw: string) {
    const text = raw.trim();
    if (!text) return;
    const switchMatch = /^\/(kayttaja|as)(?:\s+(.*))?$/i.exec(text);
    if (switchMatch) {
      const name = cleanName(switchMatch[2] ?? "", 40);
      // The name becomes the person's id, chat and display name in the database and in what others
      // see: it passes the same confidentiality guard as everything else typed.
      const checked = name ? core.checkText(name, "terminal:kayttaja") : { ok: true as const };
      if (!checked.ok) {
        print(`(${t(locale, checked.refusalKey)})`);
        await io.afterEach?.();
        return;
      }
      if (name) user = name;
      await refreshQuestion();
      print(`(${t(locale, "terminal-now-typing", { name: user })})`);
      if (questionOpen) print(`(${t(locale, "terminal-question-open")})`);
      return;
    }
    await refreshQuestion();
    let input: Input;
    // "#2" (or "2.", "2)", "[2]") always means button 2; a plain "2" only when no question waits
    // for an answer (then it is the answer). While a form is open, only its question's buttons count.
    const number = /^(?:\[\s*)?(#)?\s*(\d{1,2})\s*(\]|[.)])?$/.exec(text);
    const marked = number !== null && (number[1] === "#" || number[3] !== undefined);
    const wantsButton = number !== null && (marked || !questionOpen);
    const n = number ? Number(number[2]) : 0;
    const pressed = wantsButton ? (questionOpen ? questions.get(user)?.map.get(n) : choiceFor(n)) : undefined;
    if (wantsButton && !pressed) {
      if (!interactive) print(`\n» ${user}: ${text}`);
      if (questionOpen) remindQuestion(t(locale, "terminal-form-no-button", { n: number[2]! }));
      else print(`(${t(locale, "terminal-no-button", { n: number[2]! })})`);
      await io.afterEach?.();
      return;
    }
    if (pressed) {
      input = { type: "action", action: pressed };
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
    const keyBefore = dialogKey;
    await refreshQuestion();
    // Which reply is the form's question: one with buttons from the form itself (an answer or a
    // press), or from a command that opened or moved a form. A command that leaves the form as it
    // was (/ohje, /avoimet) shows other buttons: they are not the question's.
    const asksQuestion = questionOpen && (input.type !== "command" || dialogKey !== keyBefore);
    let questionShown = false;
    if (outcome.toast && !outcome.replies.length) print(`(${outcome.toast})`);
    for (const reply of outcome.replies) {
      const shown = renderWithChoices(reply.message, user, `reply-${messageSeq++}`);
      print(shown.text);
      if (asksQuestion && shown.map.size) {
        questions.set(user, shown);
        questionShown = true;
      }
      if (reply.file) await notifier.sendFile({ chatId: user }, reply.file);
    }
    if (questionOpen && outcome.replies.length) {
      if (questionShown) print(`(${t(locale, "terminal-question-open")})`);
      else remindQuestion(t(locale, "terminal-question-again"));
    }
    await io.afterEach?.();
  }

  return {
    notifier,
    line,
    currentUser: () => user,
    async run() {
      // A form left open when the terminal was last closed still waits: say so before anything is
      // typed, so the next line is not silently taken as its answer.
      await refreshQuestion();
      const rl = createInterface({ input: io.input, terminal: false });
      if (interactive) print(t("fi", "terminal-welcome", { name: user }));
      if (questionOpen) print(`(${t(locale, "terminal-form-still-open")})`);
      for await (const l of rl) await line(l);
    },
  };
}
