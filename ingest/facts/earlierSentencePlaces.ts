// Places an earlier sentence named, as later sentences refer back to them: これら諸国 (中央アジア・コーカサス
// 諸国は…要衝に位置し…。日本はこれら諸国との…) means the places of the last sentence of the same section that
// named a region group or several countries; 同国 the one country named last; and a paragraph that opens
// on a country is about it to its end. Japan, the point of view, is never what they refer to.
import { isCountryCode, isGroupCode } from "../../places/catalogue";
import type { SentencePlace } from "./placesOfSentence";

/**
 * これら諸国, 同諸国, これらの国々, 上記5か国, その3カ国 refer to countries or groups; 同地域, 両地域 to region groups
 * only; 同国 to the one country named last (not 同国際会議, the same international conference); 両国 standing
 * alone to the two countries (and nothing else, Japan included) that the latest sentence naming a place named.
 */
/** The counter of countries after a number (5か国, 3カ国, 3ヵ国, 3ヶ国, 3ケ国). */
export const COUNTRY_COUNTER = "(?:か|カ|ヵ|ヶ|ケ)国";
const COUNTED = `\\d+${COUNTRY_COUNTER}`;
const ANAPHOR = new RegExp(`(?:これら|上記|前記)(?:の)?(?:諸国|国々|${COUNTED})|その${COUNTED}|同諸国|同地域|両地域|同国(?!際|連)|両国`, "g");
const ONE_COUNTRY = "同国";
const BOTH_COUNTRIES = "両国";
const REGION_ONLY = /地域$/;

export interface Anaphor {
  surface: string;
  at: number;
  end: number;
}

export function anaphorsOf(sentence: string): Anaphor[] {
  return [...sentence.matchAll(ANAPHOR)].map((match) => ({ surface: match[0], at: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** How many earlier sentences of a section a counted anaphor (上記の5か国) may look back over. */
const COUNTED_LOOKBACK = 4;

/** Reading state of one document: what the latest sentences named, per section and per paragraph. */
export class EarlierSentencePlaces {
  private places: SentencePlace[] = [];
  private section = "";
  /** The countries and groups of the latest such sentences of the section, latest first. */
  private recent: { countries: string[]; groups: string[] }[] = [];
  /** The country other than Japan named last in the section, for a later 同国. */
  private lastCountry: { section: string; code: string } | undefined;
  private paragraph: number | undefined;
  private paragraphTopic: SentencePlace[] = [];
  /** The two countries the latest sentence naming any place named, for a later 両国. */
  private lastPair: { section: string; codes: string[] } | undefined;

  /**
   * A paragraph that opens on a country as its topic (英国では、…。 / ロシアと中国の間では、…。) is
   * about it: its later sentences that name no place are that country's, not the section heading's.
   * Japan opening a paragraph is the point of view; the heading still names the partner.
   */
  topicOfParagraph(paragraphIndex: number, sentence: string, places: readonly SentencePlace[]): SentencePlace[] {
    if (paragraphIndex !== this.paragraph) {
      this.paragraph = paragraphIndex;
      const opening = sentence.length - sentence.trimStart().length;
      const firstClauseEnd = sentence.search(/[、，,]/);
      const topics = places.filter((p) => p.isTopic && p.derivation === "place_name" && isCountryCode(p.placeCode) && p.placeCode !== "JPN" && p.at < firstClauseEnd);
      this.paragraphTopic = topics.some((p) => p.at === opening) ? topics : [];
      return [];
    }
    return this.paragraphTopic.map((p) => ({ ...p, derivation: "earlier_sentence" as const, at: -1, end: -1 }));
  }

  /** Keeps a sentence's own places when they can be what a later これら諸国 or 同国 means. */
  remember(headings: readonly string[], places: readonly SentencePlace[]): void {
    const named = places.filter((p) => p.at >= 0 && p.derivation !== "section_heading" && p.matchedText !== BOTH_COUNTRIES && isCountryCode(p.placeCode) && p.placeCode !== "JPN");
    const last = named.sort((a, b) => b.at - a.at)[0];
    if (last) this.lastCountry = { section: sectionKey(headings), code: last.placeCode };
    const own = places.filter((p) => (p.derivation === "place_name" || p.derivation === "compound") && p.placeCode !== "JPN");
    const codes = new Set(own.map((p) => p.placeCode));
    if (own.length > 0) {
      const countries = [...codes].filter(isCountryCode);
      this.lastPair = countries.length === 2 && countries.length === codes.size ? { section: sectionKey(headings), codes: countries } : undefined;
    }
    if (![...codes].some(isGroupCode) && [...codes].filter(isCountryCode).length < 2) return;
    const section = sectionKey(headings);
    if (section !== this.section) this.recent = [];
    this.recent = [{ countries: [...codes].filter(isCountryCode), groups: [...codes].filter(isGroupCode) }, ...this.recent].slice(0, COUNTED_LOOKBACK);
    this.places = own;
    this.section = section;
  }

  /**
   * The places an anaphor of a sentence under these headings refers to (none across sections); a
   * 同地域 after a region the sentence itself names is that region (「中央アジア＋日本」対話…同地域の安定);
   * 上記の5か国 is the latest five countries named together, in this sentence or a recent one (or
   * the group that sentence named them as: 中央アジアは…の5か国をさす).
   */
  referredTo(anaphor: Anaphor, headings: readonly string[], namedBefore: readonly string[]): string[] {
    if (anaphor.surface === ONE_COUNTRY) return this.oneCountry(headings, namedBefore);
    const counted = countedCountries(anaphor, namedBefore);
    if (counted) return counted;
    if (anaphor.surface === BOTH_COUNTRIES) return this.lastPair?.section === sectionKey(headings) && namedBefore.length === 0 ? this.lastPair.codes : [];
    if (sectionKey(headings) !== this.section) return [];
    const recentlyCounted = this.recent.find((named) => named.countries.length === countOf(anaphor));
    if (recentlyCounted) return recentlyCounted.groups.length > 0 ? recentlyCounted.groups : recentlyCounted.countries;
    if (REGION_ONLY.test(anaphor.surface) && namedBefore.some(isGroupCode)) return [];
    const codes = [...new Set(this.places.map((p) => p.placeCode))];
    const groups = codes.filter(isGroupCode);
    if (REGION_ONLY.test(anaphor.surface)) return groups;
    return groups.length > 0 ? groups : codes;
  }

  /** The country 同国 means: named earlier in the sentence, else last in the section. */
  private oneCountry(headings: readonly string[], namedBefore: readonly string[]): string[] {
    const inSentence = namedBefore.filter((code) => isCountryCode(code) && code !== "JPN").at(-1);
    if (inSentence) return [inSentence];
    return this.lastCountry && this.lastCountry.section === sectionKey(headings) ? [this.lastCountry.code] : [];
  }
}

/** 上記5か国 after five countries the same sentence named (…にカザフスタン、キルギスとタジキスタンを加えた5か国により…上記5か国による…). */
function countedCountries(anaphor: Anaphor, namedBefore: readonly string[]): string[] | undefined {
  const count = countOf(anaphor);
  if (count === undefined) return undefined;
  const countries = [...new Set(namedBefore.filter(isCountryCode))];
  return countries.length === count ? countries : undefined;
}

const COUNT_OF_COUNTRIES = new RegExp(`(\\d+)${COUNTRY_COUNTER}$`);
function countOf(anaphor: Anaphor): number | undefined {
  if (anaphor.surface === BOTH_COUNTRIES) return 2;
  const count = COUNT_OF_COUNTRIES.exec(anaphor.surface);
  return count ? Number(count[1]) : undefined;
}

function sectionKey(headings: readonly string[]): string {
  return headings.join("\n");
}
