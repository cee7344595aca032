/** Draws the workbook's charts as simple SVG: the funnel centred, the comparison as paired bars. */
import type { ChartModel } from "../simulation";

export interface ChartData {
  model: ChartModel;
  categories: string[];
  series: { name: string; values: number[]; visible: boolean }[];
}

const WIDTH = 320;
const BAR = 22;

export function FunnelChart({ chart }: { chart: ChartData }) {
  const visible = chart.series.filter((s) => s.visible);
  const funnel = chart.model.chartType === "Funnel" || chart.model.chartType === "BarStacked";
  const max = Math.max(1, ...visible.flatMap((s) => s.values));
  const rowHeight = funnel ? BAR + 6 : BAR * visible.length + 8;
  const height = 30 + chart.categories.length * rowHeight;
  const colours = ["#0f6cbd", "#4cb04c"];
  return (
    <figure style={{ margin: 0 }} data-chart={chart.model.name} data-chart-type={chart.model.chartType}>
      <svg width={WIDTH} height={height} role="img" aria-label={chart.model.title}>
        <text x={WIDTH / 2} y={16} textAnchor="middle" fontSize="13" fontWeight="600" fill="currentColor">
          {chart.model.title}
        </text>
        {chart.categories.map((category, i) => {
          const y = 26 + i * rowHeight;
          if (funnel) {
            const value = visible[0]?.values[i] ?? 0;
            const width = Math.max(2, ((WIDTH - 120) * value) / max);
            return (
              <g key={i}>
                <text x={4} y={y + BAR / 2 + 4} fontSize="11" fill="currentColor">
                  {category}
                </text>
                <rect x={110 + (WIDTH - 120 - width) / 2} y={y} width={width} height={BAR} fill={colours[0]} rx="2" />
                <text x={110 + (WIDTH - 120) / 2} y={y + BAR / 2 + 4} fontSize="11" textAnchor="middle" fill="#fff">
                  {Math.round(value).toLocaleString()}
                </text>
              </g>
            );
          }
          return (
            <g key={i}>
              <text x={4} y={y + BAR / 2 + 4} fontSize="11" fill="currentColor">
                {category}
              </text>
              {visible.map((series, k) => (
                <rect
                  key={k}
                  x={110}
                  y={y + k * BAR}
                  width={Math.max(1, ((WIDTH - 120) * (series.values[i] ?? 0)) / max)}
                  height={BAR - 4}
                  fill={colours[k % 2]}
                  rx="2"
                />
              ))}
            </g>
          );
        })}
      </svg>
      {!funnel && (
        <figcaption style={{ fontSize: 11 }}>
          {visible.map((s, k) => (
            <span key={k} style={{ marginRight: 12 }}>
              <span
                style={{ display: "inline-block", width: 10, height: 10, background: colours[k % 2], marginRight: 4 }}
              />
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
