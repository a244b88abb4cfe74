// The synthetic database, generated deterministically from a seed: documents of Japanese text,
// the facts that quote them (document.text.slice(start, end) === quote), and deployments with
// their sources. Pure: the same plan gives the same rows; the loader only writes them.
import { createHash } from "node:crypto";
import type { $Enums } from "../../db/generated/prisma/client";
import type { PlaceRecord } from "../../places/catalogue";
import { SeededRandom, WeightedPicker } from "./random";
import { dateText, fillPattern, headingPatterns, sentencePatterns, type FactCategory } from "./sentences";

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2025;
export const DEFAULT_SEED = 20261123;
export const EXTRACTOR_VERSION = "synthetic-1";
const FACTS_PER_DOCUMENT = 100;

export type SyntheticPlace = Pick<PlaceRecord, "code" | "kind" | "nameJa" | "lat" | "lon">;

export interface SyntheticPlan {
  seed: number;
  facts: number;
  documents: number;
  deployments: number;
  places: readonly SyntheticPlace[];
  /** Ids continue after what the database already holds, so a load never collides with real rows. */
  firstIds: { document: number; fact: number; deployment: number; deploymentSource: number };
}

export interface SyntheticSize {
  facts: number;
  /** Defaults to one document per 100 facts. */
  documents?: number;
  deployments?: number;
  seed?: number;
}

export interface DocumentRow {
  id: number;
  slug: string;
  title: string;
  titleEn: string;
  publisher: string;
  publisherEn: string;
  kind: $Enums.DocumentKind;
  publishedOn: string; // YYYY-MM-DD
  coversFrom: number;
  coversTo: number;
  sourceFile: string;
  licenceNote: string;
  encoding: string;
  text: string;
  contentHash: string;
  extractorVersion: string;
}

export interface FactRow {
  id: number;
  documentId: number;
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: $Enums.DatePrecision;
  dateText: string;
  category: FactCategory;
  quote: string;
  start: number;
  end: number;
  sentenceNo: number;
  derivation: $Enums.FactDerivation;
  matchedText: string;
}

export interface DeploymentRow {
  id: number;
  slug: string;
  hostCode: string;
  regionCode: string | null;
  locationEn: string;
  locationJa: string;
  lat: number;
  lon: number;
  unitOrFacility: string;
  framework: $Enums.DeploymentFramework;
  startYear: number;
  endYear: number | null;
  personnelLow: number | null;
  personnelHigh: number | null;
  personnelAsOf: number | null;
  origin: $Enums.DataOrigin;
  note: string;
}

export interface DeploymentSourceRow {
  id: number;
  deploymentId: number;
  title: string;
  url: string | null;
  factId: number | null;
}

/** Russia, the Caucasus, Central Asia and Eastern Europe: what the real documents are about. */
const FOCUS_COUNTRIES = ["UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK", "TKM", "UZB", "MNG", "CHN", "USA"];
const CATEGORIES = Object.keys(sentencePatterns) as FactCategory[];
const FRAMEWORKS: $Enums.DeploymentFramework[] = ["bilateral", "csto", "peacekeeping_trilateral", "annexed_territory", "other"];
const PUBLISHERS = [
  { publisher: "外務省", publisherEn: "Ministry of Foreign Affairs of Japan", kind: "diplomatic_bluebook", titleJa: "外交青書", titleEn: "Diplomatic Bluebook" },
  { publisher: "防衛省", publisherEn: "Ministry of Defense of Japan", kind: "defense_white_paper", titleJa: "防衛白書", titleEn: "Defense of Japan" },
] as const;

export function planFor(size: SyntheticSize, places: readonly SyntheticPlace[], firstIds: SyntheticPlan["firstIds"]): SyntheticPlan {
  const documents = size.documents ?? Math.max(1, Math.ceil(size.facts / FACTS_PER_DOCUMENT));
  if (!Number.isInteger(size.facts) || size.facts < 0) throw new Error(`facts must be a whole number ≥ 0, not ${size.facts}`);
  if (!Number.isInteger(documents) || documents < 1) throw new Error(`documents must be a whole number ≥ 1, not ${documents}`);
  if (places.length === 0) throw new Error("the synthetic database needs the place catalogue");
  return { seed: size.seed ?? DEFAULT_SEED, facts: size.facts, documents, deployments: size.deployments ?? 0, places, firstIds };
}

/** How many facts document `index` carries: the facts spread evenly, the remainder on the first documents. */
export function factsOfDocument(plan: SyntheticPlan, index: number): number {
  const base = Math.floor(plan.facts / plan.documents);
  return base + (index < plan.facts % plan.documents ? 1 : 0);
}

function firstFactIdOfDocument(plan: SyntheticPlan, index: number): number {
  const base = Math.floor(plan.facts / plan.documents);
  return plan.firstIds.fact + index * base + Math.min(index, plan.facts % plan.documents);
}

function placePicker(places: readonly SyntheticPlace[]): WeightedPicker<SyntheticPlace> {
  return new WeightedPicker(
    places.map((place) => ({
      item: place,
      weight: place.code === "RUS" ? 40 : FOCUS_COUNTRIES.includes(place.code) ? 4 : place.kind === "country" ? 0.5 : 1,
    })),
  );
}

/** Every document with its facts, in id order. Each document is generated from its own stream of the seed. */
export function* syntheticDocuments(plan: SyntheticPlan): Generator<{ document: DocumentRow; facts: FactRow[] }> {
  const picker = placePicker(plan.places);
  for (let index = 0; index < plan.documents; index++) yield syntheticDocument(plan, picker, index);
}

function syntheticDocument(plan: SyntheticPlan, picker: WeightedPicker<SyntheticPlace>, index: number) {
  const random = new SeededRandom(plan.seed, 1, index);
  const id = plan.firstIds.document + index;
  const year = random.int(FIRST_YEAR, LAST_YEAR);
  const source = random.pick(PUBLISHERS);
  const title = `${source.titleJa}（合成）${year} 第${(index % 9) + 1}章 ロシア・中央アジア・コーカサス 第${index + 1}号`;
  const parts: string[] = [`${title}\n\n`];
  let length = parts[0]!.length;
  const facts: FactRow[] = [];
  const count = factsOfDocument(plan, index);
  let factId = firstFactIdOfDocument(plan, index);
  for (let sentenceNo = 0; sentenceNo < count; sentenceNo++) {
    if (sentenceNo % 5 === 0) {
      const heading = `${random.pick(headingPatterns)}\n\n`;
      parts.push(heading);
      length += heading.length;
    }
    // The first facts of the corpus visit every place once, so every place has facts at any size ≥ the catalogue.
    const place = plan.places[factId - plan.firstIds.fact] ?? picker.pick(random);
    const category = random.pick(CATEGORIES);
    const factYear = Math.max(FIRST_YEAR, year - random.int(0, 1));
    const precision = random.pick(["day", "day", "month", "year"] as const);
    const month = precision === "year" ? null : random.int(1, 12);
    const day = precision === "day" ? random.int(1, 28) : null;
    const date = dateText({ year: factYear, month, day });
    const quote = fillPattern(random.pick(sentencePatterns[category]), { date, place: place.nameJa });
    facts.push({
      id: factId++, documentId: id, placeCode: place.code, year: factYear, month, day, precision, dateText: date, category,
      quote, start: length, end: length + quote.length, sentenceNo, derivation: "place_name", matchedText: place.nameJa,
    });
    const separator = sentenceNo % 5 === 4 ? "\n\n" : "";
    parts.push(quote, separator);
    length += quote.length + separator.length;
  }
  const text = parts.join("");
  const document: DocumentRow = {
    id,
    slug: `synthetic-${plan.seed}-${index + 1}`,
    title,
    titleEn: `${source.titleEn} (synthetic) ${year}, no. ${index + 1}`,
    publisher: source.publisher,
    publisherEn: source.publisherEn,
    kind: source.kind,
    publishedOn: `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    coversFrom: Math.max(FIRST_YEAR, year - 1),
    coversTo: year,
    sourceFile: `synthetic/${plan.seed}/${index + 1}.txt`,
    licenceNote: `Synthetic benchmark document generated from seed ${plan.seed}; not a government publication.`,
    encoding: "utf-8",
    text,
    contentHash: createHash("sha256").update(text).digest("hex"),
    extractorVersion: EXTRACTOR_VERSION,
  };
  return { document, facts };
}

/**
 * Deployments in countries of the catalogue with a point, each with one or two sources. A
 * document-origin deployment cites a fact about its host (`factOfPlace`, collected while the facts
 * were generated) when there is one.
 */
export function syntheticDeployments(plan: SyntheticPlan, factOfPlace: ReadonlyMap<string, number>) {
  const hosts = plan.places.filter((place) => place.kind === "country" && place.lat !== null && place.lon !== null);
  const regions = plan.places.filter((place) => place.kind === "special_region");
  const picker = placePicker(hosts);
  const deployments: DeploymentRow[] = [];
  const sources: DeploymentSourceRow[] = [];
  for (let index = 0; index < plan.deployments; index++) {
    const random = new SeededRandom(plan.seed, 2, index);
    const host = picker.pick(random);
    const id = plan.firstIds.deployment + index;
    const startYear = random.int(FIRST_YEAR, LAST_YEAR);
    const endYear = random.chance(0.4) ? null : random.int(startYear, LAST_YEAR);
    const personnelLow = random.chance(0.7) ? random.int(1, 200) * 50 : null;
    const region = regions.length > 0 && random.chance(0.1) ? random.pick(regions) : null;
    const fact = factOfPlace.get(host.code);
    const origin: $Enums.DataOrigin = fact !== undefined && random.chance(0.3) ? "document" : "reference";
    deployments.push({
      id,
      slug: `synthetic-${plan.seed}-deployment-${index + 1}`,
      hostCode: host.code,
      regionCode: region?.code ?? null,
      locationEn: `Synthetic site ${index + 1}`,
      locationJa: `合成拠点${index + 1}（${host.nameJa}）`,
      lat: round(clamp(host.lat! + random.int(-100, 100) / 100, -90, 90), 4),
      lon: round(clamp(host.lon! + random.int(-100, 100) / 100, -180, 180), 4),
      unitOrFacility: random.pick(["Motor rifle brigade", "Air base", "Naval facility", "Radar station", "Peacekeeping contingent"]),
      framework: random.pick(FRAMEWORKS),
      startYear,
      endYear,
      personnelLow,
      personnelHigh: personnelLow === null ? null : personnelLow + random.int(0, 20) * 50,
      personnelAsOf: personnelLow === null ? null : endYear ?? LAST_YEAR,
      origin,
      note: `Synthetic deployment generated from seed ${plan.seed}.`,
    });
    const firstSourceId = plan.firstIds.deploymentSource + sources.length;
    sources.push({ id: firstSourceId, deploymentId: id, title: `The Military Balance ${startYear} (synthetic citation)`, url: null, factId: null });
    if (origin === "document") {
      sources.push({ id: firstSourceId + 1, deploymentId: id, title: "Synthetic document quote", url: null, factId: fact! });
    }
  }
  return { deployments, sources };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
