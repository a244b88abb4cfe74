// The front of `npm start`: the port a person opens. It answers repeated API reads from the
// response cache (http/responseCache.ts, valid while the data version is unchanged) at the speed
// of a bare node:http server, and passes everything else — pages, static files, writes, the
// health check, cache misses — to the Next server behind it on a loopback port, unchanged.
// Next's own per-request cost (a few ms of CPU) is what limited the API under many concurrent
// clients; this is the shared cache in front of Next that docs/SCALING.md called for, kept in the
// launcher's process so `npm start` stays one command.
import http from "node:http";
import { gzipSync } from "node:zlib";
import { matchesEtag } from "../http/cache";
import type { CachedAnswer, ResponseCache } from "../http/responseCache";

export interface FrontServerOptions {
  /** Where Next listens (loopback). */
  upstreamPort: number;
  /** undefined sends every request to Next. */
  cache: ResponseCache | undefined;
  /** Where a request Next did not answer is logged; standard error by default. */
  log?: (line: string) => void;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) and those the front recomputes for the body it sends. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"]);
const RECOMPUTED = new Set(["content-length", "content-encoding"]);
const GZIP_MIN_BYTES = 1024;
const COMPRESSIBLE = /^(application\/(json|geo\+json)|text\/)/i;
/** How long the front keeps an idle connection to Next, and how long Next keeps one (server/nextProcess.ts). */
export const IDLE_SOCKET_MS = 4_000;
export const NEXT_KEEP_ALIVE_MS = 65_000;

export function createFrontServer(options: FrontServerOptions): http.Server {
  // Idle sockets are dropped after IDLE_SOCKET_MS, well before Next would close them (NEXT_KEEP_ALIVE_MS).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128, timeout: IDLE_SOCKET_MS });
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const upstream: Upstream = { host: "127.0.0.1", port: options.upstreamPort, agent, log };

  const server = http.createServer((request, response) => {
    const cache = options.cache;
    if (cache && isCacheableRead(request.method ?? "", request.url ?? "")) {
      serveFromCache(cache, request, response, upstream).catch((error: unknown) => badGateway(upstream, request, response, error));
    } else {
      passThrough(request, response, upstream);
    }
  });
  server.on("close", () => agent.destroy());
  return server;
}

/**
 * A GET of a read-only API route whose URL is plain printable ASCII without dot segments or a
 * fragment, so the cache key (a parsed URL) and the URL Next sees are the same request. Anything
 * unusual — malformed encodings the API must refuse, admin writes, the live health check — goes
 * to Next as it came.
 */
export function isCacheableRead(method: string, url: string): boolean {
  if (method !== "GET") return false;
  if (!/^\/api\/[\x21-\x22\x24-\x7e]*$/.test(url)) return false; // printable ASCII, no '#'
  const path = url.split("?", 1)[0]!;
  if (/\/\.|%2e|\\/i.test(path)) return false;
  return !path.startsWith("/api/admin/") && path !== "/api/health" && !path.startsWith("/api/health/");
}

interface Upstream {
  host: string;
  port: number;
  /** false: a connection of its own, closed after the one request. */
  agent: http.Agent | false;
  log: (line: string) => void;
}

async function serveFromCache(cache: ResponseCache, request: http.IncomingMessage, response: http.ServerResponse, upstream: Upstream): Promise<void> {
  const url = `http://${upstream.host}:${upstream.port}${request.url}`;
  const hit = await cache.lookup(url);
  if (hit) {
    let prepared = preparedHits.get(hit);
    if (!prepared) preparedHits.set(hit, (prepared = prepare(hit, "hit")));
    return writePrepared(request, response, prepared);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === "accept-encoding") continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const answer = await cache.serve(new Request(url, { headers }), (fresh) => fetchUpstream(upstream, request.url!, fresh.headers));
  const body = await answer.arrayBuffer();
  const fresh = { status: answer.status, headers: [...answer.headers.entries()], body, etag: answer.headers.get("etag") };
  writePrepared(request, response, prepare(fresh, null));
}

/** A stored answer made ready to write: its headers as node:http takes them, its gzipped body once asked for. */
interface PreparedAnswer {
  status: number;
  etag: string | null;
  body: Buffer;
  headers: Record<string, string>;
  compressible: boolean;
  gzipped?: { body: Buffer; headers: Record<string, string> };
}

/** One per cached entry, made on its first hit and dropped with it. */
const preparedHits = new WeakMap<CachedAnswer, PreparedAnswer>();

function prepare(answer: CachedAnswer, cacheState: "hit" | null): PreparedAnswer {
  const headers: Record<string, string> = {};
  for (const [name, value] of answer.headers) {
    if (!HOP_BY_HOP.has(name) && !RECOMPUTED.has(name)) headers[name] = value;
  }
  if (cacheState) headers["x-cache"] = cacheState;
  const body = Buffer.from(answer.body);
  const compressible = body.length >= GZIP_MIN_BYTES && answer.etag !== null && COMPRESSIBLE.test(headers["content-type"] ?? "");
  return { status: answer.status, etag: answer.etag, body, headers: { ...headers, "content-length": String(body.length) }, compressible };
}

/** Writes an answer: 304 when the client's If-None-Match names it, gzipped when the client takes gzip. */
function writePrepared(request: http.IncomingMessage, response: http.ServerResponse, answer: PreparedAnswer): void {
  const ifNoneMatch = header(request, "if-none-match");
  if (answer.status === 304 || (answer.status === 200 && answer.etag !== null && ifNoneMatch !== null && matchesEtag(ifNoneMatch, answer.etag))) {
    const { "content-type": _type, "content-disposition": _disposition, "content-length": _length, ...headers } = answer.headers;
    response.writeHead(304, headers);
    response.end();
    return;
  }
  if (answer.compressible && acceptsGzip(request)) {
    answer.gzipped ??= gzippedOf(answer);
    response.writeHead(answer.status, answer.gzipped.headers);
    response.end(answer.gzipped.body);
    return;
  }
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

function gzippedOf(answer: PreparedAnswer): { body: Buffer; headers: Record<string, string> } {
  const body = gzipSync(answer.body, { level: 6 });
  return { body, headers: { ...answer.headers, "content-encoding": "gzip", "content-length": String(body.length) } };
}

function header(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" ? value : null;
}

/**
 * Next closed a kept-alive socket just as the front reused it (Node's documented race between an
 * idle socket's timeout and its reuse): nothing reached Next, so a GET or HEAD may be sent again —
 * on a new connection, since the agent's other idle sockets may have been closed at the same moment.
 */
function isStaleSocket(upstreamRequest: http.ClientRequest, error: NodeJS.ErrnoException): boolean {
  return upstreamRequest.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE");
}

const isBodiless = (method: string | undefined) => method === "GET" || method === "HEAD";

/** One upstream GET without compression (the front compresses what it serves), read whole into a Response. */
function fetchUpstream(upstream: Upstream, url: string, headers: Headers, retried = false): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing: Record<string, string> = { "accept-encoding": "identity" };
    headers.forEach((value, name) => {
      if (name !== "accept-encoding") outgoing[name] = value;
    });
    const upstreamRequest = http.request({ ...connectionOf(upstream), method: "GET", path: url, headers: outgoing }, (upstreamResponse) => {
      const chunks: Buffer[] = [];
      upstreamResponse.on("data", (chunk: Buffer) => chunks.push(chunk));
      upstreamResponse.on("error", reject);
      upstreamResponse.on("end", () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(upstreamResponse.headers)) {
          if (value === undefined || HOP_BY_HOP.has(name)) continue;
          for (const one of Array.isArray(value) ? value : [value]) responseHeaders.append(name, one);
        }
        const status = upstreamResponse.statusCode ?? 502;
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, headers: responseHeaders }));
      });
    });
    upstreamRequest.on("error", (error) => {
      if (!retried && isStaleSocket(upstreamRequest, error)) fetchUpstream(onNewConnection(upstream), url, headers, true).then(resolve, reject);
      else reject(error);
    });
    upstreamRequest.end();
  });
}

function passThrough(request: http.IncomingMessage, response: http.ServerResponse, upstream: Upstream, retried = false): void {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  const upstreamRequest = http.request({ ...connectionOf(upstream), method: request.method, path: request.url, headers }, (upstreamResponse) => {
    const outgoing: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(upstreamResponse.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) outgoing[name] = value;
    }
    response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.statusMessage, outgoing);
    upstreamResponse.pipe(response);
    upstreamResponse.on("error", () => response.destroy());
  });
  // the client went away (a prefetch the browser cancelled): Next's request is dropped on purpose,
  // and the reset that follows is no failure of Next's
  let clientGone = false;
  const abandon = () => {
    clientGone = true;
    upstreamRequest.destroy();
  };
  upstreamRequest.on("error", (error) => {
    if (clientGone) return;
    if (!retried && isBodiless(request.method) && isStaleSocket(upstreamRequest, error)) passThrough(request, response, onNewConnection(upstream), true);
    else badGateway(upstream, request, response, error);
  });
  request.on("aborted", abandon);
  response.on("close", () => {
    if (!response.writableFinished) abandon();
  });
  // a GET or HEAD has no body to stream, and may have to be sent twice
  if (isBodiless(request.method)) upstreamRequest.end();
  else request.pipe(upstreamRequest);
}

function acceptsGzip(request: http.IncomingMessage): boolean {
  const accepted = request.headers["accept-encoding"];
  return typeof accepted === "string" && /\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/i.test(accepted);
}

const connectionOf = ({ host, port, agent }: Upstream) => ({ host, port, agent });
const onNewConnection = (upstream: Upstream): Upstream => ({ ...upstream, agent: false });

/** Next is not answering (still starting, or stopped): say so in the form the client reads, and in the server's log. */
function badGateway(upstream: Upstream, request: http.IncomingMessage, response: http.ServerResponse, error: unknown): void {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const reason = code ?? message ?? String(error);
  upstream.log(`[front] ${request.method} ${request.url}: Next did not answer (${reason})`);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const isApi = (request.url ?? "").startsWith("/api");
  const body = isApi
    ? JSON.stringify({ error: "The app server is not answering; try again in a moment." })
    : "The app server is not answering; try again in a moment.\n";
  response.writeHead(502, {
    "content-type": isApi ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });
  response.end(body);
}
