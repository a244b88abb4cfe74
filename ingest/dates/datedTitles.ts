// Documents a text dates and then goes on to describe: 09年5月に承認された「2020年までのロシア連邦国家
// 安全保障戦略」は…。(new paragraph)「国家安全保障戦略」では、…と捉えている。 The later paragraph
// reports what that document says, so it is about the document's year even though it writes none.
// A document dated without its title in quotes (2022年6月に…新たな戦略概念が採択された) is taken up
// again by 同戦略, 今回の戦略概念 or 新たな戦略概念.
import type { DateMention } from "./types";

const TITLE = /「([^「」]{2,60})」/g;
/** A paragraph that opens on a document named before: 「国家安全保障戦略」では / 同戦略は. */
const OPENS_ON_TITLE = /^(?:また[、,]|さらに[、,])?「([^「」]{2,60})」(?:で|に|は|が|において|によれば)/;
const DOCUMENT_NOUN = "(?:戦略概念|戦略|構想|ドクトリン|概念|宣言|文書|声明|計画)";
const OPENS_ON_SAME = new RegExp(`^(?:(?:また|さらに|そして)[、,])?(?:同|今回の|新たな|新しい)${DOCUMENT_NOUN}(?:で|に|は|が|において|によれば)`);
/** A document the sentence dates without quoting its title (2022年6月に…新たな戦略概念が採択された). */
const UNQUOTED_DOCUMENT_ADOPTED = new RegExp(`^[^。「」]{0,48}?${DOCUMENT_NOUN}(?:が|を)(?:採択|承認|策定|発表|公表|改定)`);
/** How far a date may stand before the title it dates (…年1月に改定した「, …年5月、大統領は「). */
const MAX_DATE_TO_TITLE = 30;
/** A year written out, or named by the document's own date (本年, 昨年); not 同年/翌年, which follow another date. */
const isDefinite = (mention: DateMention) => mention.explicitYear || mention.deictic === true;

/** Enough for a document's titles; a pathological text cannot make it grow without bound. */
const MAX_TITLES = 200;

export class DatedTitles {
  private readonly years = new Map<string, number>();
  private last: number | undefined;

  /**
   * A date dates the first title after it in its sentence (00年1月に改定した「…コンセプト」,
   * 本年5月、大統領は「…戦略」を承認した); dates inside a title (「2020年までの…」) date nothing.
   */
  observe(sentence: string, mentions: readonly DateMention[]): void {
    const titles = [...sentence.matchAll(TITLE)].map((match) => ({ title: match[1]!, at: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
    for (const mention of mentions) {
      if (!isDefinite(mention) || titles.some((t) => mention.start > t.at && mention.start < t.end)) continue;
      const next = titles.find((t) => t.at >= mention.end && t.at - mention.end <= MAX_DATE_TO_TITLE && !sentence.slice(mention.end, t.at).includes("「"));
      if (!next) {
        if (UNQUOTED_DOCUMENT_ADOPTED.test(sentence.slice(mention.end, mention.end + 64))) this.last = mention.year;
        continue;
      }
      if (this.years.size >= MAX_TITLES) this.years.clear();
      this.years.set(next.title, mention.year);
      this.last = mention.year;
    }
  }

  /** The year of the document a paragraph's first sentence opens on, if one was dated before. */
  yearOpenedOn(firstSentence: string): number | undefined {
    if (OPENS_ON_SAME.test(firstSentence)) return this.last;
    const title = OPENS_ON_TITLE.exec(firstSentence)?.[1];
    if (title === undefined) return undefined;
    for (const [known, year] of this.years) if (known === title || known.endsWith(title)) return year;
    return undefined;
  }
}
