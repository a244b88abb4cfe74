// `npx tsx bench/database/sizes.ts [--quick] 10000 100000 1000000`: the database suite at several
// corpus sizes (100 facts per document), one table per size, for docs/SCALING.md.
import { createContext } from "../context";
import { formatTable } from "../table";
import { runDatabaseBench } from "./index";

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  if (sizes.length === 0) throw new Error("name one or more fact counts, e.g. 10000 100000 1000000");
  const context = await createContext({ quick, serverUrl: process.env.BENCH_DATABASE_URL ?? null });
  for (const facts of sizes) {
    const figures = await runDatabaseBench(context, { facts, documents: Math.max(1, Math.round(facts / 100)) });
    console.log(`\n${facts.toLocaleString("en")} facts\n${formatTable(figures)}\n`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
