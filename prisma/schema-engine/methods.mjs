// The JSON-RPC methods the Prisma CLI calls, answered by the wasm engine. Most pass straight
// through; the few the wasm build lacks or answers differently are adapted here.
import { ConnectionProblem, connectionProblem, createDatabase } from "./connection.mjs";
import { createAdapterFactory } from "./adapter-factory.mjs";
import {
  adjustCreatedMigration,
  adjustDataLossEvaluation,
  adjustDiffFromMigrations,
  declaredExtensions,
} from "./shadow-extensions.mjs";
import { openSchemaEngine } from "./wasm-engine.mjs";

const PASS_THROUGH = [
  "applyMigrations",
  "dbExecute",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
];

/**
 * A `handle(method, params, peer)` for serveJsonRpc and the matching `toError`. The engine is
 * opened on the first call that needs it (opening it connects to the database).
 * @param {{ schemaFiles: [string, string][], datasource: { url: string, shadowDatabaseUrl?: string },
 *   log: (line: string) => void }} options
 */
export function createMethodHandler({ schemaFiles, datasource, log }) {
  let panicMessage = null;
  let opening;
  const extensions = declaredExtensions(schemaFiles.map(([, content]) => content));
  const adapterFactory = createAdapterFactory({ ...datasource, extensions });
  const { shadowExtensions } = adapterFactory;
  const engine = () =>
    (opening ??= openSchemaEngine({
      schemaFiles,
      adapterFactory,
      onLog: log,
      onPanic: (message) => (panicMessage = message),
    }).catch(async (error) => {
      throw (await connectionProblem(datasource.url)) ?? error;
    }));

  const adapted = {
    // The native engine prints the diff through the CLI (a `print` request) and returns no stdout.
    async diff(params, peer) {
      let result = await (await engine()).diff(params);
      if (params?.from?.tag === "migrations") result = adjustDiffFromMigrations(result, params, shadowExtensions);
      if (result.stdout) await peer.request("print", { content: result.stdout });
      return { ...result, stdout: null };
    },
    createMigration: async (params) =>
      adjustCreatedMigration(await withShadowSchema(params, "createMigration"), params, shadowExtensions),
    evaluateDataLoss: async (params) =>
      adjustDataLossEvaluation(
        await withShadowSchema(params, "evaluateDataLoss"),
        declaredExtensions((params?.schema?.files ?? []).map((file) => file.content)),
        shadowExtensions,
      ),
    getDatabaseVersion: async (params) => (await engine()).version(params),
    async createDatabase(params) {
      const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource.url;
      return { databaseName: await createDatabase(url) };
    },
    debugPanic: async () => (await engine()).debugPanic(),
  };

  // evaluateDataLoss and createMigration find the migration history's schema only in a cache
  // that devDiagnostic fills, and cannot build it themselves in the wasm build ("shadow DB must be
  // provided through an external factory"): that happens in `migrate dev` after it applied pending
  // migrations. diagnoseMigrationHistory, given the same migrations, fills the cache; then retry.
  async function withShadowSchema(params, method) {
    const wasm = await engine();
    try {
      return await wasm[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/.test(messageOf(error))) throw error;
      const { migrationsList, filters } = params;
      await wasm.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
      return wasm[method](params);
    }
  }

  async function call(method, params, peer) {
    if (Object.hasOwn(adapted, method)) return adapted[method](params, peer);
    if (PASS_THROUGH.includes(method)) return (await engine())[method](params);
    throw new Error(`The schema engine built on schema-engine-wasm has no method "${method}".`);
  }

  // A Rust panic surfaces as a WebAssembly trap thrown outside any promise; it fails the call in
  // progress (and every later one: the instance is unusable afterwards).
  const trapped = new Promise((_, reject) => {
    process.on("uncaughtException", (error) => {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      reject(error);
    });
  });
  trapped.catch(() => {});
  const handle = (method, params, peer) => Promise.race([call(method, params, peer), trapped]);

  function toError(error) {
    const data =
      panicMessage !== null || error instanceof WebAssembly.RuntimeError
        ? { is_panic: true, message: panicMessage ?? `The schema engine crashed: ${messageOf(error)}`, backtrace: null }
        : { is_panic: false, message: messageOf(error), error_code: codeOf(error), meta: error?.meta ?? null };
    panicMessage = null;
    return { code: 4466, message: "An error happened. Check the data field for details.", data };
  }

  return { handle, toError };
}

// The wasm build appends a trace of the engine's spans ("   0: sql_schema_connector::…\n at
// schema-engine/…rs:113"); the native engine does not show it, and it says nothing to a user.
function messageOf(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\n\s+0: \w+::[\s\S]*$/, "");
}

function codeOf(error) {
  if (error instanceof ConnectionProblem) return error.code;
  return typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
}
