/**
 * The workbooks of the preview. `exampleWorkbook`: the article's funnel typed by hand, under a title,
 * on row 4, and a sheet without a funnel. `productsWorkbook` adds two products with closed quarters.
 */
import { exampleFunnel } from "../funnel/example";
import { closePeriod } from "../excel/close-period";
import type { ExcelOptions } from "../excel/options";
import { updateOverview } from "../excel/overview";
import { recalculate } from "../excel/recalculate";
import { writeInputs } from "../excel/write-inputs";
import { excelMoneyFormat } from "../i18n";
import {
  SimulatedWorkbook,
  simulatedSession,
  typeFunnel,
  typeFunnelInput,
  type ExcelClient,
  type WorkbookOptions,
} from "../simulation/browser";

export function exampleWorkbook(options: WorkbookOptions = {}): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook(options);
  workbook.addSheet("Sheet1");
  workbook.addSheet("Notes");
  workbook.setInput("Notes", "A1", "No funnel on this sheet: the pane offers to make one.");
  workbook.setInput("Sheet1", "A1", "Sales funnel, third quarter");
  typeFunnelInput(workbook, "Sheet1", 4, exampleFunnel);
  workbook.setInput("Sheet1", "A12", "Average sale value");
  workbook.sheet("Sheet1").formats.set("D8", "0.0%");
  return workbook;
}

/** A product's steps as typed in one quarter: the results, and the sale value. */
interface Quarter {
  results: number[];
  saleValue: number;
}

/** A closed quarter: its label, the day it was closed (a few days after it ended) and its figures. */
type ClosedQuarter = [period: string, closedOn: string, quarter: Quarter];

/** Types new results into B (and the sale value under them) of a funnel laid out from `headerRow`. */
function typeQuarter(workbook: SimulatedWorkbook, sheet: string, headerRow: number, quarter: Quarter): void {
  quarter.results.forEach((result, i) => {
    workbook.setInput(sheet, `B${headerRow + 1 + i}`, result);
  });
  workbook.setInput(sheet, `B${headerRow + quarter.results.length + 2}`, quarter.saleValue);
}

/**
 * Two products with closed quarters, laid out by the add-in's own code: what a newcomer to the preview
 * sees first — each step's change since the last closed quarter, the funnels list and the Overview.
 * Shoes has 2026 Q2 and Q3 closed and this quarter's numbers so far; Bags has 2026 Q3 closed. Each was
 * entered in the pane (so the add-in wrote the inputs too, in its formats: percent in D, money in
 * dollars), on a host with every chart the pane's host has.
 */
export async function productsWorkbook(client: ExcelClient, options: WorkbookOptions = {}): Promise<SimulatedWorkbook> {
  const workbook = exampleWorkbook(options);
  const session = simulatedSession(workbook, client);
  const excel: ExcelOptions = {
    currency: "USD",
    moneyFormat: excelMoneyFormat("en-US", "USD"),
    isSetSupported: (name, version) => workbook.isSetSupported(name, version),
  };
  const products: {
    sheet: string;
    steps: string[];
    quarters: ClosedQuarter[];
    now: Quarter;
    /** Improvements hoped for, by step number (1-based). */
    hoped: Record<number, number>;
  }[] = [
    {
      sheet: "Shoes",
      steps: ["Visitors", "Product views", "Added to cart", "Checkout", "Purchase"],
      quarters: [
        ["2026 Q2", "2026-07-02", { results: [9000, 3600, 720, 360, 216], saleValue: 85 }],
        ["2026 Q3", "2026-10-01", { results: [10500, 4410, 880, 420, 260], saleValue: 88 }],
      ],
      now: { results: [11200, 4500, 990, 520, 330], saleValue: 90 },
      hoped: { 3: 0.15, 4: 0.1 },
    },
    {
      sheet: "Bags",
      steps: ["Leads", "Qualified", "Offer", "Purchase"],
      quarters: [["2026 Q3", "2026-10-02", { results: [1200, 480, 150, 45], saleValue: 240 }]],
      now: { results: [1300, 470, 160, 40], saleValue: 250 },
      hoped: { 3: 0.1 },
    },
  ];
  for (const product of products) {
    workbook.addSheet(product.sheet);
    workbook.userActivates(product.sheet);
    const [first] = product.quarters;
    if (first === undefined) continue;
    const steps = product.steps.map((name, i) => ({ name, result: first[2].results[i] ?? 0 }));
    typeFunnel(workbook, product.sheet, 3, steps, first[2].saleValue);
    const funnel = {
      steps: steps.map((step) => ({ ...step, improvement: undefined })),
      averageSaleValue: first[2].saleValue,
    };
    const made = await session.run((context) => writeInputs(context, funnel, excel));
    if (!made.written) throw new Error(`the preview's ${product.sheet} funnel did not lay out`);
    for (const [period, closedOn, quarter] of product.quarters) {
      typeQuarter(workbook, product.sheet, 3, quarter);
      const closed = await session.run((context) => closePeriod(context, period, { ...excel, closedOn }));
      if (closed.status !== "closed") throw new Error(`the preview could not close ${period} of ${product.sheet}`);
    }
    typeQuarter(workbook, product.sheet, 3, product.now);
    for (const [step, improvement] of Object.entries(product.hoped)) {
      workbook.setInput(product.sheet, `D${3 + Number(step)}`, improvement);
    }
    await session.run((context) => recalculate(context, excel));
  }
  const overview = await session.run((context) => updateOverview(context, excel));
  if (overview.status !== "updated") throw new Error("the preview could not make its Overview");
  workbook.userActivates("Shoes");
  return workbook;
}
