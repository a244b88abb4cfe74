// What the command prints for a person: per file, its facts by category and its problems; then
// what happened to it in the database.
import type { SaveOutcome } from "../../db/documents";
import type { FactProblem } from "../facts/sentencesToFacts";
import { totalOf } from "../pipeline";

const PROBLEMS_SHOWN = 5;

export interface DerivedSummary {
  file: string;
  slug: string;
  encoding: string;
  sentences: number;
  /** Facts per category. */
  factsByCategory: ReadonlyMap<string, number>;
  problems: readonly FactProblem[];
}

export function derivedSummaryLines(summary: DerivedSummary): string[] {
  const total = totalOf(summary.factsByCategory);
  const lines = [
    `${summary.file} → ${summary.slug} (${summary.encoding}): ${total} facts from ${summary.sentences} sentences` +
      (total > 0 ? ` — ${categoryCountsLine(summary.factsByCategory)}` : ""),
  ];
  if (summary.problems.length > 0) {
    const shown = summary.problems.slice(0, PROBLEMS_SHOWN).map((problem) => `sentence ${problem.sentenceNo}: ${problem.message}`);
    const more = summary.problems.length - shown.length;
    lines.push(`  ${summary.problems.length} sentence problem(s): ${shown.join("; ")}${more > 0 ? `; … and ${more} more` : ""}`);
  }
  return lines;
}

function categoryCountsLine(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category, count]) => `${category} ${count}`)
    .join(", ");
}

export function outcomeLine(file: string, outcome: SaveOutcome): string {
  const what = outcome.status === "unchanged" ? "unchanged (already stored with the same text and rules)" : outcome.status;
  return `${file}: ${what}, document ${outcome.documentId}, ${outcome.facts} facts.`;
}
