import { facesForTexts, parseFontsourceCss, parseRange } from "@/geo/fontFaces";

const css = `
/* a */
@font-face {
  font-family: 'Noto Sans JP';
  src: url(./files/jp-0-400-normal.woff2) format('woff2'), url(./files/jp-0-400-normal.woff) format('woff');
  unicode-range: U+30a2,U+30ed-30ef;
}
@font-face {
  font-family: 'Noto Sans JP';
  src: url(./files/jp-latin-400-normal.woff2) format('woff2');
  unicode-range: U+0000-00FF;
}
@font-face {
  font-family: 'Noto Sans JP';
  src: url(./files/jp-unused-400-normal.woff2) format('woff2');
  unicode-range: U+4e00;
}`;

describe("parseFontsourceCss", () => {
  it("reads each woff2 file with its unicode ranges", () => {
    expect(parseFontsourceCss(css)).toEqual([
      { file: "jp-0-400-normal.woff2", unicodeRange: ["U+30A2", "U+30ED-30EF"] },
      { file: "jp-latin-400-normal.woff2", unicodeRange: ["U+0000-00FF"] },
      { file: "jp-unused-400-normal.woff2", unicodeRange: ["U+4E00"] },
    ]);
  });
});

describe("facesForTexts", () => {
  it("keeps only the files that cover a label character and reports the rest", () => {
    const { faces, uncovered } = facesForTexts(parseFontsourceCss(css), ["Russia", "ロ ア", "漢"]);
    expect(faces.map((f) => f.file)).toEqual(["jp-0-400-normal.woff2", "jp-latin-400-normal.woff2"]);
    expect(uncovered).toEqual(["漢"]);
  });
});

describe("parseRange", () => {
  it("reads single code points and intervals", () => {
    expect(parseRange("U+30A2")).toEqual([0x30a2, 0x30a2]);
    expect(parseRange("U+0900-097F")).toEqual([0x900, 0x97f]);
  });
});
