// Single-character country abbreviations (日 露 米 中 韓 朝 英 仏 独 伊 加 豪 印, and katakana ロ ソ)
// count only where they stand in compounds or set forms:
//   runs of two or more:            日露, 中露, 米朝, 日ソ, 日・露, 日米豪      → via "compound"
//   an abbreviation + ・ + a name:   日・ウズベキスタン, 露・ベラルーシ          → via "compound"
//   日 directly before a country:   日中国交, 日韓国交, 日EU, 日ASEAN            → via "compound"
//   a prefix:                        訪露, 訪日, 来日, 在日, 駐日, 対露, 対中露  → via "compound"
//   a suffix:                        露軍, 米側 (adjective); 露政府, 露外相, 米大統領 (compound)
// Pair abbreviations (比 越 土 蘭 墨 伯 台) are ordinary words far more often than countries: they count
// only in a run opened by 日 (日比, 日越, 日・土, 日台, 日米比, 日米英蘭加), never alone or with a prefix.
// Everything else is ordinary writing: 9月27日, 中旬, 期間中, 披露, 参加, 調印, 朝日, 欧米.
import { isDigit, isHiragana, isKanji, isKatakanaLetter, isMiddleDot } from "./characters";

export interface CompoundMention {
  start: number;
  end: number;
  codes: string[];
  via: "compound" | "adjective";
}

/** A name mention already found, which an abbreviation may join (日・ウズベキスタン). */
export interface NameSpan {
  start: number;
  end: number;
  codes: string[];
  /** A country, or a group written in Latin letters (EU, ASEAN): 日 may be glued to it. */
  takesGluedJapan: boolean;
}

interface Element {
  pos: number;
  char: string;
  code: string;
}

/** Abbreviations that never open a run (朝日, 朝露 "morning dew"). */
const NEVER_FIRST = new Set(["朝"]);

/** Kanji after which a run may still start: 第2回日露, 1956年日ソ, 今後日露, 以来日露, 2020年以降日米. */
const OPENING_KANJI = new Set(["回", "年", "的", "等"]);
const OPENING_PAIRS = new Set(["今後", "以後", "戦後", "最後", "直後", "午後", "以来", "以降", "以外", "以上"]);

/** Characters that, following an abbreviation, make an ordinary word of it (中旬, 露呈, 加盟). */
const WORD_AFTER: Readonly<Record<string, string>> = {
  中: "旬心央止断毒立継枢堅古途盤級期学隊佐尉将腹庸和略傷退座東南部西北世核近",
  日: "時程付記常曜々没夜刊数",
  米: "価穀作粉飯",
  露: "呈骨出店天見払営宿",
  英: "語雄断知文才訳字和単会",
  仏: "教像壇具門閣典様",
  独: "立自占特身断創裁善学習奏唱走房居",
  伊: "豆勢達賀予吹万",
  加: "盟入速工算担害味減熱筆重護圧齢療",
  豪: "雨華快族語邸雪傑",
  印: "象刷鑑字税紙影章",
  朝: "鮮刊夕礼食廷方晩",
  比: "谷較率例重喩類",
  越: "境年冬権後前",
  土: "曜地砂壌台木俵産器着足手星建石",
  蘭: "学",
  墨: "汁絵書跡",
  伯: "爵父母仲楽",
  台: "湾風頭所帳数本詞地座車",
};

/** Prefixes of presence (the visit or stay is in that one country) and which abbreviations take them. */
const PRESENCE_PREFIXES: Readonly<Record<string, string>> = {
  訪: "日露米中韓朝英仏独伊加豪印ロソ",
  来: "日",
  在: "日露米韓英仏独豪ロ",
  駐: "日露米中韓英仏独伊加豪印ロソ",
  離: "日",
  滞: "日米英仏独",
  渡: "米英仏独豪",
};

/** Prefixes of attitude or direction, which bind the whole run: 対露, 対中露, 反米, 親露. */
const ATTITUDE_PREFIXES = new Set(["対", "反", "親", "嫌", "抗", "知"]);

/** What separates and ends a list of abbreviations written with commas (日,米,加,豪の, 英、仏、独両国). */
const LIST_COMMA = new Set(["、", ",", "，"]);
const LIST_END = new Set([..."のと等及並両各三四五六七"]);
const LIST_CLOSE = new Set([..."。)）」』"]);
/** Around a lone abbreviation: a table's bar or an opening bracket before it, a particle after it. */
const STANDALONE_BEFORE = new Set([..."|｜(（「"]);
const STANDALONE_PARTICLES = new Set([..."とはがも"]);

/** 来 is not the prefix of 来日 in 以来, 将来, 未来, 本来, 従来 … */
const NOT_BEFORE_RAI = new Set([..."以将未本元従由往到伝外襲飛爾如古近生年家旧招"]);

/** Suffixes that make a set form of one abbreviation; those marked adjective name its forces or side. */
const SUFFIXES: ReadonlyArray<readonly [string, "compound" | "adjective"]> = (
  [
    ["海軍", "adjective"], ["空軍", "adjective"], ["陸軍", "adjective"], ["軍", "adjective"], ["側", "adjective"],
    ["艦艇", "adjective"], ["艦", "adjective"], ["機", "adjective"], ["兵", "adjective"], ["部隊", "adjective"],
    ["政府", "compound"], ["当局", "compound"], ["外相", "compound"], ["外務省", "compound"], ["外務大臣", "compound"], ["外務次官", "compound"], ["外務副大臣", "compound"],
    ["副首相", "compound"], ["首脳", "compound"], ["国防次官", "compound"],
    ["国防相", "compound"], ["国防大臣", "compound"], ["国防省", "compound"], ["国防長官", "compound"], ["国務長官", "compound"],
    ["大統領", "compound"], ["首相", "compound"], ["大使館", "compound"], ["大使", "compound"], ["領事館", "compound"],
    ["議会", "compound"], ["紙", "compound"], ["企業", "compound"], ["経済", "compound"], ["外交", "compound"],
    ["制裁", "compound"], ["戦術", "compound"], ["戦略", "compound"], ["国営", "compound"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Abbreviations that take suffix set forms; 中, 日, 朝 and the rest form too many ordinary words. */
const SUFFIX_TAKERS = new Set([..."露米英仏独豪韓"]);

export class CompoundScanner {
  private readonly isAbbreviation = new Uint8Array(0x10000);

  constructor(
    private readonly abbreviations: ReadonlyMap<string, string>,
    private readonly pairAbbreviations: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const char of abbreviations.keys()) this.isAbbreviation[char.charCodeAt(0)] = 1;
  }

  /**
   * Compound mentions in `text`. `covered[i]` is true where a name mention (or blocker) already
   * holds the character; `names` are those name mentions, by start, for 日・X joins.
   */
  scan(text: string, covered: Uint8Array, names: ReadonlyMap<number, NameSpan>): { mentions: CompoundMention[]; joined: Set<number> } {
    const mentions: CompoundMention[] = [];
    const joined = new Set<number>(); // starts of name mentions absorbed into a compound
    for (let i = 0; i < text.length; i++) {
      if (this.isAbbreviation[text.charCodeAt(i)] === 0 || !this.elementAt(text, i, covered)) continue;
      const run = this.runFrom(text, i, covered);
      const last = run[run.length - 1];
      if (!last) continue;
      this.resolveRun(text, run, false, names, mentions, joined);
      i = last.pos;
    }
    return { mentions, joined };
  }

  private elementAt(text: string, i: number, covered: Uint8Array, abbreviations = this.abbreviations): Element | undefined {
    const char = text[i];
    if (char === undefined || covered[i]) return undefined;
    const code = abbreviations.get(char);
    return code ? { pos: i, char, code } : undefined;
  }

  /**
   * Adjacent abbreviations, optionally separated by ・, each country once; a pair abbreviation only
   * in a run opened by 日. Abbreviations that each stand alone may also be listed with commas
   * (日,米,加,豪の4か国, 英、仏、独の首脳).
   */
  private runFrom(text: string, start: number, covered: Uint8Array): Element[] {
    const first = this.elementAt(text, start, covered);
    if (!first) return [];
    const run = [first];
    for (let j = start + 1; ; ) {
      const dot = isMiddleDot(text[j]) ? 1 : 0;
      const listed = dot === 0 && this.continuesCommaList(text, run, j, covered);
      const next = listed ? this.elementAt(text, j + 1, covered) : this.elementAt(text, j + dot, covered);
      if (listed && next) {
        if (run.some((e) => e.code === next.code)) break;
        run.push(next);
        j += 2;
        continue;
      }
      if (!next) {
        const pair = first.char === "日" ? this.elementAt(text, j + dot, covered, this.pairAbbreviations) : undefined;
        if (!pair || run.some((e) => e.code === pair.code)) break;
        run.push(pair);
        j += dot + 1;
        continue;
      }
      if (run.some((e) => e.code === next.code)) break;
      run.push(next);
      j += dot + 1;
    }
    return run;
  }

  /** A comma, then an abbreviation, both it and the one before standing alone between list marks. */
  private continuesCommaList(text: string, run: readonly Element[], at: number, covered: Uint8Array): boolean {
    const last = run[run.length - 1] as Element;
    if (!LIST_COMMA.has(text[at] ?? "") || !this.elementAt(text, at + 1, covered)) return false;
    const standsAlone = (pos: number) => LIST_COMMA.has(text[pos - 1] ?? "") || !isKanji(text[pos - 1]);
    const endsItem = (pos: number) => {
      const after = text[pos + 1];
      return after === undefined || LIST_COMMA.has(after) || LIST_END.has(after) || LIST_CLOSE.has(after);
    };
    return run.length === 1 ? standsAlone(last.pos) && this.canOpen(text, last, false) && endsItem(at + 1) : endsItem(at + 1);
  }

  private resolveRun(
    text: string,
    run: Element[],
    afterSetForm: boolean,
    names: ReadonlyMap<number, NameSpan>,
    out: CompoundMention[],
    joined: Set<number>,
  ): void {
    const first = run[0];
    if (!first) return;
    const prefix = text[first.pos - 1];
    if (!afterSetForm && prefix !== undefined) {
      if (this.isPresencePrefix(text, first, prefix)) {
        out.push({ start: first.pos - 1, end: first.pos + 1, codes: [first.code], via: "compound" });
        this.resolveRun(text, run.slice(1), true, names, out, joined);
        return;
      }
      if (ATTITUDE_PREFIXES.has(prefix) && !isKanji(text[first.pos - 2])) {
        const bound = this.trimWordEnd(text, run);
        const end = bound[bound.length - 1];
        if (end) out.push({ start: first.pos - 1, end: end.pos + 1, codes: bound.map((e) => e.code), via: "compound" });
        return;
      }
    }
    const valid = afterSetForm ? [] : this.trimWordEnd(text, this.dropInvalidStart(text, run));
    if (valid.length >= 2) {
      this.emitRun(text, valid, names, out, joined);
      return;
    }
    const only = valid[0];
    if (only && this.joinName(text, only, names, out, joined)) return;
    const candidate = run.length === 1 || afterSetForm ? run[0] : valid[0] ?? run[run.length - 1];
    if (candidate && !this.suffixForm(text, candidate, afterSetForm, out) && run.length === 1 && !afterSetForm) this.standaloneForm(text, candidate, out);
  }

  /** A lone abbreviation between list marks or before a particle (|4月 |米とEC、…, 米、ボスニアに対する…): a country. */
  private standaloneForm(text: string, element: Element, out: CompoundMention[]): void {
    if (!SUFFIX_TAKERS.has(element.char)) return;
    const before = text[element.pos - 1];
    const after = text[element.pos + 1];
    const opensAlone = before === undefined || LIST_COMMA.has(before) || STANDALONE_BEFORE.has(before) || /\s/.test(before);
    const closesAlone = after !== undefined && (LIST_COMMA.has(after) || (STANDALONE_PARTICLES.has(after) && !isHiragana(text[element.pos + 2])));
    if (opensAlone && closesAlone) out.push({ start: element.pos, end: element.pos + 1, codes: [element.code], via: "compound" });
  }

  private isPresencePrefix(text: string, first: Element, prefix: string): boolean {
    if (!PRESENCE_PREFIXES[prefix]?.includes(first.char)) return false;
    const before = text[first.pos - 2];
    if (prefix === "来") return before === undefined || !NOT_BEFORE_RAI.has(before);
    if (prefix === "訪" || prefix === "駐") return true;
    return !isKanji(before); // 滞在日数, 存在, 距離, 譲渡 …
  }

  private dropInvalidStart(text: string, run: Element[]): Element[] {
    let k = 0;
    while (k < run.length && !this.canOpen(text, run[k] as Element, k > 0)) k++;
    return run.slice(k);
  }

  /** Whether a run may start at this element, judging by the character before it. */
  private canOpen(text: string, element: Element, afterDroppedElement: boolean): boolean {
    if (NEVER_FIRST.has(element.char)) return false;
    const before = text[element.pos - 1];
    const beforeThat = text[element.pos - 2];
    if ((element.char === "ロ" || element.char === "ソ") && isKatakanaLetter(before)) return false;
    if (element.char === "日" && isDigit(before)) return false;
    if (afterDroppedElement) return (before === "日" || before === "月") && isDigit(beforeThat); // 27日露中
    if (before === undefined || !isKanji(before)) return true;
    if (OPENING_KANJI.has(before)) return true;
    if (beforeThat !== undefined && OPENING_PAIRS.has(beforeThat + before)) return true;
    return (before === "日" || before === "月") && isDigit(beforeThat);
  }

  /** Drops trailing elements that begin an ordinary word with the next character (日米中旬). */
  private trimWordEnd(text: string, run: Element[]): Element[] {
    let end = run.length;
    while (end > 0) {
      const last = run[end - 1] as Element;
      const after = text[last.pos + 1];
      const katakanaGlued = (last.char === "ロ" || last.char === "ソ") && isKatakanaLetter(after);
      if (!katakanaGlued && !(after !== undefined && WORD_AFTER[last.char]?.includes(after))) break;
      end--;
    }
    return run.slice(0, end);
  }

  private emitRun(text: string, run: Element[], names: ReadonlyMap<number, NameSpan>, out: CompoundMention[], joined: Set<number>): void {
    const first = run[0] as Element;
    const last = run[run.length - 1] as Element;
    const codes = run.map((e) => e.code);
    const name = isMiddleDot(text[last.pos + 1]) ? names.get(last.pos + 2) : undefined;
    if (name) {
      joined.add(name.start);
      out.push({ start: first.pos, end: name.end, codes: unique([...codes, ...name.codes]), via: "compound" });
    } else out.push({ start: first.pos, end: last.pos + 1, codes, via: "compound" });
  }

  /** 日・ウズベキスタン, 露・ベラルーシ, and 日 glued to a country or a Latin group name (日中国交, 日EU). */
  private joinName(text: string, element: Element, names: ReadonlyMap<number, NameSpan>, out: CompoundMention[], joined: Set<number>): boolean {
    const afterDot = isMiddleDot(text[element.pos + 1]) ? names.get(element.pos + 2) : undefined;
    const glued = element.char === "日" ? names.get(element.pos + 1) : undefined;
    const name = afterDot ?? (glued?.takesGluedJapan ? glued : undefined);
    if (!name) return false;
    joined.add(name.start);
    out.push({ start: element.pos, end: name.end, codes: unique([element.code, ...name.codes]), via: "compound" });
    return true;
  }

  private suffixForm(text: string, element: Element, afterSetForm: boolean, out: CompoundMention[]): boolean {
    if (!SUFFIX_TAKERS.has(element.char)) return false;
    const before = text[element.pos - 1];
    const opens =
      afterSetForm || before === undefined || !isKanji(before) || this.abbreviations.has(before) || this.canOpen(text, element, false);
    if (!opens) return false;
    const suffix = SUFFIXES.find(([s]) => text.startsWith(s, element.pos + 1));
    if (suffix) out.push({ start: element.pos, end: element.pos + 1 + suffix[0].length, codes: [element.code], via: suffix[1] });
    return suffix !== undefined;
  }
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
