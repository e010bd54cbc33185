/**
 * The terminal adapter driven as a person would, for adapter tests: the real terminal adapter on a
 * fresh database with the community group and staff channel configured (Kaisa is staff unless
 * `env` says otherwise); lines typed into a stream, what it prints read back, the outbox delivered
 * after each line. `press(label)` types what the newest button with that label shows ("2", or "#2"
 * while a question waits for an answer).
 */
import { PassThrough } from "node:stream";
import { testCore, type TestClock } from "./core.js";
import { createTerminalAdapter, TERMINAL_COMMUNITY, TERMINAL_STAFF } from "../../src/bots/terminal/adapter.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { deliverDue } from "../../src/core/delivery/outbox.js";
import type { Notifier } from "../../src/core/app/contract.js";

export async function terminal(options: { env?: Record<string, string>; clock?: TestClock; filesRoot?: string } = {}) {
  const t = await testCore({
    env: { STAFF_ADMINS: "terminal:Kaisa", ...options.env },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await syncChannels(t.db, "terminal", [
    { platform: "terminal", chatId: TERMINAL_COMMUNITY, kind: "community" },
    { platform: "terminal", chatId: TERMINAL_STAFF, kind: "staff" },
  ]);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  let notifier: Notifier | undefined;
  const drain = async () => {
    for (let i = 0; i < 50; i++) {
      const r = await deliverDue(
        t.deps,
        { terminal: notifier! },
        { workerId: "terminal-test", renderers: t.core.registry.postRenderers },
      );
      if (!r.sent) break;
    }
  };
  // The adapter calls afterEach once it has handled a line (a user switch only prints a note).
  let handled = 0;
  const adapter = createTerminalAdapter(
    t.core,
    {
      input,
      output,
      afterEach: async () => {
        await drain();
        handled++;
      },
    },
    options.filesRoot ? { filesRoot: options.filesRoot } : {},
  );
  notifier = adapter.notifier;
  const running = adapter.run();
  let seen = 0;
  /** Types lines into the stream, waits until each is handled, and returns what was printed since the last call. */
  const type = async (...lines: string[]) => {
    for (const l of lines) {
      const before = { printed: printed.length, handled };
      input.write(`${l}\n`);
      // A user switch prints a note (or, when the name is refused, the refusal and counts as handled).
      if (/^\/(kayttaja|as)\b/i.test(l))
        await waitFor(() => printed.slice(before.printed).includes("nyt kirjoittaa") || handled > before.handled);
      else await waitFor(() => handled > before.handled);
    }
    const out = printed.slice(seen);
    seen = printed.length;
    return out;
  };
  /**
   * How the most recently printed button with this label is pressed: "2", or "#2" while a question
   * waits. A label that is the whole button text wins; otherwise the newest button whose text starts
   * with it (a "✅ " mark before the label is skipped).
   */
  const button = (label: string) => {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const find = (re: RegExp) => [...printed.matchAll(re)].at(-1)?.[1];
    const found =
      find(new RegExp(`\\[(#?\\d+)\\] (?:✅ )?${escaped}(?=  \\[|\\n|$)`, "g")) ??
      find(new RegExp(`\\[(#?\\d+)\\] (?:✅ )?${escaped}`, "g"));
    if (!found) throw new Error(`no button "${label}" printed`);
    return found;
  };
  const press = (label: string) => type(button(label));
  return { ...t, type, press, button, drain, end: async () => (input.end(), await running), printed: () => printed };
}

export async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("terminal did not answer");
    await new Promise((r) => setTimeout(r, 10));
  }
}
