// The place catalogue: countries (UN members, the two observers, Taiwan, Kosovo), special regions
// and their subregions, region groups; their names, memberships by year and control by year.
import { placeControlRows } from "./control";
import { countryNameOverridesEn, countryNames, olderSpellings } from "./country-names";
import { groupMembershipRows, groups } from "./groups";
import { baseName, isoNumeric } from "./iso";
import { placePoints } from "./points.generated";
import { specialRegions } from "./special-regions";
import type {
  GroupMembershipRecord,
  MembershipStatus,
  NameSpec,
  PlaceControlRecord,
  PlaceNameRecord,
  PlaceRecord,
} from "./types";
import { otherCountryCodes, unMemberCodes, unObserverCodes } from "./un-members";

export type {
  GroupMembershipRecord,
  MembershipStatus,
  NameLang,
  NameVariant,
  PlaceControlRecord,
  PlaceKind,
  PlaceNameRecord,
  PlaceRecord,
} from "./types";

function namesFromSpec(spec: NameSpec, firstJaIsOfficial: boolean): PlaceNameRecord[] {
  const ja = (spec.ja ?? []).map((name, i): PlaceNameRecord => ({
    name,
    lang: "ja",
    variant: i === 0 && firstJaIsOfficial ? "official" : "variant",
  }));
  return [
    ...ja,
    ...(spec.jaHistorical ?? []).map((name): PlaceNameRecord => ({ name, lang: "ja", variant: "historical" })),
    ...(spec.jaAbbreviations ?? []).map((name): PlaceNameRecord => ({ name, lang: "ja", variant: "abbreviation" })),
    ...(spec.jaPairAbbreviations ?? []).map((name): PlaceNameRecord => ({ name, lang: "ja", variant: "pair_abbreviation" })),
    ...(spec.cities ?? []).map((name): PlaceNameRecord => ({ name, lang: "ja", variant: "city" })),
    ...(spec.en ?? []).map((name): PlaceNameRecord => ({ name, lang: "en", variant: "variant" })),
    ...(spec.enHistorical ?? []).map((name): PlaceNameRecord => ({ name, lang: "en", variant: "historical" })),
  ];
}

/** Keeps the first record of each name (the official one comes first). */
function uniqueNames(names: readonly PlaceNameRecord[]): PlaceNameRecord[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.name) && seen.add(n.name));
}

function point(code: string): { lat: number | null; lon: number | null } {
  const p = placePoints[code];
  return { lat: p ? p[0] : null, lon: p ? p[1] : null };
}

function countryRecord(code: string): PlaceRecord {
  const spec = countryNames[code] ?? {};
  const nameEn = countryNameOverridesEn[code] ?? baseName(code, "en") ?? code;
  const baseJa = baseName(code, "ja");
  const nameJa = spec.ja?.[0] ?? baseJa ?? nameEn;
  const names = uniqueNames([
    { name: nameJa, lang: "ja", variant: "official" },
    { name: nameEn, lang: "en", variant: "official" },
    ...(baseJa ? [{ name: baseJa, lang: "ja", variant: "variant" } as const] : []),
    ...namesFromSpec(spec, false),
    ...(olderSpellings[code] ?? []).map((name): PlaceNameRecord => ({ name, lang: "ja", variant: "historical" })),
  ]);
  const isoN3 = isoNumeric(code);
  return { code, kind: "country", nameEn, nameJa, isoA3: code, isoN3, parentCode: null, ...point(code), names };
}

function regionRecords(): PlaceRecord[] {
  return specialRegions.map((r) => ({
    code: r.code,
    kind: r.kind,
    nameEn: r.nameEn,
    nameJa: r.nameJa,
    isoA3: null,
    isoN3: null,
    parentCode: r.parentCode,
    ...point(r.code),
    names: uniqueNames([
      { name: r.nameJa, lang: "ja", variant: "official" },
      { name: r.nameEn, lang: "en", variant: "official" },
      ...namesFromSpec(r.names, false),
    ]),
  }));
}

function groupRecords(): PlaceRecord[] {
  return groups.map((g) => ({
    code: g.code,
    kind: "group",
    nameEn: g.nameEn,
    nameJa: g.nameJa,
    isoA3: null,
    isoN3: null,
    parentCode: null,
    lat: null,
    lon: null,
    names: uniqueNames([
      { name: g.nameJa, lang: "ja", variant: "official" },
      { name: g.nameEn, lang: "en", variant: "official" },
      ...namesFromSpec(g.names, false),
    ]),
  }));
}

let cached: PlaceRecord[] | undefined;

export function placeCatalogue(): PlaceRecord[] {
  cached ??= [
    ...[...unMemberCodes, ...unObserverCodes, ...otherCountryCodes].map(countryRecord),
    ...regionRecords(),
    ...groupRecords(),
  ];
  return cached;
}

let groupCodes: Set<string> | undefined;

/** A region group's slug (central-asia, csto, g7, …), as opposed to a country or a special region. */
export function isGroupCode(code: string): boolean {
  groupCodes ??= new Set(placeCatalogue().filter((p) => p.kind === "group").map((p) => p.code));
  return groupCodes.has(code);
}

/** A country's ISO 3166 alpha-3 code (special regions and groups have lowercase slugs). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

export function groupMemberships(): GroupMembershipRecord[] {
  return [...groupMembershipRows];
}

export function placeControl(): PlaceControlRecord[] {
  return [...placeControlRows];
}

export interface GroupMember {
  code: string;
  status: MembershipStatus;
  note: string | null;
}

/** Who belongs to a group in a year (members, suspended members and observers, each once). */
export function membersOf(groupCode: string, year: number): GroupMember[] {
  return groupMembershipRows
    .filter((m) => m.groupCode === groupCode && m.fromYear <= year && (m.toYear === null || year <= m.toYear))
    .map((m) => ({ code: m.memberCode, status: m.status, note: m.note }));
}

/** Who holds a special region on the ground in a year, if the catalogue says. */
export function controlIn(placeCode: string, year: number): PlaceControlRecord | undefined {
  return placeControlRows.find(
    (c) => c.placeCode === placeCode && c.fromYear <= year && (c.toYear === null || year <= c.toYear),
  );
}
