import { placesOfSentence } from "../../../ingest/facts/placesOfSentence";

const codes = (sentence: string, headings: string[] = []) => placesOfSentence(sentence, headings).map((p) => p.placeCode);

describe("the places a sentence is about", () => {
  it("gives every country a sentence names, including both sides of a compound", () => {
    expect(codes("9月27日、アルメニアとアゼルバイジャンの間で戦闘が発生した。")).toEqual(["ARM", "AZE"]);
    expect(codes("11月5日、日露外相会談が行われた。")).toEqual(["JPN", "RUS"]);
  });

  it("counts an island for the Northern Territories", () => {
    const [place] = placesOfSentence("メドヴェージェフ大統領が国後島を訪問した。", []).filter((p) => p.placeCode !== "RUS");
    expect(place).toMatchObject({ placeCode: "northern-territories", matchedText: "国後島", derivation: "place_name" });
  });

  it("leaves out a meeting's venue, a sea area and a group named only as the occasion", () => {
    expect(codes("シンガポールでの首脳会談で合意した。")).toEqual([]);
    expect(codes("初の海上共同演習をインドネシア近海で実施した。")).toEqual([]);
    expect(codes("G8外相会合の際に日露外相会談（3月、於：カナダ）が実施された。")).toEqual(["JPN", "RUS"]);
  });

  it("leaves out a group's members spelled out after it, and a gloss naming an opponent", () => {
    expect(codes("BRICS（ブラジル、ロシア、インド、中国及び南アフリカ）の議長国を務めた。")).toEqual(["brics"]);
    expect(codes("大祖国戦争（対ドイツ戦）勝利75周年の軍事パレードが行われた。")).toEqual([]);
  });

  it("leaves out a yardstick of comparison", () => {
    expect(codes("ロシアの投資は中国に比べて少ない。")).toEqual(["RUS"]);
  });

  it("falls back on the office holder, then on the innermost heading that names a place", () => {
    expect(placesOfSentence("プーチン大統領は、年次教書演説を行った。", ["1 ロシア"])[0]).toMatchObject({
      placeCode: "RUS",
      derivation: "office_holder",
    });
    expect(placesOfSentence("8月9日の選挙では、現職が勝利した。", ["3 欧州", "(4) ベラルーシ"])[0]).toMatchObject({
      placeCode: "BLR",
      derivation: "section_heading",
      matchedText: "(4) ベラルーシ",
    });
  });

  it("does not take Japan from a heading that only speaks from Japan's point of view", () => {
    expect(codes("規定されていない。", ["第I部 わが国を取り巻く安全保障環境"])).toEqual([]);
  });

  it("marks the sentence's topic", () => {
    const [russia] = placesOfSentence("ロシアは、2014年にクリミアを併合した。", []);
    expect(russia).toMatchObject({ placeCode: "RUS", isTopic: true });
  });
});
