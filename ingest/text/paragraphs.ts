// Normalised text → paragraphs (one per line; the normaliser puts a blank line between them),
// each classified from its own text, so the stored text alone is enough to rebuild the structure.
import { isDateline } from "./dateline";
import { looksLikeFootnoteStart, startsNumberedNote } from "./footnoteShape";
import { parseHeading } from "./headings";
import type { Paragraph, ParagraphKind } from "./types";


export function paragraphKind(text: string): ParagraphKind {
  if (isDateline(text)) return "dateline";
  if (startsNumberedNote(text)) return "footnote";
  if (parseHeading(text) !== undefined) return "heading";
  if (looksLikeFootnoteStart(text)) return "footnote";
  return "body";
}

export function textToParagraphs(text: string): Paragraph[] {
  return [...paragraphsOfText(text)];
}

/** The paragraphs one at a time (each is yielded once the next one is known). */
export function* paragraphsOfText(text: string): Generator<Paragraph> {
  let previous: Paragraph | undefined;
  for (const paragraph of lineParagraphs(text)) {
    // the headline right above a dateline is a heading even when it reads like a clause
    if (previous?.kind === "body" && paragraph.kind === "dateline" && !/[。！？]/.test(previous.text)) previous.kind = "heading";
    if (previous) yield previous;
    previous = paragraph;
  }
  if (previous) yield previous;
}

function* lineParagraphs(text: string): Generator<Paragraph> {
  const lineBreak = /\n+/g;
  let index = 0;
  let start = 0;
  const paragraphAt = (end: number): Paragraph | undefined => {
    const slice = text.slice(start, end);
    const trimmedStart = start + (slice.length - slice.trimStart().length);
    const trimmedEnd = end - (slice.length - slice.trimEnd().length);
    if (trimmedEnd <= trimmedStart) return undefined;
    const paragraphText = text.slice(trimmedStart, trimmedEnd);
    return { index: index++, start: trimmedStart, end: trimmedEnd, text: paragraphText, kind: paragraphKind(paragraphText) };
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    const paragraph = paragraphAt(match.index);
    if (paragraph) yield paragraph;
    start = match.index + match[0].length;
  }
  const last = paragraphAt(text.length);
  if (last) yield last;
}
