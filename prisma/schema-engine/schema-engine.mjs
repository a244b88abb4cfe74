#!/usr/bin/env node
// Prisma's schema engine for machines that cannot download the native one: the same command line
// and JSON-RPC protocol as the native binary, answered by the official WebAssembly build.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; see README.md beside this file.
//
//   schema-engine.mjs --datamodels FILE… --datasource JSON     JSON-RPC on stdin/stdout
//   schema-engine.mjs --datasource JSON cli COMMAND            can-connect-to-database, create-database, drop-database
//   schema-engine.mjs --version
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { connectionProblem, createDatabase, dropDatabase } from "./connection.mjs";
import { serveJsonRpc } from "./json-rpc.mjs";
import { createMethodHandler } from "./methods.mjs";
import { engineVersion } from "./wasm-engine.mjs";

const { values: options, positionals } = parseArgs({
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
    version: { type: "boolean", short: "V" },
  },
  allowPositionals: true,
  strict: false,
});

const logLine = (level, message, fields = {}) =>
  process.stderr.write(JSON.stringify({ level, target: "schema_engine::logger", fields: { message, ...fields } }) + "\n");

if (options.version) {
  process.stdout.write(`schema-engine-cli ${await engineVersion()}\n`);
} else if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1], datasourceOption().url);
} else {
  await serveRpc();
}

function datasourceOption() {
  const datasource = options.datasource ? JSON.parse(String(options.datasource)) : {};
  if (typeof datasource.url !== "string" || datasource.url === "") {
    logLine("ERROR", "No database URL: set DATABASE_URL (prisma.config.ts reads it).", { error_code: "P1012" });
    process.exit(1);
  }
  return datasource;
}

async function serveRpc() {
  const schemaFiles = await Promise.all(
    (options.datamodels ?? []).map(async (file) => [String(file), await readFile(String(file), "utf8")]),
  );
  const { handle, toError } = createMethodHandler({
    schemaFiles,
    datasource: datasourceOption(),
    log: (line) => process.stderr.write(line + "\n"),
  });
  await serveJsonRpc({ input: process.stdin, output: process.stdout, handle, toError });
  // Pools and timers of the adapter must not keep the process alive once the CLI hangs up.
  process.exit(0);
}

/** The native engine's `cli` subcommands: exit code 0 on success, else 1 with an ERROR log line. */
async function runCliCommand(command, url) {
  // The CLI skips the first stderr line before reading the ERROR one.
  logLine("INFO", `Starting schema engine CLI command ${command}`);
  try {
    switch (command) {
      case "can-connect-to-database": {
        const problem = await connectionProblem(url);
        if (problem) throw problem;
        logLine("INFO", "Connection successful");
        return 0;
      }
      case "create-database":
        logLine("INFO", `Database '${await createDatabase(url)}' was successfully created.`);
        return 0;
      case "drop-database":
        logLine("INFO", `The database '${await dropDatabase(url)}' was successfully dropped.`);
        return 0;
      default:
        throw new Error(`Unknown schema engine CLI command "${command}".`);
    }
  } catch (error) {
    logLine("ERROR", error instanceof Error ? error.message : String(error), {
      error_code: typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined,
    });
    return 1;
  }
}
