// Parenthesised asides of a sentence: （於：カナダ）, BRICS（ブラジル、ロシア…）, アルメニア(2024年2月に…).
// What is inside an aside belongs to the word it follows, not to the sentence's main line.

export interface Aside {
  open: number; // index of the opening bracket
  close: number; // index of the closing bracket (or the sentence end if unclosed)
}

const OPEN_FULL = 0xff08; // （
const OPEN_HALF = 0x28; // (
const CLOSE_FULL = 0xff09; // ）
const CLOSE_HALF = 0x29; // )

/** Outermost asides, in order. */
export function asidesOf(sentence: string): Aside[] {
  const asides: Aside[] = [];
  // most sentences have no bracket at all: two native scans instead of a loop over every character
  if (sentence.indexOf("（") === -1 && sentence.indexOf("(") === -1) return asides;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code === OPEN_FULL || code === OPEN_HALF) {
      if (depth === 0) open = i;
      depth++;
    } else if ((code === CLOSE_FULL || code === CLOSE_HALF) && depth > 0) {
      depth--;
      if (depth === 0) asides.push({ open, close: i });
    }
  }
  if (depth > 0) asides.push({ open, close: sentence.length });
  return asides;
}

export function asideAt(asides: readonly Aside[], position: number): Aside | undefined {
  return asides.find((aside) => position > aside.open && position < aside.close);
}
