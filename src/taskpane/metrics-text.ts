/**
 * The sentences of how sure the revenue is and when a change will show (issue 23), built from the
 * forecast: pure, so they are tested without React. Amounts are rounded as a person would say them: the
 * range's ends to two digits of its spread ("$29,000–$71,000" for 28,723–70,500), leads to two
 * significant digits ("2,400"), periods to whole ones.
 */
import type { FunnelForecast, StepForecast } from "../funnel/types";
import { periodKind } from "../funnel/period-kind";
import { fill, type Formatters } from "../i18n";
import type { MetricsStrings, PeriodUnit, UnitWords } from "../i18n/metrics-types";

/** The words for the user's periods: quarters, half years or months where the closed ones say so. */
export function unitOf(periods: readonly string[], strings: MetricsStrings): UnitWords {
  const kind: PeriodUnit = periodKind(periods) ?? "period";
  return strings.units[kind];
}

/** `value` rounded to the two leading digits of `spread` (to whole units at the least). */
export function roundToSpread(value: number, spread: number): number {
  const step = spread > 0 ? Math.max(1, 10 ** (Math.floor(Math.log10(spread)) - 1)) : 1;
  return Math.round(value / step) * step;
}

/** Two significant digits from 100 up ("2,400"); below, the next whole number ("11"). */
export function roughCount(value: number): number {
  if (value < 100) return Math.ceil(value);
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** "$29,000–$71,000", kept on one line (word joiners around the dash: a line may break after a dash). */
export function moneyRange(low: string, high: string): string {
  return `${low}\u2060–\u2060${high}`;
}

/**
 * Under the revenue: where the data puts today's revenue and the forecast's, and — when the hoped-for
 * extra revenue is smaller than today's range is wide — that the revenue alone will not show it.
 */
export function rangeSentences(
  forecast: FunnelForecast,
  strings: MetricsStrings,
  format: Formatters,
  unit: UnitWords,
): string[] {
  const { revenueLow: low, revenueHigh: high, forecastRevenueLow: fLow, forecastRevenueHigh: fHigh } = forecast.range;
  if (low === null || high === null) return [];
  const spread = high - low;
  const money = (v: number, width: number) => format.money(roundToSpread(v, width));
  const now = { range: moneyRange(money(low, spread), money(high, spread)), per: unit.per };
  const extra = forecast.forecastRevenue - forecast.revenue;
  const changed = Math.abs(extra) >= 0.005;
  const sentences = [
    fLow === null || fHigh === null || !changed
      ? fill(strings.rangeNowOnly, now)
      : fill(strings.range, {
          ...now,
          forecastRange: moneyRange(money(fLow, fHigh - fLow), money(fHigh, fHigh - fLow)),
        }),
  ];
  if (changed && extra > 0 && extra < spread) {
    sentences.push(fill(strings.rangeTooWide, { extra: format.money(extra), spread: money(spread, spread) }));
  }
  return sentences;
}

/** Per improved step: after how many periods like this one the change shows, or with how many leads in one. */
export function measureSentence(
  step: StepForecast,
  strings: MetricsStrings,
  format: Formatters,
  unit: UnitWords,
): string | null {
  const periods = step.periodsToMeasure;
  if (periods === null) return null;
  if (periods <= 1) return fill(strings.measureWithin, { one: unit.one });
  return fill(strings.measure, {
    count: format.count(Math.max(2, Math.round(periods))),
    many: unit.many,
    one: unit.one,
    leads: step.leadsToMeasure === null ? "–" : format.count(roughCount(step.leadsToMeasure)),
  });
}
