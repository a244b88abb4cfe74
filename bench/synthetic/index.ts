// The synthetic database for benchmarks: `loadSyntheticDatabase(url, { facts, documents?, deployments?, seed? })`.
export { loadSyntheticDatabase, type SyntheticLoadResult } from "./load";
export { DEFAULT_SEED, planFor, syntheticDeployments, syntheticDocuments, type SyntheticPlan, type SyntheticSize } from "./generate";
