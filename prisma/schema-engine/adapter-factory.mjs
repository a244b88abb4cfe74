// The migration-aware driver adapter factory the wasm engine is constructed with: the main
// database, and a shadow database on request.
import { connectTo } from "./database.mjs";
import { connectToShadowDatabase } from "./shadow-database.mjs";

/**
 * `shadowExtensions` holds the extensions the last shadow database had when the engine let it go
 * (see shadow-extensions.mjs for why that matters).
 * @param {{ url: string, shadowDatabaseUrl?: string, extensions: string[] }} datasource
 */
export function createAdapterFactory(datasource) {
  const shadowExtensions = new Set();
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    shadowExtensions,
    connect: () => connectTo(datasource.url),
    async connectToShadowDb() {
      const adapter = await connectToShadowDatabase(datasource);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        const { rows } = await adapter.queryRaw({ sql: "SELECT extname FROM pg_extension", args: [], argTypes: [] });
        shadowExtensions.clear();
        for (const [name] of rows) shadowExtensions.add(name);
        await dispose();
      };
      return adapter;
    },
  };
}
