import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The CLI cannot download its native schema engine here; it runs ours, built on the official
// WebAssembly build (prisma/schema-engine/README.md). An explicit setting still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/schema-engine/schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
