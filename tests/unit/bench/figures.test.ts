import { figure } from "@/bench/figures";
import { median, percentile } from "@/bench/stats";
import { formatMarkdownTable, formatTable } from "@/bench/table";

describe("bench figures", () => {
  it("meets a higher-is-better target at or above it and computes the ratio to the baseline", () => {
    const f = figure({ figure: "ingest.throughput", value: 3, unit: "MB/s", better: "higher", target: 2, baseline: 60 });
    expect(f.meets).toBe(true);
    expect(f.ratio).toBe(0.05);
  });

  it("misses a lower-is-better target above it", () => {
    expect(figure({ figure: "map.step.p95", value: 80, unit: "ms", better: "lower", target: 50 }).meets).toBe(false);
  });

  it("leaves meets and ratio null without a target, a baseline or a value", () => {
    const f = figure({ figure: "x", value: null, unit: "ms", better: "lower", target: 5, baseline: 3 });
    expect(f.meets).toBeNull();
    expect(f.ratio).toBeNull();
  });

  it("prints one row per figure with the target's direction and NO for a missed target", () => {
    const table = formatTable([figure({ figure: "map.step.p95", value: 80, unit: "ms", better: "lower", target: 50, baseline: 40 })]);
    expect(table).toContain("≤ 50 ms");
    expect(table).toContain("2×");
    expect(table).toMatch(/NO$/m);
  });
});

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe("the Markdown table of figures", () => {
  it("has a header, one row per figure and the notes below, with pipes escaped", () => {
    const markdown = formatMarkdownTable([figure({ figure: "api.p99", value: 12, unit: "ms", better: "lower", target: 100, note: "a | b" })]);
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("| figure | value | target | baseline | ratio | meets |");
    expect(lines[2]).toBe("| api.p99 | 12 ms | ≤ 100 ms | — | — | yes |");
    expect(markdown).toContain("- `api.p99`: a | b");
  });
});
