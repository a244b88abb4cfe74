// Signs that bytes are not text at all: NUL bytes, or many C0 control characters other than the
// whitespace a text file uses. Checked on the raw bytes, before any decoding.

const SAMPLE_BYTES = 64 * 1024;
export const MAX_CONTROL_CHARACTER_RATIO = 0.02;

function isTextControl(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x1b; // ESC: ISO-2022-JP
}

/** Returns a problem message if the bytes look binary, otherwise undefined. */
export function binaryContentProblem(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `binary content: NUL byte at offset ${nul}`;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  let controls = 0;
  for (const byte of sample) if ((byte < 0x20 && !isTextControl(byte)) || byte === 0x7f) controls += 1;
  const ratio = sample.length === 0 ? 0 : controls / sample.length;
  if (ratio > MAX_CONTROL_CHARACTER_RATIO) {
    return `binary content: ${(ratio * 100).toFixed(1)}% control characters in the first ${sample.length} bytes`;
  }
  return undefined;
}
