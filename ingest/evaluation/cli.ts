// `npm run evaluate [-- --verbose]`: prints how well the extraction matches the hand annotations.
import { evaluateSeeds } from "./evaluateSeeds";

const verbose = process.argv.includes("--verbose");
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const evaluation = await evaluateSeeds();
console.log("document                    precision  recall  dates (day)  ");
for (const d of evaluation.documents) {
  console.log(`${d.file.padEnd(28)}${pct(d.precision).padStart(9)}${pct(d.recall).padStart(8)}   ${d.datesCorrect}/${d.datesFound} of ${d.datedInGold}`);
  if (verbose) {
    if (d.falsePositives.length) console.log(`  false positives: ${d.falsePositives.join(" ")}`);
    if (d.falseNegatives.length) console.log(`  missed: ${d.falseNegatives.join(" ")}`);
    for (const miss of d.dateMisses) console.log(`  date: ${miss}`);
  }
}
console.log(`all (micro)                 ${pct(evaluation.precision).padStart(9)}${pct(evaluation.recall).padStart(8)}   date accuracy ${pct(evaluation.dateAccuracy)}`);
