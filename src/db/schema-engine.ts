/**
 * Prisma's official schema engine, loaded from its WebAssembly build.
 *
 * The native engine binary is downloaded from Prisma's own host, which closed networks cannot
 * reach; the Wasm build ships inside an npm package and runs anywhere Node runs. Node 20 cannot
 * `import` a `.wasm` file directly, so we instantiate it by hand and hand it to the bindings.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

/** The parts of the WebAssembly global we use (its types live in TypeScript's DOM library, which we do not load). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<unknown>;
  instantiate(module: unknown, imports: Record<string, unknown>): Promise<{ exports: Record<string, unknown> }>;
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let loaded: Promise<typeof SchemaEngine> | undefined;

async function loadEngineClass(): Promise<typeof SchemaEngine> {
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Record<string, unknown> & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
    SchemaEngine: typeof SchemaEngine;
  };
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const module = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}

/** Opens Prisma's schema engine on the database behind `adapterFactory`. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodels: [string, string][] = [],
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  loaded ??= loadEngineClass();
  const Engine = await loaded;
  return Engine.new({ datamodels }, (line: string) => log(line), bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

export const noFilters = { externalTables: [] as string[], externalEnums: [] as string[] };
