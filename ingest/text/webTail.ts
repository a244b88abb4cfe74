// A web article ends where the page's own furniture starts: the author profile, "recommended"
// boxes, news tickers, ranking lists, ads. Found by the markers such pages print, or failing those
// by a ranking list (bullets numbered 1, 2, 3…) or a long run of lines with no sentence in them.
import type { Line } from "./lines";

const ARTICLE_END_MARKER =
  /^(プロフィール|著者プロフィール|筆者プロフィール|この記事の筆者|執筆者プロフィール|今、あなたにオススメ|あなたにオススメ|おすすめ記事|オススメ記事|関連記事|関連ニュース|関連リンク|あわせて読みたい|ニュース速報|人気ランキング|アクセスランキング|ランキング|最新記事|注目記事|この記事を読んだ人におすすめ)$/;
// An ad slot can sit inside an article; its label is dropped, the text after it is kept.
export const AD_LABEL = /^(広告|PR|[(（]?広告[)）]?|スポンサーリンク|Advertisement|ADVERTISEMENT)$/;
const RANK_ITEM = /^[•・●■◆]\s*\d{1,2}$/;
const MIN_SENTENCELESS_TAIL_LINES = 8;

function firstSentenceLine(lines: Line[]): number {
  return lines.findIndex((line) => line.text.includes("。"));
}

/** Index of the first line of the page tail, or lines.length when there is none. */
export function articleEnd(lines: Line[]): number {
  const bodyStart = firstSentenceLine(lines);
  if (bodyStart === -1) return lines.length;
  const marker = lines.findIndex((line, index) => index > bodyStart && ARTICLE_END_MARKER.test(line.text));
  if (marker !== -1) return marker;
  const rankItems = lines.map((line, index) => (RANK_ITEM.test(line.text) ? index : -1)).filter((index) => index > bodyStart);
  if (rankItems.length >= 3) return rankItems[0]!;
  let tailStart = lines.length;
  let tailLines = 0;
  for (let index = lines.length - 1; index > bodyStart; index--) {
    if (/[。！？]/.test(lines[index]!.text)) break;
    tailStart = index;
    if (lines[index]!.text !== "") tailLines += 1;
  }
  return tailLines >= MIN_SENTENCELESS_TAIL_LINES ? tailStart : lines.length;
}
