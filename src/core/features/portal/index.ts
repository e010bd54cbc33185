/**
 * The network's portal (issue 15): uniform organisation profiles, open work-trial, wage-subsidy
 * and other places, search and referral — in chat here, and as a public web page (src/http/portal).
 *
 * - ask.ts: `/jarjesto` (`/profile`) and `/paikka` (`/place`) guided forms (on form.ts's engine)
 * - actions.ts: the `pt:` buttons (staff approval, still current, close a filled place, list filters)
 * - lists.ts: `/paikat` (`/places`); find.ts: `/etsi` (`/find`); refer.ts: `/ohjaa` (`/refer`)
 * - search.ts: the search index (Snowball stemmers + MiniSearch), cached with a database check
 * - service.ts: the state changes with their outbox messages; the periodic work
 * - render.ts: how profiles and places look; constants.ts: the fixed, translatable lists
 */
import type { Feature } from "../../app/contract.js";
import { placeCommand, placeDialog, placeFormAction, profileCommand, profileDialog, profileFormAction } from "./ask.js";
import { createPortalAction, hideCommand } from "./actions.js";
import { findCommand } from "./find.js";
import { createReferral } from "./refer.js";
import { createPortalSearch, type PortalSearch } from "./search.js";
import { placesCommand } from "./lists.js";
import { renderPlacePost } from "./render.js";
import { expirePlaces, flagStaleProfiles, PLACE_ENTITY } from "./service.js";

export { PLACE_ENTITY } from "./service.js";
export { createPortalSearch, type PortalSearch } from "./search.js";

/**
 * The portal feature. `search` is the search cache shared with the web page (one per core; see
 * search.ts for why it is safe with several processes on one database).
 */
export function createPortalFeature(search: PortalSearch = createPortalSearch()): Feature {
  const referral = createReferral(search);
  return {
    name: "portal",
    commands: [
      { names: ["etsi", "find"], descriptionKey: "pt-cmd-find", handler: findCommand(search) },
      { names: ["ohjaa", "refer"], descriptionKey: "pt-cmd-refer", handler: (ctx) => referral.command(ctx) },
      { names: ["paikat", "places"], descriptionKey: "pt-cmd-places", handler: placesCommand },
      { names: ["paikka", "place"], descriptionKey: "pt-cmd-place", handler: placeCommand },
      { names: ["jarjesto", "profile"], descriptionKey: "pt-cmd-profile", handler: profileCommand },
      { names: ["piilota", "hide"], descriptionKey: "pt-cmd-hide", listed: false, handler: hideCommand },
    ],
    actions: [
      { prefix: "pt", handler: createPortalAction(referral) },
      { prefix: "pr", handler: referral.action },
      { prefix: "pf", handler: profileFormAction },
      { prefix: "pp", handler: placeFormAction },
    ],
    dialogs: [profileDialog, placeDialog, referral.dialog],
    postRenderers: { [PLACE_ENTITY]: renderPlacePost },
    jobs: [
      {
        name: "portal",
        async run(deps) {
          const expired = await expirePlaces(deps);
          const stale = await flagStaleProfiles(deps);
          if (expired || stale.organisations || stale.staff) deps.log.info({ expired, ...stale }, "portal maintained");
        },
      },
    ],
  };
}
