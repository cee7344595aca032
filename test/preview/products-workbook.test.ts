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
