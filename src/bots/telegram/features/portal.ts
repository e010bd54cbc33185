/** /paikat (/places), /paikka (/place), /jarjesto (/profile) and the portal's buttons (pt:…, pf:…, pp:…). */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function portalFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["paikat", "places", "paikka", "place", "jarjesto", "profile"], (ctx) => d.command(ctx));
  c.callbackQuery(/^(pt|pf|pp):/, (ctx) => d.action(ctx));
  return c;
}
