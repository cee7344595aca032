/**
 * Other data on a funnel's sheet, as people keep it: an order list below the funnel in columns A..I
 * (from row 40) and a lookup table beside it, ten columns right of the add-in's columns (A..S), `cells`
 * filled cells in all.
 */
import type { SimulatedWorkbook } from "../../src/simulation";
import { columnNumber } from "../../src/sheet/a1";
import { LAST_PLAN_COLUMN } from "../../src/sheet/plan-periods";

const FIRST_ORDER_ROW = 40;
const BESIDE_COLUMNS = 10;

function orderRow(n: number): (string | number)[] {
  return [
    `Order ${n}`,
    (n * 37) % 1000,
    `Region ${n % 17}`,
    45_000 + (n % 365),
    `Customer ${(n * 13) % 5000}`,
    ((n * 7) % 100) / 100,
    `Product ${n % 250}`,
    (n * 11) % 97,
    `Note for order ${n}`,
  ];
}

export function fillWithOtherData(workbook: SimulatedWorkbook, sheetName: string, cells: number): void {
  const sheet = workbook.sheet(sheetName);
  const besideRows = Math.floor(cells / 10 / BESIDE_COLUMNS);
  const beside = Array.from({ length: besideRows }, (_, r) =>
    Array.from({ length: BESIDE_COLUMNS }, (_, c) => (c === 0 ? `Code ${r}` : r * BESIDE_COLUMNS + c)),
  );
  const orderRows = Math.ceil((cells - besideRows * BESIDE_COLUMNS) / 9);
  const orders = Array.from({ length: orderRows }, (_, i) => orderRow(i + 1));
  workbook.hf.setCellContents({ sheet: sheet.id, row: FIRST_ORDER_ROW - 1, col: 0 }, orders);
  workbook.hf.setCellContents({ sheet: sheet.id, row: 0, col: columnNumber(LAST_PLAN_COLUMN) }, beside);
}
