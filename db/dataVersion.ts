// The data version: changes whenever a transaction that wrote to a table the API reads commits,
// whoever wrote (statement-level triggers record each such transaction in "DataChange"; see the
// data_version migration). The API's response cache is valid while it stays the same.
import type { Db } from "./client";

export async function readDataVersion(db: Db): Promise<string> {
  // The count only grows and only at commit; the highest transaction id tells a database that was
  // reset and reloaded to the same count apart from the one before.
  const rows = await db.$queryRaw<{ changes: bigint; latest: bigint | null }[]>`
    SELECT count(*) AS changes, max("txid") AS latest FROM "DataChange"`;
  const row = rows[0];
  return `${row?.changes ?? 0}:${row?.latest ?? 0}`;
}
