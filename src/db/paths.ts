import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (two levels above src/db). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
