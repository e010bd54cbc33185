/**
 * Co-purchasing of courses: needs are pooled across organisations, joint purchases are
 * posted with a live status, seats are committed per organisation with a waiting list, and the
 * cost is split to the cent at the deadline.
 *
 * Commands: /tarve (/need), /hankinta (/purchase), /hankinnat (/purchases), /kurssityyppi
 * (/coursetype, adding is for staff). Buttons: `pu:…`. Jobs: offer expiry and deadlines.
 *
 * - ask.ts: `/tarve` and `/hankinta` guided conversations and one-line forms, proposals, publishing
 * - actions.ts: the `pu:` buttons (seats, offers, the organiser's list, close and cancel)
 * - lists.ts: `/hankinnat`, one purchase, course types, and the `/omat` section
 * - service.ts and needs.ts: the state changes and who may make them, each with its outbox messages in one transaction
 * - render.ts, form.ts, parse.ts, split.ts: how a purchase looks, the form's fields, input parsing, the cost split
 */
import type { Feature } from "../../app/contract.js";
import { need, needFlow, purchaseFlow } from "./ask.js";
import { purchaseAction, purchaseCommand, seatsFlow } from "./actions.js";
import { courseTypes, list, renderMineSection } from "./lists.js";
import { expireOffers, POST_TYPE, runDeadlines } from "./service.js";
import { renderPurchasePost } from "./render.js";

export const purchasesFeature: Feature = {
  name: "purchases",
  commands: [
    { names: ["tarve", "need"], descriptionKey: "cmd-need", handler: need },
    { names: ["hankinta", "purchase"], descriptionKey: "cmd-purchase", handler: purchaseCommand },
    { names: ["hankinnat", "purchases"], descriptionKey: "cmd-purchases", handler: list },
    { names: ["kurssityyppi", "coursetype"], descriptionKey: "cmd-coursetype", listed: false, handler: courseTypes },
  ],
  actions: [{ prefix: "pu", handler: purchaseAction }],
  dialogs: [needFlow, purchaseFlow, seatsFlow],
  postRenderers: { [POST_TYPE]: renderPurchasePost },
  jobs: [
    { name: "purchases-offers", run: async (deps) => void (await expireOffers(deps)) },
    { name: "purchases-deadlines", run: async (deps) => void (await runDeadlines(deps)) },
  ],
  mineSections: [{ order: 20, render: renderMineSection }],
};

export { splitCents } from "./split.js";
