/**
 * Seeded random draws for simulations that must give the same numbers on every run: a 32-bit PRNG
 * (mulberry32), normal draws (Marsaglia's polar method), gamma draws (Marsaglia and Tsang), and exact
 * binomial draws for large n by Knuth's beta splitting (TAOCP vol. 2, 3.4.1): the a-th smallest of n
 * uniforms is Beta(a, n + 1 − a); whether it falls above or below p tells on which side of it the
 * successes lie, and each side is again a binomial — O(log n) steps instead of n coin tosses.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Gamma(shape, 1) for shape ≥ 1. */
function gamma(shape: number, random: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Successes in n trials of probability p. */
export function binomial(n: number, p: number, random: Random): number {
  let successes = 0;
  let trials = n;
  let chance = p;
  while (trials > 64) {
    if (chance <= 0) return successes;
    if (chance >= 1) return successes + trials;
    const a = 1 + Math.floor(trials / 2);
    const b = trials + 1 - a;
    const ga = gamma(a, random);
    const x = ga / (ga + gamma(b, random));
    if (x >= chance) {
      trials = a - 1;
      chance /= x;
    } else {
      successes += a;
      trials = b - 1;
      chance = (chance - x) / (1 - x);
    }
  }
  for (let i = 0; i < trials; i++) if (random() < chance) successes++;
  return successes;
}
