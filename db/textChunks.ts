// A long text in pieces for encoders and writers (hashing, JSON output, the stored text's rows)
// that would otherwise make one copy of the whole text. Pieces never split a surrogate pair, so
// each encodes exactly as its part of the whole would.
export const TEXT_CHUNK_LENGTH = 1 << 20;

export function* textChunks(text: string, length = TEXT_CHUNK_LENGTH): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
