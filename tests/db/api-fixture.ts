// A small, known world for the API integration tests: a few countries, special regions and groups
// with membership by year, two documents with facts, and reference deployments. Tests compute what
// they expect from these records, not from hard-coded answers.
import { createHash } from "node:crypto";
import type { Db } from "../../db/client";
import { replaceDeployments, type DeploymentRecord } from "../../db/deployments";
import { saveDocumentWithFacts, type DocumentRecord, type FactRecord } from "../../db/documents";
import { syncPlaceCatalogue, type ControlRecord, type MembershipRecord, type PlaceRecord } from "../../db/places";
import { applyPendingMigrations } from "../../db/migrations";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "../support/databases";

type Kind = PlaceRecord["kind"];

function place(code: string, kind: Kind, nameEn: string, nameJa: string, parentCode: string | null = null, point: [number, number] | null = null): PlaceRecord {
  return {
    code, kind, nameEn, nameJa, parentCode,
    isoA3: kind === "country" ? code : null,
    isoN3: null,
    lat: point?.[0] ?? null,
    lon: point?.[1] ?? null,
    names: [{ name: nameJa, lang: "ja", variant: "official" }, { name: nameEn, lang: "en", variant: "variant" }],
  };
}

export const places: PlaceRecord[] = [
  place("RUS", "country", "Russia", "ロシア", null, [55.75, 37.62]),
  place("JPN", "country", "Japan", "日本", null, [35.68, 139.69]),
  place("KAZ", "country", "Kazakhstan", "カザフスタン", null, [51.17, 71.45]),
  place("KGZ", "country", "Kyrgyzstan", "キルギス"),
  place("TJK", "country", "Tajikistan", "タジキスタン"),
  place("TKM", "country", "Turkmenistan", "トルクメニスタン"),
  place("UZB", "country", "Uzbekistan", "ウズベキスタン"),
  place("ARM", "country", "Armenia", "アルメニア"),
  place("AZE", "country", "Azerbaijan", "アゼルバイジャン"),
  place("GEO", "country", "Georgia", "ジョージア"),
  place("UKR", "country", "Ukraine", "ウクライナ"),
  place("BLR", "country", "Belarus", "ベラルーシ"),
  place("MDA", "country", "Moldova", "モルドバ"),
  place("SYR", "country", "Syria", "シリア"),
  place("northern-territories", "special_region", "Northern Territories", "北方領土", "JPN", [43.9, 145.5]),
  place("etorofu", "subregion", "Etorofu", "択捉島", "northern-territories"),
  place("crimea", "special_region", "Crimea", "クリミア", "UKR"),
  place("nagorno-karabakh", "special_region", "Nagorno-Karabakh", "ナゴルノ・カラバフ", "AZE"),
  place("central-asia", "group", "Central Asia", "中央アジア"),
  place("caucasus", "group", "South Caucasus", "コーカサス"),
  place("eastern-europe", "group", "Eastern Europe", "東欧"),
  place("csto", "group", "CSTO", "集団安全保障条約機構"),
];

const member = (groupCode: string, memberCode: string, fromYear: number, toYear: number | null = null, status: MembershipRecord["status"] = "member"): MembershipRecord => ({
  groupCode, memberCode, fromYear, toYear, status, note: null,
});

export const memberships: MembershipRecord[] = [
  ...["KAZ", "KGZ", "TJK", "TKM", "UZB"].map((code) => member("central-asia", code, 1991)),
  ...["ARM", "AZE", "GEO"].map((code) => member("caucasus", code, 1991)),
  ...["BLR", "UKR", "MDA"].map((code) => member("eastern-europe", code, 1991)),
  ...["KAZ", "KGZ", "RUS", "TJK"].map((code) => member("csto", code, 1992)),
  member("csto", "BLR", 1993),
  member("csto", "ARM", 1992, 2023),
  member("csto", "ARM", 2024, null, "suspended"),
  member("csto", "UZB", 1992, 1998),
  member("csto", "UZB", 2006, 2011),
];

export const control: ControlRecord[] = [
  { placeCode: "northern-territories", administrator: "RUS", fromYear: 1945, toYear: null, note: "administered by Russia" },
  { placeCode: "crimea", administrator: "UKR", fromYear: 1991, toYear: 2013, note: "Ukraine" },
  { placeCode: "crimea", administrator: "RUS", fromYear: 2014, toYear: null, note: "annexed" },
];

interface FactSpec {
  placeCode: string;
  year: number;
  month?: number;
  day?: number;
  category: FactRecord["category"];
  sentence: string;
}

export const firstDocumentFacts: FactSpec[] = [
  { placeCode: "RUS", year: 2012, month: 3, day: 5, category: "diplomacy", sentence: "日露首脳会談が東京で行われた。" },
  { placeCode: "RUS", year: 2012, category: "economy_trade", sentence: "ロシアとの貿易は税率100%の品目を含む。" },
  { placeCode: "RUS", year: 2012, month: 1, category: "energy", sentence: "ロシア産の原油は税率1000円の対象となった。" },
  { placeCode: "UZB", year: 2012, month: 6, category: "security_cooperation", sentence: "ウズベキスタンは集団安全保障条約機構への参加を停止した。" },
  { placeCode: "UZB", year: 2010, category: "security_cooperation", sentence: "ウズベキスタンは同機構の会合に出席した。" },
  { placeCode: "ARM", year: 2024, month: 2, category: "security_cooperation", sentence: "アルメニアは同機構への参加を凍結した。" },
  { placeCode: "KAZ", year: 2022, month: 1, day: 6, category: "military_deployment", sentence: "カザフスタンに平和維持部隊が派遣された。" },
  { placeCode: "northern-territories", year: 2020, category: "territory", sentence: "北方領土で軍事演習が行われた。" },
  { placeCode: "etorofu", year: 2020, month: 8, category: "military_activity", sentence: "択捉島でa_b演習が確認された。" },
  { placeCode: "crimea", year: 2014, month: 3, day: 18, category: "territory", sentence: "=クリミアの「併合」は認められない。" },
  { placeCode: "crimea", year: 2012, category: "diplomacy", sentence: "クリミアでaxb会合が開かれた。" },
];

/** Enough facts in one place and year to need several pages. */
export const PAGED_FACTS = 120;
export const secondDocumentFacts: FactSpec[] = Array.from({ length: PAGED_FACTS }, (_, i) => ({
  placeCode: "KAZ",
  year: 2015,
  month: (i % 12) + 1,
  category: i % 2 === 0 ? "economy_trade" : "energy",
  sentence: `カザフスタンとの経済協力第${i + 1}項目が合意された。`,
}));

export function documentWithFacts(slug: string, title: string, publisher: string, sourceUrl: string | null, specs: FactSpec[]) {
  const text = specs.map((spec) => spec.sentence).join("\n");
  let offset = 0;
  const facts: FactRecord[] = specs.map((spec, sentenceNo) => {
    const start = offset;
    offset += spec.sentence.length + 1;
    return {
      placeCode: spec.placeCode,
      year: spec.year,
      month: spec.month ?? null,
      day: spec.day ?? null,
      precision: spec.day ? "day" : spec.month ? "month" : "year",
      dateText: null,
      category: spec.category,
      quote: spec.sentence,
      start,
      end: start + spec.sentence.length,
      sentenceNo,
      derivation: "place_name",
      matchedText: spec.placeCode,
    };
  });
  const document: DocumentRecord = {
    slug, title, titleEn: null, publisher, publisherEn: null, kind: "diplomatic_bluebook",
    publishedOn: new Date("2024-06-01T00:00:00Z"), coversFrom: 2010, coversTo: 2024, language: "ja",
    sourceUrl, sourceFile: `${slug}.txt`, licenceNote: "test fixture", encoding: "utf-8", text,
    contentHash: createHash("sha256").update(text).digest("hex"), extractorVersion: "test",
  };
  return { document, facts };
}

export const documents = [
  documentWithFacts("bluebook-test", "外交青書（テスト）", "外務省", "https://www.mofa.go.jp/test", firstDocumentFacts),
  documentWithFacts("economy-test", "経済協力メモ", "経済産業省", null, secondDocumentFacts),
];

function deployment(slug: string, fields: Partial<DeploymentRecord>): DeploymentRecord {
  return {
    slug, hostCode: "ARM", regionCode: null, locationEn: slug, locationJa: slug, lat: 40, lon: 44,
    unitOrFacility: "unit", framework: "bilateral", startYear: 2000, endYear: null,
    personnelLow: null, personnelHigh: null, personnelAsOf: null, origin: "reference", note: "",
    sources: [{ title: "Reference source", url: "https://example.org/source" }],
    ...fields,
  };
}

export const deployments: DeploymentRecord[] = [
  deployment("arm-102nd-base-gyumri", { lat: 40.79, lon: 43.8257, unitOrFacility: "102nd Military Base", startYear: 1995, personnelLow: 3000, personnelHigh: 5000 }),
  deployment("aze-gabala-radar", { hostCode: "AZE", lat: 40.9814, lon: 47.8458, startYear: 2002, endYear: 2012, personnelLow: 900, personnelHigh: 900 }),
  deployment("ukr-crimea-2014-2015", { hostCode: "UKR", regionCode: "crimea", lat: 44.608, lon: 33.5213, framework: "annexed_territory", startYear: 2014, endYear: 2015, personnelLow: 16000, personnelHigh: 16000, unitOrFacility: "Russian forces in Crimea after the 2014 seizure" }),
  deployment("ukr-crimea-2016-2018", { hostCode: "UKR", regionCode: "crimea", lat: 44.608, lon: 33.5213, framework: "annexed_territory", startYear: 2016, endYear: 2018, personnelLow: 24000, personnelHigh: 24000, unitOrFacility: "Russian forces in occupied Crimea" }),
  deployment("kaz-csto-cpkf-almaty-2022", {
    hostCode: "KAZ", lat: 43.2525, lon: 76.9115, framework: "csto", startYear: 2022, endYear: 2022, personnelLow: 2030, personnelHigh: 2030,
    unitOrFacility: "=CSTO Collective Peacekeeping Forces", sources: [{ title: "CSTO press release, Almaty", url: "https://example.org/csto" }, { title: "Second source", url: null }],
  }),
];

export interface ApiTestWorld {
  database: TestDatabase;
  documentIds: number[];
  close(): Promise<void>;
}

const globalClient = globalThis as { explorerPrisma?: Db };

/** A migrated database holding the fixture, made the process database (DATABASE_URL, prisma()). */
export async function openApiTestWorld(kind: TestDatabaseKind): Promise<ApiTestWorld> {
  const savedUrl = process.env.DATABASE_URL;
  const database = await createTestDatabase(kind);
  await applyPendingMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  delete globalClient.explorerPrisma;
  const { prisma } = await import("../../db/client");
  const db = prisma();
  await db.$transaction(async (tx) => {
    await syncPlaceCatalogue(tx, { places, memberships, control });
    await replaceDeployments(tx, "reference", deployments);
  }, { timeout: 60_000 });
  const documentIds: number[] = [];
  for (const { document, facts } of documents) documentIds.push((await saveDocumentWithFacts(db, document, facts)).documentId);
  return {
    database,
    documentIds,
    async close() {
      await globalClient.explorerPrisma?.$disconnect();
      delete globalClient.explorerPrisma;
      await database.destroy();
      process.env.DATABASE_URL = savedUrl;
    },
  };
}

/** Every fact of the fixture with its place code, year and category, for computing expectations. */
export const allFacts = [...firstDocumentFacts, ...secondDocumentFacts];
