import { decodeDocumentBytes, documentSizeProblem, MAX_DOCUMENT_BYTES } from "@/ingest/read";

const SAMPLE = "日露外相会談（概要）平成20年11月5日\n中曽根外務大臣はラヴロフ・ロシア外務大臣と会談した。北方領土問題について協議した。";
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
// The SAMPLE as iconv encodes it
const SHIFT_JIS = hex("93fa98498a4f918a89ef926b81698a549776816a95bd90ac3230944e31318c8e3593fa0a9286915d8daa8a4f96b191e5906282cd83898394838d83748145838d835683418a4f96b191e5906282c689ef926b82b582bd8142966b95fb97cc937996e291e882c982c282a282c48ba68b6382b582bd8142");
const EUC_JP = hex("c6fccfaab3b0c1eab2f1c3cca1cab3b5cdd7a1cbcabfc0ae3230c7af3131b7ee35c6fc0ac3e6c1bebaacb3b0ccb3c2e7bfc3a4cfa5e9a5f4a5eda5d5a1a6a5eda5b7a5a2b3b0ccb3c2e7bfc3a4c8b2f1c3cca4b7a4bfa1a3cbcccafdcecec5dacce4c2eaa4cba4c4a4a4a4c6b6a8b5c4a4b7a4bfa1a3");
const ISO_2022_JP = hex("1b2442467c4f2a3330416a3271434c214a33354d57214b4a3f402e1b284232301b2442472f1b2842");
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeDocumentBytes", () => {
  it("decodes UTF-8 without a byte order mark", () => {
    expect(decodeDocumentBytes(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8" });
  });

  it("decodes UTF-8 with a byte order mark and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]);
    expect(decodeDocumentBytes(bytes)).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8" });
  });

  it("decodes plain ASCII as UTF-8", () => {
    expect(decodeDocumentBytes(utf8("Contents\nURL: https://www.mod.go.jp/"))).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("recognises Shift_JIS and decodes it", () => {
    expect(decodeDocumentBytes(SHIFT_JIS)).toEqual({ ok: true, text: SAMPLE, encoding: "shift_jis" });
  });

  it("recognises EUC-JP and decodes it", () => {
    expect(decodeDocumentBytes(EUC_JP)).toEqual({ ok: true, text: SAMPLE, encoding: "euc-jp" });
  });

  it("rejects an empty document", () => {
    expect(decodeDocumentBytes(new Uint8Array())).toEqual({ ok: false, problem: expect.stringMatching(/empty/) });
    expect(decodeDocumentBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, problem: expect.stringMatching(/empty/) });
  });

  it("rejects binary content with NUL bytes", () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);
    expect(decodeDocumentBytes(bytes)).toEqual({ ok: false, problem: expect.stringMatching(/binary.*NUL byte at offset 4/) });
  });

  it("rejects bytes with many control characters", () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x07 : 0x41));
    expect(decodeDocumentBytes(bytes)).toEqual({ ok: false, problem: expect.stringMatching(/binary.*control characters/) });
  });

  it("reports UTF-8 cut off inside a character as truncated", () => {
    const bytes = utf8("北方領土問題");
    expect(decodeDocumentBytes(bytes.subarray(0, bytes.length - 1))).toEqual({
      ok: false,
      problem: expect.stringMatching(/truncated.*UTF-8.*byte 15 of 17/),
    });
  });

  it("reports a malformed byte inside otherwise good UTF-8 rather than guessing a legacy encoding", () => {
    const good = utf8("日本とロシアは、アジア太平洋地域における重要な隣国である。");
    const bytes = new Uint8Array([...good, 0xff, ...good]);
    expect(decodeDocumentBytes(bytes)).toEqual({ ok: false, problem: expect.stringMatching(/invalid UTF-8.*byte 87/) });
  });

  it("reports Shift_JIS cut off after a lead byte as truncated", () => {
    expect(decodeDocumentBytes(SHIFT_JIS.subarray(0, SHIFT_JIS.length - 1))).toEqual({
      ok: false,
      problem: expect.stringMatching(/truncated.*(shift_jis|euc-jp)/),
    });
  });

  it("refuses encodings it does not read, saying which", () => {
    expect(decodeDocumentBytes(ISO_2022_JP)).toEqual({ ok: false, problem: expect.stringMatching(/ISO-2022-JP/) });
    expect(decodeDocumentBytes(new Uint8Array([0xff, 0xfe, 0xe5, 0x65]))).toEqual({ ok: false, problem: expect.stringMatching(/UTF-16/) });
  });

  it("rejects bytes that are neither UTF-8 nor Japanese legacy encodings", () => {
    const bytes = new Uint8Array([0x41, 0x80, 0x81, 0xff, 0xfe, 0x42]);
    expect(decodeDocumentBytes(bytes)).toEqual({ ok: false, problem: expect.stringMatching(/unknown or invalid encoding/) });
  });
});

describe("documentSizeProblem", () => {
  it("accepts a 50 MB document and refuses one over MAX_DOCUMENT_BYTES", () => {
    expect(MAX_DOCUMENT_BYTES).toBeGreaterThanOrEqual(50 * 1000 * 1000);
    expect(documentSizeProblem(50 * 1000 * 1000)).toBeUndefined();
    expect(documentSizeProblem(MAX_DOCUMENT_BYTES + 1)).toMatch(/too large/);
  });
});
