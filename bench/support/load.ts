// One autocannon run: `connections` clients for `seconds`, each cycling through `paths`.
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number;
  total: number;
  detail: string;
}

export async function runLoad(baseUrl: string, paths: readonly string[], options: { connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  const errors = result.errors + result.non2xx;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    total: result.requests.total,
    detail: `${result.requests.total} requests, ${result.errors} connection errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx (${result["4xx"]} 4xx, ${result["5xx"]} 5xx)`,
  };
}
