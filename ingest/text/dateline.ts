// A line that is only a date (平成20年11月5日, 2017年03月24日(金)21時30分): when a page or an
// article was published. It is a paragraph of its own, neither heading nor sentence.
const ERA = "(?:明治|大正|昭和|平成|令和)";
const WEEKDAY = "(?:\\s*[(（][月火水木金土日](?:曜日?)?[)）])?";
const TIME = "(?:\\s*\\d{1,2}(?:時|:)\\d{2}分?)?";
const DATELINE = new RegExp(`^(?:${ERA}(?:\\d{1,2}|元)|\\d{4})年\\d{1,2}月\\d{1,2}日${WEEKDAY}${TIME}$`);

export const isDateline = (text: string) => DATELINE.test(text);
