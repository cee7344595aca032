/**
 * The preview's starting workbook (issue 11, "Try it"): two products laid out by the add-in, Shoes
 * with two closed quarters and Bags with one, the Overview first, and Shoes open on its comparison.
 * The change since 2026 Q3 is checked against figures worked out from the typed results.
 */
import { productsWorkbook } from "../../src/preview/example-workbook";
import { nodeExcelClient } from "../../src/simulation";
import { readFunnel } from "../../src/excel";
import { expectClose } from "../helpers/close";
import { contextOf, value } from "../helpers/simulated-excel";
import { formatCell } from "../../src/preview/cell-format";
import type { SimulatedWorkbook } from "../../src/simulation";
import { parseAddress } from "../helpers/cell-address";

/** A cell as the preview's grid shows it to a reader in `tag`. */
function shown(wb: SimulatedWorkbook, sheet: string, address: string, tag = "en-US"): string {
  const { row, col } = parseAddress(address);
  return formatCell(value(wb, sheet, address), wb.numberFormatAt(wb.sheet(sheet), row + 1, col + 1), tag);
}

test("two products, three closed quarters, the Overview first, Shoes open with its change since 2026 Q3", async () => {
  const wb = await productsWorkbook(nodeExcelClient("win32"));
  expect(wb.sheets.map((s) => s.name)).toEqual(["Overview", "Sheet1", "Notes", "Shoes", "Funnel history", "Bags"]);
  expect(wb.activeSheet).toBe("Shoes");
  const reading = await readFunnel(contextOf(wb));
  expect(reading.outcome.errors).toEqual([]);
  expect(reading.list.funnels.map((f) => f.product)).toEqual(["Shoes", "Bags"]);
  expect(reading.list.overview).toBe("Overview");
  expect(reading.comparison?.period).toBe("2026 Q3");
  // Product views / visitors: 4500/11200 now, 4410/10500 in Q3.
  expectClose(reading.comparison!.changes[1], 4500 / 11200 - 4410 / 10500, "change of step 2");
  // Purchases: 330/520 now, 260/420 then.
  expectClose(reading.comparison!.changes[4], 330 / 520 - 260 / 420, "change of step 5");
  // The Overview: revenue now of Shoes (330 × 90) and of Bags (40 × 250), and their total.
  expectClose(value(wb, "Overview", "B4") as number, 330 * 90, "Shoes revenue");
  expectClose(value(wb, "Overview", "B5") as number, 40 * 250, "Bags revenue");
  expectClose(value(wb, "Overview", "B6") as number, 330 * 90 + 40 * 250, "total");
  wb.destroy();
});

test("Shoes looks as it will in Excel: percent in D, dollars, points in Q, no spacer figures, real closing dates", async () => {
  const wb = await productsWorkbook(nodeExcelClient("win32"));
  // Typed in the pane: the add-in wrote the inputs in its formats.
  expect(["D6", "D7", "D8"].map((a) => shown(wb, "Shoes", a))).toEqual(["15.0%", "10.0%", ""]);
  expect(shown(wb, "Shoes", "B10")).toBe("$90.00");
  // Revenue now: 330 purchases × $90.
  expect(shown(wb, "Shoes", "B11")).toBe("$29,700.00");
  expect(shown(wb, "Shoes", "B11", "de-DE")).toBe("$29.700,00");
  // Product views: 4,500 of 11,200 now against 4,410 of 10,500 in 2026 Q3, −1.8 points.
  expect(shown(wb, "Shoes", "Q5")).toBe("-1.8%");
  expect(shown(wb, "Shoes", "Q5", "nl-NL")).toBe("-1,8%");
  // Checkout: 520 of 990 against 420 of 880, +4.8 points.
  expect(shown(wb, "Shoes", "Q7")).toBe("+4.8%");
  // Column I holds the bars funnel's spacer only where that chart is drawn; it never shows a figure.
  for (let row = 4; row <= 8; row++) expect(shown(wb, "Shoes", `I${row}`)).toBe("");
  // The history says when each quarter was closed.
  const closedOn = [];
  for (let row = 2; row <= 15; row++) {
    closedOn.push(
      `${String(value(wb, "Funnel history", `A${row}`))} ${String(value(wb, "Funnel history", `B${row}`))} ${String(value(wb, "Funnel history", `G${row}`))}`,
    );
  }
  expect([...new Set(closedOn)]).toEqual([
    "Shoes 2026 Q2 2026-07-02",
    "Shoes 2026 Q3 2026-10-01",
    "Bags 2026 Q3 2026-10-02",
  ]);
  wb.destroy();
});
