// Start-up step after the documents: links the curated timeline events and the reference
// deployments to the facts that support them. Runs only when the rules, the facts or the
// deployments changed (by hash), and then replaces all links in one transaction.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Db } from "../db/client";
import { loadDatasetOnce } from "../db/datasets";
import { factsForSubjectLinking, referenceDeploymentsForLinking, replaceSubjectLinks, type SubjectLinks } from "../db/timelines";
import { StartupError } from "../server/startupError";
import { duplicateSlugs, parseTimelineFile, readTimelineFiles, type CuratedEvent } from "./curatedEvents";
import { DEPLOYMENT_LINKS_FILE, linkDeploymentFacts, parseDeploymentLinkRules } from "./deploymentLinks";
import { linkEventFacts } from "./matchRules";

export const SUBJECTS_DATASET = "subjects";
const LONG_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export interface SubjectsOutcome {
  loaded: boolean;
  events: number;
  documentEvents: number;
  eventLinks: number;
  deploymentLinks: number;
}

export async function loadSubjects(db: Db, options: { log?: (line: string) => void } = {}): Promise<SubjectsOutcome> {
  const timelineFiles = readTimelineFiles();
  const linksText = readFileSync(DEPLOYMENT_LINKS_FILE, "utf8");
  const { events, linkRules } = parseRules(timelineFiles, linksText);

  return db.$transaction(async (tx) => {
    const facts = await factsForSubjectLinking(tx);
    const deployments = await referenceDeploymentsForLinking(tx);
    const documents = await tx.document.findMany({ select: { id: true, title: true, sourceUrl: true }, orderBy: { id: "asc" } });
    const places = new Set((await tx.place.findMany({ select: { code: true } })).map((p) => p.code));

    const eventFacts = linkEventFacts(events, facts);
    const links = linkDeploymentFacts(linkRules, deployments, facts);
    const subjectLinks = toSubjectLinks(events, eventFacts, links, documents, facts);
    checkPlaces(subjectLinks, places);
    for (const slug of uncitedReferenceEvents(subjectLinks, events)) {
      options.log?.(`Timeline event ${slug}: no document supports it and it has no sourceTitle in data/timelines.`);
    }

    const hash = sha256(JSON.stringify({ timelineFiles, linksText, facts, deployments, documents }));
    const loaded = await loadDatasetOnce(tx, SUBJECTS_DATASET, hash, () => replaceSubjectLinks(tx, subjectLinks));
    const outcome = {
      loaded,
      events: subjectLinks.events.length,
      documentEvents: subjectLinks.events.filter((e) => e.origin === "document").length,
      eventLinks: subjectLinks.events.reduce((sum, e) => sum + e.factIds.length, 0),
      deploymentLinks: subjectLinks.deploymentSources.length,
    };
    if (loaded) {
      options.log?.(`Subjects: ${outcome.events} timeline events (${outcome.documentEvents} backed by documents), ${outcome.eventLinks} event quotes, ${outcome.deploymentLinks} deployment quotes.`);
    }
    return outcome;
  }, LONG_TRANSACTION);
}

function parseRules(timelineFiles: { file: string; text: string }[], linksText: string) {
  const parsed = timelineFiles.map(({ file, text }) => parseTimelineFile(file, text));
  const problems = parsed.flatMap((p) => p.problems.map((q) => `${q.file} ${q.event}: ${q.message}`));
  const events = parsed.flatMap((p) => p.events);
  problems.push(...duplicateSlugs(events).map((slug) => `duplicate event slug ${slug}`));
  const { rules: linkRules, problems: linkProblems } = parseDeploymentLinkRules(linksText);
  problems.push(...linkProblems.map((message) => `${DEPLOYMENT_LINKS_FILE}: ${message}`));
  if (problems.length > 0 || !linkRules) {
    throw new StartupError(`Timeline rules: ${problems[0]} (${problems.length} problem(s)).`, "Fix the files in data/timelines; nothing was linked.");
  }
  return { events, linkRules };
}

function toSubjectLinks(
  events: CuratedEvent[],
  eventFacts: Map<string, number[]>,
  links: { deploymentId: number; factId: number }[],
  documents: { id: number; title: string; sourceUrl: string | null }[],
  facts: { id: number; documentId: number }[],
): SubjectLinks {
  const documentOfFact = new Map(facts.map((fact) => [fact.id, fact.documentId]));
  const documentById = new Map(documents.map((document) => [document.id, document]));
  return {
    events: events.map((event) => {
      const factIds = eventFacts.get(event.slug) ?? [];
      return {
        slug: event.slug,
        subject: event.subject,
        placeCode: event.placeCode,
        year: event.date.year,
        month: event.date.month,
        day: event.date.day,
        precision: event.date.precision,
        kind: event.kind,
        titleEn: event.titleEn,
        titleJa: event.titleJa,
        origin: factIds.length > 0 ? "document" : "reference",
        sourceTitle: factIds.length > 0 ? null : event.citation?.title ?? null,
        sourceUrl: factIds.length > 0 ? null : event.citation?.url ?? null,
        factIds,
      };
    }),
    deploymentSources: links.map(({ deploymentId, factId }) => {
      const document = documentById.get(documentOfFact.get(factId)!)!;
      return { deploymentId, factId, title: document.title, url: document.sourceUrl };
    }),
  };
}

/** Every event's place must exist (the foreign key would fail less clearly). */
function checkPlaces(links: SubjectLinks, places: Set<string>): void {
  const problems = links.events.filter((e) => !places.has(e.placeCode)).map((e) => `${e.slug}: unknown place ${e.placeCode}`);
  if (problems.length > 0) {
    throw new StartupError(`Timeline events: ${problems[0]} (${problems.length} problem(s)).`, "Fix the placeCode in data/timelines.");
  }
}

/** Events no document supports and without a citation: shown as reference data, so they need one. */
export function uncitedReferenceEvents(links: SubjectLinks, events: CuratedEvent[]): string[] {
  const citationOf = new Map(events.map((event) => [event.slug, event.citation]));
  return links.events.filter((e) => e.origin === "reference" && !citationOf.get(e.slug)).map((e) => e.slug);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
