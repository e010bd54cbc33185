import type { Scenario } from "../lib/context.js";
export const digestDelivery: Scenario = { id: "digest", title: "3. Digest delivery", async run() {} };
