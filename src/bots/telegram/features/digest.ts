/** /tilaa, /peru, /kooste (and their English names) and the digest's buttons. */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function digestFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["tilaa", "subscribe", "peru", "unsubscribe", "kooste", "digest"], (ctx) => d.command(ctx));
  c.callbackQuery(/^dg:/, (ctx) => d.action(ctx));
  return c;
}
