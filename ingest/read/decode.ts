// Bytes of a document → its text and the encoding it was in. UTF-8 (with or without BOM) first,
// because well-formed UTF-8 with multi-byte sequences is practically never legacy Japanese text by
// accident; then Shift_JIS and EUC-JP, validated strictly, with chardet breaking a tie.
import chardet from "chardet";
import { binaryContentProblem } from "./binary";
import { scanUtf8 } from "./utf8Scan";

/** Larger inputs are refused before decoding. 64 MiB leaves room above the 50 MB documents we must take. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export type DocumentEncoding = "utf-8" | "shift_jis" | "euc-jp";
export type DecodeResult = { ok: true; text: string; encoding: DocumentEncoding } | { ok: false; problem: string };

const LEGACY_ENCODINGS = ["shift_jis", "euc-jp"] as const;
const VALIDATION_CHUNK_BYTES = 1024 * 1024;
const CHARDET_SAMPLE_BYTES = 64 * 1024;

/** For a streaming reader: call with the byte count so far (or a file's size) before reading on. */
export function documentSizeProblem(byteLength: number): string | undefined {
  if (byteLength > MAX_DOCUMENT_BYTES) {
    return `document too large: ${byteLength} bytes, the limit is ${MAX_DOCUMENT_BYTES} bytes (MAX_DOCUMENT_BYTES)`;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function unsupportedEncodingProblem(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "unsupported encoding: UTF-16 (byte order mark found); convert the document to UTF-8";
  if (bytes.includes(0x1b)) return "unsupported encoding: ISO-2022-JP escape sequences found; convert the document to UTF-8";
  return undefined;
}

/** Decodes chunk by chunk without keeping the output, so validating costs no copy of the text. */
function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for (let offset = 0; offset < bytes.length; offset += VALIDATION_CHUNK_BYTES) {
      decoder.decode(bytes.subarray(offset, offset + VALIDATION_CHUNK_BYTES), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

function chardetRank(bytes: Uint8Array, encoding: string): number {
  const matches = chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES));
  const index = matches.findIndex((match) => match.name.toLowerCase().replace("-", "_") === encoding.replace("-", "_"));
  return index === -1 ? Number.POSITIVE_INFINITY : index;
}

function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  if (hasBom && text.length === 0) return { ok: false, problem: "empty document (only a byte order mark)" };
  return { ok: true, text, encoding: "utf-8" };
}

function legacyResult(bytes: Uint8Array): DecodeResult {
  const candidates = LEGACY_ENCODINGS.filter((encoding) => decodesCleanly(bytes, encoding));
  if (candidates.length === 0) {
    const cutShort = LEGACY_ENCODINGS.find((encoding) => decodesCleanly(bytes.subarray(0, bytes.length - 1), encoding));
    if (cutShort) return { ok: false, problem: `truncated document: ${cutShort} text ends inside a two-byte character` };
    const guess = chardet.detect(bytes.subarray(0, CHARDET_SAMPLE_BYTES));
    return { ok: false, problem: `unknown or invalid encoding: not valid UTF-8, Shift_JIS or EUC-JP${guess ? ` (chardet guesses ${guess})` : ""}` };
  }
  const chosen = [...candidates].sort((a, b) => chardetRank(bytes, a) - chardetRank(bytes, b))[0]!;
  return { ok: true, text: new TextDecoder(chosen, { fatal: true }).decode(bytes), encoding: chosen };
}

export function decodeDocumentBytes(bytes: Uint8Array): DecodeResult {
  const sizeProblem = documentSizeProblem(bytes.length);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  if (bytes.length === 0) return { ok: false, problem: "empty document (0 bytes)" };
  const unsupported = unsupportedEncodingProblem(bytes);
  if (unsupported) return { ok: false, problem: unsupported };
  const binary = binaryContentProblem(bytes);
  if (binary) return { ok: false, problem: binary };

  const scan = scanUtf8(bytes);
  if (scan.valid) return decodeUtf8(bytes);
  if (scan.truncatedAtEnd) {
    return { ok: false, problem: `truncated document: incomplete UTF-8 sequence at byte ${scan.firstInvalidOffset} of ${bytes.length}` };
  }
  // Plenty of well-formed multi-byte UTF-8 before the fault: a damaged UTF-8 file, not a legacy one.
  if (scan.multibyteSequences >= 8) {
    return { ok: false, problem: `invalid UTF-8: malformed byte sequence at byte ${scan.firstInvalidOffset} after ${scan.multibyteSequences} valid characters` };
  }
  return legacyResult(bytes);
}
