// ISO 3166-1 lookups from i18n-iso-countries, with Kosovo under XKX (the library uses XKK).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";

countries.registerLocale(en);
countries.registerLocale(ja);

const LIBRARY_CODE: Readonly<Record<string, string>> = { XKX: "XKK" };
/** Codes with no ISO numeric code that world-atlas uses. */
const NO_NUMERIC = new Set(["XKX"]);

export function isoNumeric(alpha3: string): string | null {
  if (NO_NUMERIC.has(alpha3)) return null;
  return countries.alpha3ToNumeric(alpha3) ?? null;
}

export function baseName(alpha3: string, lang: "en" | "ja"): string | null {
  return countries.getName(LIBRARY_CODE[alpha3] ?? alpha3, lang) ?? null;
}
