// The official WebAssembly build of Prisma's schema engine (@prisma/schema-engine-wasm), loaded in
// Node and connected to Postgres through a driver adapter.
import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createAdapterFactory } from "./database.mjs";

let loaded;

/** Instantiates the wasm module once per process. */
export async function loadWasm() {
  loaded ??= (async () => {
    const wasmUrl = new URL("./schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bindings;
  })();
  return loaded;
}

/** The engine's git hash, which must equal @prisma/engines-version's enginesVersion. */
export async function engineVersion() {
  return (await loadWasm()).version();
}

/**
 * A wasm SchemaEngine for the given schema files and datasource. `onLog` receives the engine's
 * log lines (JSON strings); a Rust panic's message is passed to `onPanic` before the call fails.
 * @param {{ schemaFiles: [string, string][], datasource: { url: string, shadowDatabaseUrl?: string },
 *   onLog: (line: string) => void, onPanic: (message: string) => void }} options
 */
export async function openSchemaEngine({ schemaFiles, datasource, onLog, onPanic }) {
  const { SchemaEngine } = await loadWasm();
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: onPanic };
  const factory = createAdapterFactory({ ...datasource, extensions: declaredExtensions(schemaFiles) });
  return SchemaEngine.new({ datamodels: schemaFiles }, onLog, bindMigrationAwareSqlAdapterFactory(factory));
}

/** The names in the datasource's `extensions = [pg_trgm, …]` list. */
function declaredExtensions(schemaFiles) {
  const names = [];
  for (const [, content] of schemaFiles) {
    const list = /^\s*extensions\s*=\s*\[([^\]]*)\]/m.exec(content)?.[1] ?? "";
    names.push(...list.split(",").map((entry) => entry.trim().match(/^[A-Za-z_]\w*/)?.[0]).filter(Boolean));
  }
  return names;
}
