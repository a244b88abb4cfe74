// `npm run bench [-- --quick] [--only SUITE,…] [--server URL] [--markdown FILE]`: runs every benchmark suite, prints one table and
// writes bench/results.json. It reports; it never fails because a figure misses its target.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createContext, resolveServerUrl } from "./context";
import { unmeasured, type Figure } from "./figures";
import { suites } from "./suites";
import { formatMarkdownTable, formatTable } from "./table";

const flagsSchema = z.object({
  quick: z.boolean().default(false),
  only: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((name) => name.trim()).filter(Boolean) : null))
    .refine((names) => names === null || names.every((name) => suites.some((suite) => suite.name === name)), {
      message: `must name suites among: ${suites.map((suite) => suite.name).join(", ")}`,
    }),
  server: z.string().url().optional(),
  markdown: z.string().min(1).optional(),
});

async function main() {
  const flags = parseFlags();
  const serverUrl = await resolveServerUrl(flags.server);
  const context = await createContext({ quick: flags.quick, serverUrl });
  if (!serverUrl) process.stderr.write("No Postgres server answers at 127.0.0.1:5432 (or --server): suites that need one report why.\n");
  const chosen = suites.filter((suite) => flags.only === null || flags.only.includes(suite.name));
  const figures: Figure[] = [];
  const started = Date.now();
  for (const suite of chosen) {
    process.stderr.write(`\n▶ ${suite.name}: ${suite.description}\n`);
    const suiteStarted = Date.now();
    try {
      figures.push(...(await suite.run(context)));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`  ${suite.name} failed: ${reason}\n`);
      figures.push(unmeasured({ figure: `${suite.name}.failed`, unit: "", better: "lower" }, reason.split("\n")[0] ?? reason));
    }
    process.stderr.write(`  (${((Date.now() - suiteStarted) / 1000).toFixed(1)} s)\n`);
  }
  const output = path.resolve("bench/results.json");
  await writeFile(output, JSON.stringify(figures.map(({ better: _better, ...rest }) => rest), null, 2) + "\n");
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`;
  const summary = `${flags.quick ? "Quick run" : "Full run"} in ${((Date.now() - started) / 1000).toFixed(0)} s on ${new Date().toISOString().slice(0, 16)}Z.`;
  console.log(`\n${formatTable(figures)}\n`);
  console.log(`Machine: ${machine}. ${summary}`);
  console.log(`Results written to ${path.relative(process.cwd(), output)}.`);
  if (flags.markdown) {
    await writeFile(flags.markdown, `${formatMarkdownTable(figures)}\n\nMachine: ${machine}. ${summary}\n`);
    console.log(`Markdown table written to ${flags.markdown}.`);
  }
}

function parseFlags() {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: { quick: { type: "boolean" }, only: { type: "string" }, server: { type: "string" }, markdown: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    console.error(`npm run bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const result = flagsSchema.safeParse({ server: process.env.BENCH_DATABASE_URL || undefined, ...values });
  if (!result.success) {
    const issue = result.error.issues[0];
    console.error(`npm run bench: --${issue?.path.join(".") ?? "flags"} ${issue?.message ?? "is invalid"}`);
    process.exit(2);
  }
  return result.data;
}

main().catch((error) => {
  console.error(`npm run bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
