// The table `npm run bench` prints: one row per figure.
import type { Figure } from "./figures";

const HEADERS = ["figure", "value", "target", "baseline", "ratio", "meets"];

/** The cells of one figure's row, in HEADERS order. */
export function figureCells(f: Figure): string[] {
  return [
    f.figure,
    withUnit(f.value, f.unit),
    f.target === null ? "—" : `${f.better === "higher" ? "≥" : "≤"} ${withUnit(f.target, f.unit)}`,
    withUnit(f.baseline, f.unit),
    f.ratio === null ? "—" : `${f.ratio}×`,
    f.meets === null ? "—" : f.meets ? "yes" : "NO",
  ];
}

/** The same rows as a Markdown table, with the notes as a list below it (for docs/BENCHMARKS.md). */
export function formatMarkdownTable(figures: readonly Figure[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const rows = [HEADERS.join(" | "), HEADERS.map(() => "---").join(" | "), ...figures.map((f) => figureCells(f).map(escape).join(" | "))];
  const notes = figures.filter((f) => f.note).map((f) => `- \`${f.figure}\`: ${f.note}`);
  return [...rows.map((row) => `| ${row} |`), ...(notes.length ? ["", ...notes] : [])].join("\n");
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map(figureCells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.figure}: ${f.note}`);
  return [line(HEADERS), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), ...(notes.length ? ["", "Notes:", ...notes] : [])].join("\n");
}

function withUnit(value: number | null, unit: string): string {
  if (value === null) return "—";
  return unit ? `${value} ${unit}` : String(value);
}
