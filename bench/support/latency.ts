// Sequential request timing: one request at a time, so the figure is the latency of one query,
// not of a queue.
/** Fetches `url`, reads the whole body and returns the milliseconds; throws on a non-200 answer. */
export async function timeRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return elapsed;
}
