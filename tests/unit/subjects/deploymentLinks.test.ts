import { readFileSync } from "node:fs";
import { DEPLOYMENT_LINKS_FILE, isActiveIn, parseDeploymentLinkRules, linkDeploymentFacts, ruleForDeployment, slugMatches, type DeploymentLinkRules, type LinkableDeployment, type LinkableFact } from "../../../subjects/deploymentLinks";

const rules: DeploymentLinkRules = {
  deploymentWords: ["駐留", "部隊", "基地", "平和維持", "配備"],
  rules: [
    { name: "NK peacekeepers", deployments: ["aze-nk-peacekeepers-*"], places: ["nagorno-karabakh", "AZE"], quoteIncludesAny: ["平和維持"] },
    { name: "Armenia", deployments: ["arm-*"], places: ["ARM"], quoteIncludesAny: ["ロシア軍"] },
    { name: "Belarus nuclear", deployments: ["blr-nuclear"], places: ["BLR"], quoteIncludesAny: ["核兵器", "イスカンデル"] },
  ],
};

function deployment(overrides: Partial<LinkableDeployment>): LinkableDeployment {
  return { id: 1, slug: "x", hostCode: "AZE", regionCode: null, startYear: 2000, endYear: null, ...overrides };
}

function fact(overrides: Partial<LinkableFact>): LinkableFact {
  return { id: 1, placeCode: "AZE", year: 2020, month: null, day: null, category: "other", quote: "", documentId: 1, start: 0, ...overrides };
}

const peacekeepers = deployment({ id: 10, slug: "aze-nk-peacekeepers-2020-2024", hostCode: "AZE", regionCode: "nagorno-karabakh", startYear: 2020, endYear: 2024 });
const gyumri = deployment({ id: 20, slug: "arm-102nd-base-gyumri", hostCode: "ARM", startYear: 1995 });
const nuclear = deployment({ id: 30, slug: "blr-nuclear", hostCode: "BLR", startYear: 2023 });
const vileyka = deployment({ id: 31, slug: "blr-vileyka", hostCode: "BLR", startYear: 1995 });

describe("rules for deployments", () => {
  it("matches a slug exactly or by a prefix ending in *", () => {
    expect(slugMatches("arm-*", "arm-102nd-base-gyumri")).toBe(true);
    expect(slugMatches("arm-*", "aze-gabala-radar")).toBe(false);
    expect(slugMatches("blr-nuclear", "blr-nuclear-2")).toBe(false);
  });

  it("falls back to the deployment's region, else its host, when no rule names it", () => {
    expect(ruleForDeployment(rules, deployment({ slug: "geo-abkhazia-7th", hostCode: "GEO", regionCode: "abkhazia" })).places).toEqual(["abkhazia"]);
    expect(ruleForDeployment(rules, deployment({ slug: "syr-tartus", hostCode: "SYR" })).places).toEqual(["SYR"]);
  });

  it("treats start and end years as inclusive and a missing end as ongoing", () => {
    expect(isActiveIn(peacekeepers, 2020)).toBe(true);
    expect(isActiveIn(peacekeepers, 2024)).toBe(true);
    expect(isActiveIn(peacekeepers, 2025)).toBe(false);
    expect(isActiveIn(gyumri, 2025)).toBe(true);
  });
});

describe("linkDeploymentFacts", () => {
  const ceasefire = "ロシア平和維持部隊の駐留を含めた形での、3か国首脳による停戦合意に至った。";

  it("links a peacekeeping quote to the peacekeepers and not to the Armenian base the same sentence names", () => {
    const facts = [
      fact({ id: 1, placeCode: "nagorno-karabakh", quote: ceasefire, category: "military_deployment" }),
      fact({ id: 2, placeCode: "ARM", quote: ceasefire, category: "military_deployment" }),
    ];
    expect(linkDeploymentFacts(rules, [peacekeepers, gyumri], facts)).toEqual([{ deploymentId: 10, factId: 1 }]);
  });

  it("links only deployments active in the fact's year", () => {
    const facts = [fact({ id: 1, placeCode: "nagorno-karabakh", year: 2019, quote: "平和維持部隊が駐留" })];
    expect(linkDeploymentFacts(rules, [peacekeepers], facts)).toEqual([]);
  });

  it("ignores facts that are neither deployment facts nor use a deployment word", () => {
    const facts = [fact({ id: 1, placeCode: "ARM", year: 2024, quote: "ロシア軍との演習", category: "military_activity" })];
    expect(linkDeploymentFacts(rules, [gyumri], facts)).toEqual([]);
  });

  it("with the curated rules, links an Iskander quote to the nuclear/Iskander row, not to the other facilities in Belarus", () => {
    const curated = parseDeploymentLinkRules(readFileSync(DEPLOYMENT_LINKS_FILE, "utf8")).rules!;
    const rows = [
      { ...nuclear, slug: "blr-nonstrategic-nuclear-asipovichy" },
      { ...vileyka, slug: "blr-vileyka-43rd-comms-centre" },
      deployment({ id: 32, slug: "blr-regional-grouping-2023", hostCode: "BLR", startYear: 2023, endYear: 2023 }),
    ];
    const facts = [fact({ id: 5, placeCode: "BLR", year: 2023, quote: "「イスカンデル」が実戦配備された", category: "military_deployment" })];
    expect(linkDeploymentFacts(curated, rows, facts)).toEqual([{ deploymentId: 30, factId: 5 }]);
  });

  it("without a rule, links any deployment fact at the host (the default is broad)", () => {
    const facts = [fact({ id: 5, placeCode: "BLR", year: 2023, quote: "「イスカンデル」が実戦配備された", category: "military_deployment" })];
    expect(linkDeploymentFacts(rules, [nuclear, vileyka], facts)).toEqual([
      { deploymentId: 30, factId: 5 },
      { deploymentId: 31, factId: 5 },
    ]);
  });

  it("keeps one fact per sentence and year, preferring the one at the deployment's region", () => {
    const sentence = { documentId: 3, start: 100, year: 2020, quote: ceasefire, category: "military_deployment" as const };
    const facts = [fact({ ...sentence, id: 21, placeCode: "AZE" }), fact({ ...sentence, id: 22, placeCode: "nagorno-karabakh" })];
    expect(linkDeploymentFacts(rules, [peacekeepers], facts)).toEqual([{ deploymentId: 10, factId: 22 }]);
  });

  it("gives the same links when run twice over the same input", () => {
    const facts = [fact({ id: 1, placeCode: "ARM", year: 2024, quote: "アルメニアにロシア軍を駐留させ" })];
    expect(linkDeploymentFacts(rules, [gyumri], facts)).toEqual(linkDeploymentFacts(rules, [gyumri], facts));
    expect(linkDeploymentFacts(rules, [gyumri], facts)).toEqual([{ deploymentId: 20, factId: 1 }]);
  });
});
