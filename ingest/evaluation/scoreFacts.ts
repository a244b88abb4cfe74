// Precision and recall of (place, year) pairs against a hand annotation, and the accuracy of
// day-precision dates on the sentences both agree on.
import type { DocumentAnnotation } from "./annotations";

export interface PredictedFact {
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  start: number;
  end: number;
}

export interface FactScore {
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
  precision: number;
  recall: number;
  datedInGold: number;
  datesFound: number;
  datesCorrect: number;
  dateMisses: string[];
}

const pairKey = (place: string, year: number) => `${place}@${year}`;

export function scoreFacts(annotation: DocumentAnnotation, text: string, predicted: PredictedFact[]): FactScore {
  const gold = new Set(annotation.facts.flatMap((f) => f.places.map((p) => pairKey(p, f.year))));
  const found = new Set(predicted.map((f) => pairKey(f.placeCode, f.year)));
  const truePositives = [...found].filter((k) => gold.has(k)).length;
  const dates = scoreDates(annotation, text, predicted);
  return {
    truePositives,
    falsePositives: [...found].filter((k) => !gold.has(k)).sort(),
    falseNegatives: [...gold].filter((k) => !found.has(k)).sort(),
    precision: found.size === 0 ? 1 : truePositives / found.size,
    recall: gold.size === 0 ? 1 : truePositives / gold.size,
    ...dates,
  };
}

/**
 * For each gold entry dated to the day, the predicted facts of the same sentence and place: the
 * date is correct when one of them carries exactly that day.
 */
function scoreDates(annotation: DocumentAnnotation, text: string, predicted: PredictedFact[]) {
  let datedInGold = 0;
  let datesFound = 0;
  let datesCorrect = 0;
  const dateMisses: string[] = [];
  for (const entry of annotation.facts) {
    if (!entry.date || entry.date.length !== 10) continue;
    datedInGold++;
    const at = text.indexOf(entry.quote);
    if (at < 0) continue;
    const candidates = predicted.filter((f) => f.start <= at && at < f.end && entry.places.includes(f.placeCode));
    if (candidates.length === 0) continue;
    datesFound++;
    const iso = (f: PredictedFact) => `${f.year}-${String(f.month).padStart(2, "0")}-${String(f.day).padStart(2, "0")}`;
    if (candidates.some((f) => f.day !== null && iso(f) === entry.date)) datesCorrect++;
    else dateMisses.push(`${entry.date} "${entry.quote.slice(0, 20)}" got ${[...new Set(candidates.map(iso))].join(", ")}`);
  }
  return { datedInGold, datesFound, datesCorrect, dateMisses };
}
