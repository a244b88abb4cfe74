import { HistoryWriter, parseUrlState, serialiseUrlState, defaultUrlState, type HistoryLike } from "@/explorer/urlState";

const bounds = { first: 1955, last: 2025, categories: ["conflict", "diplomacy"], regions: ["csto", "russia"] };

describe("URL state", () => {
  it("round-trips every shared field", () => {
    const state = {
      ...defaultUrlState(bounds),
      year: 2020,
      place: "ARM",
      layers: ["facts" as const, "deployments" as const],
      view: "ground" as const,
      category: "conflict",
      mode: "upto" as const,
      compare: [2020, 2024] as [number, number],
      region: "csto",
      lang: "en" as const,
    };
    const query = serialiseUrlState(state, bounds);
    expect(parseUrlState(new URLSearchParams(query), bounds)).toEqual(state);
  });

  it("leaves defaults out of the query", () => {
    expect(serialiseUrlState({ ...defaultUrlState(bounds), year: 2001 }, bounds)).toBe("year=2001");
  });

  it("falls back to defaults for malformed or unknown values", () => {
    const state = parseUrlState(
      new URLSearchParams("year=20x0&place=<script>&view=moon&category=nope&compare=2020-2020&region=mars&lang=fr&mode=all"),
      bounds,
    );
    expect(state).toEqual(defaultUrlState(bounds));
  });

  it("refuses years outside the data", () => {
    expect(parseUrlState({ year: "1900" }, bounds).year).toBe(bounds.last);
    expect(parseUrlState({ year: "1990" }, bounds).year).toBe(1990);
  });

  it("reads server search params with repeated keys", () => {
    expect(parseUrlState({ year: ["2010", "2011"], place: "northern-territories" }, bounds)).toMatchObject({ year: 2010, place: "northern-territories" });
  });

  it("keeps an empty layer list (every layer off)", () => {
    const state = parseUrlState(new URLSearchParams("layers="), bounds);
    expect(state.layers).toEqual([]);
    expect(serialiseUrlState(state, bounds)).toContain("layers=");
  });
});

describe("HistoryWriter", () => {
  function fakeHistory() {
    const calls: [string, string][] = [];
    const history: HistoryLike = {
      state: null,
      pushState: (_d, _u, url) => calls.push(["push", String(url)]),
      replaceState: (_d, _u, url) => calls.push(["replace", String(url)]),
    };
    return { history, calls };
  }

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("pushes one entry per burst and replaces it while the burst lasts", () => {
    const { history, calls } = fakeHistory();
    let now = 0;
    const writer = new HistoryWriter(history, () => "/", "year=2000", { throttleMs: 100, settleMs: 500 }, () => now);
    for (let year = 2001; year <= 2020; year += 1) {
      writer.write(`year=${year}`);
      now += 20;
      jest.advanceTimersByTime(20);
    }
    jest.advanceTimersByTime(200);
    expect(calls.filter(([kind]) => kind === "push")).toEqual([["push", "/?year=2001"]]);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(calls.at(-1)).toEqual(["replace", "/?year=2020"]);
  });

  it("pushes again after the burst has settled", () => {
    const { history, calls } = fakeHistory();
    let now = 0;
    const writer = new HistoryWriter(history, () => "/", "", { throttleMs: 100, settleMs: 500 }, () => now);
    writer.write("year=2001");
    now += 1000;
    writer.write("year=2002");
    expect(calls).toEqual([
      ["push", "/?year=2001"],
      ["push", "/?year=2002"],
    ]);
  });

  it("writes nothing when the query is unchanged or was restored by back/forward", () => {
    const { history, calls } = fakeHistory();
    const writer = new HistoryWriter(history, () => "/", "year=2000");
    writer.write("year=2000");
    writer.acknowledge("year=1999");
    writer.write("year=1999");
    expect(calls).toEqual([]);
  });
});
