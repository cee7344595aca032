/**
 * The figures of issues 23 and 24 in the pane: under the revenue, where the data puts it (and whether the
 * hoped-for extra can show at all); on each improved step's card, when its change will show; and a card
 * of the sales cycle and lifetime value. Their sentences come with the pane's language pack.
 */
import type { FunnelForecast, StepForecast } from "../funnel/types";
import { fill, type Formatters } from "../i18n";
import type { MetricsStrings } from "../i18n/metrics-types";
import { measureSentence, rangeSentences, unitOf } from "./metrics-text";
import { Lines, pair, type Line } from "./MoneyResults";
import { useStyles } from "./styles";

interface Common {
  /** The pane's language's sentences (LanguagePack.metrics). */
  strings: MetricsStrings;
  format: Formatters;
  /** The funnel's closed periods, whose labels say whether they are quarters, half years or months. */
  periods: readonly string[];
}

export function RangeNote({ forecast, strings, format, periods }: Common & { forecast: FunnelForecast }) {
  const styles = useStyles();
  const sentences = rangeSentences(forecast, strings, format, unitOf(periods, strings));
  if (sentences.length === 0) return null;
  return (
    <p className={styles.subtle} style={{ margin: 0 }} data-testid="revenue-range">
      {sentences.join(" ")}
    </p>
  );
}

export function StepMeasureNote({ step, strings, format, periods }: Common & { step: StepForecast }) {
  const styles = useStyles();
  const sentence = measureSentence(step, strings, format, unitOf(periods, strings));
  if (sentence === null) return null;
  return (
    <span className={styles.measureNote} data-testid="measure">
      {sentence}
    </span>
  );
}

export function CycleResults({ forecast, strings, format }: Omit<Common, "periods"> & { forecast: FunnelForecast }) {
  const styles = useStyles();
  const { velocity, lifetime } = forecast;
  if (velocity === null && lifetime === null) return null;
  const tenth = (v: number | null) => (v === null ? "–" : format.count(Math.round(v * 10) / 10));
  const lines: Line[] = [];
  if (velocity !== null) {
    // The cycle itself, from the figures it divides (revenue ÷ revenue per day).
    const days =
      velocity.revenuePerDay > 0
        ? forecast.revenue / velocity.revenuePerDay
        : velocity.forecastRevenuePerDay > 0
          ? forecast.forecastRevenue / velocity.forecastRevenuePerDay
          : null;
    lines.push({
      label: fill(strings.revenuePerDay, { days: tenth(days) }),
      value: pair(format.money(velocity.revenuePerDay), format.money(velocity.forecastRevenuePerDay)),
      testId: "revenue-per-day",
    });
  }
  if (lifetime !== null) {
    const ratio = (v: number | null) => (v === null ? "–" : `${tenth(v)}×`);
    lines.push(
      {
        label: strings.customersValue,
        value: pair(format.money(lifetime.customersValue), format.money(lifetime.forecastCustomersValue)),
        testId: "customers-value",
      },
      {
        label: strings.ltvToCac,
        value: pair(ratio(lifetime.ltvToCac), ratio(lifetime.forecastLtvToCac)),
        testId: "ltv-to-cac",
      },
      { label: strings.paybackSales, value: tenth(lifetime.paybackSales), testId: "payback-sales" },
    );
  }
  return (
    <div className={styles.card} data-testid="cycle-results">
      <span className={styles.cardTitle}>{strings.cycleHeading}</span>
      <Lines lines={lines} testId="cycle-lines" />
    </div>
  );
}
