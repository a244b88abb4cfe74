// Plain records of the place catalogue; they map one to one onto the Place, PlaceName, PlaceControl
// and GroupMembership tables of prisma/schema.prisma.

export type PlaceKind = "country" | "special_region" | "subregion" | "group";
export type NameLang = "ja" | "en";
export type NameVariant = "official" | "variant" | "historical" | "abbreviation" | "pair_abbreviation" | "city";
export type MembershipStatus = "member" | "suspended" | "observer";

export interface PlaceNameRecord {
  name: string;
  lang: NameLang;
  variant: NameVariant;
}

export interface PlaceRecord {
  code: string;
  kind: PlaceKind;
  nameEn: string;
  nameJa: string;
  isoA3: string | null;
  isoN3: string | null;
  parentCode: string | null;
  lat: number | null;
  lon: number | null;
  names: PlaceNameRecord[];
}

/**
 * Years are calendar years and describe the state at the end of each year: a country that joined
 * in April 2023 is a member from 2023; one that left on 31 January 2020 is a member to 2019. Rows
 * of one member in one group never overlap, so a year has at most one status.
 */
export interface GroupMembershipRecord {
  groupCode: string;
  memberCode: string;
  fromYear: number;
  toYear: number | null;
  status: MembershipStatus;
  note: string | null;
}

/** Who holds a special region on the ground; same end-of-year convention as memberships. */
export interface PlaceControlRecord {
  placeCode: string;
  administrator: string;
  fromYear: number;
  toYear: number | null;
  note: string;
}

/** Names of one place beyond those the base list (i18n-iso-countries) provides. */
export interface NameSpec {
  ja?: readonly string[]; // official and common Japanese forms
  jaHistorical?: readonly string[];
  jaAbbreviations?: readonly string[]; // single-character forms used in compounds (露, 米)
  jaPairAbbreviations?: readonly string[]; // single characters read only right after 日 (日比, 日越): alone they are ordinary words
  en?: readonly string[];
  enHistorical?: readonly string[];
  cities?: readonly string[]; // Japanese names of cities or sub-national places standing for it
}
