// Serves the embedded database from its own process for as long as the process that started it
// lives (the Prisma CLI borrows the database for one command this way, and can exit whenever it
// likes while PGlite still shuts down cleanly). Prints the address as its first line.
import { startEmbeddedDatabase } from "./embedded";

const [dataDir] = process.argv.slice(2);
const parent = process.ppid;
if (!dataDir) {
  process.stderr.write("usage: embeddedServerProcess DATA_DIR\n");
  process.exit(2);
}

const embedded = await startEmbeddedDatabase({ dataDir, advertise: false });
process.stdout.write(`${embedded.url}\n`);

const parentAlive = () => {
  try {
    process.kill(parent, 0);
    return true;
  } catch {
    return false;
  }
};
const watch = setInterval(() => {
  if (parentAlive()) return;
  clearInterval(watch);
  void embedded.stop().finally(() => process.exit(0));
}, 250);
