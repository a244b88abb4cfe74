// How many bytes a generated file costs the browser, raw and gzipped (the budget is on gzip).
import { gzipSync } from "node:zlib";

export type ByteSize = { raw: number; gzip: number };

export function byteSize(content: string | Uint8Array): ByteSize {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

export function formatSize({ raw, gzip }: ByteSize): string {
  return `${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`;
}
