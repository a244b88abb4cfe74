// The explorer page's data, for server components only (the reading itself is in readExplorerData).
import "server-only";

export { EXPLORER_REGIONS, FACT_CATEGORIES, readExplorerData as loadExplorerData } from "./readExplorerData";
