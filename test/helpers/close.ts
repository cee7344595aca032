/**
 * Number comparison for results computed along different paths (engine, spreadsheet engines).
 * Relative difference ≤ 1e-9, measured against the larger of the two values and a scale for
 * quantities that are mathematically zero but arrive as 1e-13 after a different order of operations.
 */
export function relativeDifference(actual: number, expected: number, scale = 1): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(actual), Math.abs(expected), Math.abs(scale));
}

export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  label: string,
  scale = 1,
): void {
  if (expected === null) {
    if (actual !== null) throw new Error(`${label}: expected no value (null), got ${String(actual)}`);
    return;
  }
  if (typeof actual !== "number" || Number.isNaN(actual)) {
    throw new Error(`${label}: expected ${expected}, got ${String(actual)}`);
  }
  const diff = relativeDifference(actual, expected, scale);
  if (diff > 1e-9) throw new Error(`${label}: expected ${expected}, got ${actual} (relative difference ${diff})`);
}
