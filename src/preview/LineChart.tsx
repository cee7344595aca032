/**
 * Draws a line chart of the simulated workbook (the conversion trend) as simple SVG, as Excel would
 * show it: one line with markers per series across the categories, a point that is not a number
 * (#N/A) left out, the values axis in the chart's number format.
 */
import type { ChartData } from "./FunnelChart";

const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 44;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 26;
const COLOURS = ["#0f6cbd", "#3a8a3a", "#c4314b", "#8764b8", "#ca5010", "#038387", "#605e5c"];

export function LineChart({ chart }: { chart: ChartData }) {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  // The axis ends on a round tenth (a 62 % peak gets a 70 % axis), as Excel picks round bounds.
  const max = Math.ceil(Math.max(1e-9, ...values) * 10) / 10;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const count = Math.max(1, chart.categories.length);
  const x = (i: number) => LEFT + (plotWidth * (i + 0.5)) / count;
  const y = (v: number) => TOP + plotHeight - (plotHeight * v) / max;
  const colour = (k: number) => COLOURS[k % COLOURS.length];
  return (
    <figure style={{ margin: 0 }} data-chart={chart.model.name} data-chart-type={chart.model.chartType}>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={chart.model.title}>
        <text x={WIDTH / 2} y={16} textAnchor="middle" fontSize="13" fontWeight="600" fill="currentColor">
          {chart.model.title}
        </text>
        <line x1={LEFT} y1={TOP + plotHeight} x2={WIDTH - RIGHT} y2={TOP + plotHeight} stroke="#8a8886" />
        {[0, max / 2, max].map((v) => (
          <text key={v} x={LEFT - 4} y={y(v) + 4} fontSize="10" textAnchor="end" fill="currentColor">
            {chart.format(v)}
          </text>
        ))}
        {chart.categories.map((category, i) => (
          <text key={i} x={x(i)} y={HEIGHT - 8} fontSize="11" textAnchor="middle" fill="currentColor">
            {category}
          </text>
        ))}
        {chart.series.map((series, k) => {
          const points = series.values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
          // A gap where a point is missing, as Excel leaves #N/A out of a line.
          const path = points.map((p, n) => `${points[n - 1]?.i === p.i - 1 ? "L" : "M"}${x(p.i)},${y(p.v)}`).join(" ");
          return (
            <g key={k} data-series={series.name}>
              <path d={path} fill="none" stroke={colour(k)} strokeWidth="2" />
              {points.map((p) => (
                <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r="3" fill={colour(k)} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 11 }}>
        {chart.series.map((s, k) => (
          <span key={k} style={{ marginRight: 12, whiteSpace: "nowrap" }}>
            <span style={{ display: "inline-block", width: 10, height: 10, background: colour(k), marginRight: 4 }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
