// The database the Prisma CLI talks to when DATABASE_URL is not set: the embedded database an
// `npm start` of this checkout is serving, or else the same data directory served by a helper
// process that lives as long as the CLI does (db/embeddedServerProcess.ts).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { env } from "../config/env.mjs";
import { runningEmbeddedDatabaseUrl } from "./embedded";

export async function embeddedDatabaseUrlForCli(): Promise<string> {
  const dataDir = env().EMBEDDED_DB_DIR;
  return (await runningEmbeddedDatabaseUrl(dataDir)) ?? serveForThisProcess(dataDir);
}

function serveForThisProcess(dataDir: string): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "db/embeddedServerProcess.ts", dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    child.once("exit", (code) => reject(new Error(`The embedded database could not be started (exit ${code}).`)));
    lines.once("line", (url) => {
      lines.close();
      child.removeAllListeners("exit");
      child.stdout.destroy();
      child.unref();
      resolve(url);
    });
  });
}
