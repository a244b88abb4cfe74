// Character classes and the one-to-one fold the gazetteer matches through.

/** Full-width ASCII to ASCII, ideographic space to space, half-width middle dot and long vowel mark
 * to their full-width forms. One code unit in, one out, so text offsets are unchanged. */
export function foldCodeUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  if (c === 0xff65) return 0x30fb; // ･ → ・
  if (c === 0xff70) return 0x30fc; // ｰ → ー
  return c;
}

function folded(ch: string | undefined): number {
  return ch === undefined ? -1 : foldCodeUnit(ch.charCodeAt(0));
}

/** A katakana letter or the long vowel mark, but not the middle dot ・ that separates names. */
export function isKatakanaLetter(ch: string | undefined): boolean {
  const c = folded(ch);
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fd || c === 0x30fe || (c >= 0xff66 && c <= 0xff9f);
}

export function isHiragana(ch: string | undefined): boolean {
  const c = folded(ch);
  return c >= 0x3041 && c <= 0x309f;
}

export function isKanji(ch: string | undefined): boolean {
  const c = folded(ch);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || (c >= 0xf900 && c <= 0xfaff);
}

export function isAsciiLetter(ch: string | undefined): boolean {
  const c = folded(ch);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

const KANJI_NUMERALS = "〇一二三四五六七八九十百千";

/** Arabic digits (ASCII or full-width) and kanji numerals. */
export function isDigit(ch: string | undefined): boolean {
  const c = folded(ch);
  return (c >= 0x30 && c <= 0x39) || (ch !== undefined && KANJI_NUMERALS.includes(ch));
}

export function isMiddleDot(ch: string | undefined): boolean {
  return folded(ch) === 0x30fb;
}
