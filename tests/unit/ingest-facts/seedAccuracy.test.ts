// The extraction measured against the hand annotations of the seed documents
// (tests/fixtures/annotations). `npm run evaluate -- --verbose` prints the details.
import { readFile } from "node:fs/promises";
import { evaluateSeeds, type SeedEvaluation } from "../../../ingest/evaluation/evaluateSeeds";
import { readLibraryManifest } from "../../../ingest/library";
import { ingestDocumentBytes } from "../../../ingest/pipeline";

let evaluation: SeedEvaluation;
beforeAll(async () => {
  evaluation = await evaluateSeeds();
});

describe("extraction accuracy on the seed documents", () => {
  it("finds (place, year) pairs with precision of at least 0.95", () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("finds (place, year) pairs with recall of at least 0.90", () => {
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("dates day-precision events to the right day at least 90% of the time", () => {
    expect(evaluation.dateAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("derives nothing from page chrome: the ski-resort headline after the column yields no fact", async () => {
    const [column] = (await readLibraryManifest()).filter((m) => m.file.startsWith("004_"));
    const result = ingestDocumentBytes(await readFile(`data/documents/${column!.file}`), column!);
    if (!result.ok) throw new Error(result.problems.join("; "));
    expect(result.document.text).not.toMatch(/スキー|スイス/);
    expect(result.facts.map((f) => f.placeCode)).not.toContain("CHE");
  });
});
