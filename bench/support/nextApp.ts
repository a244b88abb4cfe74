// The real app, built if stale and served by `next start` against a given database, on a free
// loopback port: what the API benchmarks drive.
import { buildIfStale, serveNext } from "../../server/nextProcess";
import { freePort } from "../../server/ports";

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `env` adds to the app's environment, e.g. `{ API_CACHE: "off" }` to measure every request against the database. */
export async function startNextApp(databaseUrl: string, log: (line: string) => void, env: Record<string, string> = {}): Promise<RunningApp> {
  await buildIfStale(log);
  const port = await freePort();
  const server = serveNext({ dev: false, port, databaseUrl, databaseKind: "server", env });
  await server.ready;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      server.stop();
      await server.exited;
    },
  };
}
