import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { embeddedDatabaseUrlForCli } from "./db/embeddedForCli";

// The CLI cannot download its native schema engine here; it runs ours, built on the official
// WebAssembly build (prisma/schema-engine/README.md). An explicit setting still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/schema-engine/schema-engine.mjs", import.meta.url),
);

// With no DATABASE_URL the CLI works on the embedded database, like the app and the tests.
// `prisma generate` needs no database, so it does not start one.
const needsDatabase = !process.argv.includes("generate") && !process.argv.includes("format") && !process.argv.includes("validate");
const url = process.env.DATABASE_URL || (needsDatabase ? await embeddedDatabaseUrlForCli() : "postgresql://localhost/unused");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url,
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
