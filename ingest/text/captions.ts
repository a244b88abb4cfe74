// A photo caption is a block of its own with no sentence in it, ending in a bracket that says
// when or where the photo was taken: 日露外相会談（2月15日、ドイツ・ミュンヘン）, …（11月、写真提供：…）,
// or in the photo's credit: …を視察するプーチン大統領(中央)…【ロシア大統領府】, or labelled (写真).
import { isDateline } from "./dateline";
import { parseHeading } from "./headings";

const isNumberedHeading = (text: string) => {
  const marker = parseHeading(text)?.marker;
  return marker !== undefined && marker !== "title";
};

/** The Defense of Japan credits its photos in 【】 at the caption's end (…【ロシア大統領府】). */
export const PHOTO_CREDIT_IN_BRACKETS = /(?<=[^\s])【[^】]{1,24}】$/;
/** A photo's credit in closing round brackets (…(提供:宮内庁), (10月25日、東京 写真提供:内閣広報室), (写真:AFP)). */
export const PHOTO_CREDIT_MARK = /(?:写真|提供|撮影)[:：]/;
export const PHOTO_CREDIT_IN_PARENTHESES = new RegExp(`[(（][^（()）]*${PHOTO_CREDIT_MARK.source}[^（()）]*[）)]$`);
const CAPTION_TAIL = new RegExp(`[（(][^（()）]*(\\d{1,2}月|\\d{1,2}日|\\d{4}年|写真|撮影)[^（()）]*[）)]$|${PHOTO_CREDIT_IN_BRACKETS.source}`);
const MAX_CAPTION_LENGTH = 160;
// (写真)浜田外務大臣政務官と…大使による書簡の交換: a caption labelled as one.
const PHOTO_LABEL = /^[(（]写真\d{0,2}[)）]/;

export function isCaptionBlock(lines: readonly string[], wrapWidth: number | undefined): boolean {
  const text = lines.join("");
  if (text.length > MAX_CAPTION_LENGTH || /[。！？]/.test(text)) return false;
  if (PHOTO_LABEL.test(text)) return true;
  if (!CAPTION_TAIL.test(text)) return false;
  // a day alone in brackets, under a statement's title, is its dateline: nothing of a photo is named
  if (isDateline(text)) return false;
  // 1.カザフスタン訪問の概要(8月28日~29日): a numbered heading with its dates, not a photo's caption
  if (lines.length === 1 && isNumberedHeading(text)) return false;
  // In wrapped PDF text a body block can end in such a bracket at a page break; captions are set
  // to another width than the body column, so their first line is not the column's width.
  if (wrapWidth !== undefined && lines.length > 1 && Math.abs(lines[0]!.length - wrapWidth) <= 2) return false;
  return true;
}
