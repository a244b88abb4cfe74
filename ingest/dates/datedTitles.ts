// Documents a text dates and then goes on to describe: 09年5月に承認された「2020年までのロシア連邦国家
// 安全保障戦略」は…。(new paragraph)「国家安全保障戦略」では、…と捉えている。 The later paragraph
// reports what that document says, so it is about the document's year even though it writes none.

const TITLE = /「([^「」]{2,60})」/g;
/** A paragraph that opens on a document named before: 「国家安全保障戦略」では / 同戦略は. */
const OPENS_ON_TITLE = /^(?:また[、,]|さらに[、,])?「([^「」]{2,60})」(?:で|に|は|が|において|によれば)/;
const OPENS_ON_SAME = /^(?:また[、,]|さらに[、,])?同(?:戦略|構想|ドクトリン|概念|宣言|文書|声明|計画)(?:で|に|は|が|において|によれば)/;
/** Enough for a document's titles; a pathological text cannot make it grow without bound. */
const MAX_TITLES = 200;

export class DatedTitles {
  private readonly years = new Map<string, number>();
  private last: number | undefined;

  /** A sentence that names documents and writes exactly one year dates them by it. */
  observe(sentence: string, explicitYears: readonly number[]): void {
    const distinct = new Set(explicitYears);
    if (distinct.size !== 1) return;
    const [year] = distinct;
    for (const match of sentence.matchAll(TITLE)) {
      if (this.years.size >= MAX_TITLES) this.years.clear();
      this.years.set(match[1]!, year!);
      this.last = year;
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
