// A single pass over bytes that says whether they are well-formed UTF-8, and if not, whether the
// only fault is a sequence cut off at the end (a truncated file) or a bad byte somewhere inside.

export interface Utf8Scan {
  valid: boolean;
  multibyteSequences: number; // well-formed sequences of 2–4 bytes seen before the first fault
  firstInvalidOffset?: number;
  truncatedAtEnd: boolean; // the only fault is an incomplete sequence in the last 1–3 bytes
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function secondByteAllowed(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf; // no overlong forms
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f; // no surrogates
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

export function scanUtf8(bytes: Uint8Array, start = 0): Utf8Scan {
  let multibyteSequences = 0;
  let offset = start;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length = sequenceLength(lead);
    if (length === 1) {
      offset += 1;
      continue;
    }
    if (length === 0) return { valid: false, multibyteSequences, firstInvalidOffset: offset, truncatedAtEnd: false };
    for (let k = 1; k < length; k++) {
      const index = offset + k;
      if (index >= bytes.length) return { valid: false, multibyteSequences, firstInvalidOffset: offset, truncatedAtEnd: true };
      const byte = bytes[index]!;
      const ok = k === 1 ? secondByteAllowed(lead, byte) : byte >= 0x80 && byte <= 0xbf;
      if (!ok) return { valid: false, multibyteSequences, firstInvalidOffset: offset, truncatedAtEnd: false };
    }
    multibyteSequences += 1;
    offset += length;
  }
  return { valid: true, multibyteSequences, truncatedAtEnd: false };
}
