import { decodeCursor, encodeCursor } from "@/http/cursor";

describe("pagination cursors", () => {
  it.each([0, 1, 42, 123_456, 2_147_483_647])("round-trips id %d", (id) => {
    const cursor = encodeCursor(id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toBe(id);
  });

  it("does not show the id in plain text", () => {
    expect(encodeCursor(12345)).not.toContain("12345");
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["random text", "hello"],
    ["a bare number", Buffer.from("17").toString("base64url")],
    ["another version", Buffer.from("v2:17").toString("base64url")],
    ["a negative id", Buffer.from("v1:-1").toString("base64url")],
    ["a leading zero", Buffer.from("v1:017").toString("base64url")],
    ["an id past int4", Buffer.from("v1:2147483648").toString("base64url")],
    ["trailing text", Buffer.from("v1:17x").toString("base64url")],
    ["over-long input", "A".repeat(100)],
  ])("refuses %s", (_what, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it("refuses a non-canonical spelling of a valid cursor", () => {
    const cursor = encodeCursor(5); // "djE6NQ": the last character carries padding bits
    const tweaked = cursor.slice(0, -1) + (cursor.endsWith("Q") ? "R" : "Q");
    expect(decodeCursor(tweaked)).toBeNull();
  });

  it("will not encode ids outside int4", () => {
    expect(() => encodeCursor(-1)).toThrow(RangeError);
    expect(() => encodeCursor(2 ** 31)).toThrow(RangeError);
    expect(() => encodeCursor(1.5)).toThrow(RangeError);
  });
});
