import path from "node:path";
import { LIBRARY_DIR } from "../../../ingest/library";
import { validateDocumentMetadata } from "../../../ingest/metadata";
import {
  DEFAULT_LICENCE_NOTE,
  fileMetadata,
  missingFlagsProblem,
  readManifestEntries,
  slugFromFileName,
} from "../../../ingest/cli/documentMetadata";

const SEED = path.join(LIBRARY_DIR, "003_65328be2aa164c64.txt");

describe("the metadata of a file given to the ingest command", () => {
  it("comes from the manifest for a file listed there, with flags overriding it", async () => {
    const entry = (await readManifestEntries()).get(path.resolve(SEED));
    expect(entry).toBeDefined();
    const plain = fileMetadata(SEED, entry, {});
    expect(plain.ok && plain.metadata).toMatchObject({ slug: "mofa-japan-russia-foreign-ministers-meeting-2008-11-05", kind: "meeting_summary", publishedIsDay: true });
    const overridden = fileMetadata(SEED, entry, { title: "別の題", covers: "2007-2008" });
    expect(overridden.ok && overridden.metadata).toMatchObject({ title: "別の題", coversFrom: 2007, coversTo: 2008, publisher: "外務省" });
  });

  it("finds a manifest file however its path is written", async () => {
    const entries = await readManifestEntries();
    expect(entries.get(path.resolve(`./data/./documents/../documents/003_65328be2aa164c64.txt`))).toBeDefined();
  });

  it("requires the four describing flags for a file outside the manifest, naming the missing ones", () => {
    expect(missingFlagsProblem("x/new.txt", undefined, { title: "T", published: "2020" })).toBe(
      "x/new.txt is not in data/documents/manifest.json, so --publisher, --covers are required",
    );
    expect(missingFlagsProblem("x/new.txt", undefined, { title: "T", publisher: "P", published: "2020", covers: "2020" })).toBeUndefined();
  });

  it("gives a file outside the manifest a slug from its name, kind other and the default licence note", () => {
    const result = fileMetadata("/tmp/Bluebook 2021 (draft).txt", undefined, { title: "T", publisher: "P", published: "2021", covers: "2020-2021" });
    expect(result.ok && result.metadata).toMatchObject({
      file: "Bluebook 2021 (draft).txt",
      slug: "bluebook-2021-draft",
      kind: "other",
      licenceNote: DEFAULT_LICENCE_NOTE,
      publishedIsDay: false,
    });
  });

  it("reports contradictory metadata as problems", () => {
    const result = fileMetadata("a.txt", undefined, { title: "T", publisher: "P", published: "2019", covers: "2020-2021" });
    expect(result).toEqual({ ok: false, problems: expect.arrayContaining([expect.stringMatching(/covers 2020-2021 starts after the document was published \(2019\)/)]) });
    expect(fileMetadata("a.txt", undefined, { title: "T", publisher: "P", published: "2021-02-30", covers: "2021" }).ok).toBe(false);
  });
});

describe("a slug made from a file name", () => {
  it("keeps Latin letters and digits, lowercased, joined by hyphens", () => {
    expect(slugFromFileName("dir/Defense_of_Japan-2025.TXT")).toBe("defense-of-japan-2025");
    expect(slugFromFileName("ＡＢＣ１２３.txt")).toBe("abc123");
  });

  it("falls back to a stable hash for a name with no Latin letters or digits", () => {
    expect(slugFromFileName("外交青書.txt")).toMatch(/^document-[0-9a-f]{12}$/);
    expect(slugFromFileName("外交青書.txt")).toBe(slugFromFileName("other/外交青書.txt"));
    expect(slugFromFileName("外交青書.txt")).not.toBe(slugFromFileName("防衛白書.txt"));
  });
});

describe("a document's source URL", () => {
  const base = { file: "a.txt", slug: "a", title: "T", publisher: "P", published: "2021", covers: "2020", licenceNote: "n" };

  it("accepts http and https addresses", () => {
    expect(validateDocumentMetadata({ ...base, sourceUrl: "https://www.mofa.go.jp/mofaj/gaiko/bluebook/" }).ok).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>1</script>", "ftp://example.org/a.txt"])("rejects %s, naming the field", (sourceUrl) => {
    expect(validateDocumentMetadata({ ...base, sourceUrl })).toEqual({ ok: false, problems: ["sourceUrl must be an http(s) URL"] });
  });
});
