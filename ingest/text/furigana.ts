// PDF extraction interleaves ruby readings with the kanji they gloss, each on its own line:
// "国\n\nくなしり\n\n後島" is 国後島, "歯\nはぼ\n\n舞" is 歯舞. A reading line is all hiragana,
// short, and sits between a line ending in a kanji and a line starting with one; the lines around
// it are joined with nothing in between, whatever blank lines the extraction put there.
import { isKanji } from "./characters";
import type { Line } from "./lines";
import type { RemovedSpan } from "./types";

const MAX_READING_LENGTH = 8;
const isReading = (text: string) => text.length > 0 && text.length <= MAX_READING_LENGTH && /^[\u3041-\u309f]+$/.test(text);

function nextNonBlank(lines: Line[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.text === "") index += 1;
  return index;
}

export function removeInterleavedFurigana(lines: Line[], removed: RemovedSpan[]): Line[] {
  const out: Line[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const previous = out.at(-1);
    const glued = previous && previous.text !== "" ? previous : undefined;
    if (glued && isKanji(glued.text.at(-1)) && isReading(line.text)) {
      const after = nextNonBlank(lines, index + 1);
      const following = lines[after];
      if (following && isKanji(following.text[0])) {
        removed.push({ reason: "furigana", text: line.text, line: line.lineNo });
        out[out.length - 1] = { text: glued.text + following.text, lineNo: glued.lineNo };
        index = after + 1;
        continue;
      }
    }
    // a reading separated from its kanji by a blank line: drop the blank lines before it too
    if (line.text === "" && glued && isKanji(glued.text.at(-1))) {
      const candidate = nextNonBlank(lines, index);
      if (candidate < lines.length && isReading(lines[candidate]!.text)) {
        const after = nextNonBlank(lines, candidate + 1);
        const following = lines[after];
        if (following && isKanji(following.text[0])) {
          removed.push({ reason: "furigana", text: lines[candidate]!.text, line: lines[candidate]!.lineNo });
          out[out.length - 1] = { text: glued.text + following.text, lineNo: glued.lineNo };
          index = after + 1;
          continue;
        }
      }
    }
    out.push(line);
    index += 1;
  }
  return out;
}
