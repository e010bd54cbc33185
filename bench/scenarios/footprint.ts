import type { Scenario } from "../lib/context.js";
export const footprint: Scenario = { id: "footprint", title: "5. Footprint", async run() {} };
