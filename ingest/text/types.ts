// Shapes shared by the text stage: what normalisation drops, and the paragraphs and sentences that
// every later stage reads. All offsets are UTF-16 code-unit offsets into the normalised text.

export type RemovalReason =
  | "furigana" // a reading line interleaved with the kanji it glosses (PDF)
  | "inline-reading" // ^{かじ} or ^い after the word it reads
  | "footnote-reference" // a footnote number glued to a word (¹, 機構4(, 諸国 1について)
  | "navigation" // site menus, breadcrumbs, back-to-top links
  | "page-header-footer" // page numbers with the book title, running heads, chapter tabs
  | "layout-marker" // stray section letters or single characters left by page layout
  | "caption" // photo captions and credits
  | "figure" // figure and table titles and labels
  | "cross-reference" // 参照… lines pointing elsewhere in the book
  | "media-link" // QR codes, video icons, bare URLs of companion material
  | "advertisement" // an ad label standing inside an article
  | "web-page-tail"; // everything after a web article's end: profile, tickers, rankings, ads

export interface RemovedSpan {
  reason: RemovalReason;
  text: string;
  line: number; // 1-based line of the raw input where the dropped text starts
}

export interface NormalisedDocument {
  text: string;
  removed: RemovedSpan[];
}

export type ParagraphKind = "heading" | "body" | "footnote" | "dateline";

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: ParagraphKind;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string; // === documentText.slice(start, end)
  paragraphIndex: number;
  headings: readonly string[]; // enclosing section headings, outermost first; [] for footnotes; shared by the sentences of a section
  inFootnote: boolean;
  /** The day the section's text is of: given by its innermost heading that gives one (9月7日, 1 ベラルーシ(4月25日)) or by a bracketed dateline under it (a statement in an annex: 1983年3月31日). */
  sectionDay?: string;
  /** A chronology's row that writes no year (8月11日  …, 〃  …) right after another row: it goes on in that row's year. */
  continuesTable?: boolean;
  /** A chronology's row that opens with a date cell giving its year (|92年2月 |…, 92年2月 …): the rows after it go on in that year. */
  opensYearCell?: boolean;
}
