import { mergeClasses } from "@fluentui/react-components";
import type { FunnelForecast } from "../funnel/types";
import { fill, type Formatters, type PaneStrings } from "../i18n";
import { useStyles } from "./styles";

interface Props {
  forecast: FunnelForecast;
  strings: PaneStrings;
  format: Formatters;
}

export function Results({ forecast, strings, format }: Props) {
  const styles = useStyles();
  const bottleneck = forecast.bottleneckIndex === null ? null : forecast.steps[forecast.bottleneckIndex];
  const extraClass = forecast.extraRevenue < 0 ? styles.loss : styles.extra;
  return (
    <section className={styles.section} aria-labelledby="results-title" data-testid="results">
      <h2 id="results-title" className={styles.sectionTitle}>
        {strings.resultsHeading}
      </h2>
      <div className={styles.figures}>
        {[
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
        ].map((figure) => (
          <div key={figure.testId} className={styles.figure}>
            <span className={styles.figureLabel}>{figure.label}</span>
            <span className={mergeClasses(styles.figureValue, figure.extra)} data-testid={figure.testId}>
              {figure.value}
            </span>
          </div>
        ))}
      </div>
      <span className={styles.subtle} data-testid="overall">
        {fill(strings.overall, {
          now: format.percent(forecast.overallConversion),
          forecast: format.percent(forecast.forecastOverallConversion),
        })}
      </span>
      <p style={{ margin: 0 }} data-testid="bottleneck-sentence">
        {bottleneck !== null && bottleneck !== undefined && bottleneck.revenuePerPoint !== null
          ? fill(strings.bottleneckSentence, {
              step: bottleneck.name,
              amount: format.money(bottleneck.revenuePerPoint),
            })
          : strings.noBottleneck}
      </p>
      <h3 className={styles.sectionTitle} style={{ fontSize: "inherit" }}>
        {strings.perStepHeading}
      </h3>
      <table className={styles.table} data-testid="per-step">
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.thName)}>
              {strings.stepColumn}
            </th>
            <th scope="col" className={styles.th}>
              {strings.conversion}
            </th>
            <th scope="col" className={styles.th}>
              {strings.forecastResult}
            </th>
            <th scope="col" className={styles.th}>
              {strings.extraAlone}
            </th>
            <th scope="col" className={styles.th}>
              {strings.perPoint}
            </th>
          </tr>
        </thead>
        <tbody>
          {forecast.steps.map((step, i) => (
            <tr key={i} className={i === forecast.bottleneckIndex ? styles.bottleneckRow : undefined}>
              <th scope="row" className={mergeClasses(styles.td, styles.tdName)}>
                {step.name}{" "}
                {i === forecast.bottleneckIndex && <span className={styles.badge}>{strings.bottleneckBadge}</span>}
              </th>
              <td className={styles.td}>{format.percent(step.conversion)}</td>
              <td className={styles.td}>{format.decimal(step.forecastResult)}</td>
              <td className={styles.td}>{format.money(step.extraRevenueAlone)}</td>
              <td className={styles.td}>{step.revenuePerPoint === null ? "–" : format.money(step.revenuePerPoint)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
