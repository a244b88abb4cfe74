// A seeded random source for the synthetic corpora: the same seed gives the same rows on every
// machine (xoroshiro128+ from pure-rand, not Math.random).
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from "pure-rand";

export class SeededRandom {
  private readonly generator: RandomGenerator;

  /** `streams` pick independent sequences from one seed (e.g. one per document). */
  constructor(seed: number, ...streams: number[]) {
    this.generator = xoroshiro128plus(mix([seed, ...streams]));
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.generator);
  }

  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }
}

/** Folds several integers into one 32-bit seed (FNV-1a over their bytes). */
function mix(values: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const value of values) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (value >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash | 0;
}

/** Picks by weight in O(log n): build once, draw many times. */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: readonly { item: T; weight: number }[]) {
    let sum = 0;
    for (const { weight } of items) this.cumulative.push((sum += weight));
    if (items.length === 0 || sum <= 0) throw new Error("a weighted pick needs at least one positive weight");
    this.total = sum;
  }

  pick(random: SeededRandom): T {
    const target = (random.int(0, 999_999_999) / 1_000_000_000) * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!.item;
  }
}
