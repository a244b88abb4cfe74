// The section headings around each paragraph, outermost first. Numbered headings nest by marker
// type in the order the document uses them (第6節 > 1 > (1) > ア > (ア) in the Bluebook, 1. > (1) >
// (イ) in meeting summaries), found as they come rather than from a fixed table. A heading whose
// number restarts at 1 right under a heading of the same type (5 対外関係 → 1 全般) is a level
// deeper. Unnumbered titles sit below the innermost numbered heading; titles that open the
// document before any text (the page title) stay at the bottom.
import { parseHeading, type HeadingMarker, type HeadingShape } from "./headings";

interface Entry {
  marker: HeadingMarker;
  text: string;
  bare: boolean; // 第6節 alone, waiting for the title on the next line
  hadBody: boolean;
  documentTitle: boolean;
}

const isTitle = (marker: HeadingMarker) => marker === "title" || marker === "bracketed";
/** Deeper than any real document goes; keeps a run of odd headings from growing the stack without end. */
export const MAX_HEADING_DEPTH = 10;

export class HeadingStack {
  private readonly entries: Entry[] = [];
  private seenBody = false;
  private snapshot: readonly string[] | undefined;

  /** The same frozen array until the stack changes, so the sentences of a section share it. */
  get headings(): readonly string[] {
    this.snapshot ??= Object.freeze(this.entries.map((entry) => entry.text));
    return this.snapshot;
  }

  private push(entry: Entry) {
    if (this.entries.length >= MAX_HEADING_DEPTH) this.entries.length = MAX_HEADING_DEPTH - 1;
    this.entries.push(entry);
  }

  body() {
    this.seenBody = true;
    const top = this.entries.at(-1);
    if (top) top.hadBody = true;
  }

  heading(text: string) {
    this.snapshot = undefined;
    const shape = parseHeading(text) ?? { marker: "title" as const, title: text };
    if (isTitle(shape.marker)) this.title(text);
    else this.numbered(text, shape);
  }

  private title(text: string) {
    const top = this.entries.at(-1);
    if (top?.bare && !top.hadBody) {
      top.text = `${top.text} ${text}`;
      top.bare = false;
      return;
    }
    if (top && isTitle(top.marker) && top.hadBody && !top.documentTitle) this.entries.pop();
    const opensDocument = !this.seenBody && this.entries.every((entry) => entry.documentTitle);
    this.push({ marker: "title", text, bare: false, hadBody: false, documentTitle: opensDocument });
  }

  private numbered(text: string, shape: HeadingShape) {
    while (this.entries.length > 0 && isTitle(this.entries.at(-1)!.marker) && !this.entries.at(-1)!.documentTitle) this.entries.pop();
    const entry: Entry = { marker: shape.marker, text, bare: shape.title === "", hadBody: false, documentTitle: false };
    const top = this.entries.at(-1);
    const restartsUnderSameType = top?.marker === shape.marker && !top.hadBody && shape.number === 1;
    const sameType = this.entries.map((e) => e.marker).lastIndexOf(shape.marker);
    if (!restartsUnderSameType && sameType !== -1) this.entries.length = sameType;
    this.push(entry);
  }
}
