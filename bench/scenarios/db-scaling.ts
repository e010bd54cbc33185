import type { Scenario } from "../lib/context.js";
export const dbScaling: Scenario = { id: "dbsize", title: "Scaling with database size", async run() {} };
