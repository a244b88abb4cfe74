// Normalised text → paragraphs (one per line; the normaliser puts a blank line between them),
// each classified from its own text, so the stored text alone is enough to rebuild the structure.
import { isDateline } from "./dateline";
import { looksLikeFootnoteStart } from "./footnoteShape";
import { parseHeading } from "./headings";
import type { Paragraph, ParagraphKind } from "./types";


export function paragraphKind(text: string): ParagraphKind {
  if (isDateline(text)) return "dateline";
  if (parseHeading(text) !== undefined) return "heading";
  if (looksLikeFootnoteStart(text)) return "footnote";
  return "body";
}

export function textToParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\n+/g;
  let start = 0;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const trimmedStart = start + (slice.length - slice.trimStart().length);
    const trimmedEnd = end - (slice.length - slice.trimEnd().length);
    if (trimmedEnd > trimmedStart) {
      const paragraphText = text.slice(trimmedStart, trimmedEnd);
      paragraphs.push({ index: paragraphs.length, start: trimmedStart, end: trimmedEnd, text: paragraphText, kind: paragraphKind(paragraphText) });
    }
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  // the headline right above a dateline is a heading even when it reads like a clause
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    if (paragraph.kind === "body" && next?.kind === "dateline" && !/[。！？]/.test(paragraph.text)) paragraph.kind = "heading";
  });
  return paragraphs;
}
