/** Assembles the core from its features. */
import type { CoreDeps, Feature, HandlerOutcome, Interaction } from "./contract.js";
import { createRegistry, handleInteraction, type Registry } from "./router.js";
import { t } from "../i18n/index.js";
import type { Locale } from "../types.js";
import "../jobs/housekeeping.js";
import { basicsFeature } from "../features/basics.js";
import { memberDataFeature } from "../features/member-data.js";
import { helpRequestsFeature } from "../features/help-requests/index.js";
import { digestFeature } from "../features/digest/index.js";
import { purchasesFeature } from "../features/purchases/index.js";
import { portalFeature } from "../features/portal/index.js";

/** In this order in the platforms' command menus: asking for help first, as it is what the network lacks. */
export const defaultFeatures: Feature[] = [helpRequestsFeature, purchasesFeature, portalFeature, digestFeature, basicsFeature, memberDataFeature];

export interface Core {
  deps: CoreDeps;
  registry: Registry;
  handle(interaction: Interaction): Promise<HandlerOutcome>;
  /** Commands for the platforms' menus, in one language: Finnish names in Finnish, the English alias otherwise. */
  commandMenu(locale: Locale): { command: string; description: string }[];
}

export function createCore(deps: CoreDeps, features: Feature[] = defaultFeatures): Core {
  const registry = createRegistry(features);
  return {
    deps,
    registry,
    handle: (interaction) => handleInteraction(deps, registry, interaction),
    commandMenu(locale) {
      const out: { command: string; description: string }[] = [];
      for (const f of registry.features) {
        for (const c of f.commands ?? []) {
          if (c.listed === false) continue;
          const name = locale === "fi" ? c.names[0]! : (c.names[1] ?? c.names[0]!);
          out.push({ command: name, description: t(locale, c.descriptionKey).slice(0, 256) });
        }
      }
      return out;
    },
  };
}
