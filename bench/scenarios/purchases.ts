import type { Scenario } from "../lib/context.js";
export const purchaseConcurrency: Scenario = { id: "purchases", title: "4. Concurrency: joins on one purchase", async run() {} };
