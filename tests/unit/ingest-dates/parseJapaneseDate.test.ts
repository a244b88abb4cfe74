import { parseJapaneseDate } from "@/ingest/dates";

describe("parseJapaneseDate", () => {
  it.each([
    ["平成20年11月5日", { year: 2008, month: 11, day: 5, precision: "day" }],
    ["令和7年", { year: 2025, month: undefined, day: undefined, precision: "year" }],
    ["2017年03月24日(金)21時30分", { year: 2017, month: 3, day: 24, precision: "day" }],
    ["２０２０年９月", { year: 2020, month: 9, day: undefined, precision: "month" }],
    ["2008-11-05", { year: 2008, month: 11, day: 5, precision: "day" }],
    ["2021", { year: 2021, month: undefined, day: undefined, precision: "year" }],
    ["2017/3/24", { year: 2017, month: 3, day: 24, precision: "day" }],
    [" 2011-02 ", { year: 2011, month: 2, day: undefined, precision: "month" }],
  ])("parses %s", (text, expected) => {
    expect(parseJapaneseDate(text)).toEqual(expected);
  });

  it.each(["", "11月5日", "同年12月", "昨年", "2008-13-01", "2021年2月29日", "2020年9月27日から11月10日まで", "第2回", "日露外相会談 平成20年11月5日"])(
    "refuses %s, which is not one complete date",
    (text) => {
      expect(parseJapaneseDate(text)).toBeUndefined();
    },
  );
});
