// Footnote reference numbers glued to the words they annotate are removed from the stored text,
// so that "集団安全保障条約機構4(CSTO" reads 集団安全保障条約機構(CSTO and no date or count is made
// of the 4. A plain digit is only taken for a reference when the document has a footnote with that
// number; superscript digits always are.
import { superscriptToDigits } from "./characters";
import type { RemovedSpan } from "./types";

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー";
const BEFORE = `[${CJK}」』）)]`;
const NOT_A_COUNT_PREFIX = "(?<![第約計同全各毎])(?<!\\d\\S{0,2})"; // 第4(, 8分の1、 are numbers
const NOT_A_UNIT = "(?![年月日か回項条号位人件割倍度周名隻億万円時分秒ヵカ箇])";
const SUPERSCRIPT_REFERENCE = /(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const HAS_SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
// 諸国 1について, 宣言 2、 (a superscript that PDF extraction turned into " 1")
const SPACED_REFERENCE = new RegExp(`(?<=${BEFORE})${NOT_A_COUNT_PREFIX} (\\d{1,2})${NOT_A_UNIT}(?=[${CJK}、。（(「])`, "gu");
// 機構4(CSTO, 招き5、 — not a year glossed with its era (6)06(平成18)年: the note's own first date)
const GLUED_REFERENCE = new RegExp(`(?<=${BEFORE})${NOT_A_COUNT_PREFIX}(\\d{1,2})(?=[、。（(])(?![（(](?:明治|大正|昭和|平成|令和|同))`, "gu");
// 「貿易経済に関する日露政府間委員会」8の
const AFTER_QUOTE_REFERENCE = /(?<=[」』])(\d{1,2})(?=[\p{Script=Hiragana}])/gu;

export function footnoteNumber(marker: string): number {
  return Number(/^\d+$/.test(marker) ? marker : superscriptToDigits(marker));
}

export function removeFootnoteReferences(
  text: string,
  footnotes: ReadonlySet<number>,
  lineNo: number,
  removed: RemovedSpan[],
): string {
  const drop = (reference: string) => {
    removed.push({ reason: "footnote-reference", text: reference, line: lineNo });
    return "";
  };
  const dropKnown = (reference: string, digits: string) => (footnotes.has(Number(digits)) ? drop(reference) : reference);
  let result = HAS_SUPERSCRIPT.test(text) ? text.replace(SUPERSCRIPT_REFERENCE, drop) : text;
  if (footnotes.size === 0 || !/\d/.test(result)) return result;
  // cheap tests first: most paragraphs have digits but no candidate reference
  if (/ \d{1,2}\D/.test(result)) result = result.replace(SPACED_REFERENCE, dropKnown);
  if (/\D\d{1,2}[、。（(]/.test(result)) result = result.replace(GLUED_REFERENCE, dropKnown);
  return /[」』]\d/.test(result) ? result.replace(AFTER_QUOTE_REFERENCE, dropKnown) : result;
}
