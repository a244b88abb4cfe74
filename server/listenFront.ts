// Opens the front server on the explorer's port, with the API response cache reading the data
// version through a client of its own, and closes both on the way out.
import { createPrismaClient } from "../db/client";
import { createApiResponseCache } from "../http/responseCache";
import { createFrontServer } from "./frontServer";
import { StartupError } from "./startupError";

export interface FrontOptions {
  port: number;
  upstreamPort: number;
  databaseUrl: string;
  cache: "on" | "off";
  cacheMaxBytes: number;
}

export interface RunningFront {
  close(): Promise<void>;
}

export async function listenFront(options: FrontOptions): Promise<RunningFront> {
  // One connection is enough: the version is read at most once a second, one read at a time.
  const db = options.cache === "on" ? createPrismaClient(options.databaseUrl, { maxConnections: 1 }) : undefined;
  const server = createFrontServer({ upstreamPort: options.upstreamPort, cache: db ? createApiResponseCache(db, options.cacheMaxBytes) : undefined });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${options.port} is already in use.`, `Stop what is using it, or start on another port: PORT=${options.port + 1} npm start.`)
          : new StartupError(`Cannot listen on port ${options.port} (${error.message}).`, "Choose another port with PORT=…"),
      ),
    );
    server.listen(options.port, () => resolve());
  });
  return {
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db?.$disconnect();
    },
  };
}
