// `npm start` (and `npm run dev`): one command from a fresh clone to the explorer with every
// document loaded. It opens the database (embedded unless DATABASE_URL names a server), applies
// migrations, loads data/, builds the app if the build is missing or stale, and serves it: Next on
// a loopback port behind the front server (server/frontServer.ts), which answers repeated API
// reads from the response cache. `npm run dev` serves Next directly (hot reload).
import { z } from "zod";
import { env, EnvError } from "../config/env.mjs";
import { openDatabase, describe, type OpenDatabase } from "./database";
import { prepareDatabase } from "./prepareDatabase";
import { ensurePortFree, freePort } from "./ports";
import { buildIfStale, serveNext } from "./nextProcess";
import { listenFront } from "./listenFront";
import { StartupError } from "./startupError";

const flagsSchema = z
  .array(z.enum(["--dev", "--prepare-only"]))
  .transform((flags) => ({ dev: flags.includes("--dev"), prepareOnly: flags.includes("--prepare-only") }));

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const config = env();
  if (!flags.prepareOnly) await ensurePortFree(config.PORT);

  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, embeddedDataDir: config.EMBEDDED_DB_DIR });
  onExit(() => database.close());
  const where = database.kind === "embedded" ? `embedded database in ${config.EMBEDDED_DB_DIR}` : `Postgres server at ${describe(database.url)}`;
  log(`Database: ${where}.`);

  const summary = await prepareDatabase(database.url, log);
  log(`Loaded: ${summary.documents} documents, ${summary.places} places, ${summary.facts} facts, ${summary.deployments} deployments.`);
  if (flags.prepareOnly) return shutdown(database, 0);

  if (!flags.dev) await buildIfStale(log);
  const nextPort = flags.dev ? config.PORT : await freePort();
  // Behind the front, the front holds the API cache; Next keeping a second copy would only cost memory.
  const child = serveNext({ dev: flags.dev, port: nextPort, databaseUrl: database.url, databaseKind: database.kind, env: flags.dev ? {} : { API_CACHE: "off" } });
  onExit(() => child.stop());
  await child.ready;
  if (!flags.dev) {
    const front = await listenFront({ port: config.PORT, upstreamPort: nextPort, databaseUrl: database.url, cache: config.API_CACHE, cacheMaxBytes: config.API_CACHE_MAX_BYTES });
    onExit(() => front.close());
  }
  log(`The explorer is ready at http://localhost:${config.PORT}`);
  const code = await child.exited;
  await shutdown(database, code);
}

function parseFlags(argv: string[]) {
  const result = flagsSchema.safeParse(argv);
  if (!result.success) {
    throw new StartupError(`Unknown option: ${argv.join(" ")}.`, "Use `npm start`, `npm start -- --prepare-only` or `npm run dev`.");
  }
  return result.data;
}

const exitHandlers: (() => Promise<void> | void)[] = [];
function onExit(handler: () => Promise<void> | void) {
  exitHandlers.push(handler);
}
async function runExitHandlers() {
  for (const handler of exitHandlers.splice(0).reverse()) await Promise.resolve(handler()).catch(() => undefined);
}
async function shutdown(_database: OpenDatabase, code: number): Promise<void> {
  await runExitHandlers();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void runExitHandlers().then(() => process.exit(0));
  });
}

function log(line: string) {
  process.stdout.write(`[explorer] ${line}\n`);
}

main().catch(async (error: unknown) => {
  await runExitHandlers();
  if (error instanceof StartupError || error instanceof EnvError) {
    process.stderr.write(`[explorer] ${error.message}\n`);
  } else {
    process.stderr.write(`[explorer] Unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
