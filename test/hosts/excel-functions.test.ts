/**
 * The simulation's formula engine computes SUMPRODUCT as Excel does (src/simulation/excel-functions.ts):
 * arithmetic on ranges inside it, non-numbers counted as 0, errors passed on, arrays of other sizes
 * refused — while elsewhere a range in arithmetic stays one cell (the formula's own row), as Excel 2019
 * reads a plain formula.
 */
import { newWorkbook, value } from "../helpers/simulated-excel";

function sheetWith(formulas: Record<string, string | number>) {
  const wb = newWorkbook();
  const rows: [string, string | number][] = [
    ["A1", 1],
    ["A2", 3],
    ["A3", 0],
    ["B1", 2],
    ["B2", 5],
    ["B3", 7],
    ["C1", "text"],
    ["C2", 0.1],
  ];
  for (const [address, content] of rows) wb.setInput("Sheet1", address, content);
  for (const [address, content] of Object.entries(formulas)) wb.setInput("Sheet1", address, content);
  return wb;
}

test("arithmetic on ranges inside SUMPRODUCT, as in Microsoft's own example", () => {
  const wb = sheetWith({
    // (2−1)² + (5−3)² + (7−0)² = 1 + 4 + 49
    D1: "=SUMPRODUCT((B1:B3-A1:A3)^2)",
    // Comparisons times numbers: only rows where A > 0 count: 2 + 5
    D2: "=SUMPRODUCT((A1:A3>0)*B1:B3)",
    // Two arrays, as HyperFormula always did: 1·2 + 3·5 + 0·7
    D3: "=SUMPRODUCT(A1:A3,B1:B3)",
  });
  expect([value(wb, "Sheet1", "D1"), value(wb, "Sheet1", "D2"), value(wb, "Sheet1", "D3")]).toEqual([54, 7, 17]);
});

test("text and empty entries count as 0; an error is the result; arrays of other sizes are #VALUE!", () => {
  const wb = sheetWith({
    D1: "=SUMPRODUCT(C1:C3)",
    D2: "=SUMPRODUCT(1/A1:A3)",
    D3: "=SUMPRODUCT(A1:A3,B1:B2)",
  });
  expect(value(wb, "Sheet1", "D1")).toBeCloseTo(0.1, 12);
  expect(value(wb, "Sheet1", "D2")).toBe("#DIV/0!");
  expect(value(wb, "Sheet1", "D3")).toBe("#VALUE!");
});

test("outside SUMPRODUCT a range in arithmetic is still the formula's own row, not the array", () => {
  // On row 1: A1 × B1 = 2, where the whole arrays would give 17.
  const wb = sheetWith({ D1: "=SUM(A1:A3*B1:B3)" });
  expect(value(wb, "Sheet1", "D1")).toBe(2);
});
