// Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
// pass over the text, so the cost is linear in the text length whatever the number of names.
// Characters go through a one-to-one fold (full-width ASCII to ASCII, and so on) on both sides,
// so offsets into the original text stay valid.

export interface PatternHit<T> {
  start: number;
  end: number;
  value: T;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Index into `outputs` of the values ending here, or -1. */
  output: number;
  /** Nearest node on the fail chain that has an output, or -1. */
  dictLink: number;
}

export type CodeUnitFold = (codeUnit: number) => number;

export class PatternMatcher<T> {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, output: -1, dictLink: -1 }];
  private readonly outputs: { length: number; values: T[] }[] = [];
  /** Code units (after folding) that occur in some pattern; any other one sends the scan to the root. */
  private readonly usedCodeUnits = new Uint8Array(0x10000);

  constructor(
    patterns: Iterable<readonly [string, T]>,
    private readonly fold: CodeUnitFold = (c) => c,
  ) {
    for (const [pattern, value] of patterns) this.insert(pattern, value);
    this.link();
  }

  private node(index: number): Node {
    const node = this.nodes[index];
    if (!node) throw new Error(`no node ${index}`);
    return node;
  }

  private insert(pattern: string, value: T): void {
    if (pattern.length === 0) return;
    let current = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = this.fold(pattern.charCodeAt(i));
      this.usedCodeUnits[c] = 1;
      const node = this.node(current);
      let child = node.next.get(c);
      if (child === undefined) {
        child = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, output: -1, dictLink: -1 });
        node.next.set(c, child);
      }
      current = child;
    }
    const end = this.node(current);
    if (end.output === -1) {
      end.output = this.outputs.length;
      this.outputs.push({ length: pattern.length, values: [] });
    }
    this.outputs[end.output]?.values.push(value);
  }

  /** Breadth-first: fail links, then dictionary links to the nearest node with an output. */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.node(0).next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const index = queue[head] as number;
      const node = this.node(index);
      for (const [c, child] of node.next) {
        let fail = node.fail;
        while (fail !== 0 && !this.node(fail).next.has(c)) fail = this.node(fail).fail;
        const target = this.node(fail).next.get(c);
        const childNode = this.node(child);
        childNode.fail = target !== undefined && target !== child ? target : 0;
        const failNode = this.node(childNode.fail);
        childNode.dictLink = failNode.output !== -1 ? childNode.fail : failNode.dictLink;
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern, in order of end position. */
  findAll(text: string): PatternHit<T>[] {
    const hits: PatternHit<T>[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = this.fold(text.charCodeAt(i));
      if (this.usedCodeUnits[c] === 0) {
        state = 0;
        continue;
      }
      let next = this.node(state).next.get(c);
      while (next === undefined && state !== 0) {
        state = this.node(state).fail;
        next = this.node(state).next.get(c);
      }
      state = next ?? 0;
      for (let at = this.node(state).output !== -1 ? state : this.node(state).dictLink; at !== -1; at = this.node(at).dictLink) {
        const output = this.outputs[this.node(at).output];
        if (!output) continue;
        for (const value of output.values) hits.push({ start: i + 1 - output.length, end: i + 1, value });
      }
    }
    return hits;
  }
}
