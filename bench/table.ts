// The table `npm run bench` prints: one row per figure.
import type { Figure } from "./figures";

const HEADERS = ["figure", "value", "target", "baseline", "ratio", "meets"] as const;

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.figure,
    withUnit(f.value, f.unit),
    f.target === null ? "—" : `${f.better === "higher" ? "≥" : "≤"} ${withUnit(f.target, f.unit)}`,
    withUnit(f.baseline, f.unit),
    f.ratio === null ? "—" : `${f.ratio}×`,
    f.meets === null ? "—" : f.meets ? "yes" : "NO",
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.figure}: ${f.note}`);
  return [line(HEADERS), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), ...(notes.length ? ["", "Notes:", ...notes] : [])].join("\n");
}

function withUnit(value: number | null, unit: string): string {
  if (value === null) return "—";
  return unit ? `${value} ${unit}` : String(value);
}
