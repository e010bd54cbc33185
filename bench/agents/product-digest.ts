/** Digest commands of the product agent (filled in once the digest feature has landed). */
import type { App } from "../../src/app.js";
import type { Notifier } from "../../src/core/app/contract.js";
import type { Handler } from "./ipc.js";

export function digestHooks(_app: App, _notifiers: Partial<Record<string, Notifier>>): Record<string, Handler> {
  return {};
}
