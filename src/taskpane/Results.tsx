/**
 * What the funnel is worth: the three big figures, where the data puts the revenue, the overall
 * conversion, the advice (every step tied for the most per extra point is named), and a card of figures
 * per step (with when its change will show). While the form holds edits that are not written yet, all of
 * it is marked as out of date.
 */
import { mergeClasses } from "@fluentui/react-components";
import type { SheetComparison } from "../sheet/funnel-rows";
import type { FunnelForecast } from "../funnel/types";
import { fill, joinList, type Formatters, type PaneStrings } from "../i18n";
import type { MetricsStrings } from "../i18n/metrics-types";
import { stepMoneyCells, thinDataNote } from "./step-figures";
import { Notice } from "./Notice";
import { useStyles } from "./styles";
import { CycleResults, RangeNote, StepMeasureNote } from "./MetricsNotes";
import { MoneyResults } from "./MoneyResults";

interface Props {
  forecast: FunnelForecast;
  strings: PaneStrings;
  /** The pane's language's sentences on the range, measuring and the cycle (LanguagePack.metrics). */
  metrics: MetricsStrings;
  /** The funnel's closed periods (their labels name quarters, half years or months). */
  periods: readonly string[];
  format: Formatters;
  /** The form was edited since these figures were computed. */
  stale: boolean;
  /** The sheet's comparison with a closed period (its change per step), when it has one. */
  comparison: SheetComparison | null;
}

/** "▲ +0.5 pts", "▼ −2.9 pts" or "no change" for a change in conversion (0.005 = half a point). */
export function pointsText(change: number, strings: PaneStrings, format: Formatters): string {
  if (Math.abs(change) < 0.0005) return strings.pointsSame;
  return fill(change > 0 ? strings.pointsUp : strings.pointsDown, { points: format.points(Math.abs(change)) });
}

/** The advice: the step (or every step tied) where one more point of conversion is worth most. */
export function advice(forecast: FunnelForecast, strings: PaneStrings, format: Formatters): string {
  const best = forecast.bottleneckIndexes.map((i) => forecast.steps[i]).filter((s) => s !== undefined);
  const amount = best[0]?.revenuePerPoint;
  if (amount === undefined || amount === null) return strings.noBottleneck;
  if (best.length === 1)
    return fill(strings.bottleneckSentence, { step: best[0]?.name ?? "", amount: format.money(amount) });
  return fill(strings.bottleneckTie, {
    steps: joinList(
      best.map((s) => s.name),
      strings.listAnd,
    ),
    amount: format.money(amount),
  });
}

export function Results({ forecast, strings, metrics, periods, format, stale, comparison }: Props) {
  const styles = useStyles();
  const extraClass = forecast.extraRevenue < 0 ? styles.loss : styles.extra;
  const top = new Set(forecast.bottleneckIndexes);
  const [overallNow, overallForecast] = format.percentPair(
    forecast.overallConversion,
    forecast.forecastOverallConversion,
  );
  const figures = [
    { label: strings.revenueNow, value: format.money(forecast.revenue), testId: "revenue", extra: undefined },
    {
      label: strings.forecastRevenue,
      value: format.money(forecast.forecastRevenue),
      testId: "forecast-revenue",
      extra: undefined,
    },
    {
      label: strings.extraRevenue,
      value: `${forecast.extraRevenue > 0.005 ? "+" : ""}${format.money(forecast.extraRevenue)}`,
      testId: "extra-revenue",
      extra: extraClass,
    },
  ];
  return (
    <section className={styles.section} aria-labelledby="results-title" data-testid="results" data-stale={stale}>
      <h2 id="results-title" className={styles.sectionTitle}>
        {strings.resultsHeading}
      </h2>
      {stale && <Notice intent="warning" title={strings.stale} testId="stale" />}
      <div className={mergeClasses(styles.section, stale ? styles.stale : undefined)}>
        <div className={styles.figures}>
          {figures.map((figure) => (
            <div key={figure.testId} className={styles.figure}>
              <span className={styles.figureLabel}>{figure.label}</span>
              <span className={mergeClasses(styles.figureValue, figure.extra)} data-testid={figure.testId}>
                {figure.value}
              </span>
            </div>
          ))}
        </div>
        <RangeNote forecast={forecast} strings={metrics} format={format} periods={periods} />
        <span className={styles.subtle} data-testid="overall">
          {fill(strings.overall, { now: overallNow, forecast: overallForecast })}
        </span>
        <p style={{ margin: 0 }} data-testid="bottleneck-sentence">
          {advice(forecast, strings, format)}
        </p>
        <MoneyResults forecast={forecast} strings={strings} format={format} />
        <CycleResults forecast={forecast} strings={metrics} format={format} />
        <h3 className={styles.sectionTitle} style={{ fontSize: "inherit" }}>
          {strings.perStepHeading}
        </h3>
        <ul className={styles.cards} data-testid="per-step">
          {forecast.steps.map((step, i) => {
            const [conversionNow, conversionForecast] = format.percentPair(step.conversion, step.forecastConversion);
            const cells = [
              {
                label: strings.conversion,
                value: step.conversion === null ? "–" : `${conversionNow} → ${conversionForecast}`,
              },
              {
                label: strings.forecastResult,
                value: `${format.count(step.result)} → ${format.count(step.forecastResult)}`,
              },
              { label: strings.extraAlone, value: format.money(step.extraRevenueAlone) },
              {
                label: strings.perPoint,
                value: step.revenuePerPoint === null ? "–" : format.money(step.revenuePerPoint),
              },
              ...stepMoneyCells(step, strings, format),
            ];
            const change = comparison?.changes[i] ?? null;
            if (comparison !== null && i > 0) {
              cells.push({
                label: fill(strings.changeSince, { period: comparison.period }),
                value: change === null ? "–" : pointsText(change, strings, format),
              });
            }
            const thin = i === 0 ? null : thinDataNote(step, forecast.steps[i - 1]?.result ?? 0, strings, format);
            return (
              <li
                key={i}
                className={mergeClasses(styles.card, top.has(i) ? styles.bottleneckRow : undefined)}
                data-testid="step-card"
                data-bottleneck={top.has(i)}
              >
                <span className={styles.cardTitle}>
                  {step.name}
                  {top.has(i) && <span className={styles.badge}>{strings.bottleneckBadge}</span>}
                </span>
                <dl className={styles.cardFigures}>
                  {cells.map((cell) => (
                    <div key={cell.label} className={styles.cardFigure}>
                      <dt className={styles.cardLabel}>{cell.label}</dt>
                      <dd className={styles.cardValue}>{cell.value}</dd>
                    </div>
                  ))}
                </dl>
                {thin !== null && (
                  <span className={styles.thinNote} data-testid="thin-data">
                    {thin}
                  </span>
                )}
                {step.periodsToMeasure !== null && (
                  <StepMeasureNote step={step} strings={metrics} format={format} periods={periods} />
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
