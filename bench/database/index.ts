// Suite `database`: a synthetic database of 1,000,000 facts over 10,000 documents (quick: 100k
// over 1k) on the Postgres server; how long it takes to load, then p95 of the facts-by-place-and-
// year and full-text queries through the real app (`next start`) against the same SQL through pg,
// and the query plans (facts must be reached by index, never a sequential scan).
import pg from "pg";
import type { BenchContext } from "../context";
import { figure, type Figure } from "../figures";
import { percentile, repeat } from "../stats";
import { loadSyntheticDatabase } from "../synthetic";
import { timeRequest } from "../support/latency";
import { startNextApp } from "../support/nextApp";
import { machineLoadNote } from "../support/machineLoad";
import { createScratchDatabase } from "../support/scratchDatabase";
import { explain, replay, scansOf, sqlRecorder, type Statement } from "../support/sqlCapture";
import { queryCases, type QueryCase } from "./queries";
import type { BenchSuite } from "../suites";

export interface DatabaseBenchSize {
  facts: number;
  documents: number;
}

export const FULL_SIZE: DatabaseBenchSize = { facts: 1_000_000, documents: 10_000 };
export const QUICK_SIZE: DatabaseBenchSize = { facts: 100_000, documents: 1_000 };
const QUERY_TARGET_MS = 50;

export const databaseSuite: BenchSuite = {
  name: "database",
  description: "synthetic 1M-fact database: COPY load time, p95 of the main fact queries via the API vs the same SQL via pg, plans",
  run: (context) => runDatabaseBench(context, context.quick ? QUICK_SIZE : FULL_SIZE),
};

export async function runDatabaseBench(context: BenchContext, size: DatabaseBenchSize): Promise<Figure[]> {
  const scratch = await createScratchDatabase(context.serverUrl, "bench_database");
  try {
    context.log(`Loading ${size.facts.toLocaleString("en")} facts over ${size.documents.toLocaleString("en")} documents into ${new URL(scratch.url).pathname.slice(1)}…`);
    const load = await loadSyntheticDatabase(scratch.url, { facts: size.facts, documents: size.documents, deployments: 500 });
    const t = load.timings;
    context.log(`Loaded in ${(t.totalMs / 1000).toFixed(1)} s (catalogue ${ms(t.catalogueMs)}, documents ${ms(t.documentsMs)}, facts ${ms(t.factsMs)}, deployments ${ms(t.deploymentsMs)}, indexes ${ms(t.indexesMs)}, analyze ${ms(t.analyzeMs)}).`);
    const sizes = await relationSizes(scratch.url);
    context.log(`Sizes: ${sizes}.`);
    const loadNote = `${size.facts} facts, ${size.documents} documents, 500 deployments, seed ${load.seed}; catalogue ${ms(t.catalogueMs)}, documents ${ms(t.documentsMs)}, facts COPY ${ms(t.factsMs)}, deployments ${ms(t.deploymentsMs)}, index and key rebuild ${ms(t.indexesMs)}, ANALYZE ${ms(t.analyzeMs)}; ${sizes}`;
    const figures: Figure[] = [
      figure({ figure: "database.load.seconds", value: t.totalMs / 1000, unit: "s", better: "lower", note: loadNote }),
      figure({ figure: "database.load.factsPerSecond", value: load.factsPerSecond, unit: "facts/s", better: "higher", note: "over the whole load (documents, index rebuild and ANALYZE included)" }),
    ];
    figures.push(...(await measureQueries(context, scratch.url)));
    return figures;
  } finally {
    await scratch.drop();
  }
}

async function measureQueries(context: BenchContext, databaseUrl: string): Promise<Figure[]> {
  const cases = queryCases();
  const recorder = sqlRecorder(databaseUrl);
  const statements = new Map<QueryCase, Statement[]>();
  // The data-module call itself (Prisma in this process, no HTTP, no Next): splits the API's overhead into ORM and server.
  const prismaTimes = new Map<QueryCase, number[]>();
  try {
    for (const queryCase of cases) statements.set(queryCase, await recorder.capture(queryCase.run));
    await repeat(context.quick ? 3 : 10, 1, async (round) => {
      for (const queryCase of cases) {
        const started = performance.now();
        await queryCase.run(recorder.db);
        if (round >= 0) push(prismaTimes, queryCase, performance.now() - started);
      }
    });
  } finally {
    await recorder.close();
  }
  const rounds = context.quick ? 3 : 10;
  // Repeats of the same URLs would be answered from the app's response cache after the first round,
  // so the query figures come from an app started with API_CACHE=off (every request reaches the
  // database), and the cached figure from a second app with the cache on, after one warming round.
  const cachedTimes = new Map<QueryCase, number[]>();
  const cachedApp = await startNextApp(databaseUrl, context.log);
  try {
    await repeat(rounds, 1, async (round) => {
      for (const queryCase of cases) {
        const api = await timeRequest(cachedApp.baseUrl + queryCase.path);
        if (round >= 0) push(cachedTimes, queryCase, api);
      }
    });
  } finally {
    await cachedApp.stop();
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const app = await startNextApp(databaseUrl, context.log, { API_CACHE: "off" });
  try {
    const apiTimes = new Map<QueryCase, number[]>();
    const sqlTimes = new Map<QueryCase, number[]>();
    await repeat(rounds, 1, async (round) => {
      for (const queryCase of cases) {
        const api = await timeRequest(app.baseUrl + queryCase.path);
        const sql = await replay(client, statements.get(queryCase)!);
        if (round < 0) continue;
        push(apiTimes, queryCase, api);
        push(sqlTimes, queryCase, sql);
      }
    });
    const load = machineLoadNote();
    const figures: Figure[] = [];
    for (const kind of ["factsByPlaceAndYear", "fullText"] as const) {
      const ofKind = cases.filter((c) => c.kind === kind);
      const api = ofKind.flatMap((c) => apiTimes.get(c)!);
      const sql = ofKind.flatMap((c) => sqlTimes.get(c)!);
      const orm = ofKind.flatMap((c) => prismaTimes.get(c)!);
      const plans = await plansOf(client, ofKind, statements);
      for (const { queryCase, plan } of plans) context.log(`EXPLAIN ${queryCase.path}\n${indent(plan)}`);
      const factScans = [...new Set(plans.flatMap(({ plan }) => scansOf(plan, "Fact")))];
      const sequential = factScans.filter((scan) => scan.includes("Seq Scan"));
      const slowest = worstCase(ofKind, apiTimes);
      figures.push(
        figure({
          figure: `database.${kind}.p95`,
          value: percentile(api, 95),
          unit: "ms",
          better: "lower",
          target: QUERY_TARGET_MS,
          baseline: percentile(sql, 95),
          note:
            `p95 of ${api.length} sequential GET ${ofKind[0]!.path.split("?")[0]} requests over ${ofKind.length} URLs, response cache off (API_CACHE=off) (p50 ${percentile(api, 50).toFixed(1)} ms; slowest URL ${slowest}); ` +
            `baseline: the same ${statements.get(ofKind[0]!)!.length} statement(s) per request replayed through pg (p50 ${percentile(sql, 50).toFixed(1)} ms); the data-module call through Prisma in the bench process, without HTTP: p50 ${percentile(orm, 50).toFixed(1)} ms, p95 ${percentile(orm, 95).toFixed(1)} ms. ` +
            `Fact reached by: ${factScans.join("; ") || "no scan found"} — ${sequential.length === 0 ? "index scans only, no sequential scan of Fact" : `SEQUENTIAL SCAN of Fact in ${sequential.length} plan node(s)`}. ${load}.`,
        }),
      );
      const cached = ofKind.flatMap((c) => cachedTimes.get(c)!);
      figures.push(
        figure({
          figure: `database.${kind}.cachedP95`,
          value: percentile(cached, 95),
          unit: "ms",
          better: "lower",
          target: QUERY_TARGET_MS,
          baseline: percentile(api, 95),
          note: `p95 of the same ${cached.length} sequential requests to the app with its response cache on, after one warming round (p50 ${percentile(cached, 50).toFixed(1)} ms); baseline: the uncached API p95 above. ${load}.`,
        }),
      );
      figures.push(
        figure({
          figure: `database.${kind}.factSeqScans`,
          value: plans.filter(({ plan }) => scansOf(plan, "Fact").some((scan) => scan.includes("Seq Scan"))).length,
          unit: "plans",
          better: "lower",
          target: 0,
          note: `of ${plans.length} EXPLAIN ANALYZE plans (one per URL) that scan Fact sequentially`,
        }),
      );
    }
    return figures;
  } finally {
    await app.stop();
    await client.end();
  }
}

/** On-disk sizes of the tables that grow with the corpus, indexes included. */
async function relationSizes(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; size: string }>(
      `SELECT name, pg_size_pretty(pg_total_relation_size(format('%I', name)::regclass)) AS size
         FROM unnest(ARRAY['Fact', 'Document', 'Fact_quote_trgm_idx', 'Fact_placeCode_year_idx']) AS name`,
    );
    return rows.map((row) => `${row.name} ${row.size}`).join(", ");
  } finally {
    await client.end();
  }
}

async function plansOf(client: pg.ClientBase, cases: QueryCase[], statements: Map<QueryCase, Statement[]>) {
  const plans: { queryCase: QueryCase; plan: string }[] = [];
  for (const queryCase of cases) {
    plans.push({ queryCase, plan: (await explain(client, statements.get(queryCase)!)).join("\n--\n") });
  }
  return plans;
}

function worstCase(cases: QueryCase[], times: Map<QueryCase, number[]>): string {
  const ranked = cases.map((c) => ({ path: c.path, p95: percentile(times.get(c)!, 95) })).sort((a, b) => b.p95 - a.p95);
  const worst = ranked[0]!;
  return `${decodeURIComponent(worst.path)} at ${worst.p95.toFixed(1)} ms`;
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function indent(text: string): string {
  return text.split("\n").map((line) => `    ${line}`).join("\n");
}
