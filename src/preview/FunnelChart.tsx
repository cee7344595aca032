/**
 * Draws the workbook's charts as simple SVG, as Excel would show them: the funnel with its bars
 * centred, the conversion comparison as pairs of bars. Every bar that carries a label shows its value,
 * inside the bar where it fits and beside it where the bar is too narrow, so "16" at the bottom of a
 * funnel of 800 stays readable. Step names wrap within a column of their own (chart-labels.ts), so even
 * a name of 40 characters never runs into a bar; the legend lists the series in the order their bars
 * are drawn, top to bottom.
 */
import type { ChartModel } from "../simulation/browser";
import { labelColumn, textWidth, wrapLabel } from "./chart-labels";

export interface ChartData {
  model: ChartModel;
  categories: string[];
  /** Per series its values; null where a cell is not a number (#N/A, text). */
  series: { name: string; values: (number | null)[]; visible: boolean; labelled: boolean }[];
  /** A value as the chart's data labels show it. */
  format: (value: number) => string;
}

const WIDTH = 360;
/** The names' column: as wide as the longest name, between these bounds; longer names wrap. */
const LABELS = { least: 60, most: 150 };
/** Room right of the plot for a value beside its bar ("100.0%"). */
const VALUE_ROOM = 48;
const GAP = 8;
const BAR = 20;
const LINE = 13;
const COLOURS = ["#0f6cbd", "#3a8a3a"];

function ValueLabel({
  x,
  y,
  barWidth,
  text,
  inside,
}: {
  x: number;
  y: number;
  barWidth: number;
  text: string;
  inside: boolean;
}) {
  const fits = inside && textWidth(text) <= barWidth;
  return (
    <text
      x={fits ? x + barWidth / 2 : x + barWidth + 4}
      y={y + BAR / 2 + 4}
      fontSize="11"
      textAnchor={fits ? "middle" : "start"}
      fill={fits ? "#fff" : "currentColor"}
      data-label={text}
    >
      {text}
    </text>
  );
}

export function FunnelChart({ chart }: { chart: ChartData }) {
  const visible = chart.series.filter((s) => s.visible);
  const funnel = chart.model.chartType === "Funnel" || chart.model.chartType === "BarStacked";
  const max = Math.max(funnel ? 1 : 1e-9, ...visible.flatMap((s) => s.values.map((v) => v ?? 0)));
  const labels = labelColumn(chart.categories, LABELS.least, LABELS.most);
  const left = labels + GAP;
  const plot = WIDTH - left - VALUE_ROOM;
  const names = chart.categories.map((category) => wrapLabel(category, labels));
  const barsHeight = funnel ? BAR : BAR * visible.length;
  const rowHeights = names.map((lines) => Math.max(barsHeight, lines.length * LINE) + (funnel ? 6 : 10));
  const tops = rowHeights.map((_, i) => 26 + rowHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const height = 30 + rowHeights.reduce((a, b) => a + b, 0);
  // Excel refuses a title on its native funnel chart through the API: it shows none, and neither does this.
  const title = chart.model.title;
  return (
    <figure style={{ margin: 0 }} data-chart={chart.model.name} data-chart-type={chart.model.chartType}>
      <svg width={WIDTH} height={height} role="img" aria-label={title}>
        <text x={WIDTH / 2} y={16} textAnchor="middle" fontSize="13" fontWeight="600" fill="currentColor">
          {title}
        </text>
        {chart.categories.map((category, i) => {
          const row = tops[i] ?? 0;
          const rowHeight = (rowHeights[i] ?? 0) - (funnel ? 6 : 10);
          const lines = names[i] ?? [category];
          // The name's lines centred on its bars.
          const firstLine = row + (rowHeight - lines.length * LINE) / 2 + LINE - 3;
          const name = (
            <text fontSize="11" fill="currentColor" data-category={category}>
              {lines.map((line, n) => (
                <tspan key={n} x={4} y={firstLine + n * LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          );
          const y = row + (rowHeight - barsHeight) / 2;
          if (funnel) {
            const series = visible[0];
            const value = series?.values[i] ?? 0;
            const width = Math.max(2, (plot * value) / max);
            const x = left + (plot - width) / 2;
            return (
              <g key={i}>
                {name}
                <rect x={x} y={y} width={width} height={BAR} fill={COLOURS[0]} rx="2" />
                <ValueLabel x={x} y={y} barWidth={width} text={chart.format(value)} inside />
              </g>
            );
          }
          return (
            <g key={i}>
              {name}
              {visible.map((series, k) => {
                const value = series.values[i] ?? 0;
                const width = Math.max(1, (plot * value) / max);
                const top = y + k * BAR;
                return (
                  <g key={k}>
                    <rect x={left} y={top} width={width} height={BAR - 3} fill={COLOURS[k % 2]} rx="2" />
                    {series.labelled && (
                      <ValueLabel x={left} y={top - 1} barWidth={width} text={chart.format(value)} inside={false} />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {!funnel && (
        <figcaption style={{ fontSize: 11 }} data-legend>
          {visible.map((s, k) => (
            <span key={k} style={{ marginRight: 12 }}>
              <span
                style={{ display: "inline-block", width: 10, height: 10, background: COLOURS[k % 2], marginRight: 4 }}
              />
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
