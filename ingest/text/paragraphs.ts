// Normalised text → paragraphs (one per line; the normaliser puts a blank line between them),
// each classified from its own text, so the stored text alone is enough to rebuild the structure.
import { looksLikeFootnoteStart } from "./footnoteShape";
import { parseHeading } from "./headings";
import type { Paragraph, ParagraphKind } from "./types";

const ERA = "(?:明治|大正|昭和|平成|令和)";
// 平成20年11月5日, 2017年03月24日(金)21時30分: the date a page was published, not a sentence
const DATELINE = new RegExp(`^(?:${ERA}(?:\\d{1,2}|元)|\\d{4})年\\d{1,2}月\\d{1,2}日(?:\\s*[(（][月火水木金土日][)）])?(?:\\s*\\d{1,2}(?:時|:)\\d{2}分?)?$`);

export function paragraphKind(text: string): ParagraphKind {
  if (DATELINE.test(text)) return "dateline";
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
  return paragraphs;
}
