import type { Scenario } from "../lib/context.js";
export const slackAck: Scenario = { id: "slack", title: "2. Slack acknowledgement", async run() {} };
