import { readFileSync } from "node:fs";
import { duplicateSlugs, parseTimelineFile, readTimelineFiles } from "../../../subjects/curatedEvents";
import { DEPLOYMENT_LINKS_FILE, parseDeploymentLinkRules } from "../../../subjects/deploymentLinks";

describe("the curated timeline files", () => {
  const parsed = readTimelineFiles().map(({ file, text }) => parseTimelineFile(file, text));
  const events = parsed.flatMap((p) => p.events);

  it("parse without problems and with unique slugs", () => {
    expect(parsed.flatMap((p) => p.problems)).toEqual([]);
    expect(duplicateSlugs(events)).toEqual([]);
  });

  it("include the Nagorno-Karabakh events the issue names", () => {
    const kinds = events.filter((e) => e.subject === "nagorno_karabakh").map((e) => `${e.date.year}:${e.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(["2010:stalemate", "2020:war", "2020:ceasefire", "2023:offensive", "2024:dissolution"]));
  });

  it("date every event inside its own match window", () => {
    for (const event of events) {
      const key = (d: { year: number; month: number | null; day: number | null }) => d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);
      expect([event.slug, key(event.match.from) <= key(event.date) || event.match.from.year === event.date.year]).toEqual([event.slug, true]);
    }
  });

  it("parse the deployment link rules", () => {
    expect(parseDeploymentLinkRules(readFileSync(DEPLOYMENT_LINKS_FILE, "utf8")).problems).toEqual([]);
  });
});

describe("parseTimelineFile", () => {
  const file = (events: unknown[]) => JSON.stringify({ subject: "nagorno_karabakh", events });
  const good = { slug: "nk-x", placeCode: "nagorno-karabakh", date: "2020-11", kind: "ceasefire", titleEn: "x", titleJa: "x", match: { places: ["AZE"], quoteIncludesAny: ["停戦"] } };

  it("defaults the match window to the event's date", () => {
    const { events } = parseTimelineFile("f", file([good]));
    expect(events[0]?.match.from).toEqual({ year: 2020, month: 11, day: null, precision: "month" });
    expect(events[0]?.match.to).toEqual(events[0]?.match.from);
  });

  it("keeps the good events and reports each bad one", () => {
    const { events, problems } = parseTimelineFile("f", file([good, { ...good, slug: "bad-date", date: "2020-13" }, { ...good, slug: "no-words", match: { places: ["AZE"] } }]));
    expect(events.map((e) => e.slug)).toEqual(["nk-x"]);
    expect(problems.map((p) => p.event)).toEqual(["bad-date", "no-words"]);
  });

  it("keeps a citation for reference events", () => {
    const { events } = parseTimelineFile("f", file([{ ...good, sourceTitle: "Wikipedia", sourceUrl: "https://en.wikipedia.org/wiki/X" }]));
    expect(events[0]?.citation).toEqual({ title: "Wikipedia", url: "https://en.wikipedia.org/wiki/X" });
  });
});
