// One measured figure of `npm run bench`: its value, the target the issues set, the baseline
// measured in the same run and their ratio. Figure names are stable so runs can be compared.
export type Better = "higher" | "lower";

export interface Figure {
  figure: string;
  value: number | null;
  unit: string;
  /** The target, or null where the figure has none (it is reported for context). */
  target: number | null;
  baseline: number | null;
  /** value / baseline, or null without a baseline. */
  ratio: number | null;
  /** Whether the value meets the target; null when there is no target or no value. */
  meets: boolean | null;
  /** Which direction is good: MB/s is "higher", milliseconds are "lower". */
  better: Better;
  /** What the baseline is and anything a reader needs to interpret the figure. */
  note?: string;
}

export interface FigureInput {
  figure: string;
  value: number | null;
  unit: string;
  better: Better;
  target?: number | null;
  baseline?: number | null;
  note?: string;
}

export function figure(input: FigureInput): Figure {
  const target = input.target ?? null;
  const baseline = input.baseline ?? null;
  const value = input.value;
  const ratio = value !== null && baseline !== null && baseline !== 0 ? round(value / baseline, 3) : null;
  const meets = value === null || target === null ? null : input.better === "higher" ? value >= target : value <= target;
  return { figure: input.figure, value: value === null ? null : round(value, 3), unit: input.unit, target, baseline: baseline === null ? null : round(baseline, 3), ratio, meets, better: input.better, ...(input.note ? { note: input.note } : {}) };
}

/** A figure that could not be measured in this run, with the reason in its note. */
export function unmeasured(input: Omit<FigureInput, "value" | "baseline">, reason: string): Figure {
  return figure({ ...input, value: null, baseline: null, note: reason });
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
