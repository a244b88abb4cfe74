// Rows into a table through COPY FROM STDIN (text format): the bulk path, one round trip per
// batch of lines rather than per row.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | null;

const BATCH_BYTES = 256 * 1024;

/** One value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return value.replace(/[\\\t\n\r]/g, (character) => ESCAPES[character]!);
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyLine(values: readonly CopyValue[]): string {
  return values.map(copyField).join("\t") + "\n";
}

/** Streams `rows` into `table`'s `columns`; returns the number of rows written. */
export async function copyRows<Row>(
  client: pg.ClientBase,
  table: string,
  columns: readonly (keyof Row & string)[],
  rows: Iterable<Row>,
): Promise<number> {
  let count = 0;
  function* batches(): Generator<string> {
    let batch = "";
    for (const row of rows) {
      batch += copyLine(columns.map((column) => row[column] as CopyValue));
      count++;
      if (batch.length >= BATCH_BYTES) {
        yield batch;
        batch = "";
      }
    }
    if (batch) yield batch;
  }
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  await pipeline(Readable.from(batches()), client.query(copyFrom(`COPY "${table}" (${columnList}) FROM STDIN`)));
  return count;
}
