/** Settings that matter to colleagues (improvement mode, currency) travel inside the workbook. */
import { readFunnel, recalculate, writeInputs } from "../../src/excel";
import { excelMoneyFormat } from "../../src/i18n";
import { contextOf, formula, newWorkbook, supportsOf } from "../helpers/simulated-excel";

test("a colleague's add-in picks up the mode and currency stored by the author", async () => {
  const wb = newWorkbook();
  await writeInputs(
    contextOf(wb),
    {
      steps: [
        { name: "Leads", result: 1000, improvement: 0 },
        { name: "Qualified", result: 400, improvement: 0.05 },
        { name: "Won", result: 40, improvement: 0 },
      ],
      averageSaleValue: 900,
      improvementMode: "points",
    },
    { currency: "HUF", moneyFormat: excelMoneyFormat("hu-HU", "HUF"), isSetSupported: supportsOf(wb) },
  );
  // The settings live in the workbook, beside its cells: a colleague opens it with no local state.
  expect(wb.settings.get("FunnelForecast.improvementMode")).toBe("points");
  expect(wb.settings.get("FunnelForecast.currency")).toBe("HUF");

  const reading = await readFunnel(contextOf(wb));
  expect(reading.mode).toBe("points");
  expect(reading.currency).toBe("HUF");
  expect(reading.outcome.forecast?.steps[1]?.forecastConversion).toBeCloseTo(0.45, 12); // 40 % + 5 points

  // The colleague recalculates from the ribbon (no options): points mode and the forint format stay.
  wb.setInput("Funnel", "B5", 500);
  const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  expect(result.outcome.errors).toEqual([]);
  expect(formula(wb, "Funnel", "E5")).toBe('=IF(C5="","",MAX(0,MIN(1,C5+D5)))');
  expect(result.outcome.forecast?.steps[1]?.forecastConversion).toBeCloseTo(0.55, 12);
  expect(formula(wb, "Funnel", "A9")).toBe("Revenue now");
  // The money keeps the author's forint format: a colleague's English Excel does not rewrite it.
  expect(wb.numberFormatAt(wb.sheet("Funnel"), 9, 2)).toBe(excelMoneyFormat("hu-HU", "HUF"));
});
