// Whether the text was hard-wrapped at a fixed column width (PDF extraction), and at what width.
// Web text has one paragraph per line; PDF text has most lines of one length, mid-sentence.
import type { Line } from "./lines";

const MIN_LINES = 20;
const MAX_COLUMN_WIDTH = 60;
const SHARE_AT_WIDTH = 0.4;

export function detectWrapWidth(lines: readonly Line[]): number | undefined {
  const lengths = lines.map((line) => line.text.length).filter((length) => length > 0);
  if (lengths.length < MIN_LINES) return undefined;
  const counts = new Map<number, number>();
  for (const length of lengths) counts.set(length, (counts.get(length) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [length, count] of counts) if (count > best) [mode, best] = [length, count];
  if (mode > MAX_COLUMN_WIDTH) return undefined;
  const nearMode = lengths.filter((length) => Math.abs(length - mode) <= 2).length;
  return nearMode / lengths.length >= SHARE_AT_WIDTH ? mode : undefined;
}
