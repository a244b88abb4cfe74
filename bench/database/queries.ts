// The two queries the issue measures on the big database, as the app sends them: the URL the
// explorer requests and the data-module calls its route handler makes for that URL.
import type { Db } from "../../db/client";
import { queryFacts } from "../../db/facts";
import { placeExists } from "../../db/places";
import { PAGE_LIMIT } from "../../http/apiSchemas";

export interface QueryCase {
  kind: "factsByPlaceAndYear" | "fullText";
  path: string;
  /** What app/api/facts/route.ts calls for this URL. */
  run(db: Db): Promise<unknown>;
}

const PLACES = ["RUS", "UKR", "KAZ", "GEO", "AZE", "ARM", "CHN", "FRA", "northern-territories", "csto"];
const YEARS = [1992, 2008, 2014, 2022];
/** Terms of the synthetic sentences (common to rare) and a place name; the explorer's search sends limit=20. */
const TERMS = ["首脳会談", "軍事演習", "天然ガス", "制裁措置", "大統領選挙", "平和条約締結", "青年交流", "カザフスタン", "トルクメニスタン", "北極海航路"];
const SEARCH_LIMIT = 20;

export function queryCases(): QueryCase[] {
  const byPlaceAndYear = PLACES.flatMap((place) =>
    YEARS.map((year): QueryCase => ({
      kind: "factsByPlaceAndYear",
      path: `/api/facts?${new URLSearchParams({ place, year: String(year) })}`,
      async run(db) {
        await placeExists(db, place);
        return queryFacts(db, { placeCode: place, years: { from: year, to: year } }, { limit: PAGE_LIMIT.default });
      },
    })),
  );
  const fullText = TERMS.map((q): QueryCase => ({
    kind: "fullText",
    path: `/api/facts?${new URLSearchParams({ q, limit: String(SEARCH_LIMIT) })}`,
    run: (db) => queryFacts(db, { text: q }, { limit: SEARCH_LIMIT }),
  }));
  return [...byPlaceAndYear, ...fullText];
}
