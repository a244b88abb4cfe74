// Rows of a table set out as lines of text: a data table's fields (首  都: リマ(Lima)) and a
// chronology's dated rows (9月3日  国連からの正式要請). Each row is a statement of its own: never a
// heading, never joined to the row after it.

// A field of a data table (言  語: スペイン語, 首  都: リマ(Lima)): a value, not a heading. A label that is a
// name (キルギス: アダムクロヴァ外務次官, a list of participants) still makes a heading-like line.
const FIELD_LINE = /^[^:：ァ-ヴ]{1,10}[:：]\s*\S/;

export const isFieldLine = (text: string) => FIELD_LINE.test(text);

// A row of a chronology: a date, a space, what happened (平成4年6月15日  国際平和協力法成立,
// 9月14日、26日  第2次…帰国, 3月〜4月 部隊交代), or a ditto mark for the date above (〃  …).
const CHRONOLOGY_ROW =
  /^(?:(?:(?:明治|大正|昭和|平成|令和)\s*(?:\d{1,2}|元)|\d{2,4})年\s*)?\d{1,2}月(?:\s*\d{1,2}日)?(?:\s*[、,，~〜～-]\s*\d{1,2}(?:月|日)(?:\s*\d{1,2}日)?)*[ \u3000]+\S|^〃[ \u3000]+\S/;
export const isChronologyRow = (text: string) => CHRONOLOGY_ROW.test(text);
/** A row of a chronology that writes no year (8月11日  …, 〃  …): it goes on in the year of the row above. */
export const continuesChronology = (text: string) => CHRONOLOGY_ROW.test(text) && !/^[^\s\u3000]*年/.test(text);

export const isTableRow = (text: string) => isFieldLine(text) || isChronologyRow(text);
