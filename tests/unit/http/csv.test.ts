import { csvCell, toCsv } from "@/http/csv";

describe("csvCell", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+81 3", "'+81 3"],
    ["-1+1", "'-1+1"],
    ["@cmd", "'@cmd"],
    ["\tindent", "'\tindent"],
    ["\rreturn", "\"'\rreturn\""],
  ])("neutralises the formula starter in %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ["plain", "plain"],
    ["日露関係", "日露関係"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=a,b", '"\'=a,b"'],
  ])("quotes %j as RFC 4180 asks", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes numbers as numbers, even negative ones, and empty for null", () => {
    expect(csvCell(-70.5)).toBe("-70.5");
    expect(csvCell(2024)).toBe("2024");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a header and one CRLF-terminated line per row", () => {
    const csv = toCsv(
      [
        { header: "id", value: (row: { id: number; quote: string }) => row.id },
        { header: "quote", value: (row: { id: number; quote: string }) => row.quote },
      ],
      [
        { id: 1, quote: "首脳会談, 東京" },
        { id: 2, quote: "=HYPERLINK(\"x\")" },
      ],
    );
    expect(csv).toBe('id,quote\r\n1,"首脳会談, 東京"\r\n2,"\'=HYPERLINK(""x"")"\r\n');
  });
});
