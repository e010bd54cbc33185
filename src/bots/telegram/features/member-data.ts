/** /omat_tiedot, /poista_tiedot and the deletion confirmation. */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function memberDataFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["omat_tiedot", "mydata", "poista_tiedot", "deletedata"], (ctx) => d.command(ctx));
  c.callbackQuery(/^md:/, (ctx) => d.action(ctx));
  return c;
}
