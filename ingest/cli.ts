// `npm run ingest -- FILE… [--title T] [--publisher P] [--published YYYY-MM-DD] [--covers YYYY[-YYYY]]
// [--kind K] [--slug S] [--dry-run] [--json]` — see ingest/cli/run.ts for what it does and its exit
// codes, ingest/cli/dryRunJson.ts for the --dry-run --json format.
import { EnvError } from "../config/env.mjs";
import type { IngestDatabase } from "./cli/database";
import { EXIT, runIngest } from "./cli/run";

let openDatabase: IngestDatabase | undefined;
let interrupted = false;

// `npm run ingest` runs this file in node itself (`node --import tsx`), not under the tsx command:
// tsx relays a signal to its child and SIGKILLs it when the child does not answer within ~30 ms,
// which it cannot while the embedded database, running in this process, executes an insert. Here
// the handler runs once the current statement is done. Either way the open transaction dies with
// the connection, so nothing of that document is written.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    process.stderr.write(`ingest: interrupted (${signal}); the document being written, if any, is rolled back.\n`);
    void Promise.resolve(openDatabase?.close())
      .catch(() => undefined)
      .finally(() => process.exit(130));
  });
}

// A reader that stops early (| head) is not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
});

function finish(code: number) {
  if (!interrupted) process.exit(code); // otherwise the signal handler exits once the database is closed
}

runIngest(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  onDatabaseOpen: (database) => (openDatabase = database),
})
  .then(finish)
  .catch((error: unknown) => {
    if (interrupted) return;
    const message = error instanceof EnvError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`ingest: ${message}\n`);
    finish(EXIT.fileProblem);
  });
