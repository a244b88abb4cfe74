// The date expressions the scanner recognises, as one regular expression with named groups.
// Numbers glued to other numbers, letters or 第 (第2回) never start a date; 年 followed by 代,
// 間, ぶり, 以上 or 連続 is a length of time and 年版 an edition, not a year; only four-digit or
// era years count.
// A single space may stand between a number and its unit, as PDF extraction leaves it
// (1955 年 6 月, 9 月 2 日): the stored text keeps the source's spacing.
const ERA = "明治|大正|昭和|平成|令和";
const SP = " ?";
const MONTH_PART = "(?:上旬|中旬|下旬|初旬|初め|初頭|半ば|末)?";
const RANGE_TO_DAY = "(?=[~〜～\\-－]\\d{1,2}日)"; // 22~23日: the first day has no 日 of its own
const DAY = (name: string) => `${SP}(?<${name}>\\d{1,2})(?:${SP}日|${RANGE_TO_DAY})`;
const MONTH = (name: string) => `(?<${name}>\\d{1,2})${SP}月(?!間)`;
// A comma or point glued to a digit belongs to the number (1,515億, 2.5倍); after anything else it is
// punctuation: MOFA's pages write the Japanese comma as "," (大臣から,2015年の…).
const NOT_INSIDE_NUMBER = "(?<![\\dA-Za-z\\-/])(?<!\\d[,.．])";
const YEAR_TAIL = (n: string) =>
  `(?:${SP}${MONTH(`month${n}`)}(?:${DAY(`day${n}`)})?${MONTH_PART}|(?<yearPart${n}>末|初め|初頭|前半|後半|上半期|下半期|春|夏|秋|冬))?`;
const BARE_DAY_FOLLOWER = "[にのはまでからより、。,，～〜~（(）)]|午前|午後|朝|夜|夕|現地時間|\\d{1,2}時|$";

const YEAR_NOT_LENGTH = "(?!代|間|ぶり|以上|連続|版)";
// Two digits and 年 are more often a length of time (13年を経過, 20年目, 10年余り): more words rule it out.
const SHORT_YEAR_NOT_LENGTH = "(?!前(?!半)|目|余|来|半|ほど|近く|程|超|弱|強|後(?!半)|振り|にわたり|に一度|ごと|毎)";
// 56年の日ソ共同宣言, 85年のジュネーブでの米ソ首脳会談: a two-digit year naming an event of its clause
// is a year wherever it falls. The group is empty, so it is an alternative, not optional: JavaScript
// never takes an optional group that matches nothing.
const SHORT_YEAR_EVENT = "(?<!(?:過去|この|ここ|最近|から|以来|後|約|数|ほぼ) ?\\d{2} ?年)(?=の[^、。,，]{0,16}?(?:宣言|会談|条約|協定|声明|会議|選挙|介入|侵攻|訪日|訪ソ|訪米|訪露))(?<shortYearEvent>)";
const ALTERNATIVES = [
  // 9.11テロ, 9・11同時多発テロ: the attacks of 11 September 2001, named by their date
  `(?<nineEleven>9[.・．]11)(?=${SP}(?:テロ|同時多発|事件))`,
  // 「ボストーク2005」, 「トルガウ2004」, 「連携2003」: an exercise (or other event) named by its year
  `(?<=「[^「」\\d]{1,15})(?<namedYear>(?:19|20)\\d{2})(?=」)`,
  // 10(平成22)年11月, 1978(昭和53)年, 03(同15)年: the Defense of Japan writes the Western year
  // (often two digits) with the era year glossed in brackets; 同 repeats the last era named.
  `${NOT_INSIDE_NUMBER}(?<glossedYear>\\d{4}|\\d{2})${SP}[(（](?:(?<glossEra>${ERA})|同)${SP}(?<glossEraYear>\\d{1,2}|元)${SP}[)）]${SP}年${YEAR_NOT_LENGTH}(?<glossFiscal>度)?${YEAR_TAIL("G")}`,
  // 2020年9月27日, 平成20年11月5日, 令和元年度, 2016年末, 1955 年 6 月, 昭和60(1985)年度 (the era year
  // with the Western year glossed in brackets, as the Defense of Japan writes it since 2019)
  `${NOT_INSIDE_NUMBER}(?:(?<era>${ERA})${SP}(?<eraYear>\\d{1,2}|元)(?:${SP}[(（]\\d{4}[)）])?|(?<year>\\d{4}))${SP}年${YEAR_NOT_LENGTH}(?<fiscal>度)?${YEAR_TAIL("A")}`,
  // 同年12月, 翌年, 昨年末, 今年1月, 本年度 (not 前年比)
  `(?<relYear>一昨年|同年|翌年|前年|昨年|今年|本年|去年|来年|明年)(?!比|同期)(?<relFiscal>度)?${YEAR_TAIL("B")}`,
  // 3年前の (counted back from the document's own year; not 10年前後, about ten years)
  `${NOT_INSIDE_NUMBER}(?<yearsAgo>\\d{1,2})${SP}年前(?![後半])`,
  // 80年2月8日, 74年のブレジネフ政権: a two-digit year as older Bluebooks write it (read in
  // findDates only with a month, or inside the years the document covers: 20年の節目 is no year)
  `${NOT_INSIDE_NUMBER}(?<![約数第] ?)(?<shortYear>\\d{2})${SP}年${YEAR_NOT_LENGTH}${SHORT_YEAR_NOT_LENGTH}${YEAR_TAIL("S")}(?:${SHORT_YEAR_EVENT}|)`,
  // 昨秋, 今春, 来春: a season of the year before, this year or the next
  `(?<seasonYear>昨|今|来)(?<season>春|夏|秋|冬)(?![季期])`,
  // 同月, 翌月, 同月16日
  `(?<relMonth>同月|翌月|前月|先月|今月|来月)(?:${DAY("relMonthDay")})?${MONTH_PART}`,
  // 翌16日, 同16日
  `(?<dayPrefix>翌|同)(?<prefixedDay>\\d{1,2})${SP}日`,
  // 同日, 翌日, 前日
  `(?<relDay>同日|翌日|前日)`,
  // 昨夜, 本日, 今朝: counted from the day of a page dated to the day (a meeting summary)
  `(?<deicticDay>昨日|昨夜|昨晩|本日|今朝|今夕|今晩)`,
  // 9月27日, 3月上旬, 11月22~23日
  `${NOT_INSIDE_NUMBER}(?<!第 ?)${MONTH("bareMonth")}(?:${DAY("bareMonthDay")})?${MONTH_PART}`,
  // 4日に, 5日午後 (a day of the month last mentioned)
  `${NOT_INSIDE_NUMBER}(?<![第約数] ?)(?<bareDay>\\d{1,2})${SP}日(?=${BARE_DAY_FOLLOWER})`,
];

export const DATE_EXPRESSION = new RegExp(ALTERNATIVES.join("|"), "gu");
export const RANGE_SEPARATOR = /^\s*(?:から|より|[~〜～\-－–—])\s*$/;

export const YEAR_PART_MONTH: Record<string, number | undefined> = {
  末: 12, 初め: 1, 初頭: 1, 春: 4, 夏: 7, 秋: 10, 冬: 12,
  前半: undefined, 後半: undefined, 上半期: undefined, 下半期: undefined,
};
