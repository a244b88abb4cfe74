// Self-hosted label font. MapLibre 6 draws label glyphs in the browser from the font files a style
// lists in `font-faces` (no glyph server). Noto Sans JP from @fontsource is split into ~120 woff2
// files by unicode-range; only the files that cover a character of some label are shipped.

export type FontFile = { file: string; unicodeRange: string[] };

/** Reads the @font-face blocks of a fontsource CSS file (one weight) into files and ranges. */
export function parseFontsourceCss(css: string): FontFile[] {
  const faces: FontFile[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file) continue;
    const unicodeRange = range ? range.split(",").map((r) => r.trim().toUpperCase().replace(/^U\+/, "U+")) : ["U+0-10FFFF"];
    faces.push({ file, unicodeRange });
  }
  return faces;
}

/** Parses "U+4E00-9FFF" or "U+30FB" into an inclusive code point interval. */
export function parseRange(range: string): [number, number] {
  const [startHex = "0", endHex] = range.replace(/^U\+/i, "").split("-");
  const start = parseInt(startHex, 16);
  return [start, endHex === undefined ? start : parseInt(endHex, 16)];
}

export function coversCodePoint(face: FontFile, codePoint: number): boolean {
  return face.unicodeRange.some((r) => {
    const [start, end] = parseRange(r);
    return codePoint >= start && codePoint <= end;
  });
}

/**
 * The files needed for the given texts, in the CSS's order, and the characters no file covers.
 * Spaces and controls are not glyphs and are ignored.
 */
export function facesForTexts(faces: FontFile[], texts: Iterable<string>) {
  const codePoints = new Set<number>();
  for (const text of texts) for (const ch of text) if (ch.trim()) codePoints.add(ch.codePointAt(0)!);
  const needed = new Set<FontFile>();
  const uncovered: string[] = [];
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    const face = faces.find((f) => coversCodePoint(f, cp));
    if (face) needed.add(face);
    else uncovered.push(String.fromCodePoint(cp));
  }
  return { faces: faces.filter((f) => needed.has(f)), uncovered };
}
