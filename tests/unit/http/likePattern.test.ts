import { escapeLikePattern } from "@/db/facts";

describe("escapeLikePattern", () => {
  it.each([
    ["100%", "100\\%"],
    ["a_b", "a\\_b"],
    ["back\\slash", "back\\\\slash"],
    ["日露関係", "日露関係"],
    ["%_\\", "\\%\\_\\\\"],
  ])("escapes %j so it matches literally", (input, expected) => {
    expect(escapeLikePattern(input)).toBe(expected);
  });
});
