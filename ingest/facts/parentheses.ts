// Parenthesised asides of a sentence: （於：カナダ）, BRICS（ブラジル、ロシア…）, アルメニア(2024年2月に…).
// What is inside an aside belongs to the word it follows, not to the sentence's main line.

export interface Aside {
  open: number; // index of the opening bracket
  close: number; // index of the closing bracket (or the sentence end if unclosed)
}

const OPENERS = new Set(["（", "("]);
const CLOSERS = new Set(["）", ")"]);

/** Outermost asides, in order. */
export function asidesOf(sentence: string): Aside[] {
  const asides: Aside[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]!;
    if (OPENERS.has(char)) {
      if (depth === 0) open = i;
      depth++;
    } else if (CLOSERS.has(char) && depth > 0) {
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
