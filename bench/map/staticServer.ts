// A small static file server for the bench's bare MapLibre page: URL prefixes map to folders,
// compressible files are gzipped when the browser accepts it (as Next serves public/), and every
// response says its length so the browser's byte counts are exact.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".geojson"]);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `routes` (URL prefix → folder, longest prefix first) on a free port of 127.0.0.1. */
export async function serveStatic(routes: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    const root = prefix === undefined ? undefined : routes[prefix];
    const relative = prefix === undefined ? "" : pathname.slice(prefix.length) || "index.html";
    const file = root === undefined ? null : path.resolve(root, relative);
    if (file === null || root === undefined || !file.startsWith(path.resolve(root) + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    void send(file, request.headers["accept-encoding"] ?? "", response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function send(file: string, acceptEncoding: string, response: http.ServerResponse) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  const extension = path.extname(file);
  const headers = { "Content-Type": TYPES[extension] ?? "application/octet-stream", "Cache-Control": "no-store" };
  if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(acceptEncoding)) {
    const body = gzipSync(await readFile(file));
    response.writeHead(200, { ...headers, "Content-Encoding": "gzip", "Content-Length": body.length, Vary: "Accept-Encoding" }).end(body);
    return;
  }
  response.writeHead(200, { ...headers, "Content-Length": info.size });
  createReadStream(file).pipe(response);
}
