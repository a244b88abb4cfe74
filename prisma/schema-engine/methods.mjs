// The JSON-RPC methods the Prisma CLI calls, answered by the wasm engine. Most pass straight
// through; the few the wasm build lacks or answers differently are adapted here.
import { ConnectionProblem, connectionProblem, createDatabase } from "./connection.mjs";
import { openSchemaEngine } from "./wasm-engine.mjs";

const PASS_THROUGH = [
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "evaluateDataLoss",
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
  const engine = () =>
    (opening ??= openSchemaEngine({
      schemaFiles,
      datasource,
      onLog: log,
      onPanic: (message) => (panicMessage = message),
    }).catch(async (error) => {
      throw (await connectionProblem(datasource.url)) ?? error;
    }));

  const adapted = {
    // The native engine prints the diff through the CLI (a `print` request) and returns no stdout.
    async diff(params, peer) {
      const result = await (await engine()).diff(params);
      if (result.stdout) await peer.request("print", { content: result.stdout });
      return { ...result, stdout: null };
    },
    getDatabaseVersion: async (params) => (await engine()).version(params),
    async createDatabase(params) {
      const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource.url;
      return { databaseName: await createDatabase(url) };
    },
    debugPanic: async () => (await engine()).debugPanic(),
  };

  async function handle(method, params, peer) {
    if (Object.hasOwn(adapted, method)) return adapted[method](params, peer);
    if (PASS_THROUGH.includes(method)) return (await engine())[method](params);
    throw new Error(`The schema engine built on schema-engine-wasm has no method "${method}".`);
  }

  function toError(error) {
    const data =
      panicMessage !== null
        ? { is_panic: true, message: panicMessage, backtrace: null }
        : { is_panic: false, message: messageOf(error), error_code: codeOf(error), meta: error?.meta ?? null };
    panicMessage = null;
    return { code: 4466, message: "An error happened. Check the data field for details.", data };
  }

  return { handle, toError };
}

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error) {
  if (error instanceof ConnectionProblem) return error.code;
  return typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
}
