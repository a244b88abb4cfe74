import { textChunks } from "../../../db/textChunks";

describe("textChunks", () => {
  it("gives pieces of at most the length asked that join back to the text", () => {
    const text = "ロシア、中央アジアとコーカサス。".repeat(50);
    const chunks = [...textChunks(text, 64)];
    expect(chunks.join("")).toBe(text);
    expect(chunks.every((chunk) => chunk.length <= 64)).toBe(true);
    expect(chunks.length).toBe(Math.ceil(text.length / 64));
  });

  it("never splits a surrogate pair between two pieces", () => {
    const text = "あ".repeat(63) + "𠮟" + "る";
    const chunks = [...textChunks(text, 64)];
    expect(chunks[0]).toBe("あ".repeat(63));
    expect(chunks[1]).toBe("𠮟る");
    expect(chunks.map((chunk) => JSON.stringify(chunk).slice(1, -1)).join("")).toBe(JSON.stringify(text).slice(1, -1));
  });

  it("gives nothing for an empty text", () => {
    expect([...textChunks("")]).toEqual([]);
  });
});
