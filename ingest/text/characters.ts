// Character classes of Japanese text, and the one character folding the stored text gets.

export const isHiragana = (ch: string | undefined) => ch !== undefined && /^[\u3041-\u309f]$/.test(ch);
export const isKatakana = (ch: string | undefined) => ch !== undefined && /^[\u30a0-\u30ff\u31f0-\u31ff]$/.test(ch);
export const isKanji = (ch: string | undefined) => ch !== undefined && /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]$/u.test(ch);
export const isJapaneseLetter = (ch: string | undefined) => isKanji(ch) || isHiragana(ch) || isKatakana(ch);
export const isAsciiAlnum = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);

/** Ends a sentence. ASCII ! and ? only count when the text around them is Japanese (see sentences.ts). */
export const SENTENCE_FINAL = "。！？";
export const OPENING_BRACKETS = "「『（(【〔［[〈《<＜";
export const CLOSING_BRACKETS = "」』）)】〕］]〉》>＞";

export const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

export function superscriptToDigits(text: string): string {
  return [...text].map((ch) => String(SUPERSCRIPT_DIGITS.indexOf(ch))).join("");
}

/**
 * Full-width ASCII letters and digits become ASCII, half-width katakana become full-width.
 * Everything else is kept as published: Japanese punctuation （）「」、。＋：, circled numbers ①,
 * Roman numerals Ⅱ and the ideographic space, which NFKC would rewrite or merge.
 */
export function foldWidths(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\uff61-\uff9f]+/g, (run) => run.normalize("NFKC"));
}
