import { DEFAULT_SEED, FIRST_YEAR, LAST_YEAR, planFor, syntheticDeployments, syntheticDocuments, type SyntheticPlan } from "@/bench/synthetic/generate";
import { copyLine } from "@/bench/synthetic/copy";
import { FactCategory } from "@/db/generated/prisma/enums";
import { placeCatalogue } from "@/places/catalogue";

const places = placeCatalogue();
const firstIds = { document: 1, fact: 1, deployment: 1, deploymentSource: 1 };

function generateAll(plan: SyntheticPlan) {
  const documents = [...syntheticDocuments(plan)];
  const facts = documents.flatMap((d) => d.facts);
  const factOfPlace = new Map<string, number>();
  for (const fact of facts) if (!factOfPlace.has(fact.placeCode)) factOfPlace.set(fact.placeCode, fact.id);
  return { documents, facts, ...syntheticDeployments(plan, factOfPlace) };
}

describe("synthetic database generator", () => {
  const plan = planFor({ facts: 2_000, documents: 30, deployments: 40, seed: 42 }, places, firstIds);
  const corpus = generateAll(plan);

  it("generates the same rows from the same seed and different rows from another", () => {
    expect(generateAll(planFor({ facts: 2_000, documents: 30, deployments: 40, seed: 42 }, places, firstIds))).toEqual(corpus);
    const other = generateAll(planFor({ facts: 2_000, documents: 30, deployments: 40, seed: 43 }, places, firstIds));
    expect(other.documents[0]!.document.text).not.toBe(corpus.documents[0]!.document.text);
  });

  it("spreads exactly the requested facts over the requested documents with consecutive ids", () => {
    expect(corpus.documents).toHaveLength(30);
    expect(corpus.facts).toHaveLength(2_000);
    expect(corpus.facts.map((f) => f.id)).toEqual(Array.from({ length: 2_000 }, (_, i) => i + 1));
    const counts = corpus.documents.map((d) => d.facts.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it("quotes each fact verbatim from its own document at its start and end offsets", () => {
    for (const { document, facts } of corpus.documents) {
      for (const fact of facts) {
        expect(fact.documentId).toBe(document.id);
        expect(document.text.slice(fact.start, fact.end)).toBe(fact.quote);
        expect(fact.quote).toContain(fact.matchedText);
        expect(fact.quote.startsWith(fact.dateText)).toBe(true);
      }
    }
  });

  it("writes Japanese text, dates consistent with their precision, years 1990–2025 and categories of the enum", () => {
    const categories = new Set(Object.values(FactCategory));
    for (const fact of corpus.facts) {
      expect(fact.year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(fact.year).toBeLessThanOrEqual(LAST_YEAR);
      expect(categories.has(fact.category)).toBe(true);
      expect(fact.month === null).toBe(fact.precision === "year");
      expect(fact.day === null).toBe(fact.precision !== "day");
      expect(fact.quote).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    const years = new Set(corpus.facts.map((f) => f.year));
    expect(years.size).toBeGreaterThan(15);
  });

  it("gives facts to every place of the catalogue once there are at least as many facts as places", () => {
    expect(new Set(corpus.facts.map((f) => f.placeCode))).toEqual(new Set(places.map((p) => p.code)));
  });

  it("gives deployments start and end years in range, a host with a point and at least one source, citing only facts about the host", () => {
    const factsById = new Map(corpus.facts.map((f) => [f.id, f]));
    const hosts = new Set(places.filter((p) => p.kind === "country").map((p) => p.code));
    expect(corpus.deployments).toHaveLength(40);
    for (const deployment of corpus.deployments) {
      expect(hosts.has(deployment.hostCode)).toBe(true);
      expect(deployment.startYear).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(deployment.endYear === null || (deployment.endYear >= deployment.startYear && deployment.endYear <= LAST_YEAR)).toBe(true);
      const sources = corpus.sources.filter((s) => s.deploymentId === deployment.id);
      expect(sources.length).toBeGreaterThanOrEqual(1);
      for (const source of sources.filter((s) => s.factId !== null)) {
        expect(factsById.get(source.factId!)?.placeCode).toBe(deployment.hostCode);
      }
    }
  });

  it("continues ids after the rows a database already holds", () => {
    const later = planFor({ facts: 10, deployments: 1 }, places, { document: 7, fact: 500, deployment: 3, deploymentSource: 9 });
    const [first] = [...syntheticDocuments(later)];
    expect(later.seed).toBe(DEFAULT_SEED);
    expect(first!.document.id).toBe(7);
    expect(first!.facts[0]!.id).toBe(500);
  });
});

describe("COPY text format", () => {
  it("escapes backslashes, tabs and line breaks and writes null as \\N", () => {
    expect(copyLine(["a\\b", "c\td", "e\nf\r", null, 3])).toBe("a\\\\b\tc\\td\te\\nf\\r\t\\N\t3\n");
  });
});
