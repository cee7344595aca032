/**
 * The workbook owns its currency and its language (issue 22), through Microsoft's client on the simulated
 * host: a pane in another language recalculates a sheet without touching its labels or its money
 * format (no write at all when nothing else changed), relabels only when asked, and the currency of a
 * workbook that never stored one is read from its money cells.
 */
import { readFunnel, recalculate, writeInputs } from "../../src/excel";
import { updateOverview } from "../../src/excel/overview";
import { closePeriod } from "../../src/excel/close-period";
import { sheetLabels } from "../../src/i18n/sheet-labels";
import { excelMoneyFormat } from "../../src/i18n";
import { exampleFunnel } from "../../src/funnel/example";
import type { SimulatedWorkbook } from "../../src/simulation";
import { articleWorkbook } from "../helpers/hosts";
import { contextOf, counted, formula, supportsOf } from "../helpers/simulated-excel";
import { withRequests, writesOf } from "../helpers/request-writes";

const en = sheetLabels.en;
const de = sheetLabels.de;
const DOLLARS = excelMoneyFormat("en-US", "USD");

/** The header row and the summary's first labels, as the sheet holds them. */
const wording = (wb: SimulatedWorkbook) => ["C4", "E4", "A13", "A14"].map((a) => formula(wb, "Sheet1", a));
const moneyFormatOfRevenue = (wb: SimulatedWorkbook) => wb.numberFormatAt(wb.sheet("Sheet1"), 13, 2);

async function laidOutInEnglish(): Promise<SimulatedWorkbook> {
  const wb = articleWorkbook("windows-m365");
  const result = await recalculate(contextOf(wb), { labels: en, currency: "USD", isSetSupported: supportsOf(wb) });
  expect(result.outcome.errors).toEqual([]);
  expect(wording(wb)).toEqual([en.conversion, en.forecastConversion, en.revenue, en.forecastRevenue]);
  expect(moneyFormatOfRevenue(wb)).toBe(DOLLARS);
  return wb;
}

test("a German pane recalculates an English sheet: labels and dollars stay, and nothing is written", async () => {
  const wb = await laidOutInEnglish();
  const { requests, result } = await withRequests(wb, () =>
    counted(wb, (ctx) => recalculate(ctx, { labels: de, currency: "USD", isSetSupported: supportsOf(wb) })),
  );
  expect(result.result.outcome.errors).toEqual([]);
  expect(requests.length).toBe(1);
  expect(writesOf(requests[0]!)).toEqual({ contents: new Set(), formats: new Set(), other: [] });
  expect(wording(wb)).toEqual([en.conversion, en.forecastConversion, en.revenue, en.forecastRevenue]);
  expect(moneyFormatOfRevenue(wb)).toBe(DOLLARS);
});

test("a German pane's new step on an English sheet is laid out in English", async () => {
  const wb = await laidOutInEnglish();
  const funnel = {
    ...exampleFunnel,
    steps: [...exampleFunnel.steps, { name: "Repeat order", result: 5, improvement: 0 }],
  };
  const result = await writeInputs(contextOf(wb), funnel, {
    labels: de,
    currency: "USD",
    isSetSupported: supportsOf(wb),
  });
  expect(result.outcome.errors).toEqual([]);
  // The summary moved down a row, still in English.
  expect(["C4", "A14", "A15"].map((a) => formula(wb, "Sheet1", a))).toEqual([
    en.conversion,
    en.revenue,
    en.forecastRevenue,
  ]);
  expect(wb.numberFormatAt(wb.sheet("Sheet1"), 14, 2)).toBe(DOLLARS);
});

test("relabelling is the user's explicit choice: the labels and the money format follow the pane's language", async () => {
  const wb = await laidOutInEnglish();
  const { result } = await counted(wb, (ctx) =>
    recalculate(ctx, { labels: de, relabel: true, currency: "USD", isSetSupported: supportsOf(wb) }),
  );
  expect(result.outcome.errors).toEqual([]);
  expect(wording(wb)).toEqual([de.conversion, de.forecastConversion, de.revenue, de.forecastRevenue]);
  expect(moneyFormatOfRevenue(wb)).toBe(excelMoneyFormat("de-DE", "USD"));
  // From then on the sheet is German: an English pane keeps it so.
  await counted(wb, (ctx) => recalculate(ctx, { labels: en, currency: "USD", isSetSupported: supportsOf(wb) }));
  expect(wording(wb)).toEqual([de.conversion, de.forecastConversion, de.revenue, de.forecastRevenue]);
});

test("a workbook that never stored its currency has the one its money cells show", async () => {
  const wb = await laidOutInEnglish();
  const pounds = excelMoneyFormat("en-GB", "GBP");
  // An older workbook: no setting, money cells in pounds (formatted by the add-in then, or by the user).
  wb.settings.delete("FunnelForecast.currency");
  const formats = wb.sheet("Sheet1").formats;
  for (const [address, format] of formats) if (format === DOLLARS) formats.set(address, pounds);
  const reading = await readFunnel(contextOf(wb));
  expect(reading.currency).toBe("GBP");
  // A pane or ribbon with no currency of its own keeps the pounds, and gives them to the cells it
  // makes: the new step's extra revenue (G11) and the summary, moved down a row.
  const funnel = {
    ...exampleFunnel,
    steps: [...exampleFunnel.steps, { name: "Repeat order", result: 5, improvement: 0 }],
  };
  const written = await writeInputs(contextOf(wb), funnel, { labels: de, isSetSupported: supportsOf(wb) });
  expect(written.outcome.errors).toEqual([]);
  expect(formula(wb, "Sheet1", "A11")).toBe("Repeat order");
  expect([wb.numberFormatAt(wb.sheet("Sheet1"), 11, 7), wb.numberFormatAt(wb.sheet("Sheet1"), 14, 2)]).toEqual([
    pounds,
    pounds,
  ]);
});

test("the Overview keeps the language it was made in, and shows the workbook's currency", async () => {
  const wb = await laidOutInEnglish();
  wb.settings.set("FunnelForecast.currency", "USD");
  const first = await counted(wb, (ctx) => updateOverview(ctx, { labels: en, isSetSupported: supportsOf(wb) }));
  expect(first.result.status).toBe("updated");
  expect(wb.sheets.map((s) => s.name)).toContain(en.overviewSheet);
  const titleBefore = formula(wb, en.overviewSheet, "A1");
  expect(titleBefore).toBe(en.overviewTitle);
  await counted(wb, (ctx) => updateOverview(ctx, { labels: de, isSetSupported: supportsOf(wb) }));
  expect(formula(wb, en.overviewSheet, "A1")).toBe(en.overviewTitle);
  expect([...wb.sheet(en.overviewSheet).formats.values()]).toContain(DOLLARS);
  expect([...wb.sheet(en.overviewSheet).formats.values()]).not.toContain(excelMoneyFormat("de-DE", "USD"));
  // A workbook that lost its setting (or never had one) keeps the dollars its Overview shows.
  wb.settings.delete("FunnelForecast.currency");
  await counted(wb, (ctx) => updateOverview(ctx, { labels: de, isSetSupported: supportsOf(wb) }));
  expect([...wb.sheet(en.overviewSheet).formats.values()]).toContain(DOLLARS);
  expect([...wb.sheet(en.overviewSheet).formats.values()]).not.toContain("#,##0.00");
});

test("a period closed from a pane holding another currency stores it, so a colleague's run keeps it", async () => {
  const wb = await laidOutInEnglish();
  wb.settings.set("FunnelForecast.currency", "USD");
  const euros = excelMoneyFormat("en-US", "EUR");
  const closed = await closePeriod(contextOf(wb), "2026 Q3", {
    labels: en,
    currency: "EUR",
    closedOn: "2026-10-01",
    isSetSupported: supportsOf(wb),
  });
  expect(closed.status).toBe("closed");
  expect([wb.settings.get("FunnelForecast.currency"), moneyFormatOfRevenue(wb)]).toEqual(["EUR", euros]);
  // The ribbon (no currency of its own) leaves the euros.
  await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(moneyFormatOfRevenue(wb)).toBe(euros);
});
