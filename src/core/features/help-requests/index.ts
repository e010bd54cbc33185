/**
 * Help requests: make asking for help the easiest thing in the network. One record,
 * posted to the Telegram community group, the Slack staff channel and the terminal, and kept in
 * step everywhere by editing the posts whenever its status changes.
 *
 * - ask.ts: `/pyyda` (`/ask`) guided conversation and one-line asking
 * - actions.ts: the `hr:` buttons (offer, accept, decline, resolve, thank, extend, staff actions)
 * - lists.ts: `/avoimet` (`/open`) and `/omat` (`/mine`)
 * - service.ts: the state changes, each with its outbox messages in one transaction; periodic work
 * - render.ts: how a request looks in posts; validate.ts: input checks (confidentiality: src/core/privacy)
 */
import type { Feature } from "../../app/contract.js";
import { askAction, askCommand, askDialog } from "./ask.js";
import { hideDialog, hrAction, offerDialog } from "./actions.js";
import { helpRequestsMineSection, mineCommand, openCommand } from "./lists.js";
import { renderRequestPost } from "./render.js";
import { ENTITY, expireRequests, flagUnanswered, remindBeforeExpiry } from "./service.js";

export { ENTITY as HELP_REQUEST_ENTITY } from "./service.js";

export const helpRequestsFeature: Feature = {
  name: "help-requests",
  commands: [
    { names: ["pyyda", "ask"], descriptionKey: "hr-cmd-ask", handler: askCommand },
    { names: ["avoimet", "open"], descriptionKey: "hr-cmd-open", handler: openCommand },
    { names: ["omat", "mine"], descriptionKey: "hr-cmd-mine", handler: mineCommand },
  ],
  actions: [
    { prefix: "ask", handler: askAction },
    { prefix: "hr", handler: hrAction },
  ],
  dialogs: [askDialog, offerDialog, hideDialog],
  postRenderers: { [ENTITY]: renderRequestPost },
  jobs: [
    {
      name: "help-requests",
      async run(deps) {
        const expired = await expireRequests(deps);
        const reminded = await remindBeforeExpiry(deps);
        const flagged = await flagUnanswered(deps);
        if (expired || reminded || flagged) deps.log.info({ expired, reminded, flagged }, "help requests maintained");
      },
    },
  ],
  mineSections: [helpRequestsMineSection],
};
