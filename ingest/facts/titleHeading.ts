// A document's title is its outermost heading: a white paper page titled
// 「… 第2章 第4節 ロシア「5 武器輸出」」 is about Russia even where the excerpt has lost its
// section headings (また、本年1月、武器輸出権限を…に独占的に付与し). Titles string their
// parts together (外交青書2007 第2章 第5節 ロシア、中央アジアとコーカサス 1 ロシア【総論】), and
// only the innermost part that names a place says what the page is about, unless it lists several
// (北方領土などにおけるロシア軍 is about both; ロシア、中央アジアとコーカサス about none of them alone).
import { headingMentions } from "./placesOfSentence";

const TITLE_PARTS = /[\s\u3000]+/;

// ロシア、中央アジアとコーカサス: a chapter over several places, no one of them its subject.
const LIST_JOINER = /^(?:[、,，・]|と|及び|および|並びに)$/;

function isList(part: string, mentions: readonly { start: number; end: number }[]): boolean {
  return mentions.some((m, i) => i > 0 && LIST_JOINER.test(part.slice(mentions[i - 1]!.end, m.start)));
}

/** The last part of a title that names a place (besides Japan as point of view), or undefined. */
export function titleHeading(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(TITLE_PARTS).filter((part) => part !== "");
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    const mentions = headingMentions(part);
    if (mentions.length === 0) continue;
    return isList(part, mentions) ? undefined : part;
  }
  return undefined;
}
