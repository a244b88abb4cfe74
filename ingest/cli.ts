// `npm run ingest -- FILE… [--title T] [--publisher P] [--published YYYY-MM-DD] [--covers YYYY[-YYYY]]
// [--kind K] [--slug S] [--dry-run] [--json]` — see ingest/cli/run.ts for what it does and its exit
// codes, ingest/cli/dryRunJson.ts for the --dry-run --json format.
import { EnvError } from "../config/env.mjs";
import type { IngestDatabase } from "./cli/database";
import { EXIT, runIngest } from "./cli/run";

let openDatabase: IngestDatabase | undefined;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    process.stderr.write(`ingest: interrupted (${signal}); a document not yet committed is rolled back.\n`);
    void Promise.resolve(openDatabase?.close())
      .catch(() => undefined)
      .finally(() => process.exit(130));
  });
}

// A reader that stops early (| head) is not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
});

runIngest(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  onDatabaseOpen: (database) => (openDatabase = database),
})
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = error instanceof EnvError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`ingest: ${message}\n`);
    process.exit(EXIT.fileProblem);
  });
