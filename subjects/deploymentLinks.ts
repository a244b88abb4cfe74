// Which document facts support which reference deployments (pure): a fact about deployments at a
// host or region supports the deployments there that were active in the fact's year.
import { z } from "zod";
import { quoteMatches, type CandidateFact } from "./matchRules";

export const DEPLOYMENT_LINKS_FILE = "data/timelines/deployment-links.json";

const linkRuleSchema = z.object({
  name: z.string().min(1),
  deployments: z.array(z.string().regex(/^[a-z0-9-]+\*?$/)).min(1),
  places: z.array(z.string().min(1)).min(1),
  quoteIncludesAny: z.array(z.string().min(1)).optional(),
  quoteIncludesAll: z.array(z.string().min(1)).optional(),
});

const linksFileSchema = z.object({
  deploymentWords: z.array(z.string().min(1)).min(1),
  rules: z.array(linkRuleSchema),
});

export type DeploymentLinkRules = z.infer<typeof linksFileSchema>;
export type DeploymentLinkRule = z.infer<typeof linkRuleSchema>;

export function parseDeploymentLinkRules(text: string): { rules: DeploymentLinkRules | null; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { rules: null, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = linksFileSchema.safeParse(json);
  if (!parsed.success) return { rules: null, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  return { rules: parsed.data, problems: [] };
}

export interface LinkableDeployment {
  id: number;
  slug: string;
  hostCode: string;
  regionCode: string | null;
  startYear: number;
  endYear: number | null;
}

export interface LinkableFact extends CandidateFact {
  documentId: number;
  start: number;
}

export function slugMatches(pattern: string, slug: string): boolean {
  return pattern.endsWith("*") ? slug.startsWith(pattern.slice(0, -1)) : slug === pattern;
}

/** The rule a deployment follows: the first whose pattern matches, else one built from its region or host. */
export function ruleForDeployment(rules: DeploymentLinkRules, deployment: LinkableDeployment): DeploymentLinkRule {
  const explicit = rules.rules.find((rule) => rule.deployments.some((pattern) => slugMatches(pattern, deployment.slug)));
  return explicit ?? { name: `default: ${deployment.slug}`, deployments: [deployment.slug], places: [deployment.regionCode ?? deployment.hostCode] };
}

/** A fact is about a deployment when it is categorised so or its quote uses a deployment word. */
export function isDeploymentFact(fact: CandidateFact, deploymentWords: readonly string[]): boolean {
  return fact.category === "military_deployment" || deploymentWords.some((word) => fact.quote.includes(word));
}

export function isActiveIn(deployment: Pick<LinkableDeployment, "startYear" | "endYear">, year: number): boolean {
  return deployment.startYear <= year && (deployment.endYear === null || year <= deployment.endYear);
}

export interface DeploymentLink {
  deploymentId: number;
  factId: number;
}

/**
 * The links between deployments and facts. One sentence can yield several facts for the same
 * year (one per place it names); a deployment keeps one of them per sentence and year, preferring
 * the fact at its region, then the lowest id.
 */
export function linkDeploymentFacts(rules: DeploymentLinkRules, deployments: readonly LinkableDeployment[], facts: readonly LinkableFact[]): DeploymentLink[] {
  const deploymentFacts = facts.filter((fact) => isDeploymentFact(fact, rules.deploymentWords));
  const links: DeploymentLink[] = [];
  for (const deployment of deployments) {
    const rule = ruleForDeployment(rules, deployment);
    const chosen = new Map<string, LinkableFact>();
    for (const fact of deploymentFacts) {
      if (!rule.places.includes(fact.placeCode) || !isActiveIn(deployment, fact.year) || !quoteMatches(fact.quote, rule)) continue;
      const key = `${fact.documentId}:${fact.start}:${fact.year}`;
      const current = chosen.get(key);
      if (!current || preferred(fact, current, deployment)) chosen.set(key, fact);
    }
    for (const fact of [...chosen.values()].sort((a, b) => a.id - b.id)) links.push({ deploymentId: deployment.id, factId: fact.id });
  }
  return links;
}

function preferred(candidate: LinkableFact, current: LinkableFact, deployment: LinkableDeployment): boolean {
  const atRegion = (fact: LinkableFact) => deployment.regionCode !== null && fact.placeCode === deployment.regionCode;
  if (atRegion(candidate) !== atRegion(current)) return atRegion(candidate);
  return candidate.id < current.id;
}
