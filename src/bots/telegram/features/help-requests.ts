/** /pyyda (/ask), /avoimet (/open), /omat (/mine) and the help-request buttons (hr:…, ask:…). */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function helpRequestsFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["pyyda", "ask", "avoimet", "open", "omat", "mine"], (ctx) => d.command(ctx));
  c.callbackQuery(/^(hr|ask):/, (ctx) => d.action(ctx));
  return c;
}
