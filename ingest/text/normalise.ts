// Raw document text → the normalised text every offset refers to, and what was dropped on the way.
// Stages: clean lines → split headings run into a line → drop interleaved furigana → cut a web page's tail → drop page furniture
// line by line → group into blocks → drop captions and running heads → join into paragraphs →
// drop footnote references → one paragraph per line pair ("\n\n") in the stored text.
import { assembleParagraphs, type AssembledParagraph } from "./assemble";
import { isCaptionBlock } from "./captions";
import { isDateline, splitLeadingDateline } from "./dateline";
import { chromeReason, navigationItems, verticalTabLength } from "./chrome";
import { FOOTNOTE_START } from "./footnoteShape";
import { footnoteNumber, removeFootnoteReferences } from "./footnotes";
import { continuesChronology } from "./tableRows";
import { removeInterleavedFurigana } from "./furigana";
import { splitInlineHeadingRuns } from "./inlineHeadings";
import { parseHeading } from "./headings";
import { detectWrapWidth } from "./layout";
import { splitIntoLines, type Line } from "./lines";
import type { NormalisedDocument, RemovalReason, RemovedSpan } from "./types";
import { articleEnd } from "./webTail";

export const PARAGRAPH_SEPARATOR = "\n\n";

function linesToBlocks(lines: Line[], removed: RemovedSpan[]): Line[][] {
  const navItems = new Set(lines.flatMap((line) => navigationItems(line.text)));
  const blocks: Line[][] = [];
  let block: Line[] = [];
  const closeBlock = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  const drop = (line: Line, reason: RemovalReason) => removed.push({ reason, text: line.text, line: line.lineNo });
  const captions: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const tab = verticalTabLength(lines, index);
    if (tab > 0) {
      lines.slice(index, index + tab).forEach((tabLine) => drop(tabLine, "page-header-footer"));
      index += tab - 1;
      closeBlock();
      continue;
    }
    const reason = chromeReason(line.text, navItems) ?? (repeatsCaption(line.text, captions) ? "caption" : undefined);
    if (reason === "caption") captions.push(line.text);
    if (reason) drop(line, reason);
    const numberedHeading = parseHeading(line.text)?.marker;
    // a page's date is a block of its own, never the start of the caption or text under it
    const dateline = !reason && isDateline(line.text.trim());
    if (reason || line.text === "" || dateline || (numberedHeading !== undefined && numberedHeading !== "title")) closeBlock();
    if (!reason && line.text !== "") block.push(line);
    if (dateline) closeBlock();
  }
  closeBlock();
  return blocks;
}

/** A page's date run into its first line is split off; the first row of a chronology (a row below goes on from it) is not. */
function splitLeadingDatelines(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, index) => {
    const parts = splitLeadingDateline(line.text);
    if (!parts || startsChronology(lines, index)) return [line];
    return parts.map((text) => ({ text, lineNo: line.lineNo }));
  });
}

function startsChronology(lines: readonly Line[], index: number): boolean {
  for (let next = index + 1; next < lines.length; next++) {
    const text = lines[next]!.text.trim();
    if (text !== "") return continuesChronology(text);
  }
  return false;
}

/** A page that repeats a photo's caption wrapped over lines (its alt text): the first line is the caption's start. */
function repeatsCaption(text: string, captions: readonly string[]): boolean {
  return text.length >= 8 && !text.includes("。") && captions.some((caption) => caption.startsWith(text));
}

function cleanParagraph(paragraph: AssembledParagraph, footnotes: ReadonlySet<number>, removed: RemovedSpan[]): string {
  const marker = paragraph.kind === "footnote" ? (FOOTNOTE_START.exec(paragraph.text)?.[1] ?? "") : "";
  const body = paragraph.text.slice(marker.length);
  const withoutReferences = removeFootnoteReferences(body, footnotes, paragraph.lineNo, removed);
  return marker + withoutReferences;
}

export function normaliseDocumentText(raw: string): NormalisedDocument {
  const removed: RemovedSpan[] = [];
  const furiganaFree = removeInterleavedFurigana(splitLeadingDatelines(splitInlineHeadingRuns(splitIntoLines(raw, removed))), removed);
  const end = articleEnd(furiganaFree);
  for (const line of furiganaFree.slice(end)) if (line.text) removed.push({ reason: "web-page-tail", text: line.text, line: line.lineNo });
  const lines = furiganaFree.slice(0, end);
  const wrapWidth = detectWrapWidth(lines);
  const paragraphs = assembleParagraphs(linesToBlocks(lines, removed), wrapWidth, (block, assembler) => {
    const texts = block.map((line) => line.text);
    const reason: RemovalReason | undefined = isCaptionBlock(texts, wrapWidth)
      ? "caption"
      : block.length === 1 && assembler.isRunningHead(texts[0]!)
        ? "page-header-footer"
        : undefined;
    if (reason) removed.push({ reason, text: texts.join("\n"), line: block[0]!.lineNo });
    return reason !== undefined;
  });
  const footnotes = new Set(
    paragraphs.filter((p) => p.kind === "footnote").map((p) => footnoteNumber(FOOTNOTE_START.exec(p.text)![1]!)),
  );
  const text = paragraphs.map((paragraph) => cleanParagraph(paragraph, footnotes, removed)).join(PARAGRAPH_SEPARATOR);
  return { text, removed: removed.sort((a, b) => a.line - b.line) };
}
