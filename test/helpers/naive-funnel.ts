/**
 * An independent reference for the funnel numbers, written straight from DESIGN.md "The numbers":
 * every "recompute the funnel with only step i changed" really re-runs the whole cascade (O(n²)).
 * It shares no code with src/funnel, so agreement between the two means something.
 */
export interface NaiveStep {
  result: number;
  improvement: number;
}

export interface NaiveFunnel {
  steps: NaiveStep[];
  value: number;
  mode: "relative" | "points";
}

export interface NaiveOutcome {
  conversion: (number | null)[];
  forecastConversion: (number | null)[];
  forecastResult: number[];
  extraAlone: number[];
  perPoint: (number | null)[];
  revenue: number;
  forecastRevenue: number;
  overall: number | null;
  forecastOverall: number | null;
}

/** Runs the cascade: first volume, then each step's conversion (null counts as 0). */
function cascade(first: number, conversions: (number | null)[]): number[] {
  const out: number[] = [first];
  for (let i = 1; i < conversions.length; i++) {
    out.push(out[i - 1]! * (conversions[i] ?? 0));
  }
  return out;
}

function improve(c: number, d: number, mode: "relative" | "points"): number {
  if (mode === "points") return Math.max(0, Math.min(1, c + d));
  return Math.min(1, c * (1 + d));
}

export function naiveForecast(funnel: NaiveFunnel): NaiveOutcome {
  const r = funnel.steps.map((s) => s.result);
  const d = funnel.steps.map((s) => s.improvement);
  const n = r.length;
  const conversion = r.map((x, i) => (i === 0 ? null : r[i - 1]! === 0 ? null : x / r[i - 1]!));
  const improvedAll = conversion.map((c, i) => (c === null ? null : improve(c, d[i]!, funnel.mode)));
  const forecastResult = cascade(r[0]! * (1 + d[0]!), improvedAll);
  const revenue = r[n - 1]! * funnel.value;
  const forecastRevenue = forecastResult[n - 1]! * funnel.value;

  const extraAlone = r.map((_, i) => {
    const conv = conversion.map((c, j) => (j === i && c !== null ? improve(c, d[j]!, funnel.mode) : c));
    const first = i === 0 ? r[0]! * (1 + d[0]!) : r[0]!;
    return cascade(first, conv)[n - 1]! * funnel.value - revenue;
  });
  const perPoint = r.map((_, i) => {
    if (i === 0 || conversion[i] === null) return null;
    const conv = conversion.map((c, j) => (j === i ? Math.min(1, c! + 0.01) : c));
    return cascade(r[0]!, conv)[n - 1]! * funnel.value - revenue;
  });
  return {
    conversion,
    forecastConversion: improvedAll,
    forecastResult,
    extraAlone,
    perPoint,
    revenue,
    forecastRevenue,
    overall: r[0]! === 0 ? null : r[n - 1]! / r[0]!,
    forecastOverall: forecastResult[0]! === 0 ? null : forecastResult[n - 1]! / forecastResult[0]!,
  };
}
