/**
 * Exported workbooks (npm run export) recalculated by headless LibreOffice give the engine's numbers:
 * generated funnels with any mix of costs, margin, target, sales cycle and lifetime value, both modes,
 * plus the example with and without them and the issue's funnel of wave 3 with all of them.
 *
 * @system-tools libreoffice
 */
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { exampleFunnel, exampleFunnelWithMoney, forecastFunnel, type FunnelInput } from "../../src/funnel";
import { funnelWorkbookBuffer, buildFunnelWorkbook } from "../../src/export/funnel-workbook";
import { CYCLE_OUTPUT_NAMES, RANGE_NAMES } from "../../src/sheet";
import { expectClose } from "../helpers/close";
import { expectedCells, expectedNamedValues, namedScale } from "../helpers/expected-cells";
import { funnelWithMoneyArbitrary } from "../helpers/generate";
import { issueFunnel } from "../helpers/issue-funnel";
import { recalculateWithLibreOffice, renderAsShownWithLibreOffice, type CellReading } from "../helpers/libreoffice";
import { excelMoneyFormat } from "../../src/i18n";

function asNumber(reading: CellReading, label: string): number | null {
  if (reading === "" || reading === null) return null;
  if (typeof reading === "number") return reading;
  throw new Error(`${label}: LibreOffice gave ${JSON.stringify(reading)}`);
}

test("generated funnels recalculated by LibreOffice equal forecastFunnel", async () => {
  const funnels: FunnelInput[] = [
    exampleFunnel,
    exampleFunnelWithMoney,
    ...fc.sample(funnelWithMoneyArbitrary({ maxSteps: 14 }), { numRuns: 24, seed: 20261122 }),
  ];
  funnels.push({
    ...exampleFunnel,
    improvementMode: "points",
    steps: exampleFunnel.steps.map((s) => ({ ...s, improvement: 0.03 })),
  });
  // The issue's funnel with every optional input, in both modes (its range, when a change shows, the
  // sales cycle and lifetime value all have figures).
  funnels.push(issueFunnel("relative"), issueFunnel("points"));
  const dir = mkdtempSync(join(tmpdir(), "funnel-export-"));
  const headerRows = funnels.map((_, i) => 1 + (i % 7));
  const paths = await Promise.all(
    funnels.map(async (input, i) => {
      const path = join(dir, `funnel-${i}.xlsx`);
      writeFileSync(path, await funnelWorkbookBuffer(input, { headerRow: headerRows[i]! }));
      return path;
    }),
  );
  const sheets = await recalculateWithLibreOffice(paths);
  expect(sheets).toHaveLength(funnels.length);
  let compared = 0;
  const shownOf = new Map<string, number>();
  funnels.forEach((input, i) => {
    const forecast = forecastFunnel(input).forecast!;
    const { plan } = buildFunnelWorkbook(input, { headerRow: headerRows[i]! });
    const sheet = sheets[i]!;
    for (const cell of expectedCells(input, plan, forecast)) {
      const label = `funnel ${i} ${cell.address} (${cell.what})`;
      expectClose(asNumber(sheet.value(cell.address), label), cell.expected, label, cell.scale);
      compared++;
    }
    for (const [name, expected] of Object.entries(expectedNamedValues(forecast, input))) {
      const label = `funnel ${i} ${name}`;
      expectClose(asNumber(sheet.named(name), label), expected, label, namedScale(name, forecast, input));
      compared++;
      if (expected !== null) shownOf.set(name, (shownOf.get(name) ?? 0) + 1);
    }
    for (const step of forecast.steps)
      if (step.periodsToMeasure !== null) shownOf.set("measure", 1 + (shownOf.get("measure") ?? 0));
  });
  expect(compared).toBeGreaterThan(500);
  // The new figures were there to compare in several funnels, not "" on both sides.
  for (const name of [...RANGE_NAMES, ...CYCLE_OUTPUT_NAMES, "measure"]) {
    expect({ name, shown: (shownOf.get(name) ?? 0) >= 3 }).toEqual({ name, shown: true });
  }
});

test.each([
  ["nl-NL", "EUR", /€ ?24[.,]000[.,]00/],
  ["de-DE", "EUR", /24[.,]000[.,]00 ?€/],
  ["en-GB", "GBP", /£24[.,]000[.,]00/],
  ["nb-NO", "NOK", /24[.,\s\u00a0]000[.,]00 ?kr/],
])("money format for %s %s renders in LibreOffice", async (tag, currency, shown) => {
  const dir = mkdtempSync(join(tmpdir(), "funnel-money-"));
  const path = join(dir, "money.xlsx");
  writeFileSync(
    path,
    await funnelWorkbookBuffer(exampleFunnel, { moneyFormat: excelMoneyFormat(tag, currency as "EUR") }),
  );
  const csv = renderAsShownWithLibreOffice(path);
  const revenueLine = csv.split("\n").find((line) => line.startsWith("Revenue now"));
  expect(revenueLine).toMatch(shown);
});
