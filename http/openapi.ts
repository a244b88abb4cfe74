// The OpenAPI 3.1 description of the API, generated from the same zod schemas the handlers parse
// with (z.toJSONSchema), so a parameter cannot be checked one way and documented another.
import { z } from "zod";
import * as schemas from "./apiSchemas";
import { MAX_UPLOAD_BYTES, uploadMetadataSchema } from "./documentUpload";
import { isOptionalParam, isRepeatable, jsonSchemaOf } from "./query";

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

interface Operation {
  path: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: ObjectSchema;
  query?: ObjectSchema;
  /** Content types of the 200 response, the first being the default. */
  produces?: string[];
  notFound?: boolean;
  notModified?: boolean;
  /** JSON Schema of the JSON 200 body. */
  body?: Record<string, unknown>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const listOf = (name: string) => ({ type: "object", required: ["items"], properties: { items: { type: "array", items: ref(name) } } });
const nullable = (type: string) => ({ type: [type, "null"] });

const COMPONENT_SCHEMAS = {
  Place: {
    type: "object",
    properties: {
      code: { type: "string" }, kind: { type: "string" }, nameEn: { type: "string" }, nameJa: { type: "string" },
      isoA3: nullable("string"), isoN3: nullable("string"), parentCode: nullable("string"), lat: nullable("number"), lon: nullable("number"),
    },
  },
  SourceDocument: {
    type: "object",
    properties: {
      id: { type: "integer" }, title: { type: "string" }, titleEn: nullable("string"), publisher: { type: "string" },
      publisherEn: nullable("string"), publishedOn: { type: "string", format: "date" }, sourceUrl: nullable("string"),
    },
  },
  Fact: {
    type: "object",
    properties: {
      id: { type: "integer" }, placeCode: { type: "string" }, placeNameEn: { type: "string" }, placeNameJa: { type: "string" },
      year: { type: "integer" }, month: nullable("integer"), day: nullable("integer"), precision: { enum: ["day", "month", "year"] },
      dateText: nullable("string"), category: { type: "string" }, quote: { type: "string", description: "verbatim: document text from start to end" },
      start: { type: "integer" }, end: { type: "integer" }, document: ref("SourceDocument"),
    },
  },
  FactPage: {
    type: "object",
    required: ["items", "nextCursor"],
    properties: { items: { type: "array", items: ref("Fact") }, nextCursor: { ...nullable("string"), description: "pass as cursor for the next page; null on the last page" } },
  },
  Deployment: {
    type: "object",
    properties: {
      slug: { type: "string" }, hostCode: { type: "string" }, regionCode: nullable("string"), locationEn: { type: "string" }, locationJa: { type: "string" },
      lat: { type: "number" }, lon: { type: "number" }, unitOrFacility: { type: "string" }, framework: { type: "string" },
      startYear: { type: "integer" }, endYear: { ...nullable("integer"), description: "null: ongoing" }, personnelLow: nullable("integer"),
      personnelHigh: nullable("integer"), personnelAsOf: nullable("integer"), origin: { enum: ["document", "reference"] }, note: { type: "string" },
      sources: {
        type: "array",
        items: { type: "object", properties: { title: { type: "string" }, url: nullable("string"), factId: nullable("integer"), quote: nullable("string"), document: { oneOf: [ref("SourceDocument"), { type: "null" }] } } },
      },
    },
  },
};

const JSON_TYPE = "application/json";
const EXPORTS = [JSON_TYPE, "text/csv", "application/geo+json"];

export const API_OPERATIONS: readonly Operation[] = [
  {
    path: "/api/health",
    tag: "service",
    summary: "Service health: database kind and reachability, migration state, row counts",
    description: "Never cached. 503 with Retry-After while the database is unreachable.",
    notModified: false,
  },
  { path: "/api/places", tag: "places", summary: "List places (countries, special regions, subregions, groups)", query: schemas.placesQuery, body: listOf("Place") },
  {
    path: "/api/places/{code}",
    tag: "places",
    summary: "One place with its names, control by year, group memberships (and members, for a group)",
    description: "With geometry=1 the response adds `geometry`: a GeoJSON FeatureCollection of the outline (one feature per point of view where they differ), or null for groups and subregions.",
    pathParams: schemas.placePath,
    query: schemas.placeQuery,
    notFound: true,
  },
  {
    path: "/api/facts",
    tag: "facts",
    summary: "Facts (place, date, category, verbatim quote) with their source documents",
    description:
      "Filters combine with AND. Pages are in id order: pass the response's nextCursor as cursor for the next page (null on the last). " +
      "group counts a fact when its place belongs to the group in the fact's year. format=csv or geojson exports the rows with document title, publisher and URL; the next page's cursor is then in the X-Next-Cursor header.",
    query: schemas.factsQuery,
    produces: EXPORTS,
    notFound: true,
    body: ref("FactPage"),
  },
  {
    path: "/api/deployments",
    tag: "deployments",
    summary: "Russian and CSTO deployments abroad, optionally those active in a year",
    description: "format=csv or geojson exports each row with its sources (reference citations, or the quoted document).",
    query: schemas.deploymentsQuery,
    produces: EXPORTS,
    notFound: true,
    body: listOf("Deployment"),
  },
  {
    path: "/api/deployments/compare",
    tag: "deployments",
    summary: "Deployments added, ended and changed between two years",
    description:
      "Rows active in `from` and in `to` are paired by slug, then by series: same host state, same special region and same map point (to about 100 m). " +
      "The reference table splits a deployment into one row per period (ukr-crimea-2014-2015, ukr-crimea-2016-2018, …), and those rows share their series. " +
      "A pair that differs in slug, framework, personnel or unit is `changed` (with the list of changes); rows left over are `added` or `ended`.",
    query: schemas.deploymentCompareQuery,
  },
  {
    path: "/api/summaries/{region}",
    tag: "summaries",
    summary: "A region in one year: its places, fact counts per place and category, key events",
    description:
      "Places follow membership by year (for csto: Uzbekistan leaves after 2011, Armenia is listed as suspended from 2024) plus the special regions that belong de jure to a member; " +
      "russia is RUS plus what Russia administers that year (Northern Territories, Crimea from 2014). Key events are that year's facts in date order, undated parts last.",
    pathParams: schemas.summaryPath,
    query: schemas.summaryQuery,
    notFound: true,
  },
  { path: "/api/documents", tag: "documents", summary: "Ingested documents (metadata and fact counts)", query: schemas.documentsQuery },
  {
    path: "/api/documents/{id}",
    tag: "documents",
    summary: "One document: metadata and its normalised text (fact offsets index into it)",
    pathParams: schemas.documentPath,
    query: schemas.emptyQuery,
    notFound: true,
  },
  {
    path: "/api/layers/deployments",
    tag: "map layers",
    summary: "Deployment points as a GeoJSON FeatureCollection (slug, framework, personnel, origin, start/end)",
    query: schemas.deploymentLayerQuery,
    produces: ["application/geo+json"],
  },
  {
    path: "/api/layers/fact-counts",
    tag: "map layers",
    summary: "Fact counts per place, year and category, as rows to join to the map's polygons by place code",
    query: schemas.factCountsQuery,
  },
  { path: "/api/openapi.json", tag: "service", summary: "This OpenAPI 3.1 description" },
];

function parameters(operation: Operation) {
  const fromObject = (schema: ObjectSchema | undefined, location: "path" | "query") =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const json = jsonSchemaOf(field);
      const { description, ...fieldSchema } = json;
      return {
        name,
        in: location,
        required: location === "path" || !isOptionalParam(field),
        ...(description ? { description } : {}),
        schema: fieldSchema,
        ...(isRepeatable(field) ? { style: "form", explode: true } : {}),
      };
    });
  return [...fromObject(operation.pathParams, "path"), ...fromObject(operation.query, "query")];
}

function responses(operation: Operation) {
  const error = (description: string) => ({ description, content: { [JSON_TYPE]: { schema: { $ref: "#/components/schemas/Error" } } } });
  const produces = operation.produces ?? [JSON_TYPE];
  const bodyOf = (type: string) => (type === JSON_TYPE && operation.body ? { schema: operation.body } : {});
  return {
    "200": {
      description: "OK. Cacheable: ETag and Cache-Control (public, max-age=60, stale-while-revalidate=600).",
      content: Object.fromEntries(produces.map((type) => [type, bodyOf(type)])),
    },
    ...(operation.notModified === false ? {} : { "304": { description: "Not Modified: If-None-Match named the current ETag." } }),
    "400": error("A parameter is missing, malformed, out of range, repeated or unknown."),
    ...(operation.notFound ? { "404": error("The place, region or document named does not exist.") } : {}),
    "503": error("The database is not reachable right now; retry after the Retry-After seconds."),
  };
}

/** The one write route: hand-written, since it takes a multipart body rather than query parameters. */
const ADMIN_DOCUMENTS_PATH = {
  post: {
    operationId: "adminIngestDocument",
    tags: ["admin"],
    summary: "Ingest one document (admin token required; the route exists only when ADMIN_TOKEN is set)",
    description:
      "Runs the pipeline of `npm run ingest` (decode UTF-8/Shift_JIS/EUC-JP, normalise, derive facts) and writes the document and its facts in one transaction. " +
      "The same text again is `unchanged`; a changed text under the same slug `replaced`. Without ADMIN_TOKEN in the environment every method answers 404. " +
      `Bodies over ${MAX_UPLOAD_BYTES} bytes answer 413. Every other API route is read-only and answers 405 to POST, PUT, PATCH and DELETE.`,
    security: [{ adminToken: [] }],
    requestBody: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file", "metadata"],
            properties: {
              file: { type: "string", format: "binary", description: "the document's bytes; its file name gives the default slug" },
              metadata: { ...z.toJSONSchema(uploadMetadataSchema, { io: "input", unrepresentable: "any" }), $schema: undefined, description: "JSON: the fields of a data/documents/manifest.json entry, without file" },
            },
          },
        },
      },
    },
    responses: {
      "201": { description: "Created", content: { [JSON_TYPE]: { schema: ref("IngestOutcome") } } },
      "200": { description: "Replaced or unchanged", content: { [JSON_TYPE]: { schema: ref("IngestOutcome") } } },
      "400": { description: "The body, a metadata field or the document itself is not acceptable; nothing was written.", content: { [JSON_TYPE]: { schema: ref("Error") } } },
      "401": { description: "No or a wrong `Authorization: Bearer` token.", content: { [JSON_TYPE]: { schema: ref("Error") } } },
      "404": { description: "ADMIN_TOKEN is not set: the route is off.", content: { [JSON_TYPE]: { schema: ref("Error") } } },
      "413": { description: "The body is over the size limit.", content: { [JSON_TYPE]: { schema: ref("Error") } } },
      "503": { description: "The database is not reachable right now; nothing was written.", content: { [JSON_TYPE]: { schema: ref("Error") } } },
    },
  },
};

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] = {
      get: {
        operationId: operationId(operation.path),
        summary: operation.summary,
        ...(operation.description ? { description: operation.description } : {}),
        tags: [operation.tag],
        parameters: parameters(operation),
        responses: responses(operation),
      },
    };
  }
  paths["/api/admin/documents"] = ADMIN_DOCUMENTS_PATH;
  return {
    openapi: "3.1.0",
    info: {
      title: "Eurasia documents explorer API",
      version: "1.0.0",
      description:
        "What Japanese government documents say about Russia, Central Asia and the Caucasus: places, dated facts with verbatim quotes, deployments, summaries and map layers. " +
        "Every parameter is validated; an invalid one answers 400 with { error, parameter, allowed }. Unknown parameters are refused. " +
        "The API is read-only (POST, PUT, PATCH and DELETE answer 405) except for the admin ingestion route, which exists only when the server has an ADMIN_TOKEN.",
    },
    paths,
    components: {
      securitySchemes: { adminToken: { type: "http", scheme: "bearer", description: "the server's ADMIN_TOKEN" } },
      schemas: {
        ...COMPONENT_SCHEMAS,
        IngestOutcome: {
          type: "object",
          properties: {
            status: { enum: ["created", "replaced", "unchanged"] }, documentId: { type: "integer" }, slug: { type: "string" },
            facts: { type: "integer" }, sentences: { type: "integer" }, factProblems: { type: "integer", description: "sentences naming a place whose date could not be settled" },
          },
        },
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: { type: "string", description: "What is wrong, in words" },
            parameter: { type: ["string", "null"], description: "The parameter at fault" },
            allowed: { description: "What the parameter accepts: a list of values or a short phrase", oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
            value: { description: "The value that named nothing (404)" },
          },
        },
      },
    },
  };
}

function operationId(path: string): string {
  return path
    .replace(/^\/api\//, "")
    .split(/[/.{}-]+/)
    .filter(Boolean)
    .map((part, index) => (index === 0 ? part : part[0]?.toUpperCase() + part.slice(1)))
    .join("");
}
