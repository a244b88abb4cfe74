// The SQL a data-module call sends, captured from Prisma's query events, and the same statements
// replayed and explained through plain `pg`: the floor an API request cannot go below.
import type pg from "pg";
import { createPrismaClient, type Db } from "../../db/client";

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface SqlRecorder {
  db: Db;
  /** Runs `call` and returns the statements it sent, in order. */
  capture(call: (db: Db) => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

export function sqlRecorder(databaseUrl: string): SqlRecorder {
  let recording: Statement[] | null = null;
  const db = createPrismaClient(databaseUrl, {
    maxConnections: 1,
    onQuery: (sql, params) => recording?.push({ sql, params: JSON.parse(params) as unknown[] }),
  });
  return {
    db,
    async capture(call) {
      recording = [];
      await call(db);
      // Query events are emitted after the call resolves on some paths; let them arrive.
      await new Promise((resolve) => setImmediate(resolve));
      const statements = recording;
      recording = null;
      return statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK|SELECT 1)\b/i.test(s.sql.trim()));
    },
    close: () => db.$disconnect(),
  };
}

/** Runs the statements one after another on one connection; returns the elapsed milliseconds. */
export async function replay(client: pg.ClientBase, statements: readonly Statement[]): Promise<number> {
  const started = performance.now();
  for (const statement of statements) await client.query(statement.sql, statement.params);
  return performance.now() - started;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement, as text. */
export async function explain(client: pg.ClientBase, statements: readonly Statement[]): Promise<string[]> {
  const plans: string[] = [];
  for (const statement of statements) {
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
    plans.push(result.rows.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  return plans;
}

/** How each plan reaches the table: its scan nodes on `table` (e.g. "Index Scan using Fact_placeCode_year_idx"). */
export function scansOf(plan: string, table: string): string[] {
  const pattern = new RegExp(`(Seq Scan on "?${table}"?|Parallel Seq Scan on "?${table}"?|(?:Index Scan|Index Only Scan|Bitmap Heap Scan)(?: Backward)?(?: using \\S+)? on "?${table}"?|Bitmap Index Scan on "?${table}_\\w+"?)`, "g");
  return [...plan.matchAll(pattern)].map((match) => match[1]!);
}
