/**
 * The terminal adapter driven as a person would: lines typed into a stream, what it prints read
 * back; `press(label)` types what the newest button with that label shows ("2", or "#2" while a
 * question waits for an answer).
 */
import { PassThrough } from "node:stream";
import { testCore } from "./core.js";
import { createTerminalAdapter, TERMINAL_COMMUNITY, TERMINAL_STAFF } from "../../src/bots/terminal/adapter.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { deliverDue } from "../../src/core/delivery/outbox.js";
import type { Notifier } from "../../src/core/app/contract.js";

export async function terminal(env: Record<string, string> = { STAFF_ADMINS: "terminal:Kaisa" }) {
  const t = await testCore({ env });
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
    for (let i = 0; i < 20; i++) {
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
  const adapter = createTerminalAdapter(t.core, {
    input,
    output,
    afterEach: async () => {
      await drain();
      handled++;
    },
  });
  notifier = adapter.notifier;
  const running = adapter.run();
  let seen = 0;
  /** Types lines into the stream, waits until each is handled, and returns what was printed in answer. */
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
  /** How the most recently printed button with this label is pressed: "2", or "#2" while a question waits. */
  const button = (label: string) => {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const all = [...printed.matchAll(new RegExp(`\\[(#?\\d+)\\] ${escaped}(?=  \\[|\\n|$)`, "g"))];
    const last = all.at(-1);
    if (!last) throw new Error(`no button "${label}" printed`);
    return last[1]!;
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
