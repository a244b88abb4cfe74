// Maps world-atlas country features (ISO 3166-1 numeric ids) to the ids the app uses: ISO alpha-3.
// Features that have no ISO code (Kosovo, Somaliland, N. Cyprus, ...) keep a stable slug of their
// Natural Earth name and are marked with `iso_a3: null`.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";

countries.registerLocale(en);
countries.registerLocale(ja);

export type CountryIdentity = {
  /** ISO alpha-3, or a slug for a unit without an ISO code. */
  id: string;
  iso_a3: string | null;
  name_en: string;
  name_ja: string;
};

export type IdProblem = { kind: "unknown-numeric-id"; numericId: string; name: string };

/** Japanese names for the world-atlas units that have no ISO code, keyed by their slug. */
const NON_ISO_NAMES_JA: Readonly<Record<string, string>> = {
  kosovo: "コソボ",
  somaliland: "ソマリランド",
  "n-cyprus": "北キプロス",
  "indian-ocean-ter": "オーストラリア領インド洋地域",
  "siachen-glacier": "シアチェン氷河",
};

/** A lower-case ASCII slug: "N. Cyprus" → "n-cyprus". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function alpha3FromNumeric(numericId: string): string | undefined {
  return countries.numericToAlpha3(numericId);
}

export function japaneseCountryName(alpha3: string): string | undefined {
  return countries.getName(alpha3, "ja");
}

/**
 * The identity of one world-atlas feature. `name` is world-atlas's short Natural Earth name,
 * which is kept as the English label. A numeric id that ISO does not know is reported as a problem
 * and the feature falls back to a slug.
 */
export function identifyCountry(
  numericId: string | number | undefined,
  name: string,
): { identity: CountryIdentity; problem?: IdProblem } {
  const numeric = numericId === undefined ? undefined : String(numericId).padStart(3, "0");
  const alpha3 = numeric ? alpha3FromNumeric(numeric) : undefined;
  if (alpha3) {
    return {
      identity: { id: alpha3, iso_a3: alpha3, name_en: name, name_ja: japaneseCountryName(alpha3) ?? name },
    };
  }
  const slug = slugify(name);
  const identity = { id: slug, iso_a3: null, name_en: name, name_ja: NON_ISO_NAMES_JA[slug] ?? name };
  return numeric
    ? { identity, problem: { kind: "unknown-numeric-id", numericId: numeric, name } }
    : { identity };
}
