/**
 * Draws the workbook's charts as simple SVG, as Excel would show them: the funnel with its bars
 * centred, the conversion comparison as pairs of bars. Every bar that carries a label shows its value,
 * inside the bar where it fits and beside it where the bar is too narrow, so "16" at the bottom of a
 * funnel of 800 stays readable.
 */
import type { ChartModel } from "../simulation/browser";

export interface ChartData {
  model: ChartModel;
  categories: string[];
  /** Per series its values; null where a cell is not a number (#N/A, text). */
  series: { name: string; values: (number | null)[]; visible: boolean; labelled: boolean }[];
  /** A value as the chart's data labels show it. */
  format: (value: number) => string;
}

const WIDTH = 360;
const LABELS = 118;
const PLOT = WIDTH - LABELS - 44;
const BAR = 20;
const COLOURS = ["#0f6cbd", "#3a8a3a"];
/** About how wide a label of `text` is at 11 px. */
const textWidth = (text: string) => text.length * 6.4 + 6;

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
  const rowHeight = funnel ? BAR + 6 : BAR * visible.length + 10;
  const height = 30 + chart.categories.length * rowHeight;
  // Excel refuses a title on its native funnel chart through the API: it shows none, and neither does this.
  const title = chart.model.title;
  return (
    <figure style={{ margin: 0 }} data-chart={chart.model.name} data-chart-type={chart.model.chartType}>
      <svg width={WIDTH} height={height} role="img" aria-label={title}>
        <text x={WIDTH / 2} y={16} textAnchor="middle" fontSize="13" fontWeight="600" fill="currentColor">
          {title}
        </text>
        {chart.categories.map((category, i) => {
          const y = 26 + i * rowHeight;
          const name = (
            <text x={4} y={y + BAR / 2 + 4} fontSize="11" fill="currentColor">
              {category}
            </text>
          );
          if (funnel) {
            const series = visible[0];
            const value = series?.values[i] ?? 0;
            const width = Math.max(2, (PLOT * value) / max);
            const x = LABELS + (PLOT - width) / 2;
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
                const width = Math.max(1, (PLOT * value) / max);
                const top = y + k * BAR;
                return (
                  <g key={k}>
                    <rect x={LABELS} y={top} width={width} height={BAR - 3} fill={COLOURS[k % 2]} rx="2" />
                    {series.labelled && (
                      <ValueLabel x={LABELS} y={top - 1} barWidth={width} text={chart.format(value)} inside={false} />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {!funnel && (
        <figcaption style={{ fontSize: 11 }}>
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
