// The highlighted stretch of a document from the start/end query values, or null when they are
// missing, malformed or outside the text.
export function quoteSpan(textLength: number, start: unknown, end: unknown): { start: number; end: number } | null {
  const toInt = (value: unknown) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null);
  const from = toInt(start);
  const to = toInt(end);
  if (from === null || to === null || from >= to || to > textLength) return null;
  return { start: from, end: to };
}
