// The first-class subjects on a fully prepared database: the curated timelines linked to the
// quotes that support them, and the reference deployments linked to document quotes.
import { readFileSync } from "node:fs";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../db/client";
import { deploymentsWithSupport, timelineOf, type TimelineEntry, type TimelineEventEntry } from "../../db/timelines";
import { loadDocumentLibrary } from "../../ingest/library";
import { parseForcesAbroadCsv } from "../../ingest/reference/forcesAbroad";
import { FORCES_ABROAD_CSV, prepareDatabase } from "../../server/prepareDatabase";
import { loadSubjects } from "../../subjects/loadSubjects";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

const BLUEBOOK_2021 = "diplomatic-bluebook-2021-russia-central-asia-caucasus";
const BLUEBOOK_2011 = "diplomatic-bluebook-2011-russia-central-asia-caucasus";
const MEETING_2008 = "mofa-japan-russia-foreign-ministers-meeting-2008-11-05";
const DEFENSE_2025 = "defense-of-japan-2025-russia-external-relations";

function event(timeline: TimelineEntry[], slug: string): TimelineEventEntry {
  const found = timeline.find((entry): entry is TimelineEventEntry => entry.type === "event" && entry.slug === slug);
  if (!found) throw new Error(`no event ${slug} on the timeline`);
  return found;
}

async function linkSnapshot(db: Db) {
  const [events, eventFacts, sources, loaded] = await Promise.all([
    db.timelineEvent.findMany({ orderBy: { id: "asc" } }),
    db.timelineEventFact.findMany({ orderBy: [{ eventId: "asc" }, { factId: "asc" }] }),
    db.deploymentSource.findMany({ orderBy: { id: "asc" } }),
    db.loadedDataset.findMany({ orderBy: { name: "asc" } }),
  ]);
  return { events, eventFacts, sources, loaded };
}

describe.each(databaseKinds())("subjects on the %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await prepareDatabase(database.url);
    db = createPrismaClient(database.url, { maxConnections: 2 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.destroy();
  });

  it("links the 2020 war and the 9/10 November ceasefire to the Diplomatic Bluebook 2021 quotes", async () => {
    const timeline = await timelineOf(db, "nagorno_karabakh");
    const war = event(timeline, "nk-2020-09-27-war");
    expect(war).toMatchObject({ origin: "document", year: 2020, month: 9, day: 27, kind: "war" });
    expect(war.quotes.some((q) => q.document.slug === BLUEBOOK_2021 && q.quote.includes("9月27日") && q.quote.includes("軍事衝突"))).toBe(true);

    const ceasefire = event(timeline, "nk-2020-11-09-ceasefire");
    expect(ceasefire).toMatchObject({ origin: "document", year: 2020, month: 11, day: 9, kind: "ceasefire" });
    expect(ceasefire.quotes.some((q) => q.document.slug === BLUEBOOK_2021 && q.quote.includes("11月9日") && q.quote.includes("停戦に合意"))).toBe(true);

    const peacekeepers = event(timeline, "nk-2020-11-10-russian-peacekeepers");
    expect(peacekeepers.origin).toBe("document");
    expect(peacekeepers.quotes.some((q) => q.document.slug === BLUEBOOK_2021 && q.quote.includes("平和維持部隊"))).toBe(true);
  });

  it("has the 2010 stalemate, the 2023 offensive and the dissolution backed by documents", async () => {
    const timeline = await timelineOf(db, "nagorno_karabakh");
    expect(event(timeline, "nk-2010-stalemate").quotes.map((q) => q.document.slug)).toContain(BLUEBOOK_2011);
    expect(event(timeline, "nk-2023-09-offensive").quotes.map((q) => q.document.slug)).toContain(DEFENSE_2025);
    expect(event(timeline, "nk-2024-01-dissolution").quotes.some((q) => q.quote.includes("解体"))).toBe(true);
  });

  it("shows an event no document supports as reference data with its citation", async () => {
    const withdrawal = event(await timelineOf(db, "nagorno_karabakh"), "nk-2024-06-peacekeepers-withdrawn");
    expect(withdrawal.origin).toBe("reference");
    expect(withdrawal.quotes).toEqual([]);
    expect(withdrawal.citation?.url).toMatch(/^https:\/\//);
  });

  it("links the 2008 foreign ministers' meeting to the 2008 summary and the 2010 Kunashiri visit to the Bluebook 2011", async () => {
    const timeline = await timelineOf(db, "northern_territories");
    const meeting = event(timeline, "nt-2008-11-05-foreign-ministers-meeting");
    expect(meeting.origin).toBe("document");
    expect(new Set(meeting.quotes.map((q) => q.document.slug))).toEqual(new Set([MEETING_2008]));

    const visit = event(timeline, "nt-2010-11-01-medvedev-kunashiri-visit");
    expect(visit).toMatchObject({ origin: "document", placeCode: "kunashiri", year: 2010, month: 11, day: 1 });
    expect(visit.quotes.some((q) => q.document.slug === BLUEBOOK_2011 && q.quote.includes("国後島"))).toBe(true);
  });

  it("quotes are verbatim slices of their documents", async () => {
    const texts = new Map((await db.document.findMany({ select: { id: true, text: true } })).map((d) => [d.id, d.text]));
    for (const subject of ["northern_territories", "nagorno_karabakh"] as const) {
      for (const entry of await timelineOf(db, subject)) {
        const quotes = entry.type === "event" ? entry.quotes : [entry.quote];
        for (const q of quotes) expect(texts.get(q.document.id)!.slice(q.start, q.end)).toBe(q.quote);
      }
    }
  });

  it("adds the facts no event took as document mentions, ordered by date, within the requested years", async () => {
    const timeline = await timelineOf(db, "northern_territories", { from: 2008, to: 2020 });
    const mentions = timeline.filter((entry) => entry.type === "mention");
    expect(mentions.length).toBeGreaterThan(0);
    const linkedIds = new Set(timeline.flatMap((entry) => (entry.type === "event" ? entry.quotes.map((q) => q.factId) : [])));
    for (const mention of mentions) {
      expect(linkedIds.has(mention.quote.factId)).toBe(false);
      expect(["northern-territories", "etorofu", "kunashiri", "shikotan", "habomai"]).toContain(mention.placeCode);
    }
    const keys = timeline.map((entry) => entry.year * 10_000 + (entry.month ?? 0) * 100 + (entry.day ?? 0));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(timeline.every((entry) => entry.year >= 2008 && entry.year <= 2020)).toBe(true);
  });

  it("has the Nagorno-Karabakh peacekeepers active in 2020 and 2023 but not 2025, supported in 2020 by the Bluebook 2021", async () => {
    const slug = "aze-nk-peacekeepers-2020-2024";
    const in2020 = (await deploymentsWithSupport(db, 2020)).find((d) => d.slug === slug);
    expect(in2020?.support).toBe("document");
    expect(in2020?.quotes.some((q) => q.document.slug === BLUEBOOK_2021 && q.quote.includes("平和維持部隊"))).toBe(true);
    expect((await deploymentsWithSupport(db, 2023)).map((d) => d.slug)).toContain(slug);
    expect((await deploymentsWithSupport(db, 2025)).map((d) => d.slug)).not.toContain(slug);
  });

  it("has the Belarus nuclear/Iskander deployment active in 2024, not 2020, supported by the Defense of Japan 2025", async () => {
    const slug = "blr-nonstrategic-nuclear-asipovichy";
    expect((await deploymentsWithSupport(db, 2020)).map((d) => d.slug)).not.toContain(slug);
    const in2024 = (await deploymentsWithSupport(db, 2024)).find((d) => d.slug === slug);
    expect(in2024?.support).toBe("document");
    expect(in2024?.quotes.some((q) => q.document.slug === DEFENSE_2025 && q.quote.includes("イスカンデル"))).toBe(true);
    const defense = await db.document.findUniqueOrThrow({ where: { slug: DEFENSE_2025 } });
    const sources = await db.deploymentSource.findMany({ where: { deployment: { slug }, factId: { not: null } } });
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.title === defense.title)).toBe(true);
  });

  it("marks a deployment-year with no quote as reference only, with every citation of the reference table kept", async () => {
    const { deployments } = parseForcesAbroadCsv(readFileSync(FORCES_ABROAD_CSV, "utf8"));
    const expected = new Map(deployments.map((d) => [d.slug, d.sources]));
    const active = await deploymentsWithSupport(db, 2022);
    const kazakhstan = active.find((d) => d.slug === "kaz-csto-cpkf-almaty-2022");
    expect(kazakhstan).toMatchObject({ origin: "reference", support: "reference", quotes: [] });
    for (const deployment of active) expect(deployment.citations).toEqual(expected.get(deployment.slug));
  });

  it("changes nothing when loaded twice", async () => {
    const before = await linkSnapshot(db);
    expect((await loadSubjects(db)).loaded).toBe(false);
    await prepareDatabase(database.url);
    expect(await linkSnapshot(db)).toEqual(before);
  });

  it("links again when a document changes", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "subjects-library-"));
    await cp("data/documents", dir, { recursive: true });
    const file = path.join(dir, "003_65328be2aa164c64.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("11月5日、中曽根外務大臣は", "11月5日、中曽根外務大臣は東京で"));
    await loadDocumentLibrary(db, { dir });
    expect(event(await timelineOf(db, "northern_territories"), "nt-2008-11-05-foreign-ministers-meeting").quotes).toEqual([]);

    expect((await loadSubjects(db)).loaded).toBe(true);
    const meeting = event(await timelineOf(db, "northern_territories"), "nt-2008-11-05-foreign-ministers-meeting");
    expect(meeting.origin).toBe("document");
    expect(meeting.quotes.map((q) => q.document.slug)).toContain(MEETING_2008);
  });
});
