// `npm run evaluate [-- --verbose] [-- --dir FOLDER]`: prints how well the extraction matches the
// hand annotations, of the seed documents or of a folder of annotated documents (see evaluateFolder).
import { evaluateFolder } from "./evaluateFolder";
import { evaluateSeeds } from "./evaluateSeeds";
import { totals, type Evaluation } from "./evaluateDocuments";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dirAt = args.indexOf("--dir");
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
if (dirAt >= 0 && !dir) {
  console.error("--dir needs a folder: npm run evaluate -- --dir /path/to/folder");
  process.exit(2);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const width = 44;

function printEvaluation(evaluation: Evaluation) {
  console.log(`${"document".padEnd(width)}precision  recall  dates (day)`);
  for (const d of evaluation.documents) {
    console.log(`${d.file.padEnd(width)}${pct(d.precision).padStart(9)}${pct(d.recall).padStart(8)}   ${d.datesCorrect}/${d.datesFound} of ${d.datedInGold}`);
    if (verbose) {
      if (d.falsePositives.length) console.log(`  false positives: ${d.falsePositives.join(" ")}`);
      if (d.falseNegatives.length) console.log(`  missed: ${d.falseNegatives.join(" ")}`);
      for (const miss of d.dateMisses) console.log(`  date: ${miss}`);
    }
    for (const quote of d.unmatchedQuotes) console.log(`  annotation quote not in the text: "${quote}"`);
  }
  const kinds = [...new Set(evaluation.documents.map((d) => d.kind))];
  if (kinds.length > 1) {
    for (const kind of kinds) {
      const t = totals(evaluation.documents.filter((d) => d.kind === kind));
      console.log(`${`  ${kind}`.padEnd(width)}${pct(t.precision).padStart(9)}${pct(t.recall).padStart(8)}   date accuracy ${pct(t.dateAccuracy)}`);
    }
  }
  const dated = evaluation.documents.reduce((n, d) => [n[0]! + d.datesCorrect, n[1]! + d.datesFound, n[2]! + d.datedInGold], [0, 0, 0]);
  console.log(`${"all (micro)".padEnd(width)}${pct(evaluation.precision).padStart(9)}${pct(evaluation.recall).padStart(8)}   date accuracy ${pct(evaluation.dateAccuracy)} (${dated[0]}/${dated[1]} found of ${dated[2]})`);
}

try {
  printEvaluation(dir ? await evaluateFolder(dir) : await evaluateSeeds());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
