import fontFaces from "@/geo/generated/fontFaces.json";
import { CHOROPLETH_CLASSES, labelFilter, LAYER, mapStyle, viewFilter, type FontFaces } from "@/geo/layerStyles";

const style = mapStyle({ view: "japan", language: "ja", fontStack: fontFaces.fontStack, fontFaces: fontFaces.fontFaces as FontFaces });

describe("mapStyle", () => {
  it("needs no server: no glyphs, sprite, tile or absolute URL anywhere", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const text = JSON.stringify(style);
    expect(text).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(text).toContain("/geo/fonts/");
  });

  it("draws every layer from a source the style declares", () => {
    for (const layer of style.layers) {
      if ("source" in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
    expect(style.layers.map((l) => l.id)).toEqual(expect.arrayContaining(Object.values(LAYER)));
  });

  it("labels with the font stack the font-faces declare", () => {
    const labels = style.layers.find((l) => l.id === LAYER.labels)!;
    expect(labels.layout).toMatchObject({ "text-font": [fontFaces.fontStack] });
    expect(Object.keys(style["font-faces"]!)).toEqual([fontFaces.fontStack]);
  });
});

describe("filters", () => {
  it("keep the features of both views plus the chosen one", () => {
    expect(viewFilter("ground")).toEqual(["in", ["get", "view"], ["literal", ["both", "ground"]]]);
  });

  it("drop special-region labels when their layer is hidden", () => {
    expect(JSON.stringify(labelFilter("japan", false))).not.toContain("special-region");
    expect(JSON.stringify(labelFilter("japan", true))).toContain("special-region");
  });
});

describe("palette", () => {
  it("has five choropleth classes getting darker class by class", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const values = CHOROPLETH_CLASSES.map(luminance);
    expect(values).toHaveLength(5);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });
});
