// Facts per place for the selected year (or up to it), optionally of one category, and the
// colour class each count falls in. Subregions (the Northern Territories' islands) count
// towards the special region drawn on the map.
import type { ExplorerPlace, FactCountRow } from "./types";
import type { YearMode } from "./urlState";

export interface CountQuery {
  year: number;
  mode: YearMode;
  category: string | null;
}

/** Class upper bounds: 1, 2–3, 4–7, 8–15, 16 and more (powers of two, a stable legend). */
export const CLASS_BREAKS = [1, 2, 4, 8, 16] as const;

export function mapPlaceCode(code: string, places: ReadonlyMap<string, ExplorerPlace>): string {
  const place = places.get(code);
  return place?.kind === "subregion" && place.parentCode ? place.parentCode : code;
}

export function countsByPlace(rows: readonly FactCountRow[], query: CountQuery, places: ReadonlyMap<string, ExplorerPlace>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (query.mode === "year" ? row.year !== query.year : row.year > query.year) continue;
    if (query.category && row.category !== query.category) continue;
    const code = mapPlaceCode(row.placeCode, places);
    totals.set(code, (totals.get(code) ?? 0) + row.count);
  }
  return totals;
}

export function countClass(count: number): number | null {
  if (count < 1) return null;
  let index = 0;
  while (index + 1 < CLASS_BREAKS.length && count >= CLASS_BREAKS[index + 1]!) index += 1;
  return index;
}

export function choroplethClasses(totals: ReadonlyMap<string, number>): Record<string, number> {
  const classes: Record<string, number> = {};
  for (const [code, count] of totals) {
    const value = countClass(count);
    if (value !== null) classes[code] = value;
  }
  return classes;
}

/** Counts per category for one place (and its subregions) under the same year query. */
export function categoryCounts(rows: readonly FactCountRow[], codes: readonly string[], year: number, mode: YearMode): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!codes.includes(row.placeCode)) continue;
    if (mode === "year" ? row.year !== year : row.year > year) continue;
    totals.set(row.category, (totals.get(row.category) ?? 0) + row.count);
  }
  return new Map([...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
