// Newline-delimited JSON-RPC 2.0 over stdin/stdout, the way the Prisma CLI talks to its schema
// engine: one request or response per line. Nothing here knows what the methods do.
import readline from "node:readline";

/**
 * Answers each request line on `input` with `handle(method, params, peer)` and writes the response
 * on `output`, one request at a time. `peer.request(method, params)` sends a request the other
 * way (the CLI answers `print`). Resolves when `input` ends and every request has been answered.
 *
 * @param {{
 *   input: NodeJS.ReadableStream,
 *   output: NodeJS.WritableStream,
 *   handle: (method: string, params: unknown, peer: Peer) => Promise<unknown>,
 *   toError: (error: unknown) => RpcError,
 * }} options
 * @typedef {{ request: (method: string, params: unknown) => Promise<unknown> }} Peer
 * @typedef {{ code: number, message: string, data?: unknown }} RpcError
 */
export async function serveJsonRpc({ input, output, handle, toError }) {
  const send = (message) => output.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
  const pendingOutgoing = new Map();
  let nextOutgoingId = 1;
  const peer = {
    request(method, params) {
      const id = `engine-${nextOutgoingId++}`;
      return new Promise((resolve, reject) => {
        pendingOutgoing.set(id, { resolve, reject });
        send({ id, method, params });
      });
    },
  };

  // Requests are answered one at a time (the engine is not re-entrant), but reading goes on while
  // one runs, so the answer to a request we sent (print) can arrive.
  let queue = Promise.resolve();
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      continue;
    }
    if (message.method === undefined) {
      settleOutgoing(pendingOutgoing, message);
      continue;
    }
    const { id, method, params } = message;
    queue = queue.then(() =>
      handle(method, params, peer).then(
        (result) => send({ id, result: result ?? null }),
        (error) => send({ id, error: toError(error) }),
      ),
    );
  }
  await queue;
}

function settleOutgoing(pending, response) {
  const waiter = pending.get(response.id);
  if (!waiter) return;
  pending.delete(response.id);
  if (response.error) waiter.reject(new Error(response.error.message ?? "request failed"));
  else waiter.resolve(response.result);
}
