// Venue notes: a place named as where something happened rather than what it is about, as in
// 日露外相会談（3月、於：カナダ） or a photo caption （2月15日、ドイツ・ミュンヘン）.
import type { PlaceMention } from "./index";

const LOOK_BACK = 40;
const DATED_CAPTION = /^\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[~～〜-]\d{1,2}日)?\s*[、,]/;

/** Whether the mention sits in a venue note: after 於 in the same note, or in a parenthesis that
 * opens with a date (a caption's "date, place"). */
export function isVenueNote(text: string, mention: Pick<PlaceMention, "start">): boolean {
  const from = Math.max(0, mention.start - LOOK_BACK);
  const before = text.slice(from, mention.start).normalize("NFKC");
  const boundary = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("。"), before.lastIndexOf(")"));
  const segment = before.slice(boundary + 1);
  const open = segment.lastIndexOf("(");
  if (segment.includes("於")) return true;
  return open !== -1 && DATED_CAPTION.test(segment.slice(open + 1));
}
