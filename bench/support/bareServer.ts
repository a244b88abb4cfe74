// The loopback floor: a bare node:http server in its own process answering each path with bytes
// recorded from the app (same status, content type and body), so a load test against it measures
// the client, the kernel and HTTP alone.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { freePort } from "../../server/ports";

export interface RecordedResponse {
  path: string;
  status: number;
  contentType: string;
  body: string; // base64
}

export interface BareServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const SERVER_SOURCE = `
const http = require("node:http");
const fs = require("node:fs");
const responses = new Map(JSON.parse(fs.readFileSync(process.argv[1], "utf8")).map((r) => [r.path, { ...r, body: Buffer.from(r.body, "base64") }]));
http.createServer((request, response) => {
  const recorded = responses.get(request.url);
  if (!recorded) { response.writeHead(404); response.end(); return; }
  response.writeHead(recorded.status, { "Content-Type": recorded.contentType, "Content-Length": recorded.body.length });
  response.end(recorded.body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => process.stdout.write("ready\\n"));
`;

export async function recordResponses(baseUrl: string, paths: readonly string[]): Promise<RecordedResponse[]> {
  return Promise.all(
    paths.map(async (p) => {
      const response = await fetch(baseUrl + p);
      const body = Buffer.from(await response.arrayBuffer());
      return { path: p, status: response.status, contentType: response.headers.get("content-type") ?? "application/octet-stream", body: body.toString("base64") };
    }),
  );
}

export async function startBareServer(workDir: string, responses: readonly RecordedResponse[]): Promise<BareServer> {
  const file = path.join(workDir, "bare-server-responses.json");
  await writeFile(file, JSON.stringify(responses));
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", SERVER_SOURCE, file, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the bare server exited with ${code}`)));
    child.stdout!.once("data", () => resolve());
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
