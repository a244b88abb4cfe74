// Datasets loaded from data/ at start-up, remembered by content hash.
import type { Prisma } from "./generated/prisma/client";

/**
 * Runs `load` inside the transaction only when the dataset's hash differs from what was loaded
 * last; returns whether it ran.
 */
export async function loadDatasetOnce(
  tx: Prisma.TransactionClient,
  name: string,
  hash: string,
  load: () => Promise<void>,
): Promise<boolean> {
  const previous = await tx.loadedDataset.findUnique({ where: { name } });
  if (previous?.hash === hash) return false;
  await load();
  await tx.loadedDataset.upsert({ where: { name }, create: { name, hash }, update: { hash, loadedAt: new Date() } });
  return true;
}
