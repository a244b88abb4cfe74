// Suite `api`: the app with the real documents loaded (the start-up loader on a scratch server
// database, served as `npm start` serves it: the front server with the response cache, Next
// behind it) under 200 concurrent clients for 30 s (quick: 5 s) over the
// map's main queries; baseline: the same run against a bare node:http server answering the same
// bytes (the loopback floor).
import type { BenchContext } from "../context";
import { figure, type Figure } from "../figures";
import { prepareDatabase } from "../../server/prepareDatabase";
import { recordResponses, startBareServer } from "../support/bareServer";
import { runLoad } from "../support/load";
import { startExplorer } from "../../tests/e2e/support/explorer";
import { machineLoadNote } from "../support/machineLoad";
import { createScratchDatabase } from "../support/scratchDatabase";
import type { BenchSuite } from "../suites";

const CONNECTIONS = 200;

/** What the explorer requests as the year moves and places are opened (ui/explorer, app/page.tsx). */
export const MAP_QUERIES = [
  "/api/layers/fact-counts?year=2020",
  "/api/layers/deployments?year=2020",
  "/api/deployments?year=2014",
  "/api/deployments/compare?from=2013&to=2015",
  "/api/facts?place=RUS&year=2020",
  "/api/facts?place=UKR&limit=200",
  `/api/facts?${new URLSearchParams({ q: "プーチン", limit: "20" })}`,
  "/api/summaries/central-asia?year=2020&events=12",
  "/api/summaries/caucasus?year=2020&events=12",
  "/api/places",
];

export const apiSuite: BenchSuite = {
  name: "api",
  description: "200 concurrent clients over the map's main queries with the real documents loaded, vs a bare node:http server",
  run: runApiBench,
};

async function runApiBench(context: BenchContext): Promise<Figure[]> {
  const seconds = context.quick ? 5 : 30;
  const scratch = await createScratchDatabase(context.serverUrl, "bench_api");
  try {
    const summary = await prepareDatabase(scratch.url, context.log);
    context.log(`Loaded ${summary.documents} documents, ${summary.facts} facts, ${summary.deployments} deployments.`);
    const app = await startExplorer({ DATABASE_URL: scratch.url });
    let appResult;
    let appLoad = "";
    let responses;
    try {
      responses = await recordResponses(app.baseUrl, MAP_QUERIES);
      const failing = responses.filter((r) => r.status !== 200);
      if (failing.length > 0) throw new Error(`the app answered ${failing.map((r) => `${r.status} to ${r.path}`).join(", ")}`);
      await runLoad(app.baseUrl, MAP_QUERIES, { connections: CONNECTIONS, seconds: 2 }); // warm-up
      appResult = await runLoad(app.baseUrl, MAP_QUERIES, { connections: CONNECTIONS, seconds });
      appLoad = machineLoadNote();
    } finally {
      await app.stop();
    }
    const bare = await startBareServer(context.workDir, responses);
    let bareResult;
    try {
      await runLoad(bare.baseUrl, MAP_QUERIES, { connections: CONNECTIONS, seconds: 2 });
      bareResult = await runLoad(bare.baseUrl, MAP_QUERIES, { connections: CONNECTIONS, seconds });
    } finally {
      await bare.stop();
    }
    const bytes = responses.reduce((sum, r) => sum + Buffer.from(r.body, "base64").length, 0);
    const setting = `${CONNECTIONS} connections for ${seconds} s over ${MAP_QUERIES.length} URLs (${Math.round(bytes / MAP_QUERIES.length / 1024)} KiB per response on average)`;
    const baselineNote = "baseline: a bare node:http server in its own process answering the same bytes";
    return [
      figure({ figure: "api.requestsPerSecond", value: appResult.requestsPerSecond, unit: "req/s", better: "higher", baseline: bareResult.requestsPerSecond, note: `${setting}; ${appResult.detail}; ${baselineNote} (${bareResult.detail}); ${appLoad}` }),
      figure({ figure: "api.latency.p50", value: appResult.p50, unit: "ms", better: "lower", baseline: bareResult.p50, note: baselineNote }),
      figure({ figure: "api.latency.p99", value: appResult.p99, unit: "ms", better: "lower", target: 100, baseline: bareResult.p99, note: baselineNote }),
      figure({ figure: "api.errors", value: appResult.errors, unit: "", better: "lower", target: 0, baseline: bareResult.errors, note: "connection errors, timeouts and non-2xx answers" }),
    ];
  } finally {
    await scratch.drop();
  }
}
