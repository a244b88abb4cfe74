// Raw text → cleaned lines, each remembering its 1-based line number in the raw input.
import { foldWidths } from "./characters";
import type { RemovedSpan } from "./types";

export interface Line {
  text: string; // cleaned: widths folded, spaces collapsed, trimmed; "" for a blank line
  lineNo: number;
}

// ^{かじ} (a reading in braces) or ^い (a single kana) right after the word it reads.
const INLINE_READING = /\^\{[^}\n]{1,20}\}|\^[\u3041-\u30ff]/g;

function removeInlineReadings(text: string, lineNo: number, removed: RemovedSpan[]): string {
  return text.replace(INLINE_READING, (reading) => {
    removed.push({ reason: "inline-reading", text: reading, line: lineNo });
    return "";
  });
}

export function splitIntoLines(raw: string, removed: RemovedSpan[]): Line[] {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.split(/\r\n|\r|\n/).map((rawLine, index) => {
    const lineNo = index + 1;
    const folded = foldWidths(rawLine).replace(/[\t\u00a0\u2000-\u200b\u202f\u205f ]+/g, " ");
    const text = removeInlineReadings(folded, lineNo, removed).trim();
    return { text, lineNo };
  });
}
