// Finds the places a Japanese text mentions. Names, cities, office holders and blockers are found
// in one Aho–Corasick pass; among overlapping candidates the longest wins (インドネシア, not インド;
// 南オセチア, not オセチア; 日本海 blocks 日本). Then single-character abbreviations are read only
// where they form compounds or set forms (see compounds.ts).
import { isCountryCode } from "@/places/catalogue";
import { PatternMatcher } from "./aho-corasick";
import { foldCodeUnit, isAsciiLetter, isDigit, isKatakanaLetter } from "./characters";
import { CompoundScanner, type NameSpan } from "./compounds";
import { buildAbbreviations, buildLexicon, type LexiconEntry } from "./lexicon";
import { foreignTitles } from "./office-holders";

export type MentionVia = "name" | "compound" | "office_holder" | "city" | "adjective";

export interface PlaceMention {
  start: number; // UTF-16 offset, inclusive
  end: number; // exclusive: text.slice(start, end) === surface
  surface: string;
  placeCodes: string[];
  via: MentionVia;
}

/** Suffixes after a place name that make it an adjective: its forces, its side, its people. */
const ADJECTIVE_SUFFIXES: readonly string[] = ["海軍", "空軍", "陸軍", "軍", "側", "系", "人", "語", "製", "産", "艦艇", "艦", "機", "兵", "部隊"]
  .slice()
  .sort((a, b) => b.length - a.length);
const TITLES: readonly string[] = foreignTitles.slice().sort((a, b) => b.length - a.length);

interface Gazetteer {
  matcher: PatternMatcher<LexiconEntry>;
  compounds: CompoundScanner;
  abbreviations: ReadonlyMap<string, string>;
}

let gazetteer: Gazetteer | undefined;

function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const abbreviations = buildAbbreviations();
  gazetteer = {
    matcher: new PatternMatcher(buildLexicon().map((e) => [e.surface, e] as const), foldCodeUnit),
    compounds: new CompoundScanner(abbreviations, buildAbbreviations("pair_abbreviation")),
    abbreviations,
  };
  return gazetteer;
}

function isAsciiWordChar(ch: string | undefined): boolean {
  return isAsciiLetter(ch) || (ch !== undefined && isDigit(ch) && ch.charCodeAt(0) < 0x80);
}

/**
 * Names whose last character, with the one after it, is an ordinary word: 中共 is not the 中 of 露中
 * or 日中 and the 共 of 共同 (露中共同演習, 日中共同声明).
 */
const ENDS_A_LONGER_WORD: Readonly<Record<string, string>> = { 中共: "同通有催存産" };

/** Katakana names must not be glued to more katakana (マリ in マリウポリ, インド in インドシナ),
 * Latin names must stand as words (EU in EURO, G7 in G77), and 日本 must not start at a day (9日本会議). */
function standsAlone(text: string, start: number, end: number, surface: string): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isKatakanaLetter(surface[0]) && isKatakanaLetter(before)) return false;
  if (isKatakanaLetter(surface[surface.length - 1]) && isKatakanaLetter(after) && !isParticleHe(text, end)) return false;
  if (isAsciiWordChar(surface[0]) && isAsciiWordChar(before)) return false;
  const lastChar = surface[surface.length - 1];
  if (isAsciiLetter(lastChar) && isAsciiLetter(after)) return false;
  if (lastChar !== undefined && isDigit(lastChar) && isAsciiWordChar(after)) return false;
  if (surface.startsWith("日") && isDigit(before)) return false;
  if (after !== undefined && ENDS_A_LONGER_WORD[surface]?.includes(after)) return false;
  return true;
}

/**
 * A surname that an office holder shares, followed by the post of an ambassador (バイラモフ駐日トルクメ
 * ニスタン特命全権大使): the ambassador, whose country the post names, not the minister.
 */
function isAmbassadorsName(text: string, end: number): boolean {
  return /^\s?駐/.test(text.slice(end, end + 2));
}

/** アフガニスタンヘの: scanned and retyped pages often write the particle へ as the katakana ヘ, which looks the same. */
function isParticleHe(text: string, at: number): boolean {
  return text[at] === "ヘ" && !isKatakanaLetter(text[at + 1]);
}

/**
 * A country written as its one-character abbreviation and 国 (露国, 中国) right after another
 * abbreviation is the second half of a compound and the start of the next word: 中露国境 is 中露 +
 * 国境, 米露国交 is 米露 + 国交. (日 before a name is joined to it by the compound scanner, which
 * knows a day's 日 from Japan's.)
 */
function isCompoundTail(text: string, start: number, surface: string, abbreviations: ReadonlyMap<string, string>): boolean {
  if (surface.length !== 2 || !surface.endsWith("国") || !abbreviations.has(surface[0]!)) return false;
  const before = text[start - 1];
  return before !== undefined && before !== "日" && abbreviations.has(before) && abbreviations.get(before) !== abbreviations.get(surface[0]!);
}

interface Selected {
  start: number;
  end: number;
  entry: LexiconEntry;
}

/** Longest first, then leftmost; a candidate overlapping one already taken is dropped. */
function selectLongest(text: string, candidates: Selected[], covered: Uint8Array): Selected[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Selected[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken;
}

function extension(text: string, end: number, covered: Uint8Array, suffixes: readonly string[]): string | undefined {
  const suffix = suffixes.find((s) => text.startsWith(s, end));
  if (!suffix) return undefined;
  for (let i = end; i < end + suffix.length; i++) if (covered[i]) return undefined;
  return suffix;
}

/** A language or an ethnic origin named after a place (スペイン語, アルバニア系住民) is no mention of it. */
const NOT_THE_PLACE_SUFFIXES: ReadonlySet<string> = new Set(["語", "系"]);

/** The mention a selected name makes, or undefined for a language or an origin named after the place (its span stays covered). */
function toMention(text: string, s: Selected, covered: Uint8Array): PlaceMention | undefined {
  const { entry } = s;
  let end = s.end;
  let via: MentionVia = entry.role === "office_holder" ? "office_holder" : entry.role === "city" ? "city" : "name";
  const suffix = entry.takesTitle
    ? extension(text, end, covered, TITLES)
    : entry.isPlaceName
      ? extension(text, end, covered, ADJECTIVE_SUFFIXES)
      : undefined;
  if (suffix) {
    covered.fill(1, end, end + suffix.length);
    if (entry.isPlaceName && NOT_THE_PLACE_SUFFIXES.has(suffix)) return undefined;
    end += suffix.length;
    if (entry.isPlaceName) via = "adjective";
  }
  return { start: s.start, end, surface: text.slice(s.start, end), placeCodes: [...entry.codes], via };
}


/** Every place mention in `text`, in text order; offsets are UTF-16 indices into `text`. */
export function findPlaceMentions(text: string): PlaceMention[] {
  const { matcher, compounds, abbreviations } = load();
  const covered = new Uint8Array(text.length);
  const candidates = matcher
    .findAll(text)
    // a blocker blocks even as the head of a longer katakana word (米ドルレート)
    .filter((h) => h.value.role === "blocker" || standsAlone(text, h.start, h.end, h.value.surface))
    .filter((h) => !isCompoundTail(text, h.start, h.value.surface, abbreviations))
    .filter((h) => h.value.role !== "office_holder" || !isAmbassadorsName(text, h.end))
    .map((h): Selected => ({ start: h.start, end: h.end, entry: h.value }));
  const selected = selectLongest(text, candidates, covered).sort((a, b) => a.start - b.start);
  const named = selected.flatMap((s) => (s.entry.role === "blocker" ? [] : (toMention(text, s, covered) ?? [])));

  const joinable = new Map<number, NameSpan>();
  for (const m of named)
    if (m.via === "name" || m.via === "adjective")
      joinable.set(m.start, {
        start: m.start,
        end: m.end,
        codes: m.placeCodes,
        takesGluedJapan: m.placeCodes.every(isCountryCode) || isAsciiLetter(m.surface[0]),
      });
  const { mentions, joined } = compounds.scan(text, covered, joinable);
  const compoundMentions = mentions.map(
    (m): PlaceMention => ({ start: m.start, end: m.end, surface: text.slice(m.start, m.end), placeCodes: m.codes, via: m.via }),
  );
  return [...named.filter((m) => !joined.has(m.start)), ...compoundMentions].sort((a, b) => a.start - b.start || b.end - a.end);
}

export { isVenueNote } from "./venues";
