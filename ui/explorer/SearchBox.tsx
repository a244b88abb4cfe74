"use client";
// Search places by any name (ja/en, variants like グルジア) and quotes by their text; picking a
// result selects the place and flies the map there.
import { memo, useEffect, useId, useMemo, useState } from "react";
import { t } from "@/explorer/i18n";
import { searchPlaces } from "@/explorer/placeSearch";
import type { ExplorerPlace, FactItem, Language } from "@/explorer/types";
import { searchQuotes } from "./factsClient";
import styles from "./Explorer.module.css";

export interface SearchBoxProps {
  places: readonly ExplorerPlace[];
  lang: Language;
  onPlacePick: (code: string) => void;
  onQuotePick: (fact: FactItem) => void;
}

export const SearchBox = memo(function SearchBox({ places, lang, onPlacePick, onQuotePick }: SearchBoxProps) {
  const [query, setQuery] = useState("");
  const [quotes, setQuotes] = useState<FactItem[]>([]);
  const listId = useId();
  const placeMatches = useMemo(() => searchPlaces(query, places), [query, places]);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setQuotes([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchQuotes(text, controller.signal).then(setQuotes, () => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const open = query.trim().length > 0;
  const done = () => setQuery("");
  return (
    <div className={styles.search} role="search">
      <input
        type="search"
        value={query}
        placeholder={t("search", lang)}
        aria-label={t("search", lang)}
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") done();
          if (event.key === "Enter" && placeMatches[0]) {
            onPlacePick(placeMatches[0].place.code);
            done();
          }
        }}
        data-testid="search-input"
      />
      {open ? (
        <div id={listId} className={styles.searchResults} data-testid="search-results">
          <h3>{t("places", lang)}</h3>
          {placeMatches.length === 0 ? <p className={styles.muted}>{t("noResults", lang)}</p> : null}
          <ul>
            {placeMatches.map((match) => (
              <li key={match.place.code}>
                <button type="button" onClick={() => { onPlacePick(match.place.code); done(); }} data-testid="search-place">
                  {lang === "ja" ? match.place.nameJa : match.place.nameEn}
                  {match.matched !== match.place.nameJa && match.matched !== match.place.nameEn ? <span className={styles.muted}> ({match.matched})</span> : null}
                </button>
              </li>
            ))}
          </ul>
          <h3>{t("quotes", lang)}</h3>
          <ul>
            {quotes.map((fact) => (
              <li key={fact.id}>
                <button type="button" onClick={() => { onQuotePick(fact); done(); }} data-testid="search-quote">
                  <strong>{fact.year}</strong> {lang === "ja" ? fact.placeNameJa : fact.placeNameEn}: {fact.quote.slice(0, 80)}
                  {fact.quote.length > 80 ? "…" : ""}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
});
