// A document and its facts are written in one transaction: a fact whose quote is not the text at
// its offsets, found in any batch, leaves the database as it was (no new document, no facts, and an
// earlier version of the document untouched); a text sent in pieces is stored exactly.
import type { Db } from "../../db/client";
import { QuoteMismatchError, saveDocumentWithFacts, type FactRecord } from "../../db/documents";
import { TEXT_CHUNK_LENGTH } from "../../db/textChunks";
import { ensurePlaceCatalogue } from "../../server/ensureCatalogue";
import { databaseKinds, openMigratedDatabase } from "../support/databases";
import { documentWithFacts } from "./api-fixture";

const sentences = [
  { placeCode: "ARM", year: 2020, category: "conflict" as const, sentence: "9月27日、アルメニアとアゼルバイジャンの間で戦闘が発生した。" },
  { placeCode: "AZE", year: 2020, category: "conflict" as const, sentence: "11月9日、停戦に合意した。" },
  { placeCode: "RUS", year: 2020, category: "military_deployment" as const, sentence: "ロシアの平和維持部隊が展開した。" },
];

describe.each(databaseKinds())("writing a document on the %s database", (kind) => {
  let opened: Awaited<ReturnType<typeof openMigratedDatabase>>;
  let db: Db;

  beforeAll(async () => {
    opened = await openMigratedDatabase(kind);
    db = opened.db;
    await ensurePlaceCatalogue(db);
  }, 120_000);
  afterAll(async () => {
    await opened.close();
  });

  const counts = async () => ({ documents: await db.document.count(), facts: await db.fact.count() });
  const misquoted = (fact: FactRecord): FactRecord => ({ ...fact, quote: `${fact.quote.slice(0, -1)}！` });

  it("writes nothing when a later batch holds a fact whose quote is not the text at its offsets", async () => {
    const { document, facts } = documentWithFacts("karabakh-2020", "テスト", "外務省", null, sentences);
    const before = await counts();
    const batches = [[facts[0]!, facts[1]!], [misquoted(facts[2]!)]];
    await expect(saveDocumentWithFacts(db, document, { batches })).rejects.toBeInstanceOf(QuoteMismatchError);
    expect(await counts()).toEqual(before);
  });

  it("stores a text longer than one piece exactly, an astral character across a piece boundary included", async () => {
    const { document, facts } = documentWithFacts("long-text", "長文", "外務省", null, sentences);
    const filler = "ロシア、中央アジアとコーカサス。".repeat(Math.ceil(TEXT_CHUNK_LENGTH / 16));
    // 𠮷 (two UTF-16 units) straddles the first piece's end: pieces must not split it
    const padding = filler.slice(0, TEXT_CHUNK_LENGTH - 1 - document.text.length - 1);
    const text = `${document.text}\n${padding}𠮷${filler}${filler}`;
    const saved = await saveDocumentWithFacts(db, { ...document, text, contentHash: "long" }, facts);
    const stored = await db.document.findUniqueOrThrow({ where: { id: saved.documentId }, select: { text: true } });
    expect(stored.text.length).toBe(text.length);
    expect(stored.text === text).toBe(true);
    expect(await db.fact.count({ where: { documentId: saved.documentId } })).toBe(3);
  }, 60_000);

  it("keeps the earlier version of a document and its facts when its new version is refused", async () => {
    const first = documentWithFacts("karabakh-2020-v", "テスト", "外務省", null, sentences);
    await saveDocumentWithFacts(db, first.document, first.facts);
    const stored = await counts();

    const changed = documentWithFacts("karabakh-2020-v", "テスト（改訂）", "外務省", null, sentences.slice(0, 2));
    const facts = [changed.facts[0]!, misquoted(changed.facts[1]!)];
    await expect(saveDocumentWithFacts(db, { ...changed.document, contentHash: "changed" }, facts)).rejects.toThrow(/quote is not the text at/);

    expect(await counts()).toEqual(stored);
    const kept = await db.document.findUniqueOrThrow({ where: { slug: "karabakh-2020-v" }, include: { _count: { select: { facts: true } } } });
    expect(kept).toMatchObject({ title: "テスト", contentHash: first.document.contentHash, _count: { facts: 3 } });
  });
});
