// The database the Prisma CLI talks to when DATABASE_URL is not set: the embedded database an
// `npm start` of this checkout is serving, or else the same data directory opened in the CLI's
// own process for the length of the command.
import { env } from "../config/env.mjs";
import { runningEmbeddedDatabaseUrl, startEmbeddedDatabase } from "./embedded";

export async function embeddedDatabaseUrlForCli(): Promise<string> {
  const dataDir = env().EMBEDDED_DB_DIR;
  const running = await runningEmbeddedDatabaseUrl(dataDir);
  if (running) return running;
  const embedded = await startEmbeddedDatabase({ dataDir, advertise: false });
  process.once("beforeExit", () => void embedded.stop());
  return embedded.url;
}
