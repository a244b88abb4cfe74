// world-atlas countries-50m features that are not places of the catalogue: dependent territories
// (by ISO numeric id) and features without an id (by name). Kosovo has no id in world-atlas but is
// a place (XKX); it is matched by name.
export const atlasTerritoryIds: Readonly<Record<string, string>> = {
  "010": "Antarctica",
  "016": "American Samoa (USA)",
  "060": "Bermuda (GBR)",
  "086": "British Indian Ocean Territory (GBR)",
  "092": "British Virgin Islands (GBR)",
  "136": "Cayman Islands (GBR)",
  "184": "Cook Islands (in free association with NZL)",
  "234": "Faroe Islands (DNK)",
  "238": "Falkland Islands (GBR; claimed by ARG)",
  "239": "South Georgia and the South Sandwich Islands (GBR)",
  "248": "Åland (FIN)",
  "258": "French Polynesia (FRA)",
  "260": "French Southern and Antarctic Lands (FRA)",
  "304": "Greenland (DNK)",
  "316": "Guam (USA)",
  "334": "Heard Island and McDonald Islands (AUS)",
  "344": "Hong Kong (CHN)",
  "446": "Macao (CHN)",
  "500": "Montserrat (GBR)",
  "531": "Curaçao (NLD)",
  "533": "Aruba (NLD)",
  "534": "Sint Maarten (NLD)",
  "540": "New Caledonia (FRA)",
  "570": "Niue (in free association with NZL)",
  "574": "Norfolk Island (AUS)",
  "580": "Northern Mariana Islands (USA)",
  "612": "Pitcairn Islands (GBR)",
  "630": "Puerto Rico (USA)",
  "652": "Saint Barthélemy (FRA)",
  "654": "Saint Helena (GBR)",
  "660": "Anguilla (GBR)",
  "663": "Saint Martin (FRA)",
  "666": "Saint Pierre and Miquelon (FRA)",
  "732": "Western Sahara (disputed; claimed by MAR)",
  "796": "Turks and Caicos Islands (GBR)",
  "831": "Guernsey (GBR crown dependency)",
  "832": "Jersey (GBR crown dependency)",
  "833": "Isle of Man (GBR crown dependency)",
  "850": "United States Virgin Islands (USA)",
  "876": "Wallis and Futuna (FRA)",
};

export const atlasUnnamedFeatures: Readonly<Record<string, string>> = {
  Somaliland: "self-declared state within SOM",
  "N. Cyprus": "Northern Cyprus, within CYP",
  "Indian Ocean Ter.": "Australian Indian Ocean Territories (AUS)",
  "Siachen Glacier": "disputed between IND and PAK",
};

/** The world-atlas feature name of the one place without an id. */
export const atlasNameOfUnnumberedPlace: Readonly<Record<string, string>> = { XKX: "Kosovo" };

/** Places world-atlas 50m does not draw (too small); their point is given by hand (capital). */
export const pointsNotInAtlas: Readonly<Record<string, readonly [number, number]>> = {
  TUV: [-8.52, 179.2], // Funafuti
};
