/**
 * Seeded randomness for the synthetic corpus: the same seed always gives the same sequence, on every
 * machine and Node version (no Math.random, no locale- or engine-dependent behaviour).
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG with a full 2^32 period, good enough for test data and fully
 * deterministic. `seed` is any integer (taken modulo 2^32).
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes a seed with a stream number, so article i's stream does not depend on how many came before. */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** An integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}

/** True with probability p (0–1). */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** A copy of `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * A Zipf sampler over ranks 0..n-1: rank r is drawn with probability proportional to 1/(r+1)^s.
 * With s ≈ 1 a handful of ranks dominate and a long tail appears rarely, as actors do in news.
 */
export function zipfSampler(n: number, s: number): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, s);
    cumulative.push(total);
  }
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? total) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `count` distinct ranks from a sampler (count must not exceed the sampler's n). */
export function distinctRanks(
  random: Random,
  sample: (random: Random) => number,
  count: number,
): number[] {
  const seen = new Set<number>();
  // A bounded number of tries keeps this total even when the tail is thin.
  for (let tries = 0; seen.size < count && tries < count * 50; tries++) seen.add(sample(random));
  return [...seen];
}

/** `length` lower-case hex digits. */
export function hex(random: Random, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += Math.floor(random() * 16).toString(16);
  return out;
}
