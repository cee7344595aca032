/**
 * How sure a conversion is: the Wilson score interval for x successes out of n trials. It stays inside
 * 0..1 and behaves at 0 % and 100 %, where the textbook p ± z·√(p(1−p)/n) collapses to a single point.
 * The sheet computes the same expression (plan-money.ts), in the same order.
 */

/** z for a two-sided 95 % interval: the standard normal's 97.5th percentile. */
export const Z_95 = 1.959963984540054;

/** Intervals wider than this (high − low) get the `thin-data` warning. */
export const THIN_DATA_WIDTH = 0.2;

export interface Interval {
  low: number;
  high: number;
}

/** The Wilson interval; null unless both counts are whole, n > 0 and 0 ≤ x ≤ n. */
export function wilsonInterval(x: number, n: number, z: number = Z_95): Interval | null {
  if (!Number.isInteger(x) || !Number.isInteger(n) || n <= 0 || x < 0 || x > n) return null;
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  // Clamped: at p = 0 or 1 rounding can put an end a hair outside 0..1.
  return { low: Math.max(0, (centre - spread) / scale), high: Math.min(1, (centre + spread) / scale) };
}
