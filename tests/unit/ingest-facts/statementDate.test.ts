import type { DateMention } from "../../../ingest/dates";
import { meetingStatementDate } from "../../../ingest/facts/statementDate";

const mention = (year: number, month?: number, day?: number, start = 0): DateMention => ({
  start,
  end: start + 1,
  text: "x",
  year,
  ...(month !== undefined && { month }),
  ...(day !== undefined && { day }),
  precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
  explicitYear: false,
});
const posted = { year: 2018, month: 6, day: 12 };
const dayOf = (d: { year: number; month: number | null; day: number | null }) => `${d.year}-${d.month}-${d.day}`;

describe("the day a meeting summary's statements were made", () => {
  it("is the meeting's day named in the opening sentence when the page was posted a day later", () => {
    expect(dayOf(meetingStatementDate(posted, [[mention(2018, 6, 11)], [mention(2018, 5)]]))).toBe("2018-6-11");
  });

  it("is the page's date when the opening sentences name no day just before it", () => {
    expect(dayOf(meetingStatementDate(posted, [[mention(2018, 5, 30)], []]))).toBe("2018-6-12");
    expect(dayOf(meetingStatementDate(posted, [[mention(2018, 6, 20)]]))).toBe("2018-6-12");
    expect(dayOf(meetingStatementDate(posted, [[mention(2018, 6)]]))).toBe("2018-6-12");
  });

  it("looks only at the date that opens the first sentence", () => {
    expect(dayOf(meetingStatementDate(posted, [[], [mention(2018, 6, 11)]]))).toBe("2018-6-12");
    expect(dayOf(meetingStatementDate(posted, [[mention(2018, 6, 11, 30)]]))).toBe("2018-6-12");
  });

  it("is the day within a visit's days that opens a later sentence, else the page's date within them, else the first day", () => {
    const visit = [mention(2008, 4, 25), { ...mention(2008, 4, 27, 5), isRangeEnd: true }];
    const postedOn26 = { year: 2008, month: 4, day: 26 };
    expect(dayOf(meetingStatementDate({ year: 2008, month: 4, day: 28 }, [visit, [mention(2008, 4, 26)]]))).toBe("2008-4-26");
    expect(dayOf(meetingStatementDate(postedOn26, [visit, [mention(2008, 7)]]))).toBe("2008-4-26");
    expect(dayOf(meetingStatementDate({ year: 2008, month: 5, day: 2 }, [visit, []]))).toBe("2008-4-25");
  });

  it("is the day within a visit's days that the opening sentence goes on to name (…10月16日から17日まで…訪問中の総理は,16日,…)", () => {
    const opening = [mention(2014, 10, 16), { ...mention(2014, 10, 17, 7), isRangeEnd: true }, mention(2014, 10, 16, 60)];
    expect(dayOf(meetingStatementDate({ year: 2014, month: 10, day: 17 }, [opening, []]))).toBe("2014-10-16");
  });

  it("finds a visit's days further into the opening sentence when the page was posted after them (…夫人とともに3月7日から11日まで…来日)", () => {
    const opening = [mention(2007, 3, 7, 20), { ...mention(2007, 3, 11, 26), isRangeEnd: true }];
    expect(dayOf(meetingStatementDate({ year: 2007, month: 3, day: 12 }, [opening, [mention(2007, 3, 9, 20)], [mention(2007, 3, 8)]]))).toBe("2007-3-8");
    // a page posted during the visit keeps its own date
    expect(dayOf(meetingStatementDate({ year: 2007, month: 12, day: 5 }, [[mention(2007, 12, 3, 20), { ...mention(2007, 12, 6, 26), isRangeEnd: true }], [mention(2007, 12, 4)]]))).toBe("2007-12-5");
  });

  it("passes over a later sentence's day outside the visit", () => {
    const visit = [mention(2008, 4, 25), { ...mention(2008, 4, 27, 5), isRangeEnd: true }];
    expect(dayOf(meetingStatementDate({ year: 2008, month: 4, day: 30 }, [visit, [mention(2008, 4, 29)]]))).toBe("2008-4-25");
  });
});
