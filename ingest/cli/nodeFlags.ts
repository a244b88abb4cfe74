// The V8 flags `npm run ingest` runs under (package.json's "ingest" script; the benchmark starts its
// child the same way). By default V8 lets the heap grow to about twice what survived the last full
// collection before collecting again, and a 50 MB document's write keeps ~100 MB alive while it
// allocates fast: the heap swung between 230 and 340 MB and the process peaked at 480–570 MB.
// Growing by a quarter, with a small young generation, keeps the peak near 310–340 MB at the same
// speed (the write took 1:32–1:42 against 1:37).
export const INGEST_NODE_FLAGS = ["--heap-growing-percent=25", "--max-semi-space-size=4"] as const;
