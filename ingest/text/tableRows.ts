// Rows of a table set out as lines of text: a data table's fields (首  都: リマ(Lima)) and a
// chronology's dated rows (9月3日  国連からの正式要請). Each row is a statement of its own: never a
// heading, never joined to the row after it.

// A field of a data table (言  語: スペイン語, 首  都: リマ(Lima)): a value, not a heading. A label that is a
// name (キルギス: アダムクロヴァ外務次官, a list of participants) still makes a heading-like line.
const FIELD_LINE = /^[^:：ァ-ヴ]{1,10}[:：]\s*\S/;

export const isFieldLine = (text: string) => FIELD_LINE.test(text);

// A row of a chronology: a date, a space, what happened (平成4年6月15日  国際平和協力法成立,
// 9月14日、26日  第2次…帰国, 3月〜4月 部隊交代, 一九六四年七 月 ナイジェリア・…局長), or a ditto mark
// for the date above (〃  …, 同  …).
const NUMBER = "(?:\\d{1,4}|[〇一二三四五六七八九十]{1,4})";
const YEAR = `(?:(?:明治|大正|昭和|平成|令和)\\s*(?:${NUMBER}|元)|${NUMBER})年`;
const MONTH_DAY = `${NUMBER}\\s?月(?:\\s*${NUMBER}\\s?日)?`;
const CHRONOLOGY_ROW = new RegExp(
  `^(?:${YEAR}\\s*)?${MONTH_DAY}(?:\\s*[、,，~〜～-]\\s*${NUMBER}\\s?(?:月|日)(?:\\s*${NUMBER}\\s?日)?)*[ \\u3000]+\\S|^[〃同][ \\u3000]+\\S`,
);
export const isChronologyRow = (text: string) => CHRONOLOGY_ROW.test(text);
/** A row of a chronology that writes no year (8月11日  …, 〃  …): it goes on in the year of the row above. */
export const continuesChronology = (text: string) => CHRONOLOGY_ROW.test(text) && !/^[^\s\u3000]*年/.test(text);

// A chronology whose date cells stand on lines of their own, each closed by the table's bar
// (91年6月 | / スロベニアとクロアチア、…独立宣言。 | / 7月 | / …): the line after a cell is its event.
const DATE_CELL = new RegExp(`^(?:(?:${YEAR}\\s*)?${MONTH_DAY}|${YEAR})\\s*[|｜]$`);
export const isDateCell = (text: string) => DATE_CELL.test(text);

// A row that opens with a date cell giving its year, closed by the table's bar or a space (|92年2月 |安保理、…,
// 92年2月 安保理、…): the rows after it that write no year go on in it.
const YEAR_CELL_OPENING = new RegExp(`^[|｜\\s]*${YEAR}\\s*(?:${MONTH_DAY})?(?:\\s*[|｜]|[ \\u3000]+\\S)`);
export const opensWithYearCell = (text: string) => YEAR_CELL_OPENING.test(text);

// A list of what happened where, each row a name and its day (ガイアナ 一九六六年五月二六日,
// (2) バルバドス 一九六六年一一月三〇日): a dated entry, not a heading.
const DATED_ENTRY_ROW = new RegExp(`^(?:[(（]\\d{1,2}[)）]\\s*)?[^\\s。、]{1,20}[ \\u3000]+${YEAR}\\s*${NUMBER}\\s?月\\s*${NUMBER}\\s?日$`);
const isDatedEntryRow = (text: string) => DATED_ENTRY_ROW.test(text);

export const isTableRow = (text: string) => isFieldLine(text) || isChronologyRow(text) || isDatedEntryRow(text);
