import { factsQuery, summaryQuery } from "@/http/apiSchemas";
import { JsonError } from "@/http/jsonError";
import { decodeQueryString, parseQuery } from "@/http/query";

const request = (query: string) => new Request(`http://localhost/api/facts${query}`);

function rejection(query: string, schema: Parameters<typeof parseQuery>[1] = factsQuery): { status: number; body: Record<string, unknown> } {
  try {
    parseQuery(request(query), schema);
  } catch (error) {
    if (error instanceof JsonError) return { status: error.status, body: { error: error.message, ...error.details } };
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

describe("decodeQueryString", () => {
  it("decodes percent-encoded UTF-8 and plus as space, keeping repeated names in order", () => {
    const values = decodeQueryString("?q=%E6%97%A5%E9%9C%B2+%E9%96%A2%E4%BF%82&category=a&category=b");
    expect(values.get("q")).toEqual(["日露 関係"]);
    expect(values.get("category")).toEqual(["a", "b"]);
  });

  it.each(["q=%FF", "q=%E6%97", "q=%", "q=%zz", "%C0%AF=1", "q=%EF%BF%BD"])("refuses malformed encoding %s with a 400", (raw) => {
    expect(() => decodeQueryString(raw)).toThrow(JsonError);
  });

  it("refuses U+FFFD, which is how a framework hands over invalid UTF-8 it has already decoded", () => {
    expect(() => decodeQueryString("q=a\uFFFDb")).toThrow(/not valid percent-encoded UTF-8/);
  });

  it("refuses an over-long query string", () => {
    expect(() => decodeQueryString(`q=${"a".repeat(5000)}`)).toThrow(/longer than/);
  });
});

describe("parseQuery with the facts schema", () => {
  it("turns valid parameters into typed values", () => {
    const query = parseQuery(request("?place=RUS&from=2010&to=2012&category=diplomacy,energy&category=sanctions&limit=20&q=北方"), factsQuery);
    expect(query).toEqual({ place: "RUS", from: 2010, to: 2012, category: ["diplomacy", "energy", "sanctions"], limit: 20, q: "北方" });
  });

  it("accepts slug place codes and leaves absent parameters undefined", () => {
    expect(parseQuery(request("?place=northern-territories"), factsQuery)).toEqual({ place: "northern-territories" });
  });

  it.each([
    ["?year=abc", "year"],
    ["?year=1899", "year"],
    ["?year=2101", "year"],
    ["?year=", "year"],
    ["?year=1e3", "year"],
    ["?year=%202000", "year"],
    ["?limit=0", "limit"],
    ["?limit=-5", "limit"],
    ["?limit=99999999999999", "limit"],
    ["?limit=201", "limit"],
    ["?cursor=abc", "cursor"],
    ["?cursor=%00%01", "cursor"],
    ["?category=diplomacy,nonsense", "category"],
    ["?place=Russia", "place"],
    ["?place=../etc", "place"],
    ["?format=xml", "format"],
    [`?q=${"あ".repeat(201)}`, "q"],
    ["?q=", "q"],
    ["?year=2010&year=2011", "year"],
    ["?place=RUS&place=KAZ", "place"],
    ["?year=2010&from=2000", "year"],
    ["?from=2012&to=2010", "from"],
    ["?colour=red", "colour"],
  ])("refuses %s naming the parameter %s", (query, parameter) => {
    const { status, body } = rejection(query);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(typeof body.error).toBe("string");
    expect(body.allowed).toBeDefined();
  });

  it("says which years are allowed", () => {
    expect(rejection("?year=abc").body.allowed).toBe("an integer from 1900 to 2100");
  });

  it("lists the known parameters when one is unknown", () => {
    expect(rejection("?colour=red").body.allowed).toEqual(expect.arrayContaining(["place", "year", "category", "q"]));
  });

  it("lists the categories when a category is wrong", () => {
    expect(rejection("?category=nonsense").body.allowed).toEqual(expect.arrayContaining(["diplomacy", "sanctions"]));
  });

  it("allows a bigger limit for exports than for JSON pages", () => {
    expect(parseQuery(request("?format=csv&limit=5000"), factsQuery).limit).toBe(5000);
    expect(rejection("?format=json&limit=5000").body.parameter).toBe("limit");
  });

  it("requires the parameters a schema requires", () => {
    expect(rejection("", summaryQuery).body.parameter).toBe("year");
  });
});

describe("parseQuery and prototype keys", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("treats %s as an unknown parameter", (name) => {
    const { status, body } = rejection(`?${name}=1`);
    expect(status).toBe(400);
    expect(body.parameter).toBe(name);
  });
});
