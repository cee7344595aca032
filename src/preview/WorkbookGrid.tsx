/** The simulated workbook drawn like a spreadsheet: sheet tabs, a formula bar, the grid and the charts. */
import { useState } from "react";
import { cellAddress, columnLetter, columnNumber, sheetOfReference } from "../sheet/a1";
import { LAST_PLAN_COLUMN } from "../sheet/plan-periods";
import { parseRangeAddress, type ChartModel, type SimulatedWorkbook } from "../simulation/browser";
import { formatCell } from "./cell-format";
import { FunnelChart, type ChartData } from "./FunnelChart";
import { LineChart } from "./LineChart";

interface Props {
  model: SimulatedWorkbook;
  tag: string;
  onActivate: (sheet: string) => void;
  onSelect: (sheet: string, address: string) => void;
  /** The formula bar's Enter: the selected cell gets what was typed. */
  onEdit: (sheet: string, address: string, typed: string) => void;
}

/** A..N: every column the add-in writes. */
const COLUMNS = columnNumber(LAST_PLAN_COLUMN);

function rangeValues(model: SimulatedWorkbook, reference: string): unknown[] {
  if (reference === "") return [];
  const sheet = model.sheet(sheetOfReference(reference) || model.activeSheet);
  const { first, last } = parseRangeAddress(reference);
  const out: unknown[] = [];
  for (let row = first.row; row <= last.row; row++)
    for (let col = first.col; col <= last.col; col++) out.push(model.valueAt(sheet, row, col));
  return out;
}

/** The number format of a range's first cell: what a chart's labels show when linked to their source. */
function sourceFormat(model: SimulatedWorkbook, reference: string): string {
  if (reference === "") return "General";
  const { first } = parseRangeAddress(reference);
  return model.numberFormatAt(model.sheet(sheetOfReference(reference) || model.activeSheet), first.row, first.col);
}

const isLine = (chart: ChartModel) => chart.chartType.startsWith("Line");

export function WorkbookGrid({ model, tag, onActivate, onSelect, onEdit }: Props) {
  const [selected, setSelected] = useState<{ row: number; col: number } | null>(null);
  /** What is being typed in the formula bar; null while it shows the selected cell as it is. */
  const [draft, setDraft] = useState<string | null>(null);
  const sheet = model.sheet(model.activeSheet);
  const used = model.usedArea(sheet, parseRangeAddress(`A:${LAST_PLAN_COLUMN}`));
  const rows = Math.max(20, (used?.last.row ?? 0) + 3);
  const charts: ChartData[] = sheet.charts.map((chart) => ({
    model: chart,
    categories: rangeValues(model, chart.series[0]?.xValues ?? chart.categories).map((v) =>
      formatCell(v, "General", tag),
    ),
    series: chart.series.map((s) => ({
      name: s.name,
      values: rangeValues(model, s.values).map((v) => (typeof v === "number" ? v : null)),
      visible: s.filled,
      labelled: s.dataLabels === true || chart.dataLabels?.showValue === true,
    })),
    // Labels and a line chart's axis show their cells' format unless the chart has its own, as Excel
    // links them to their source.
    format: (value: number) =>
      formatCell(
        value,
        chart.dataLabels?.numberFormat ?? sourceFormat(model, chart.series.find((s) => s.filled)?.values ?? ""),
        tag,
      ),
  }));
  const select = (row: number, col: number, extend: boolean) => {
    const anchor = extend && selected !== null ? selected : { row, col };
    setDraft(null);
    if (!extend) setSelected({ row, col });
    const top = Math.min(anchor.row, row);
    const bottom = Math.max(anchor.row, row);
    onSelect(sheet.name, top === bottom ? cellAddress(row, col) : `A${top}:D${bottom}`);
  };
  const formulaText = selected === null ? "" : String(model.formulaAt(sheet, selected.row, selected.col));
  return (
    <div className="wb">
      <div className="wb-bar">
        <span className="wb-name">{selected === null ? "" : cellAddress(selected.row, selected.col)}</span>
        <input
          className="wb-formula"
          data-testid="formula-bar"
          aria-label="Formula bar"
          disabled={selected === null}
          value={draft ?? formulaText}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") setDraft(null);
            if (event.key !== "Enter" || selected === null || draft === null) return;
            onEdit(sheet.name, cellAddress(selected.row, selected.col), draft);
            setDraft(null);
          }}
        />
      </div>
      <div className="wb-body">
        <table className="wb-grid" data-testid="grid" data-sheet={sheet.name}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: COLUMNS }, (_, c) => (
                <th key={c}>{columnLetter(c + 1)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th>{r + 1}</th>
                {Array.from({ length: COLUMNS }, (_, c) => {
                  const row = r + 1;
                  const col = c + 1;
                  const value = model.valueAt(sheet, row, col);
                  const format = model.numberFormatAt(sheet, row, col);
                  const address = cellAddress(row, col);
                  const isSelected = selected?.row === row && selected.col === col;
                  return (
                    <td
                      key={c}
                      data-address={address}
                      data-value={typeof value === "number" ? String(value) : value === "" ? undefined : String(value)}
                      className={`${typeof value === "number" ? "num" : ""} ${isSelected ? "sel" : ""} ${sheet.bold.has(address) ? "bold" : ""}`}
                      title={String(model.formulaAt(sheet, row, col))}
                      onClick={(event) => {
                        select(row, col, event.shiftKey);
                      }}
                    >
                      {formatCell(value, format, tag)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="wb-charts">
          {charts.map((chart) =>
            isLine(chart.model) ? (
              <LineChart key={chart.model.name} chart={chart} />
            ) : (
              <FunnelChart key={chart.model.name} chart={chart} />
            ),
          )}
        </div>
      </div>
      <nav className="wb-tabs" aria-label="Sheets">
        {model.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            aria-pressed={s.name === model.activeSheet}
            onClick={() => {
              onActivate(s.name);
            }}
          >
            {s.name}
          </button>
        ))}
      </nav>
    </div>
  );
}
