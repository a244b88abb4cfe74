// A paragraph being put together line by line. Lines are kept as parts and joined once, and the
// questions asked after every line (does it end a sentence?) look only at its tail, so building
// a paragraph of n lines costs O(n), however long it gets.
import { isAsciiAlnum } from "./characters";

export type AssembledKind = "body" | "footnote" | "heading";

const SENTENCE_END = /[。！？][」』）)]*$/;
const TAIL_LENGTH = 16;

/** Japanese lines join with nothing in between; two Latin words meeting at the break get a space. */
export function separatorBetween(left: string, right: string): string {
  return isAsciiAlnum(left.at(-1)) && /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? " " : "";
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.length > TAIL_LENGTH ? text.slice(-TAIL_LENGTH) : text);
}

export class ParagraphBuilder {
  private readonly parts: string[];
  private length: number;

  constructor(
    first: string,
    readonly lineNo: number,
    readonly kind: AssembledKind,
  ) {
    this.parts = [first];
    this.length = first.length;
  }

  append(line: string) {
    const part = separatorBetween(this.parts.at(-1)!, line) + line;
    this.parts.push(part);
    this.length += part.length;
  }

  /** The last characters, across parts if the last part is short. */
  tail(): string {
    let tail = "";
    for (let i = this.parts.length - 1; i >= 0 && tail.length < TAIL_LENGTH; i--) tail = this.parts[i]! + tail;
    return tail.slice(-TAIL_LENGTH);
  }

  get ended(): boolean {
    return SENTENCE_END.test(this.tail());
  }

  get size(): number {
    return this.length;
  }

  get text(): string {
    if (this.parts.length > 1) this.parts.splice(0, this.parts.length, this.parts.join(""));
    return this.parts[0]!;
  }
}
