// Run in a fresh process by the peak-memory benchmark: `node --import tsx bench/ingest/peakMemoryChild.ts
// ingest|write|floor FILE`. "ingest" is the real `npm run ingest -- FILE --dry-run --json` code path
// with its output thrown away; "write" is `npm run ingest -- FILE` writing to DATABASE_URL; "floor"
// only reads and splits. Prints {"maxRssBytes": n} on the last line.
import { Writable } from "node:stream";
import { runIngest } from "../../ingest/cli/run";
import { syntheticMetadata } from "../corpus/corpus";
import { readAndSplit } from "./floor";

async function main(mode: string | undefined, file: string | undefined): Promise<void> {
  if (!file || (mode !== "ingest" && mode !== "write" && mode !== "floor")) throw new Error("usage: peakMemoryChild.ts ingest|write|floor FILE");
  if (mode === "floor") {
    readAndSplit(file);
  } else {
    const metadata = syntheticMetadata(file);
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    const code = await runIngest(
      [
        file, "--title", metadata.title, "--publisher", metadata.publisher, "--published", String(metadata.publishedYear), "--covers", `${metadata.coversFrom}-${metadata.coversTo}`,
        ...(mode === "ingest" ? ["--dry-run", "--json"] : ["--json"]),
      ],
      { stdout: discard, stderr: process.stderr },
    );
    if (code !== 0) throw new Error(`the ingest command exited with ${code}`);
  }
  process.stdout.write(`${JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
