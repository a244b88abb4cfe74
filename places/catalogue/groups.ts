// Region groups and organisations, and who belongs to them by year. Years follow the end-of-year
// convention in types.ts. Where the year or status is uncertain, the note says so.
import type { GroupMembershipRecord, MembershipStatus, NameSpec } from "./types";

export interface GroupSpec {
  code: string;
  nameEn: string;
  nameJa: string;
  names: NameSpec;
}

export const groups: readonly GroupSpec[] = [
  {
    code: "central-asia",
    nameEn: "Central Asia",
    nameJa: "中央アジア",
    names: { ja: ["中央アジア", "中央アジア諸国", "中央アジア5か国"], en: ["Central Asia"] },
  },
  {
    code: "caucasus",
    nameEn: "South Caucasus",
    nameJa: "コーカサス",
    names: {
      ja: ["コーカサス", "南コーカサス", "コーカサス諸国", "コーカサス地域", "コーカサス3か国"],
      jaHistorical: ["カフカス", "ザカフカス"],
      en: ["Caucasus", "South Caucasus"],
    },
  },
  {
    // No gazetteer name: 東欧 in Japanese usage means the former Eastern Bloc, not these three.
    code: "eastern-europe",
    nameEn: "Eastern Europe (Belarus, Ukraine, Moldova)",
    nameJa: "東欧（ベラルーシ・ウクライナ・モルドバ）",
    names: {},
  },
  {
    code: "csto",
    nameEn: "Collective Security Treaty Organization",
    nameJa: "集団安全保障条約機構",
    names: { ja: ["集団安全保障条約機構", "集団安全保障条約", "CSTO"], en: ["CSTO", "Collective Security Treaty Organization"] },
  },
  {
    code: "cis",
    nameEn: "Commonwealth of Independent States",
    nameJa: "独立国家共同体",
    names: { ja: ["独立国家共同体", "CIS"], en: ["CIS", "Commonwealth of Independent States"] },
  },
  {
    code: "eaeu",
    nameEn: "Eurasian Economic Union",
    nameJa: "ユーラシア経済連合",
    names: {
      ja: ["ユーラシア経済連合", "ユーラシア経済同盟", "EAEU", "EEU"],
      jaHistorical: ["ユーラシア経済共同体"],
      en: ["EAEU", "Eurasian Economic Union"],
    },
  },
  {
    code: "sco",
    nameEn: "Shanghai Cooperation Organisation",
    nameJa: "上海協力機構",
    names: { ja: ["上海協力機構", "SCO"], en: ["SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"] },
  },
  { code: "g7", nameEn: "G7", nameJa: "G7", names: { ja: ["G7", "主要7か国", "先進7か国"], en: ["G7", "Group of Seven"] } },
  { code: "g8", nameEn: "G8", nameJa: "G8", names: { ja: ["G8", "主要8か国"], en: ["G8", "Group of Eight"] } },
  { code: "g20", nameEn: "G20", nameJa: "G20", names: { ja: ["G20", "主要20か国・地域"], en: ["G20", "Group of Twenty"] } },
  {
    code: "asean",
    nameEn: "ASEAN",
    nameJa: "東南アジア諸国連合",
    names: { ja: ["東南アジア諸国連合", "ASEAN", "アセアン"], en: ["ASEAN", "Association of Southeast Asian Nations"] },
  },
  {
    code: "nato",
    nameEn: "NATO",
    nameJa: "北大西洋条約機構",
    names: { ja: ["北大西洋条約機構", "NATO", "北大西洋条約"], en: ["NATO", "North Atlantic Treaty Organization"] },
  },
  {
    code: "eu",
    nameEn: "European Union",
    nameJa: "欧州連合",
    names: { ja: ["欧州連合", "EU"], jaHistorical: ["欧州共同体", "欧州経済共同体", "EC", "EEC"], en: ["EU", "European Union"], enHistorical: ["EC", "EEC", "European Community", "European Communities"] },
  },
  {
    code: "quad",
    nameEn: "Quad (Australia, India, Japan, United States)",
    nameJa: "日米豪印",
    names: { ja: ["日米豪印", "クアッド"], en: ["Quad", "QUAD"] },
  },
  { code: "brics", nameEn: "BRICS", nameJa: "BRICS", names: { ja: ["BRICS", "BRICs", "BRIC"], en: ["BRICS", "BRICs", "BRIC"] } },
];

function rows(
  groupCode: string,
  memberCodes: readonly string[],
  fromYear: number,
  toYear: number | null = null,
  note: string | null = null,
  status: MembershipStatus = "member",
): GroupMembershipRecord[] {
  return memberCodes.map((memberCode) => ({ groupCode, memberCode, fromYear, toYear, status, note }));
}

const G7_CORE = ["USA", "GBR", "FRA", "DEU", "ITA", "JPN"];

export const groupMembershipRows: readonly GroupMembershipRecord[] = [
  ...rows("central-asia", ["KAZ", "KGZ", "TJK", "TKM", "UZB"], 1991, null, "Independent since 1991."),
  ...rows("caucasus", ["ARM", "AZE", "GEO"], 1991, null, "Independent since 1991."),
  ...rows("eastern-europe", ["BLR", "UKR", "MDA"], 1991, null, "Independent since 1991."),

  // CSTO: the Collective Security Treaty was signed in Tashkent in May 1992; the organisation was
  // founded on it in 2002. Years before 2002 are treaty membership.
  ...rows("csto", ["KAZ", "KGZ", "RUS", "TJK"], 1992, null, "Signatory of the 1992 Collective Security Treaty."),
  { groupCode: "csto", memberCode: "ARM", fromYear: 1992, toYear: 2023, status: "member", note: "Signatory of the 1992 Collective Security Treaty." },
  { groupCode: "csto", memberCode: "ARM", fromYear: 2024, toYear: null, status: "suspended", note: "Armenia froze its participation in February 2024." },
  { groupCode: "csto", memberCode: "BLR", fromYear: 1993, toYear: null, status: "member", note: "Acceded to the treaty in 1993." },
  { groupCode: "csto", memberCode: "AZE", fromYear: 1993, toYear: 1998, status: "member", note: "Acceded in 1993; did not renew the treaty in 1999." },
  { groupCode: "csto", memberCode: "GEO", fromYear: 1993, toYear: 1998, status: "member", note: "Acceded in 1993; did not renew the treaty in 1999." },
  { groupCode: "csto", memberCode: "UZB", fromYear: 1992, toYear: 1998, status: "member", note: "Founding signatory; did not renew the treaty in 1999." },
  { groupCode: "csto", memberCode: "UZB", fromYear: 2006, toYear: 2011, status: "member", note: "Rejoined in 2006; suspended its membership in 2012 (June), which ended its participation." },

  // CIS: founded in December 1991 (Belovezha accords, Alma-Ata protocol).
  ...rows("cis", ["RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK", "UZB"], 1991, null, "Founding state (December 1991)."),
  { groupCode: "cis", memberCode: "MDA", fromYear: 1991, toYear: null, status: "member", note: "Founding signatory (ratified 1994). Since 2022 Moldova has been leaving CIS agreements; its formal status after 2023 is uncertain." },
  { groupCode: "cis", memberCode: "AZE", fromYear: 1993, toYear: null, status: "member", note: "Signed in 1991, but parliament did not ratify in 1992; joined in 1993." },
  { groupCode: "cis", memberCode: "GEO", fromYear: 1993, toYear: 2008, status: "member", note: "Joined in 1993; announced withdrawal after the August 2008 war, effective August 2009." },
  { groupCode: "cis", memberCode: "TKM", fromYear: 1991, toYear: 2004, status: "member", note: "Founding state." },
  { groupCode: "cis", memberCode: "TKM", fromYear: 2005, toYear: null, status: "observer", note: "Associate member since August 2005 (the model has no 'associate' status; stored as observer)." },
  { groupCode: "cis", memberCode: "UKR", fromYear: 1991, toYear: 2017, status: "member", note: "Founding state that never ratified the 1993 CIS Charter (a participant, not a Charter member); scaled down participation from 2014 and withdrew its representatives from CIS bodies in 2018. The exact end year is a judgement." },

  // EAEU: in force 1 January 2015.
  ...rows("eaeu", ["RUS", "BLR", "KAZ", "ARM"], 2015, null, "Member from January 2015 (Armenia from 2 January 2015)."),
  { groupCode: "eaeu", memberCode: "KGZ", fromYear: 2015, toYear: null, status: "member", note: "Joined in August 2015." },
  { groupCode: "eaeu", memberCode: "MDA", fromYear: 2018, toYear: null, status: "observer", note: "Observer status granted in 2018." },
  { groupCode: "eaeu", memberCode: "UZB", fromYear: 2020, toYear: null, status: "observer", note: "Observer since December 2020." },
  { groupCode: "eaeu", memberCode: "CUB", fromYear: 2020, toYear: null, status: "observer", note: "Observer since December 2020." },

  // SCO: founded 15 June 2001 (the Shanghai Five of 1996 plus Uzbekistan).
  ...rows("sco", ["CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"], 2001, null, "Founding member (June 2001)."),
  { groupCode: "sco", memberCode: "MNG", fromYear: 2004, toYear: null, status: "observer", note: "Observer since 2004." },
  ...rows("sco", ["IND", "PAK"], 2005, 2016, "Observer from 2005.", "observer"),
  ...rows("sco", ["IND", "PAK"], 2017, null, "Full member since June 2017."),
  { groupCode: "sco", memberCode: "IRN", fromYear: 2005, toYear: 2022, status: "observer", note: "Observer from 2005." },
  { groupCode: "sco", memberCode: "IRN", fromYear: 2023, toYear: null, status: "member", note: "Full member since July 2023." },
  { groupCode: "sco", memberCode: "BLR", fromYear: 2015, toYear: 2023, status: "observer", note: "Observer from 2015 (earlier a dialogue partner)." },
  { groupCode: "sco", memberCode: "BLR", fromYear: 2024, toYear: null, status: "member", note: "Full member since July 2024." },
  { groupCode: "sco", memberCode: "AFG", fromYear: 2012, toYear: null, status: "observer", note: "Observer since 2012; its participation after August 2021 is uncertain." },

  ...rows("g7", G7_CORE, 1975, null, "Member since the first summit (1975)."),
  { groupCode: "g7", memberCode: "CAN", fromYear: 1976, toYear: null, status: "member", note: "Member since 1976. The EU also takes part but is not counted as a member." },

  ...rows("g8", [...G7_CORE, "CAN"], 1997, 2013, "The G8 format has not met since Russia's suspension in March 2014; the others meet as the G7."),
  { groupCode: "g8", memberCode: "RUS", fromYear: 1997, toYear: 2013, status: "member", note: "Full participant from the 1997 Denver summit (the name G8 dates from 1998)." },
  { groupCode: "g8", memberCode: "RUS", fromYear: 2014, toYear: null, status: "suspended", note: "Suspended in March 2014 after the annexation of Crimea; Russia said in 2017 it would not return." },

  ...rows(
    "g20",
    ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "eu"],
    1999,
    null,
    "Founding member (1999). The African Union joined in 2023 but is not a place in this catalogue.",
  ),

  ...rows("asean", ["IDN", "MYS", "PHL", "SGP", "THA"], 1967, null, "Founding member (1967)."),
  { groupCode: "asean", memberCode: "BRN", fromYear: 1984, toYear: null, status: "member", note: "Joined in 1984." },
  { groupCode: "asean", memberCode: "VNM", fromYear: 1995, toYear: null, status: "member", note: "Joined in 1995." },
  ...rows("asean", ["LAO", "MMR"], 1997, null, "Joined in 1997."),
  { groupCode: "asean", memberCode: "KHM", fromYear: 1999, toYear: null, status: "member", note: "Joined in 1999." },
  { groupCode: "asean", memberCode: "TLS", fromYear: 2025, toYear: null, status: "member", note: "Admitted as the eleventh member in October 2025." },

  ...rows("nato", ["BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"], 1949, null, "Founding member (1949); France left the integrated military command 1966–2009 but stayed a member."),
  ...rows("nato", ["GRC", "TUR"], 1952, null, "Joined in 1952."),
  { groupCode: "nato", memberCode: "DEU", fromYear: 1955, toYear: null, status: "member", note: "West Germany joined in 1955; unified Germany from 1990." },
  { groupCode: "nato", memberCode: "ESP", fromYear: 1982, toYear: null, status: "member", note: "Joined in 1982." },
  ...rows("nato", ["CZE", "HUN", "POL"], 1999, null, "Joined in 1999."),
  ...rows("nato", ["BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"], 2004, null, "Joined in 2004."),
  ...rows("nato", ["ALB", "HRV"], 2009, null, "Joined in 2009."),
  { groupCode: "nato", memberCode: "MNE", fromYear: 2017, toYear: null, status: "member", note: "Joined in 2017." },
  { groupCode: "nato", memberCode: "MKD", fromYear: 2020, toYear: null, status: "member", note: "Joined in 2020." },
  { groupCode: "nato", memberCode: "FIN", fromYear: 2023, toYear: null, status: "member", note: "Joined in April 2023." },
  { groupCode: "nato", memberCode: "SWE", fromYear: 2024, toYear: null, status: "member", note: "Joined in March 2024." },

  ...rows("eu", ["BEL", "FRA", "DEU", "ITA", "LUX", "NLD"], 1958, null, "Founding member of the EEC (1958); the EU proper dates from 1993."),
  ...rows("eu", ["DNK", "IRL"], 1973, null, "Joined in 1973."),
  { groupCode: "eu", memberCode: "GBR", fromYear: 1973, toYear: 2019, status: "member", note: "Joined in 1973; left on 31 January 2020." },
  { groupCode: "eu", memberCode: "GRC", fromYear: 1981, toYear: null, status: "member", note: "Joined in 1981." },
  ...rows("eu", ["PRT", "ESP"], 1986, null, "Joined in 1986."),
  ...rows("eu", ["AUT", "FIN", "SWE"], 1995, null, "Joined in 1995."),
  ...rows("eu", ["CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"], 2004, null, "Joined in 2004."),
  ...rows("eu", ["BGR", "ROU"], 2007, null, "Joined in 2007."),
  { groupCode: "eu", memberCode: "HRV", fromYear: 2013, toYear: null, status: "member", note: "Joined in 2013." },

  ...rows("quad", ["AUS", "IND", "JPN", "USA"], 2007, 2007, "First quadrilateral dialogue in 2007; lapsed after Australia withdrew in early 2008."),
  ...rows("quad", ["AUS", "IND", "JPN", "USA"], 2017, null, "Revived in November 2017."),

  ...rows("brics", ["BRA", "RUS", "IND", "CHN"], 2009, null, "First BRIC summit in 2009 (foreign ministers met from 2006)."),
  { groupCode: "brics", memberCode: "ZAF", fromYear: 2010, toYear: null, status: "member", note: "Invited in December 2010; first summit as a member in 2011." },
  ...rows("brics", ["EGY", "ETH", "IRN", "ARE"], 2024, null, "Member since 1 January 2024. Saudi Arabia was invited at the same time; its status is unclear and it is not listed."),
  { groupCode: "brics", memberCode: "IDN", fromYear: 2025, toYear: null, status: "member", note: "Member since January 2025." },
];
