import { dateSpan, datesOverlap, factMatchesRule, linkEventFacts, parsePartialDate, type CandidateFact, type MatchRule } from "../../../subjects/matchRules";

function fact(overrides: Partial<CandidateFact>): CandidateFact {
  return { id: 1, placeCode: "nagorno-karabakh", year: 2020, month: null, day: null, category: "conflict", quote: "", ...overrides };
}

function rule(overrides: Partial<Omit<MatchRule, "from" | "to">> & { from: string; to?: string }): MatchRule {
  const { from, to, ...rest } = overrides;
  return { places: ["nagorno-karabakh"], ...rest, from: parsePartialDate(from)!, to: parsePartialDate(to ?? from)! };
}

describe("parsePartialDate", () => {
  it("reads a year, a month or a day and says which precision it has", () => {
    expect(parsePartialDate("2020")).toEqual({ year: 2020, month: null, day: null, precision: "year" });
    expect(parsePartialDate("2020-11")).toEqual({ year: 2020, month: 11, day: null, precision: "month" });
    expect(parsePartialDate("2020-11-09")).toEqual({ year: 2020, month: 11, day: 9, precision: "day" });
  });

  it("rejects impossible months and days and other shapes", () => {
    expect(parsePartialDate("2020-13")).toBeNull();
    expect(parsePartialDate("2021-02-29")).toBeNull();
    expect(parsePartialDate("2020/11/09")).toBeNull();
    expect(parsePartialDate("20-11")).toBeNull();
  });

  it("accepts 29 February in a leap year", () => {
    expect(parsePartialDate("2020-02-29")?.day).toBe(29);
  });
});

describe("date windows", () => {
  it("lets a partial date cover its whole month or year", () => {
    expect(dateSpan({ year: 2020, month: null, day: null })).toEqual([20200101, 20201231]);
    expect(dateSpan({ year: 2020, month: 9, day: null })).toEqual([20200901, 20200931]);
  });

  it("counts a month-precision fact as overlapping a day window inside that month", () => {
    const window = parsePartialDate("2020-09-27")!;
    expect(datesOverlap({ year: 2020, month: 9, day: null }, window, window)).toBe(true);
    expect(datesOverlap({ year: 2020, month: 10, day: null }, window, window)).toBe(false);
    expect(datesOverlap({ year: 2020, month: 9, day: 26 }, window, window)).toBe(false);
  });
});

describe("factMatchesRule", () => {
  const war = rule({ from: "2020-09-27", to: "2020-09-30", places: ["nagorno-karabakh", "ARM", "AZE"], quoteIncludesAll: ["軍事衝突"] });

  it("links a fact at one of the rule's places, inside the window, whose quote has the words", () => {
    const quote = "9月27日、アルメニアとアゼルバイジャンとの間でナゴルノ・カラバフをめぐる軍事衝突が発生した。";
    expect(factMatchesRule(fact({ month: 9, day: 27, quote }), war)).toBe(true);
    expect(factMatchesRule(fact({ placeCode: "ARM", month: 9, day: 27, quote }), war)).toBe(true);
  });

  it("does not link a fact at another place, another date or without the words", () => {
    const quote = "軍事衝突が発生した。";
    expect(factMatchesRule(fact({ placeCode: "RUS", month: 9, day: 27, quote }), war)).toBe(false);
    expect(factMatchesRule(fact({ month: 11, day: 9, quote }), war)).toBe(false);
    expect(factMatchesRule(fact({ year: 2023, month: 9, quote }), war)).toBe(false);
    expect(factMatchesRule(fact({ month: 9, day: 27, quote: "停戦に合意した。" }), war)).toBe(false);
  });

  it("needs every word of quoteIncludesAll and any word of quoteIncludesAny", () => {
    const visit = rule({ from: "2010-11-01", places: ["northern-territories"], quoteIncludesAll: ["国後島", "訪問"] });
    const base = { placeCode: "northern-territories", year: 2010, month: 11, day: 1 };
    expect(factMatchesRule(fact({ ...base, quote: "メドヴェージェフ大統領による国後島訪問" }), visit)).toBe(true);
    expect(factMatchesRule(fact({ ...base, quote: "国後島における軍事演習" }), visit)).toBe(false);
    const meeting = rule({ from: "2008-11-05", places: ["northern-territories"], quoteIncludesAny: ["外相レベル", "両大臣"] });
    expect(factMatchesRule(fact({ placeCode: "northern-territories", year: 2008, month: 11, day: 5, quote: "両大臣は一致した。" }), meeting)).toBe(true);
    expect(factMatchesRule(fact({ placeCode: "northern-territories", year: 2008, month: 11, day: 5, quote: "首脳会談" }), meeting)).toBe(false);
  });

  it("filters by category when the rule names categories", () => {
    const activity = rule({ from: "2020", places: ["northern-territories"], categories: ["military_activity"] });
    expect(factMatchesRule(fact({ placeCode: "northern-territories", category: "military_activity" }), activity)).toBe(true);
    expect(factMatchesRule(fact({ placeCode: "northern-territories", category: "territory" }), activity)).toBe(false);
  });
});

describe("linkEventFacts", () => {
  it("gives each event the ids of the facts its rule matches, and an empty list when none does", () => {
    const events = [
      { slug: "ceasefire", match: rule({ from: "2020-09-27", to: "2020-11-10", places: ["nagorno-karabakh", "RUS"], quoteIncludesAny: ["停戦"] }) },
      { slug: "bishkek", match: rule({ from: "1994-05", quoteIncludesAny: ["停戦"] }) },
    ];
    const facts = [
      fact({ id: 7, placeCode: "RUS", month: 11, day: 9, quote: "3か国首脳が停戦に合意した" }),
      fact({ id: 8, month: 9, quote: "停戦合意に至った" }),
      fact({ id: 9, month: 12, quote: "停戦" }),
    ];
    const links = linkEventFacts(events, facts);
    expect(links.get("ceasefire")).toEqual([7, 8]);
    expect(links.get("bishkek")).toEqual([]);
  });
});
