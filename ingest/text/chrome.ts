// Lines that are page furniture rather than document text, recognised by shape, not by file.
import { PHOTO_CREDIT_IN_BRACKETS, PHOTO_CREDIT_IN_PARENTHESES } from "./captions";
import type { RemovalReason } from "./types";
import { AD_LABEL } from "./webTail";

const NAV_BAR = /^[^|｜]{1,30}([|｜][^|｜]{1,30}){2,}$/;
// ホーム > 外交政策 > 地域別 > ロシア (a breadcrumb trail)
const BREADCRUMB = /^[^>＞›»。]{1,30}(\s*[>＞›»]\s*[^>＞›»。]{1,40}){2,}$/;
// buttons and switches of a web page, standing alone on a line
const PAGE_CONTROL = /^(印刷(する|用ページ)?|シェア(する)?|ツイート|Tweet|Facebook|LINE|はてな(ブックマーク)?|文字サイズ(変更)?|標準|拡大|縮小|サイトマップ|お問い合わせ|RSS|日本語|English|Japanese)$/;
const NAV_LINK =
  /^(この)?ページの(トップ|先頭|上)へ(戻る)?$|^(目次|トップ|一覧|ホーム|前のページ|次のページ)へ(戻る)?$|^(Contents|CONTENTS|目次|PDF版はこちら)$/;
const PAGE_NUMBER = /^[-–—]?\s*\d{1,4}\s*[-–—]?$/;
// "97外交青書 2011", "外交青書 2011 98", "Diplomatic Bluebook 2011 97"
const PAGE_FOOTER = /^\d{1,4}\s*[^\s\d。、]{2,24}\s*(?:19|20)\d{2}$|^[^\s\d。、]{2,24}\s*(?:19|20)\d{2}\s+\d{1,4}$/;
const LAYOUT_MARKERS = /^([アイウエオカキクケコ]|[Ⅰ-Ⅹ])(\s+([アイウエオカキクケコ]|[Ⅰ-Ⅹ]))*$/;
const CROSS_REFERENCE = /^参照\S/;
const MEDIA_LINK = /QRコード|動画アイコン|^URL\s*[:：]|^https?:\/\/\S+$/;
const FIGURE_TITLE = /^(図表|図|表)\s*[IVXⅠ-Ⅹ0-9][-‐－0-9IVX]*(\s|$)/;
const FIGURE_LABELS = /^(\S+\s*[（(][^）)\s]{1,8}[）)]\s*){2,}$/; // "日本の輸出額 （億円） 日本の輸入額 （億円）"
// …を視察するプーチン大統領(中央)、ショイグ国防相(右)…【ロシア大統領府】: a credit in 【】 or in closing
// brackets (…天皇皇后両陛下(3月)(提供:宮内庁)), or the people placed in the photo.
const PHOTO_CREDIT = new RegExp(
  `写真提供|撮影[:：]|${PHOTO_CREDIT_IN_PARENTHESES.source}|[A-Za-z.]+[-/](REUTERS|Reuters|AFP|AP|EPA|Getty Images|Bloomberg|Kyodo)$|${PHOTO_CREDIT_IN_BRACKETS.source}|[(（](?:中央|右|左|[右左]から\\d+人目)[)）]`,
);

// ▲アジーズ・パキスタン首相を表敬する麻生外務大臣(2006年1月5日、イスラマバード): the Bluebook of the
// 2000s marks a photo's caption with a triangle and ends it with the day and place in brackets.
const PHOTO_MARKER = /^[▲△▼▽][^。]*[(（][^()（）]*\d{1,2}(?:月|日)[^()（）]*[)）]$/;

const bracketCount = (line: string) => line.split(/[（(]/).length - 1;

export function navigationItems(line: string): string[] {
  return NAV_BAR.test(line) ? line.split(/[|｜]/).map((item) => item.trim()) : [];
}

/** Why a cleaned line is page furniture, or undefined if it may be text. */
const MAX_CHROME_LINE = 300; // page furniture is short; longer lines are text (and not worth scanning)

export function chromeReason(line: string, navItems: ReadonlySet<string>): RemovalReason | undefined {
  if (line === "" || line.length > MAX_CHROME_LINE) return undefined;
  if (NAV_BAR.test(line) || BREADCRUMB.test(line) || NAV_LINK.test(line) || PAGE_CONTROL.test(line) || navItems.has(line)) return "navigation";
  if (AD_LABEL.test(line)) return "advertisement";
  if (PAGE_NUMBER.test(line) || PAGE_FOOTER.test(line)) return "page-header-footer";
  if (LAYOUT_MARKERS.test(line)) return "layout-marker";
  if (CROSS_REFERENCE.test(line) && !line.includes("。")) return "cross-reference";
  if (MEDIA_LINK.test(line) && !line.includes("。")) return "media-link";
  if (FIGURE_TITLE.test(line) || (bracketCount(line) >= 2 && FIGURE_LABELS.test(line))) return "figure";
  if ((PHOTO_CREDIT.test(line) || PHOTO_MARKER.test(line)) && !line.includes("。")) return "caption";
  return undefined;
}

/** A run of one-character lines spelling 第2章 or 第5節 down the page edge (a chapter tab). */
const MAX_TAB_LINES = 6; // 第 1 2 章: a tab spells a few characters

export function verticalTabLength(lines: readonly { text: string }[], start: number): number {
  if (lines[start]?.text !== "第") return 0;
  let end = start;
  while (end < lines.length && end - start <= MAX_TAB_LINES && lines[end]!.text.length === 1) end += 1;
  const spelled = lines.slice(start, end).map((line) => line.text).join("");
  return end - start >= 2 && /^第?\d+[章節部]?$/.test(spelled) && /[第章節部]/.test(spelled) ? end - start : 0;
}
