/**
 * The workbooks of the preview. `exampleWorkbook`: the article's funnel typed by hand, under a title,
 * on row 4, and a sheet without a funnel. `productsWorkbook` adds two products with closed quarters.
 */
import { exampleFunnel } from "../funnel/example";
import { closePeriod } from "../excel/close-period";
import { updateOverview } from "../excel/overview";
import { recalculate } from "../excel/recalculate";
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
 * Shoes has 2026 Q2 and Q3 closed and this quarter's numbers so far; Bags has 2026 Q3 closed.
 */
export async function productsWorkbook(client: ExcelClient, options: WorkbookOptions = {}): Promise<SimulatedWorkbook> {
  const workbook = exampleWorkbook(options);
  const session = simulatedSession(workbook, client);
  const products: {
    sheet: string;
    steps: string[];
    quarters: [string, Quarter][];
    now: Quarter;
    /** Improvements hoped for, by step number (1-based). */
    hoped: Record<number, number>;
  }[] = [
    {
      sheet: "Shoes",
      steps: ["Visitors", "Product views", "Added to cart", "Checkout", "Purchase"],
      quarters: [
        ["2026 Q2", { results: [9000, 3600, 720, 360, 216], saleValue: 85 }],
        ["2026 Q3", { results: [10500, 4410, 880, 420, 260], saleValue: 88 }],
      ],
      now: { results: [11200, 4500, 990, 520, 330], saleValue: 90 },
      hoped: { 3: 0.15, 4: 0.1 },
    },
    {
      sheet: "Bags",
      steps: ["Leads", "Qualified", "Offer", "Purchase"],
      quarters: [["2026 Q3", { results: [1200, 480, 150, 45], saleValue: 240 }]],
      now: { results: [1300, 470, 160, 40], saleValue: 250 },
      hoped: { 3: 0.1 },
    },
  ];
  for (const product of products) {
    workbook.addSheet(product.sheet);
    workbook.userActivates(product.sheet);
    const [first] = product.quarters;
    if (first === undefined) continue;
    typeFunnel(
      workbook,
      product.sheet,
      3,
      product.steps.map((name, i) => ({ name, result: first[1].results[i] ?? 0 })),
      first[1].saleValue,
    );
    const made = await session.run((context) => recalculate(context));
    if (!made.written) throw new Error(`the preview's ${product.sheet} funnel did not lay out`);
    for (const [period, quarter] of product.quarters) {
      typeQuarter(workbook, product.sheet, 3, quarter);
      const closed = await session.run((context) =>
        closePeriod(context, period, { closedOn: `${period.slice(0, 4)}-09-30` }),
      );
      if (closed.status !== "closed") throw new Error(`the preview could not close ${period} of ${product.sheet}`);
    }
    typeQuarter(workbook, product.sheet, 3, product.now);
    for (const [step, improvement] of Object.entries(product.hoped)) {
      workbook.setInput(product.sheet, `D${3 + Number(step)}`, improvement);
    }
    await session.run((context) => recalculate(context));
  }
  const overview = await session.run((context) => updateOverview(context));
  if (overview.status !== "updated") throw new Error("the preview could not make its Overview");
  workbook.userActivates("Shoes");
  return workbook;
}
