// A line that is only a date (平成20年11月5日, 2017年03月24日(金)21時30分): when a page or an
// article was published. It is a paragraph of its own, neither heading nor sentence.
const ERA = "(?:明治|大正|昭和|平成|令和)";
const WEEKDAY = "(?:\\s*[(（][月火水木金土日](?:曜日?)?[)）])?";
const TIME = "(?:\\s*\\d{1,2}(?:時|:)\\d{2}分?)?";
const DAY = `(?:${ERA}(?:\\d{1,2}|元)|\\d{4})年\\d{1,2}月\\d{1,2}日`;
const DATELINE = new RegExp(`^${DAY}${WEEKDAY}${TIME}$`);
// (1983年3月31日), (モスクワ 1999年8月16日): under the title of a statement or an agreement printed
// in a volume's annex, the day (and place) it was made.
const BRACKETED_DATELINE = new RegExp(`^[(（](?:[^\\s()（）\\d]{1,12}\\s+)?(${DAY})[)）]$`);

export const isDateline = (text: string) => DATELINE.test(text) || BRACKETED_DATELINE.test(text);

/** The day of a bracketed dateline (the date of the text under a title), or undefined for any other line. */
export const bracketedDatelineDay = (text: string): string | undefined => BRACKETED_DATELINE.exec(text)?.[1];

const LEADING_DATELINE = new RegExp(`^(${DAY}${WEEKDAY})\\s+(?![にのはがをもでと、,，。])(\\S.*)$`);

/**
 * A page's date run into the first line of its text (平成16年5月15日 14日現地時間午後4時40分…), as
 * some stored pages have it: the date line and the text, apart.
 */
export function splitLeadingDateline(text: string): [string, string] | undefined {
  const match = LEADING_DATELINE.exec(text);
  return match ? [match[1]!, match[2]!] : undefined;
}

// 9月7日, 昭和51年9月6日(月): a heading that is only a day, as a chronology is set out; 1 ベラルーシ
// (4月25日): a section of a several days' summary headed by its day. (The stored text's digits are
// already half-width.)
const DAY_HEADING = new RegExp(`^(?:(?:${ERA}(?:\\d{1,2}|元)|\\d{4})年)?\\d{1,2}月\\d{1,2}日${WEEKDAY}$`);
const DAY_IN_HEADING_TAIL = /[(（](\d{1,2}月\d{1,2}日)[)）]$/;

/** The day a heading gives its section, if it gives one. */
export function headingDay(heading: string): string | undefined {
  return DAY_HEADING.test(heading) ? heading : DAY_IN_HEADING_TAIL.exec(heading)?.[1];
}
