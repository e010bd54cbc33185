/** /tarve (/need), /hankinta (/purchase), /hankinnat (/purchases), /kurssityyppi (/coursetype) and the joint-purchase buttons (pu:…). */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function purchasesFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["tarve", "need", "hankinta", "purchase", "hankinnat", "purchases", "kurssityyppi", "coursetype"], (ctx) => d.command(ctx));
  c.callbackQuery(/^pu:/, (ctx) => d.action(ctx));
  return c;
}
