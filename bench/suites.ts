// The benchmark suites, in the order they run. Each returns its figures and never throws for a
// slow result: a figure that misses its target is reported, not failed.
import type { BenchContext } from "./context";
import type { Figure } from "./figures";
import { apiSuite } from "./api";
import { databaseSuite } from "./database";
import { ingestSuite } from "./ingest/suite";
import { mapSuite } from "./map";
import { startupSuite } from "./startup";

export interface BenchSuite {
  name: string;
  description: string;
  run(context: BenchContext): Promise<Figure[]>;
}

export const suites: BenchSuite[] = [ingestSuite, databaseSuite, apiSuite, startupSuite, mapSuite];
