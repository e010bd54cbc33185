/**
 * The network's portal (issue 15): uniform organisation profiles, open work-trial, wage-subsidy
 * and other places, search and referral — in chat here, and as a public web page (src/http/portal).
 *
 * - ask.ts: `/jarjesto` (`/profile`) and `/paikka` (`/place`) guided forms (on form.ts's engine)
 * - actions.ts: the `pt:` buttons (staff approval, still current, close a filled place, list filters)
 * - lists.ts: `/paikat` (`/places`)
 * - service.ts: the state changes with their outbox messages; the periodic work
 * - render.ts: how profiles and places look; constants.ts: the fixed, translatable lists
 */
import type { Feature } from "../../app/contract.js";
import { placeCommand, placeDialog, placeFormAction, profileCommand, profileDialog, profileFormAction } from "./ask.js";
import { portalAction } from "./actions.js";
import { placesCommand } from "./lists.js";
import { renderPlacePost } from "./render.js";
import { expirePlaces, flagStaleProfiles, PLACE_ENTITY } from "./service.js";

export { PLACE_ENTITY } from "./service.js";

export const portalFeature: Feature = {
  name: "portal",
  commands: [
    { names: ["paikat", "places"], descriptionKey: "pt-cmd-places", handler: placesCommand },
    { names: ["paikka", "place"], descriptionKey: "pt-cmd-place", handler: placeCommand },
    { names: ["jarjesto", "profile"], descriptionKey: "pt-cmd-profile", handler: profileCommand },
  ],
  actions: [
    { prefix: "pt", handler: portalAction },
    { prefix: "pf", handler: profileFormAction },
    { prefix: "pp", handler: placeFormAction },
  ],
  dialogs: [profileDialog, placeDialog],
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
