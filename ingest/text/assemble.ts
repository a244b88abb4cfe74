// Cleaned lines → paragraphs. Lines of one block join without a space (Japanese needs none) until
// a sentence ends at a line end; a paragraph left open at the end of a block (a page break, a
// caption or footnotes in between) is continued by the next block when nothing but such page
// furniture lies between them. Footnotes found on the way become paragraphs of their own.
import { isAsciiAlnum } from "./characters";
import { isDateline } from "./dateline";
import { looksLikeFootnoteStart } from "./footnoteShape";
import { parseHeading, isTitleShaped, MAX_TITLE_LENGTH } from "./headings";
import type { Line } from "./lines";

export type AssembledKind = "body" | "footnote" | "heading";
export interface AssembledParagraph {
  text: string;
  lineNo: number;
  kind: AssembledKind;
}

/** A text line, or what stood between text lines: a blank or a removed line. */
export type Unit = { type: "line"; line: Line } | { type: "gap" };

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
const SENTENCE_END = /[。！？][」』）)]*$/;

export function joinWrapped(left: string, right: string): string {
  return isAsciiAlnum(left.at(-1)) && /^[A-Za-z]/.test(right) && /[A-Za-z]$/.test(left) ? `${left} ${right}` : left + right;
}


class Assembler {
  readonly out: AssembledParagraph[] = [];
  private current: AssembledParagraph | undefined; // being built inside the current block
  private pending: AssembledParagraph | undefined; // a body paragraph left open at a block's end
  private readonly headingKeys = new Set<string>(); // each heading, and each run together with the next
  private lastHeadingKey: string | undefined;

  constructor(
    private readonly maxTitleLength: number,
    private readonly wrapWidth: number | undefined,
  ) {}

  private emit(paragraph: AssembledParagraph | undefined) {
    if (!paragraph) return;
    const isTitle = paragraph.kind === "body" && !SENTENCE_END.test(paragraph.text) && isTitleShaped(paragraph.text, this.maxTitleLength);
    const kind = isTitle ? "heading" : paragraph.kind;
    if (kind === "heading") this.rememberHeading(paragraph.text.replace(/\s/g, ""));
    this.out.push({ ...paragraph, kind });
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
    if (this.current?.kind === "body" && !SENTENCE_END.test(this.current.text) && !isTitleShaped(this.current.text, this.maxTitleLength)) {
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
    const standsAlone = numbered || isDateline(text) || (nextText !== undefined && isDateline(nextText) && !SENTENCE_END.test(text));
    const current = this.current;
    if (current && !SENTENCE_END.test(current.text) && !standsAlone) {
      current.text = joinWrapped(current.text, text);
      return;
    }
    if (standsAlone) {
      this.closeAll();
      this.emit({ text, lineNo: line.lineNo, kind: "heading" });
      return;
    }
    if (looksLikeFootnoteStart(text)) {
      this.emit(this.current);
      this.current = { text, lineNo: line.lineNo, kind: "footnote" };
      return;
    }
    const nextContinuesIt = nextText !== undefined && continues(text, nextText);
    if (heading !== undefined && isTitleShaped(text, this.maxTitleLength) && !nextContinuesIt) {
      this.closeAll();
      this.emit({ text, lineNo: line.lineNo, kind: "heading" });
      return;
    }
    if (current?.kind === "footnote" && this.wrapWidth !== undefined && text.length > this.wrapWidth * 1.5) {
      current.text = joinWrapped(current.text, text); // footnotes are set wider than the body column
      return;
    }
    if (this.pending && (firstInBlock || current?.kind === "footnote")) {
      this.emit(current);
      this.current = this.pending;
      this.pending = undefined;
      this.current.text = joinWrapped(this.current.text, text);
      return;
    }
    this.emit(this.current);
    this.emit(this.pending);
    this.pending = undefined;
    this.current = { text, lineNo: line.lineNo, kind: "body" };
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
