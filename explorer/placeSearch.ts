// Place search over every name and variant, Japanese or English (グルジア finds Georgia).
import type { ExplorerPlace } from "./types";

/** NFKC, lower case, and without spaces, middle dots and hyphens, so ナゴルノカラバフ = ナゴルノ・カラバフ. */
export function normaliseName(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s・･\-‐－=＝.'’]/g, "");
}

export interface PlaceMatch {
  place: ExplorerPlace;
  matched: string;
  rank: number;
}

export function searchPlaces(query: string, places: readonly ExplorerPlace[], limit = 8): PlaceMatch[] {
  const needle = normaliseName(query);
  if (needle.length === 0) return [];
  const matches: PlaceMatch[] = [];
  for (const place of places) {
    if (place.kind === "group") continue;
    let best: PlaceMatch | null = null;
    for (const name of [place.nameJa, place.nameEn, place.code, ...place.names]) {
      const hay = normaliseName(name);
      const rank = hay === needle ? 0 : hay.startsWith(needle) ? 1 : hay.includes(needle) ? 2 : -1;
      if (rank >= 0 && (best === null || rank < best.rank)) best = { place, matched: name, rank };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => a.rank - b.rank || a.place.nameEn.localeCompare(b.place.nameEn)).slice(0, limit);
}
