// The gazetteer over the five seed documents as stored (raw text, before normalisation), with the
// page chrome of the two web pages cut off. The expected sets were checked by reading the documents.
import { readFileSync } from "node:fs";
import { findPlaceMentions } from "@/places/gazetteer";

function seed(file: string): string {
  return readFileSync(`data/documents/${file}.txt`, "utf8");
}

/** 003 opens with site navigation and ends with "back to top" links. */
function mofaSummaryBody(text: string): string {
  return text.slice(text.indexOf("日露外相会談"), text.indexOf("このページのトップへ戻る"));
}

/** 004: the column ends where the author profile, news ticker, rankings and ads begin. */
function columnBody(text: string): string {
  return text.slice(0, text.indexOf("プロフィール"));
}

const documents: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    "000_cba9cb7266e0c2c4",
    seed("000_cba9cb7266e0c2c4"),
    ["AFG", "ARM", "AZE", "BLR", "BRA", "CAN", "CHN", "DEU", "GBR", "GEO", "IND", "JPN", "KAZ", "KGZ", "KOR", "LTU", "RUS", "SGP",
      "TJK", "TKM", "USA", "UZB", "ZAF", "brics", "caucasus", "central-asia", "cis", "csto", "eaeu", "eu", "g7", "nagorno-karabakh",
      "northern-territories", "sco"],
  ],
  [
    // Raw PDF text: ベ⏎ラルーシ and the furigana-split 択⏎⏎えとろふ⏎⏎捉島 are found only after normalisation.
    "001_d4a765650d1b98af",
    seed("001_d4a765650d1b98af"),
    ["AFG", "ARM", "AZE", "CAN", "CHN", "GEO", "IRN", "JPN", "KAZ", "KGZ", "PRK", "RUS", "TJK", "TKM", "TUR", "USA", "UZB", "brics",
      "caucasus", "central-asia", "cis", "eu", "g8", "habomai", "kunashiri", "nagorno-karabakh", "northern-territories", "sco",
      "shikotan", "south-ossetia"],
  ],
  [
    "002_7ccd881349fe0dbd",
    seed("002_7ccd881349fe0dbd"),
    ["ARM", "AZE", "BLR", "CHN", "EGY", "FRA", "GEO", "IDN", "IND", "IRN", "JPN", "KAZ", "KGZ", "LBY", "MDA", "MMR", "PRK", "RUS",
      "SAU", "SYR", "THA", "TJK", "TUR", "UKR", "USA", "abkhazia", "asean", "caucasus", "crimea", "csto", "nagorno-karabakh", "nato",
      "south-ossetia", "transnistria"],
  ],
  [
    "003_65328be2aa164c64",
    mofaSummaryBody(seed("003_65328be2aa164c64")),
    ["GEO", "IRN", "IRQ", "JPN", "PRK", "RUS", "USA", "abkhazia", "g20", "g8", "northern-territories", "south-ossetia"],
  ],
  ["004_c79ae0ac60eeb63a", columnBody(seed("004_c79ae0ac60eeb63a")), ["CHN", "JPN", "RUS", "UKR", "USA", "central-asia"]],
];

describe("place mentions in the seed documents", () => {
  it.each(documents)("finds the places of %s", (_file, text, expected) => {
    const found = new Set(findPlaceMentions(text).flatMap((m) => m.placeCodes));
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it.each(documents)("slices every mention of %s back to its surface", (_file, text) => {
    for (const m of findPlaceMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it.each(documents)("reads no Japan out of a date in %s", (_file, text) => {
    const fromDates = findPlaceMentions(text).filter(
      (m) => m.placeCodes.includes("JPN") && (m.surface === "日" || (m.surface.startsWith("日") && /[0-9０-９]/.test(text[m.start - 1] ?? ""))),
    );
    expect(fromDates).toEqual([]);
  });

  it("leaves the news ticker and rankings after the column out", () => {
    const chrome = seed("004_c79ae0ac60eeb63a").slice(columnBody(seed("004_c79ae0ac60eeb63a")).length);
    expect(findPlaceMentions(chrome).flatMap((m) => m.placeCodes)).toContain("CHE");
    expect(documents[4]?.[2]).not.toContain("CHE");
  });
});

describe("place mentions in the normalised seed documents", () => {
  // Uses the text stage's normaliser (ingest/text): line joining and furigana removal recover
  // the names the raw PDF text splits, and the web chrome is cut as above.
  it("recovers ベラルーシ and 択捉島 from the line-broken PDF text of 001", async () => {
    const { normaliseDocumentText } = await import("@/ingest/text");
    const normalised = normaliseDocumentText(seed("001_d4a765650d1b98af")).text;
    const found = new Set(findPlaceMentions(normalised).flatMap((m) => m.placeCodes));
    for (const code of ["BLR", "etorofu", ...(documents[1]?.[2] ?? [])]) expect(found).toContain(code);
  });

  it.each(documents.slice(3))("finds the same places in normalised %s as in its cut body", async (file, _body, expected) => {
    const { normaliseDocumentText } = await import("@/ingest/text");
    const normalised = normaliseDocumentText(seed(file)).text;
    expect([...new Set(findPlaceMentions(normalised).flatMap((m) => m.placeCodes))].sort()).toEqual([...expected].sort());
  });
});
