/**
 * What the costs and target say: cost per sale, profit and return now → forecast, the return on the
 * improvement, the break-even; what the target asks (sales, leads now and with the improvements). Loaded
 * with the metrics chunk when figures are first shown (Results.tsx); the per-step figures of the costs
 * and target are in step-figures.ts.
 */
import type { FunnelForecast } from "../funnel/types";
import { fill, type Formatters, type PaneStrings } from "../i18n";
import { useStyles } from "./styles";

interface Props {
  forecast: FunnelForecast;
  strings: PaneStrings;
  format: Formatters;
}

export interface Line {
  label: string;
  value: string;
  testId: string;
}

/** "1,000 → 1,200", or one figure where both are the same. */
export function pair(now: string, forecast: string): string {
  return now === forecast ? now : `${now} → ${forecast}`;
}

/** A card's figures, each labelled, with test ids for the list and each value. */
export function Lines({ lines, testId }: { lines: Line[]; testId: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.cardFigures} data-testid={testId}>
      {lines.map((line) => (
        <div key={line.testId} className={styles.cardFigure}>
          <dt className={styles.cardLabel}>{line.label}</dt>
          <dd className={styles.cardValue} data-testid={line.testId}>
            {line.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function MoneyResults({ forecast, strings, format }: Props) {
  const styles = useStyles();
  const { money } = forecast;
  const goal = forecast.target;
  if (money === null && goal === null) return null;
  const count = (v: number | null) => (v === null ? "–" : format.count(Math.round(v * 10) / 10));
  return (
    <>
      {money !== null && (
        <div className={styles.card} data-testid="money-results">
          <span className={styles.cardTitle}>{strings.moneyResultsHeading}</span>
          <Lines
            testId="money-lines"
            lines={[
              {
                label: strings.costPerSale,
                value: pair(format.unitMoney(money.costPerSale), format.unitMoney(money.forecastCostPerSale)),
                testId: "cost-per-sale",
              },
              {
                label: strings.profit,
                value: pair(format.money(money.profit), format.money(money.forecastProfit)),
                testId: "profit",
              },
              {
                label: strings.roi,
                value: pair(format.percent(money.roi), format.percent(money.forecastRoi)),
                testId: "roi",
              },
              { label: strings.improvementRoi, value: format.percent(money.improvementRoi), testId: "improvement-roi" },
              { label: strings.breakEven, value: count(money.breakEvenSales), testId: "break-even" },
            ]}
          />
        </div>
      )}
      {goal !== null && (
        <div className={styles.card} data-testid="target-results">
          <span className={styles.cardTitle}>
            {fill(strings.targetHeading, { target: format.money(goal.revenueTarget) })}
          </span>
          <Lines
            testId="target-lines"
            lines={[
              { label: strings.salesNeeded, value: count(goal.salesNeeded), testId: "sales-needed" },
              {
                label: strings.leadsNeeded,
                value: pair(count(goal.leadsNeeded), count(goal.leadsNeededForecast)),
                testId: "leads-needed",
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
