// The place catalogue in the database, loaded once per content hash. Facts refer to place codes,
// so anything that writes facts (start-up, the ingest command) calls this first.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import { loadDatasetOnce } from "../db/datasets";
import { syncPlaceCatalogue } from "../db/places";
import { groupMemberships, placeCatalogue, placeControl } from "../places/catalogue";

export const PLACE_CATALOGUE_DATASET = "place-catalogue";
const LONG_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };
/** An advisory lock key of this app's own (Prisma's migration lock uses another). */
const CATALOGUE_LOCK_KEY = 7_261_123_001;

/** Loads the catalogue unless the same one is already loaded; returns whether it wrote. */
export async function ensurePlaceCatalogue(db: Db): Promise<boolean> {
  const catalogue = { places: placeCatalogue(), memberships: groupMemberships(), control: placeControl() };
  const hash = createHash("sha256").update(JSON.stringify(catalogue)).digest("hex");
  return db.$transaction(async (tx) => {
    // Two writers starting at once on a fresh database (two `npm run ingest`, or one beside start-up)
    // would both load the catalogue and deadlock; the second waits here, then finds it loaded.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CATALOGUE_LOCK_KEY})`;
    return loadDatasetOnce(tx, PLACE_CATALOGUE_DATASET, hash, () => syncPlaceCatalogue(tx, catalogue));
  }, LONG_TRANSACTION);
}
