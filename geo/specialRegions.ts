// The product's wording for the special regions, layered over the properties in
// geo/source/special-regions.geojson. `label_*` are the short forms drawn on the map.

export const SPECIAL_REGION_IDS = [
  "northern-territories",
  "nagorno-karabakh",
  "transnistria",
  "abkhazia",
  "south-ossetia",
  "crimea",
] as const;
export type SpecialRegionId = (typeof SPECIAL_REGION_IDS)[number];

type Override = { name_en?: string; name_ja?: string; extent_note?: string; label_en: string; label_ja: string };

export const SPECIAL_REGION_OVERRIDES: Readonly<Record<string, Override>> = {
  "northern-territories": { label_en: "Northern Territories", label_ja: "北方領土" },
  // Natural Earth's polygon is the area held by Armenian forces before the 2020 war (~11,900 km²:
  // the former NKAO plus most of the seven surrounding districts), not the former oblast (~4,400 km²).
  "nagorno-karabakh": {
    name_en: "Nagorno-Karabakh (area held by Armenian forces before 2020)",
    name_ja: "ナゴルノ・カラバフ（2020年以前にアルメニア側が支配した地域）",
    extent_note:
      "Outline of the area held by Armenian forces before the 2020 war (former NKAO plus most of the surrounding districts, ~11,900 km²), not the former Nagorno-Karabakh Autonomous Oblast (~4,400 km²). No openly licensed NKAO outline is shipped.",
    label_en: "Nagorno-Karabakh",
    label_ja: "ナゴルノ・カラバフ",
  },
  transnistria: { label_en: "Transnistria", label_ja: "沿ドニエストル" },
  abkhazia: { label_en: "Abkhazia", label_ja: "アブハジア" },
  "south-ossetia": { label_en: "South Ossetia", label_ja: "南オセチア" },
  crimea: { label_en: "Crimea", label_ja: "クリミア" },
};
