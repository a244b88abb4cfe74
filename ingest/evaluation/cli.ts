// `npm run evaluate [-- --verbose] [-- --dir FOLDER [--second DIR]]`: prints how well the extraction
// matches the hand annotations, of the seed documents or of a folder of annotated documents (see
// evaluateFolder); with --second, how well a second annotation of the folder (DIR/NAME.json) matches
// the first instead (see evaluateAgreement).
import { evaluateAgreement } from "./evaluateAgreement";
import { evaluateFolder, readAnnotatedFolder } from "./evaluateFolder";
import { evaluateSeeds } from "./evaluateSeeds";
import { totals, type DocumentScore, type Evaluation } from "./evaluateDocuments";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dirAt = args.indexOf("--dir");
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
if (dirAt >= 0 && !dir) {
  console.error("--dir needs a folder: npm run evaluate -- --dir /path/to/folder");
  process.exit(2);
}
const secondAt = args.indexOf("--second");
const second = secondAt >= 0 ? args[secondAt + 1] : undefined;
if (secondAt >= 0 && (!second || !dir)) {
  console.error("--second needs a folder of second annotations and --dir: npm run evaluate -- --dir FOLDER --second DIR");
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
      const documents = evaluation.documents.filter((d) => d.kind === kind);
      console.log(summaryLine(`  ${kind} (${documents.length})`, documents, totals(documents)));
    }
  }
  console.log(summaryLine(`all (micro, ${evaluation.documents.length})`, evaluation.documents, evaluation));
}

/** Precision, recall and date accuracy with the counts behind them: pairs right/extra/missed, days right/found/annotated. */
function summaryLine(label: string, documents: readonly DocumentScore[], t: Omit<Evaluation, "documents">): string {
  const sum = (pick: (d: DocumentScore) => number) => documents.reduce((n, d) => n + pick(d), 0);
  const found = sum((d) => d.datesFound);
  const dates = found === 0 ? "date accuracy   n/a" : `date accuracy ${pct(t.dateAccuracy).padStart(6)}`;
  const pairs = `pairs ${sum((d) => d.truePositives)}/${sum((d) => d.falsePositives.length)}/${sum((d) => d.falseNegatives.length)}`;
  return `${label.padEnd(width)}${pct(t.precision).padStart(9)}${pct(t.recall).padStart(8)}   ${dates} (${sum((d) => d.datesCorrect)}/${found} of ${sum((d) => d.datedInGold)}); ${pairs} right/extra/missed`;
}

try {
  if (dir && second) printEvaluation(await evaluateAgreement(await readAnnotatedFolder(dir), second));
  else printEvaluation(dir ? await evaluateFolder(dir) : await evaluateSeeds());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
