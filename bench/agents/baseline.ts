/** The floor for start-up time and memory: Node with the tsx loader, importing nothing of the product. */
import { memory, send, serve } from "./ipc.js";
import { nowMs } from "../lib/stats.js";

serve({ rss: () => memory(), stop: () => null });
send({ event: "ready", readyAtMs: nowMs(), processStartMs: performance.timeOrigin });
