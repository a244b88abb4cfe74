import { alpha3FromNumeric, identifyCountry, slugify } from "@/geo/countryIds";

describe("identifyCountry", () => {
  it("maps world-atlas numeric ids to ISO alpha-3 with a Japanese name", () => {
    expect(identifyCountry("643", "Russia").identity).toMatchObject({ id: "RUS", iso_a3: "RUS", name_en: "Russia" });
    expect(identifyCountry("392", "Japan").identity.name_ja).toBe("日本");
    expect(identifyCountry("31", "Azerbaijan").identity.id).toBe("AZE");
  });

  it("gives a unit without an id a stable slug and marks it as having no ISO code", () => {
    const { identity, problem } = identifyCountry(undefined, "N. Cyprus");
    expect(identity).toMatchObject({ id: "n-cyprus", iso_a3: null, name_ja: "北キプロス" });
    expect(problem).toBeUndefined();
  });

  it("reports an id that ISO does not know instead of throwing", () => {
    const { identity, problem } = identifyCountry("999", "Nowhere Land");
    expect(identity.id).toBe("nowhere-land");
    expect(problem).toEqual({ kind: "unknown-numeric-id", numericId: "999", name: "Nowhere Land" });
  });
});

describe("slugify", () => {
  it("lower-cases, drops accents and joins words with hyphens", () => {
    expect(slugify("Côte d'Ivoire")).toBe("cote-d-ivoire");
    expect(slugify("Indian Ocean Ter.")).toBe("indian-ocean-ter");
  });
});

describe("alpha3FromNumeric", () => {
  it("knows the countries of the region the explorer is about", () => {
    const ids = ["398", "417", "762", "795", "860", "268", "051", "031", "498", "804"].map(alpha3FromNumeric);
    expect(ids).toEqual(["KAZ", "KGZ", "TJK", "TKM", "UZB", "GEO", "ARM", "AZE", "MDA", "UKR"]);
  });
});
