// The official WebAssembly build of Prisma's schema engine (@prisma/schema-engine-wasm), loaded in
// Node and connected to Postgres through a driver adapter.
import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

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
 * A wasm SchemaEngine for the given schema files, reaching the database through `adapterFactory`.
 * `onLog` receives the engine's log lines (JSON strings); a Rust panic's message is passed to
 * `onPanic` before the call fails.
 * @param {{ schemaFiles: [string, string][], adapterFactory: object,
 *   onLog: (line: string) => void, onPanic: (message: string) => void }} options
 */
export async function openSchemaEngine({ schemaFiles, adapterFactory, onLog, onPanic }) {
  const { SchemaEngine } = await loadWasm();
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: onPanic };
  // An empty list makes the engine panic; no list is what it expects when there is no schema.
  const datamodels = schemaFiles.length > 0 ? schemaFiles : undefined;
  return SchemaEngine.new({ datamodels }, onLog, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
