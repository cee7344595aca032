/**
 * What the costs and target say: cost per sale, profit and return now → forecast, the return on the
 * improvement, the break-even; what the target asks (sales, leads now and with the improvements); and,
 * per step, how sure its conversion is and what it alone would need to reach the target.
 */
import type { FunnelForecast, StepForecast } from "../funnel/types";
import { THIN_DATA_WIDTH } from "../funnel/wilson";
import { fill, type Formatters, type PaneStrings } from "../i18n";
import { useStyles } from "./styles";

interface Props {
  forecast: FunnelForecast;
  strings: PaneStrings;
  format: Formatters;
}

interface Line {
  label: string;
  value: string;
  testId: string;
}

function pair(now: string, forecast: string): string {
  return now === forecast ? now : `${now} → ${forecast}`;
}

function Lines({ lines, testId }: { lines: Line[]; testId: string }) {
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

/** A step card's extra figures: the 95 % range and, with a target, what this step alone would need. */
export function stepMoneyCells(
  step: StepForecast,
  strings: PaneStrings,
  format: Formatters,
): { label: string; value: string }[] {
  const cells: { label: string; value: string }[] = [];
  if (step.conversionLow !== null && step.conversionHigh !== null) {
    cells.push({
      label: strings.range,
      value: `${format.percent(step.conversionLow, 0)}–${format.percent(step.conversionHigh, 0)}`,
    });
  }
  if (step.conversionNeededAlone !== null) {
    const needed = step.conversionNeededAlone;
    cells.push({
      label: strings.neededAlone,
      value: needed > 1 ? strings.notReachable : format.percent(needed),
    });
  }
  if (step.costPerResult !== null) {
    cells.push({ label: strings.costPerResult, value: format.unitMoney(step.costPerResult) });
  }
  return cells;
}

/** "40% of 50 — could be anywhere from 28% to 54%", for a step whose 95 % range is wider than 20 points. */
export function thinDataNote(
  step: StepForecast,
  before: number,
  strings: PaneStrings,
  format: Formatters,
): string | null {
  const { conversion, conversionLow: low, conversionHigh: high } = step;
  if (conversion === null || low === null || high === null || high - low <= THIN_DATA_WIDTH) return null;
  return fill(strings.thinData, {
    conversion: format.percent(conversion, 0),
    base: format.count(before),
    low: format.percent(low, 0),
    high: format.percent(high, 0),
  });
}
