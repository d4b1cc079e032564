/** A seeded generator (mulberry32) so every bulk seed of the same size is the same data. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  /** Picks a key by weight: { NEW: 40, … }. */
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const total = Object.values<number>(weights).reduce((s, w) => s + w, 0);
    let r = next() * total;
    for (const [k, w] of Object.entries<number>(weights)) if ((r -= w) < 0) return k as K;
    return Object.keys(weights)[0] as K;
  };
  return { next, pick, int, weighted };
}
