// Plain-text renderings of web pages (the Bluebook's html/txt/ pages) run the page's headings into
// the first paragraph on one line: 第2章 地域別に見た外交 2 ロシア・ベラルーシ (1)ロシア情勢 ア ロシア内政
// 2月にロシアが…. Such a run is split into one line per heading, and the text after it, so that the
// headings become the section headings of what follows rather than words of its first sentence.
import { isTitleShaped } from "./headings";
import type { Line } from "./lines";

// A marker with its title in the same token ((1)ロシア情勢, 第2章地域別に見た外交) or alone (2, ア, 第2章).
const MARKER_WITH_TITLE = /^(?:第[0-9一二三四五六七八九十]+[部章節]|[(（]\d{1,2}[)）]|[(（][アイウエオカキクケコ][)）])(.+)$/;
const BARE_MARKER = /^(?:第[0-9一二三四五六七八九十]+[部章節]|\d{1,2}|[(（]\d{1,2}[)）]|[アイウエオカキクケコ]|[(（][アイウエオカキクケコ][)）])$/;
/** A line that could open a run: a marker followed by a space, or a bracketed one by its title. */
const OPENS_ON_MARKER = /^(?:第[0-9一二三四五六七八九十]+[部章節]|\d{1,2} |[アイウエオカキクケコ] |[(（](?:\d{1,2}|[アイウエオカキクケコ])[)）])/;
/** A run this long is a run of headings, not a numbered list item that happens to start a line. */
const MIN_HEADINGS = 2;

/** The headings at the start of a line, each as marker + title text, and where the body starts. */
function headingRun(text: string): { headings: string[]; bodyAt: number } | undefined {
  if (!OPENS_ON_MARKER.test(text)) return undefined; // most lines: not worth splitting into tokens
  const tokens = text.split(" ");
  const headings: string[] = [];
  let index = 0;
  let at = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const attached = MARKER_WITH_TITLE.exec(token);
    if (attached && isTitleShaped(attached[1]!)) {
      headings.push(token);
      at += token.length + 1;
      index += 1;
      continue;
    }
    const title = tokens[index + 1];
    if (!BARE_MARKER.test(token) || title === undefined || index + 2 >= tokens.length || !isTitleShaped(title)) break;
    headings.push(`${token} ${title}`);
    at += token.length + title.length + 2;
    index += 2;
  }
  if (headings.length < MIN_HEADINGS || index >= tokens.length) return undefined;
  return { headings, bodyAt: at };
}

export function splitInlineHeadingRuns(lines: readonly Line[]): Line[] {
  const split: Line[] = [];
  for (const line of lines) {
    const run = headingRun(line.text);
    if (!run) {
      split.push(line);
      continue;
    }
    for (const text of run.headings) split.push({ text, lineNo: line.lineNo });
    split.push({ text: line.text.slice(run.bodyAt), lineNo: line.lineNo });
  }
  return split;
}
