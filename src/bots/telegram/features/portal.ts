/** /paikat (/places), /paikka (/place), /jarjesto (/profile), /etsi (/find), /ohjaa (/refer) and the portal's buttons (pt:…, pf:…, pp:…, pr:…). */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function portalFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["paikat", "places", "paikka", "place", "jarjesto", "profile", "etsi", "find", "ohjaa", "refer"], (ctx) => d.command(ctx));
  c.callbackQuery(/^(pt|pf|pp|pr):/, (ctx) => d.action(ctx));
  return c;
}
