// Synthetic Japanese documents of a chosen size, built from the seed documents' sentence patterns
// with other places (the catalogue's Japanese names) and other dates (Western and era forms) put in
// their slots. The same seed always gives the same text.
import { placeCatalogue } from "../../places/catalogue";
import type { DatePrecision } from "../../ingest/dates";
import { SeededRandom } from "../synthetic/random";
import type { SeedPatterns, SentenceTemplate } from "./templates";

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2024;
const PARAGRAPHS_PER_SECTION = 8;
const MAX_SENTENCES_PER_PARAGRAPH = 4;
const PARAGRAPH_SEPARATOR = "\n\n";

let placeNames: string[] | undefined;

/** The official Japanese names of every country, special region and region group. */
function substitutePlaces(): string[] {
  placeNames ??= placeCatalogue()
    .filter((place) => place.kind !== "subregion" && place.nameJa !== "")
    .map((place) => place.nameJa);
  return placeNames;
}

const ERAS = [
  { name: "令和", from: 2019 },
  { name: "平成", from: 1989 },
  { name: "昭和", from: 1926 },
] as const;

function yearText(year: number, random: SeededRandom): string {
  if (random.chance(0.7)) return `${year}年`;
  const era = ERAS.find((e) => year >= e.from)!;
  const n = year - era.from + 1;
  return `${era.name}${n === 1 ? "元" : n}年`;
}

export function dateText(precision: DatePrecision, random: SeededRandom): string {
  const year = FIRST_YEAR + random.int(0, LAST_YEAR - FIRST_YEAR);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  if (precision === "year") return yearText(year, random);
  if (precision === "month") return `${yearText(year, random)}${month}月`;
  return `${yearText(year, random)}${month}月${day}日`;
}

function fill(template: SentenceTemplate, random: SeededRandom): string {
  let out = "";
  for (const part of template.parts) {
    if (typeof part === "string") out += part;
    else if (part.slot === "place") out += random.pick(substitutePlaces());
    else out += dateText(part.precision, random);
  }
  return out;
}

/**
 * Paragraphs of one document, in sections under headings, until at least `bytes` bytes of UTF-8
 * have been produced; each yielded piece is one paragraph followed by its separator.
 */
export function* documentParagraphs(patterns: SeedPatterns, seed: number, bytes: number): Generator<string> {
  if (patterns.sentences.length === 0 || patterns.headings.length === 0) throw new Error("the seed patterns hold no sentences or headings");
  const random = new SeededRandom(seed);
  let produced = 0;
  for (let paragraph = 0; produced < bytes; paragraph++) {
    let text: string;
    if (paragraph % PARAGRAPHS_PER_SECTION === 0) {
      text = fill(random.pick(patterns.headings), random);
    } else {
      text = "";
      const count = random.int(1, MAX_SENTENCES_PER_PARAGRAPH);
      for (let i = 0; i < count; i++) text += fill(random.pick(patterns.sentences), random);
    }
    const piece = text + PARAGRAPH_SEPARATOR;
    produced += Buffer.byteLength(piece);
    yield piece;
  }
}

/** A whole synthetic document as one string (for small sizes; the corpus cache streams to disk). */
export function documentText(patterns: SeedPatterns, seed: number, bytes: number): string {
  let text = "";
  for (const piece of documentParagraphs(patterns, seed, bytes)) text += piece;
  return text;
}
