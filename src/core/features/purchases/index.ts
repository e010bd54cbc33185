/**
 * Co-purchasing of courses (issue 4): needs are pooled across organisations, joint purchases are
 * posted with a live status, seats are committed per organisation with a waiting list, and the
 * cost is split to the cent at the deadline.
 *
 * Commands: /tarve (/need), /hankinta (/purchase), /hankinnat (/purchases), /kurssityyppi
 * (/coursetype, adding is for staff). Buttons: `pu:…`. Jobs: offer expiry and deadlines.
 */
import type { Feature } from "../../app/contract.js";
import { FLOW_NEED, FLOW_PURCHASE, FLOW_SEATS, handlers, purchaseAction } from "./commands.js";
import { renderMineSection } from "./mine.js";
import { expireOffers, POST_TYPE, runDeadlines } from "./service.js";
import { renderPurchasePost } from "./render.js";

export const purchasesFeature: Feature = {
  name: "purchases",
  commands: [
    { names: ["tarve", "need"], descriptionKey: "cmd-need", handler: handlers.need },
    { names: ["hankinta", "purchase"], descriptionKey: "cmd-purchase", handler: handlers.purchase },
    { names: ["hankinnat", "purchases"], descriptionKey: "cmd-purchases", handler: handlers.list },
    { names: ["kurssityyppi", "coursetype"], descriptionKey: "cmd-coursetype", listed: false, handler: handlers.courseTypes },
  ],
  actions: [{ prefix: "pu", handler: purchaseAction }],
  dialogs: [
    { flow: FLOW_NEED, onText: handlers.needDialog },
    { flow: FLOW_PURCHASE, onText: handlers.purchaseDialog },
    { flow: FLOW_SEATS, onText: handlers.seatsDialog },
  ],
  postRenderers: { [POST_TYPE]: renderPurchasePost },
  jobs: [
    { name: "purchases-offers", run: async (deps) => void (await expireOffers(deps)) },
    { name: "purchases-deadlines", run: async (deps) => void (await runDeadlines(deps)) },
  ],
  mineSections: [{ order: 20, render: renderMineSection }],
};

export { splitCents } from "./split.js";
