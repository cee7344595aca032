/**
 * What to suggest for an improvement that looks mistyped (over 100 %). `likely` is the value most likely
 * meant (the typed value without its slip: a hundredth in a sheet's cell, a tenth in the pane); where
 * that is itself over 100 %, or would push the step's forecast conversion past 100 % (where the forecast
 * caps it, so the suggestion would mislead in turn), a tenth of it, and so on: the first value that the
 * forecast would use as it is.
 */
import type { ImprovementMode } from "./types";

/** Divisions by ten tried before giving up on an uncapped value (a conversion of 100 % caps any gain). */
const TRIES = 6;

/** True where the step's forecast conversion stays within 100 % with `improvement`. */
function uncapped(improvement: number, conversion: number | null, mode: ImprovementMode): boolean {
  if (conversion === null) return true;
  const forecast = mode === "points" ? conversion + improvement : conversion * (1 + improvement);
  return forecast <= 1 + 1e-12;
}

/**
 * `conversion`: the step's conversion now (null for the first step, a volume, or where it is not known);
 * `mode`: how an improvement applies to it. Where no value fits (a step already converting 100 %),
 * the first value of 100 % or less.
 */
export function uncappedSuggestion(likely: number, conversion: number | null, mode: ImprovementMode): number {
  let fallback: number | null = null;
  for (let k = 0; k <= TRIES; k++) {
    const candidate = likely / 10 ** k;
    if (candidate > 1) continue;
    fallback ??= candidate;
    if (uncapped(candidate, conversion, mode)) return candidate;
  }
  return fallback ?? likely / 10 ** TRIES;
}
