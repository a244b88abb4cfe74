// Cleaned lines → paragraphs. Lines of one block join without a space (Japanese needs none) until
// a sentence ends at a line end; a paragraph left open at the end of a block (a page break, a
// caption or footnotes in between) is continued by the next block when nothing but such page
// furniture lies between them. Footnotes found on the way become paragraphs of their own.
import { isDateline } from "./dateline";
import { looksLikeFootnoteStart, startsNumberedNote } from "./footnoteShape";
import { parseHeading, isTitleShaped, MAX_TITLE_LENGTH } from "./headings";
import type { Line } from "./lines";
import { isTableRow } from "./tableRows";
import { endsSentence, ParagraphBuilder, type AssembledKind } from "./paragraphBuilder";

export interface AssembledParagraph {
  text: string;
  lineNo: number;
  kind: AssembledKind;
}

// A line starting with punctuation, or with hiragana that is not one of the words a sentence
// opens with, cannot begin a sentence or title: the line before runs on into it.
const CONTINUATION_START = /^[、。，」』）)ー]/;
const SENTENCE_OPENER =
  /^(また|しかし|しかしながら|なお|さらに|そして|ただし|たとえば|ちなみに|もっとも|ところが|すなわち|つまり|いずれ|いわゆる|わが|この|その|あの|これ|それ|こうした|そうした|こちら|あらゆる|いま|まず|とりわけ|とくに)/;
function continues(text: string, next: string): boolean {
  if (CONTINUATION_START.test(next)) return true;
  if (/^[\u3041-\u309f]/.test(next) && !SENTENCE_OPENER.test(next)) return true;
  return /\d$/.test(text) && /^[年月日]/.test(next);
}

// Web text links a footnote by a number right after the sentence, whose 。 the page leaves out
// (…配備されている27): a sentence-final verb form followed by one or two digits ends the paragraph.
const FOOTNOTE_MARKER_END = /(?:る|た|だ|い|す|う)\d{1,2}$/;

/** A title can only be this long, so a longer paragraph needs no title check. */
const mayBeTitle = (paragraph: ParagraphBuilder, maxTitleLength: number) =>
  paragraph.size <= maxTitleLength && isTitleShaped(paragraph.text, maxTitleLength);

class Assembler {
  readonly out: AssembledParagraph[] = [];
  private current: ParagraphBuilder | undefined; // being built inside the current block
  private pending: ParagraphBuilder | undefined; // a body paragraph left open at a block's end
  private readonly headingKeys = new Set<string>(); // each heading, and each run together with the next
  private lastHeadingKey: string | undefined;

  constructor(
    private readonly maxTitleLength: number,
    private readonly wrapWidth: number | undefined,
  ) {}

  /** A line of wrapped PDF text as long as the column: a sentence going on, whatever it starts with. */
  private isWrapped(text: string): boolean {
    return this.wrapWidth !== undefined && Math.abs(text.length - this.wrapWidth) <= 2;
  }

  /** The paragraph has ended: at a sentence end, or in web text at a sentence's footnote marker. */
  private closed(paragraph: ParagraphBuilder): boolean {
    if (paragraph.ended) return true;
    return this.wrapWidth === undefined && paragraph.kind === "body" && FOOTNOTE_MARKER_END.test(paragraph.tail());
  }

  private emit(paragraph: ParagraphBuilder | undefined) {
    if (!paragraph) return;
    const isTitle = paragraph.kind === "body" && !this.closed(paragraph) && mayBeTitle(paragraph, this.maxTitleLength);
    const kind = isTitle ? "heading" : paragraph.kind;
    if (kind === "heading") this.rememberHeading(paragraph.text.replace(/\s/g, ""));
    this.out.push({ text: paragraph.text, lineNo: paragraph.lineNo, kind });
  }

  private closeAll() {
    this.emit(this.current);
    this.emit(this.pending);
    this.current = this.pending = undefined;
  }

  private rememberHeading(key: string) {
    this.headingKeys.add(key);
    if (this.lastHeadingKey !== undefined) this.headingKeys.add(this.lastHeadingKey + key);
    this.lastHeadingKey = key;
  }

  /** A running head repeats headings already seen, alone or run together (第5節ロシア、…). */
  isRunningHead(text: string): boolean {
    return this.headingKeys.has(text.replace(/\s/g, ""));
  }

  block(lines: Line[]) {
    lines.forEach((line, index) => this.line(line, index === 0, lines[index + 1]?.text));
    if (this.current?.kind === "body" && !this.closed(this.current) && !mayBeTitle(this.current, this.maxTitleLength)) {
      this.pending = this.current;
    } else {
      this.emit(this.current);
    }
    this.current = undefined;
  }

  private line(line: Line, firstInBlock: boolean, nextText: string | undefined) {
    const { text } = line;
    const heading = parseHeading(text);
    const numbered = heading !== undefined && heading.marker !== "title";
    // a numbered heading, a dateline, and the headline right above a dateline stand alone
    const standsAlone = numbered || isDateline(text) || (nextText !== undefined && isDateline(nextText) && !endsSentence(text));
    const current = this.current;
    if (current?.kind === "footnote" && startsNumberedNote(text)) {
      this.emit(current);
      this.current = new ParagraphBuilder(text, line.lineNo, "footnote");
      return;
    }
    // a table's row starts after a heading, another row or a finished sentence, never inside a sentence
    const tableRow = isTableRow(text) && !this.isWrapped(text) && !(current && !this.closed(current));
    if (current && !this.closed(current) && !standsAlone && !tableRow) {
      current.append(text);
      return;
    }
    if (standsAlone) {
      this.closeAll();
      this.emit(new ParagraphBuilder(text, line.lineNo, "heading"));
      return;
    }
    if (tableRow) {
      // a row of a data table (首  都: リマ(Lima)) or a chronology (9月3日  国連からの正式要請) is a
      // statement of its own, never joined to the next row
      this.closeAll();
      this.out.push({ text, lineNo: line.lineNo, kind: "body" });
      return;
    }
    if (looksLikeFootnoteStart(text)) {
      this.emit(this.current);
      this.current = new ParagraphBuilder(text, line.lineNo, "footnote");
      return;
    }
    const nextContinuesIt = nextText !== undefined && continues(text, nextText);
    if (heading !== undefined && isTitleShaped(text, this.maxTitleLength) && !nextContinuesIt) {
      this.closeAll();
      this.emit(new ParagraphBuilder(text, line.lineNo, "heading"));
      return;
    }
    if (current?.kind === "footnote" && this.wrapWidth !== undefined && text.length > this.wrapWidth * 1.5) {
      current.append(text); // footnotes are set wider than the body column
      return;
    }
    if (this.pending && (firstInBlock || current?.kind === "footnote")) {
      this.emit(current);
      this.current = this.pending;
      this.pending = undefined;
      this.current.append(text);
      return;
    }
    this.emit(this.current);
    this.emit(this.pending);
    this.pending = undefined;
    this.current = new ParagraphBuilder(text, line.lineNo, "body");
  }

  finish() {
    this.closeAll();
    return this.out.sort((a, b) => a.lineNo - b.lineNo);
  }
}

export function assembleParagraphs(
  blocks: Line[][],
  wrapWidth: number | undefined,
  isRemovable: (block: Line[], assembler: { isRunningHead(text: string): boolean }) => boolean,
): AssembledParagraph[] {
  const maxTitleLength = wrapWidth === undefined ? MAX_TITLE_LENGTH : Math.floor(wrapWidth * 0.8);
  const assembler = new Assembler(maxTitleLength, wrapWidth);
  for (const block of blocks) if (!isRemovable(block, assembler)) assembler.block(block);
  return assembler.finish();
}
