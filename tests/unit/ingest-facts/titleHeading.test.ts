import { titleHeading } from "../../../ingest/facts/titleHeading";

describe("titleHeading: the part of a document's title that says what it is about", () => {
  it("takes the innermost part that names one place", () => {
    expect(titleHeading("外交青書2007 第2章 第5節 ロシア、中央アジアとコーカサス 1 ロシア【総論】")).toBe("ロシア【総論】");
    expect(titleHeading("平成19年版 防衛白書 第I部 第2章 第4節 ロシア「5 武器輸出」")).toBe("ロシア「5");
    expect(titleHeading("日露外相会談（概要）平成20年11月5日")).toBe("日露外相会談（概要）平成20年11月5日");
  });

  it("takes a part that names several places in one phrase, not in a list", () => {
    expect(titleHeading("令和6年版 防衛白書 第I部 ロシア 北方領土などにおけるロシア軍")).toBe("北方領土などにおけるロシア軍");
  });

  it("settles nothing when the innermost part naming places lists several", () => {
    expect(titleHeading("外交青書2011 第2章 第5節「ロシア、中央アジアとコーカサス」")).toBeUndefined();
  });

  it("passes over Japan as point of view, and titles that name no place", () => {
    expect(titleHeading("令和5年版 防衛白書 コラム「<解説>わが国周辺におけるロシアの軍事動向」")).toBe("コラム「<解説>わが国周辺におけるロシアの軍事動向」");
    expect(titleHeading("令和元年版 防衛白書 コラム「<解説>ヴォストーク2018」")).toBeUndefined();
    expect(titleHeading(undefined)).toBeUndefined();
  });
});
