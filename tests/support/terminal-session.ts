/**
 * A terminal session for adapter tests: the real terminal adapter on a fresh database with the
 * community group and staff channel configured; lines typed into a stream, buttons pressed by
 * the numbers printed next to their labels, the outbox delivered after each line.
 */
import { PassThrough } from "node:stream";
import { createTerminalAdapter, TERMINAL_COMMUNITY, TERMINAL_STAFF } from "../../src/bots/terminal/adapter.js";
import { syncChannels } from "../../src/core/delivery/channels.js";
import { deliverDue } from "../../src/core/delivery/outbox.js";
import type { Notifier } from "../../src/core/app/contract.js";
import { testCore, type TestClock } from "./core.js";

export async function terminalSession(options: { env?: Record<string, string>; clock?: TestClock } = {}) {
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
  /** Types lines, waits until each is handled, and returns what was printed since the last call. */
  const type = async (...lines: string[]) => {
    for (const l of lines) {
      const before = { printed: printed.length, handled };
      input.write(`${l}\n`);
      if (/^\/(kayttaja|as)\b/i.test(l)) await waitFor(() => printed.slice(before.printed).includes("nyt kirjoittaa"));
      else await waitFor(() => handled > before.handled);
    }
    const out = printed.slice(seen);
    seen = printed.length;
    return out;
  };
  /** How the most recently printed button whose label starts with `label` is pressed: "2", or "#2" while a question waits. */
  const button = (label: string) => {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const all = [...printed.matchAll(new RegExp(`\\[(#?\\d+)\\] (?:✅ )?${escaped}`, "g"))];
    const last = all.at(-1);
    if (!last) throw new Error(`no button "${label}" printed`);
    return last[1]!;
  };
  const press = (label: string) => type(button(label));
  return { ...t, type, press, button, drain, end: async () => (input.end(), await running), printed: () => printed };
}

async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("terminal did not answer");
    await new Promise((r) => setTimeout(r, 10));
  }
}
