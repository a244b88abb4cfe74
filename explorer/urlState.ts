// The part of the explorer's state a person would share: read from and written to the query
// string. Parsing never throws: unknown or malformed values fall back to the defaults.
import type { Language } from "./types";

export const LAYER_NAMES = ["facts", "deployments", "regions", "labels"] as const;
export type LayerName = (typeof LAYER_NAMES)[number];
export type YearMode = "year" | "upto";
export type PointOfView = "japan" | "ground";

export interface ExplorerUrlState {
  year: number;
  place: string | null;
  layers: LayerName[];
  view: PointOfView;
  category: string | null;
  mode: YearMode;
  /** Two years to compare deployments between, or null. */
  compare: [number, number] | null;
  /** A regional summary shown in the panel (russia, central-asia, …), or null. */
  region: string | null;
  lang: Language;
}

export interface UrlStateBounds {
  first: number;
  last: number;
  categories: readonly string[];
  regions: readonly string[];
}

export function defaultUrlState(bounds: UrlStateBounds): ExplorerUrlState {
  return {
    year: bounds.last,
    place: null,
    layers: ["facts", "deployments", "regions", "labels"],
    view: "japan",
    category: null,
    mode: "year",
    compare: null,
    region: null,
    lang: "ja",
  };
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function getParam(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function parseYear(text: string | undefined, bounds: UrlStateBounds): number | null {
  if (text === undefined || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= bounds.first && year <= bounds.last ? year : null;
}

const PLACE_CODE = /^[A-Za-z0-9-]{2,40}$/;

export function parseUrlState(params: Params, bounds: UrlStateBounds): ExplorerUrlState {
  const defaults = defaultUrlState(bounds);
  const layersText = getParam(params, "layers");
  const layers =
    layersText === undefined
      ? defaults.layers
      : LAYER_NAMES.filter((name) => layersText.split(",").includes(name));
  const compareText = getParam(params, "compare")?.split("-") ?? [];
  const compareFrom = parseYear(compareText[0], bounds);
  const compareTo = parseYear(compareText[1], bounds);
  const place = getParam(params, "place");
  const category = getParam(params, "category");
  const region = getParam(params, "region");
  return {
    year: parseYear(getParam(params, "year"), bounds) ?? defaults.year,
    place: place && PLACE_CODE.test(place) ? place : null,
    layers,
    view: getParam(params, "view") === "ground" ? "ground" : "japan",
    category: category && bounds.categories.includes(category) ? category : null,
    mode: getParam(params, "mode") === "upto" ? "upto" : "year",
    compare: compareFrom !== null && compareTo !== null && compareFrom !== compareTo ? [compareFrom, compareTo] : null,
    region: region && bounds.regions.includes(region) ? region : null,
    lang: getParam(params, "lang") === "en" ? "en" : "ja",
  };
}

/** The query string for a state; values equal to the defaults are left out, in a fixed order. */
export function serialiseUrlState(state: ExplorerUrlState, bounds: UrlStateBounds): string {
  const defaults = defaultUrlState(bounds);
  const params = new URLSearchParams();
  params.set("year", String(state.year));
  if (state.place) params.set("place", state.place);
  if (state.layers.join(",") !== defaults.layers.join(",")) params.set("layers", LAYER_NAMES.filter((l) => state.layers.includes(l)).join(","));
  if (state.view !== defaults.view) params.set("view", state.view);
  if (state.category) params.set("category", state.category);
  if (state.mode !== defaults.mode) params.set("mode", state.mode);
  if (state.compare) params.set("compare", `${state.compare[0]}-${state.compare[1]}`);
  if (state.region) params.set("region", state.region);
  if (state.lang !== defaults.lang) params.set("lang", state.lang);
  return params.toString();
}

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string | URL | null): void;
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
  readonly state: unknown;
}

/**
 * Writes the URL without flooding the history: the first change of a burst (a drag, a play) pushes
 * one entry, later changes of the burst replace it, at most once per `throttleMs` (the last one is
 * always written); a burst ends after `settleMs` without changes.
 */
export class HistoryWriter {
  private lastWrite = -Infinity;
  private lastChange = -Infinity;
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private written: string;

  constructor(
    private readonly history: HistoryLike,
    private readonly pathname: () => string,
    initialQuery: string,
    private readonly options = { throttleMs: 150, settleMs: 600 },
    private readonly now: () => number = () => Date.now(),
  ) {
    this.written = initialQuery;
  }

  /** The query now in the address bar, as far as this writer knows. */
  get current(): string {
    return this.pending ?? this.written;
  }

  /** After back/forward: the address bar already shows this query. */
  acknowledge(query: string): void {
    this.cancel();
    this.written = query;
    this.lastChange = -Infinity;
  }

  write(query: string): void {
    if (query === this.current) return;
    const time = this.now();
    const inBurst = time - this.lastChange < this.options.settleMs;
    this.lastChange = time;
    if (!inBurst) {
      this.cancel();
      this.apply(query, "push");
      return;
    }
    if (time - this.lastWrite >= this.options.throttleMs) {
      this.cancel();
      this.apply(query, "replace");
      return;
    }
    this.pending = query;
    if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.options.throttleMs - (time - this.lastWrite));
    }
  }

  flush(): void {
    const query = this.pending;
    this.cancel();
    if (query !== null && query !== this.written) this.apply(query, "replace");
  }

  dispose(): void {
    this.flush();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private apply(query: string, how: "push" | "replace"): void {
    const url = `${this.pathname()}${query ? `?${query}` : ""}`;
    if (how === "push") this.history.pushState(this.history.state, "", url);
    else this.history.replaceState(this.history.state, "", url);
    this.written = query;
    this.lastWrite = this.now();
  }
}
