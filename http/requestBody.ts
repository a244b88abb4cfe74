// Reading a request body with a size limit: a declared Content-Length over the limit is refused
// before anything is read, and a body that grows past it while streaming is cut off. Both are 413.
import { JsonError } from "./jsonError";

export async function readBodyWithLimit(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () =>
    new JsonError(413, `The request body is larger than ${limit} bytes. Larger documents go through \`npm run ingest\`.`, {
      parameter: "body",
      allowed: `at most ${limit} bytes`,
    });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
