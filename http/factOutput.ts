// How facts leave the API: JSON items, CSV rows and GeoJSON point features (at the place's
// point), each carrying its source document (title, publisher, URL).
import type { Feature, FeatureCollection, Point } from "geojson";
import type { FactListItem } from "@/db/facts";
import type { CsvColumn } from "./csv";

export function factJson(fact: FactListItem) {
  return {
    id: fact.id,
    placeCode: fact.placeCode,
    placeNameEn: fact.place.nameEn,
    placeNameJa: fact.place.nameJa,
    year: fact.year,
    month: fact.month,
    day: fact.day,
    precision: fact.precision,
    dateText: fact.dateText,
    category: fact.category,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    document: {
      id: fact.documentId,
      title: fact.document.title,
      titleEn: fact.document.titleEn,
      publisher: fact.document.publisher,
      publisherEn: fact.document.publisherEn,
      publishedOn: fact.document.publishedOn.toISOString().slice(0, 10),
      sourceUrl: fact.document.sourceUrl,
    },
  };
}

export const factCsvColumns: readonly CsvColumn<FactListItem>[] = [
  { header: "id", value: (f) => f.id },
  { header: "place_code", value: (f) => f.placeCode },
  { header: "place_name_en", value: (f) => f.place.nameEn },
  { header: "place_name_ja", value: (f) => f.place.nameJa },
  { header: "year", value: (f) => f.year },
  { header: "month", value: (f) => f.month },
  { header: "day", value: (f) => f.day },
  { header: "precision", value: (f) => f.precision },
  { header: "category", value: (f) => f.category },
  { header: "quote", value: (f) => f.quote },
  { header: "document_id", value: (f) => f.documentId },
  { header: "document_title", value: (f) => f.document.title },
  { header: "publisher", value: (f) => f.document.publisher },
  { header: "source_url", value: (f) => f.document.sourceUrl },
];

/** Facts as points at their place's point; a place without a point gets a null geometry. */
export function factsGeoJson(facts: FactListItem[]): FeatureCollection<Point | null> {
  return {
    type: "FeatureCollection",
    features: facts.map((fact): Feature<Point | null> => {
      const { document: _document, ...rest } = factJson(fact);
      return {
        type: "Feature",
        id: fact.id,
        geometry: fact.place.lat !== null && fact.place.lon !== null ? { type: "Point", coordinates: [fact.place.lon, fact.place.lat] } : null,
        properties: {
          ...rest,
          documentTitle: fact.document.title,
          publisher: fact.document.publisher,
          sourceUrl: fact.document.sourceUrl,
        },
      };
    }),
  };
}
