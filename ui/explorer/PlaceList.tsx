// The map's data as a list, place by place, for keyboard and screen-reader users: each place with
// its fact count in the year (or up to it), as a button that selects it.
import { memo } from "react";
import { t } from "@/explorer/i18n";
import type { ExplorerPlace, Language } from "@/explorer/types";
import styles from "./Explorer.module.css";

export interface PlaceListProps {
  places: readonly ExplorerPlace[];
  totals: ReadonlyMap<string, number>;
  year: number;
  lang: Language;
  selected: string | null;
  onSelect: (code: string) => void;
}

export const PlaceList = memo(function PlaceList({ places, totals, year, lang, selected, onSelect }: PlaceListProps) {
  const rows = places
    .filter((place) => place.kind === "country" || place.kind === "special_region")
    .map((place) => ({ place, count: totals.get(place.code) ?? 0 }))
    .filter((row) => row.count > 0 || row.place.kind === "special_region")
    .sort((a, b) => b.count - a.count || a.place.nameEn.localeCompare(b.place.nameEn));
  return (
    <section className={styles.panelSection} aria-labelledby="list-heading" data-testid="place-list">
      <h2 id="list-heading">
        {t("listView", lang)} · {year}
      </h2>
      <ul className={styles.placeList}>
        {rows.map(({ place, count }) => (
          <li key={place.code}>
            <button type="button" aria-current={selected === place.code ? "true" : undefined} onClick={() => onSelect(place.code)} data-code={place.code}>
              <span>{lang === "ja" ? place.nameJa : place.nameEn}</span>
              <strong aria-label={`${count}`}>{count}</strong>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
