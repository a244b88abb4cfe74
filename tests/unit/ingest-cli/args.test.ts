import { metadataFlags, parseIngestArgs } from "../../../ingest/cli/args";

function problemOf(argv: string[]): string {
  const result = parseIngestArgs(argv);
  if (result.ok) throw new Error(`expected a problem for ${argv.join(" ")}`);
  return result.problem;
}

describe("the ingest command's arguments", () => {
  it("reads files and every flag", () => {
    const result = parseIngestArgs([
      "a.txt", "--title", "題", "--slug", "my-doc", "--publisher", "外務省", "--published", "2021-04-01",
      "--covers", "2020-2021", "--kind", "diplomatic_bluebook", "--dry-run", "--json",
    ]);
    expect(result).toEqual({
      ok: true,
      options: {
        files: ["a.txt"], title: "題", slug: "my-doc", publisher: "外務省", published: "2021-04-01",
        covers: "2020-2021", kind: "diplomatic_bluebook", dryRun: true, json: true, help: false,
      },
    });
  });

  it("accepts flags before, between and after files, and --flag=value", () => {
    const result = parseIngestArgs(["--dry-run", "a.txt", "--publisher=P", "b.txt"]);
    expect(result.ok && result.options).toMatchObject({ files: ["a.txt", "b.txt"], publisher: "P", dryRun: true, json: false });
  });

  it("names an unknown option", () => {
    expect(problemOf(["a.txt", "--frobnicate"])).toBe("unknown option --frobnicate");
    expect(problemOf(["a.txt", "-x"])).toBe("unknown option -x");
  });

  it("names a flag whose value is missing, also when the next word is another flag", () => {
    expect(problemOf(["a.txt", "--title"])).toBe("--title needs a value");
    expect(problemOf(["a.txt", "--title", "--dry-run"])).toBe("--title needs a value");
  });

  it("refuses a value on a switch", () => {
    expect(problemOf(["a.txt", "--json=yes"])).toBe("--json takes no value");
  });

  it("refuses a flag given twice rather than picking one", () => {
    expect(problemOf(["a.txt", "--title", "x", "--title", "y"])).toBe("--title is given more than once");
  });

  it("refuses --title and --slug with several files, but shares --publisher among them", () => {
    expect(problemOf(["a.txt", "b.txt", "--title", "x"])).toBe("--title describes one document but 2 files are listed");
    expect(problemOf(["a.txt", "b.txt", "--slug", "x"])).toBe("--slug describes one document but 2 files are listed");
    expect(parseIngestArgs(["a.txt", "b.txt", "--publisher", "P", "--covers", "2020"]).ok).toBe(true);
  });

  it("checks the shape of dates, covers, slug and kind", () => {
    expect(problemOf(["a.txt", "--published", "2021/04/01"])).toBe("--published must be YYYY or YYYY-MM-DD");
    expect(problemOf(["a.txt", "--covers", "2020-21"])).toBe("--covers must be YYYY or YYYY-YYYY");
    expect(problemOf(["a.txt", "--slug", "Not A Slug"])).toMatch(/^--slug must be lowercase/);
    expect(problemOf(["a.txt", "--kind", "novel"])).toMatch(/^--kind must be one of diplomatic_bluebook, .*other$/);
    expect(problemOf(["a.txt", "--title", "  "])).toBe("--title is empty");
  });

  it("needs at least one file, each listed once", () => {
    expect(problemOf([])).toBe("no FILE given");
    expect(problemOf(["--dry-run"])).toBe("no FILE given");
    expect(problemOf(["a.txt", "a.txt"])).toBe("a.txt is listed twice");
  });

  it("takes --help alone", () => {
    const result = parseIngestArgs(["--help"]);
    expect(result.ok && result.options.help).toBe(true);
  });

  it("passes on only the metadata flags that were given", () => {
    const result = parseIngestArgs(["a.txt", "--publisher", "P", "--dry-run"]);
    if (!result.ok) throw new Error(result.problem);
    expect(metadataFlags(result.options)).toEqual({ publisher: "P" });
  });
});
