/** /start, /ohje, /kieli, /organisaatio, /keskeyta and their buttons. */
import { Composer } from "grammy";
import type { Dispatcher } from "../dispatch.js";

export function basicsFeature(d: Dispatcher) {
  const c = new Composer();
  c.command(["start", "ohje", "help", "kieli", "language", "organisaatio", "organisation", "keskeyta", "cancel"], (ctx) => d.command(ctx));
  c.callbackQuery(/^(lang|org):/, (ctx) => d.action(ctx));
  return c;
}
