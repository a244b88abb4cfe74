// The version of the extraction rules: a hash of the source of every stage that shapes a fact.
// A stored document whose version differs is derived again on the next start or ingest, so a rule
// change never leaves stale facts behind and nobody has to remember to bump a number.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const RULE_DIRS = ["ingest/read", "ingest/text", "ingest/dates", "ingest/facts", "ingest/pipeline.ts", "places/catalogue", "places/gazetteer"];

function sourceFiles(target: string): string[] {
  try {
    return readdirSync(target, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [target];
  }
}

function computeVersion(root: string): string {
  const hash = createHash("sha256");
  for (const dir of RULE_DIRS) {
    for (const file of sourceFiles(path.join(/* turbopackIgnore: true */ root, dir))) {
      hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return `rules-${hash.digest("hex").slice(0, 12)}`;
}

export const EXTRACTOR_VERSION = computeVersion(/* turbopackIgnore: true */ process.cwd());
