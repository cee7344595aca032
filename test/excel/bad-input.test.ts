/**
 * Bad input corpus: every case must produce an issue naming the right cell, write nothing at all
 * (the whole simulated workbook is compared before and after), and say what to type instead.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { recalculate, writeInputs } from "../../src/excel";
import { closePeriod } from "../../src/excel/close-period";
import type { RawFunnel } from "../../src/funnel/validate";
import { issueText } from "../../src/i18n";
import { LANGUAGES } from "../../src/i18n/all-languages";
import type { SimulatedWorkbook } from "../../src/simulation";
import { periodCellsOf } from "../../src/sheet/plan-periods";
import {
  articleSteps,
  contextOf,
  counted,
  newWorkbook,
  supportsOf,
  typeFunnel,
  type StepRow,
} from "../helpers/simulated-excel";

/** Where the laid-out article sheet keeps the product's name (FunnelName), under the costs and target. */
const NAME_CELL = periodCellsOf(12).name;

/** Article layout: title on row 1, header on row 4, steps on rows 5..10, sale value in B12. */
function base(): SimulatedWorkbook {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "A1", "Sales funnel Q3");
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  return wb;
}

function withCell(address: string, content: string | number | boolean | null) {
  return () => {
    const wb = base();
    wb.setInput("Sheet1", address, content);
    return wb;
  };
}

/**
 * The article sheet after one Recalculate, which laid out the costs and target block (heading on row 19,
 * costs B20, cost of the improvements B21, margin B22, target B23), then one cell typed there.
 */
function laidOutWithCell(address: string, content: string | number | boolean | null) {
  return async () => {
    const wb = base();
    const first = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
    if (!first.written) throw new Error("the first Recalculate should have written the sheet");
    wb.setInput("Sheet1", address, content);
    return wb;
  };
}

/**
 * The article sheet recalculated `runs` times, then one of the add-in's own cells edited by hand, as a
 * colleague would: a formula of their own, a number or a text typed over the add-in's formula.
 */
function editedAfter(runs: number, address: string, content: string | number) {
  return async () => {
    const wb = base();
    for (let run = 0; run < runs; run++) {
      const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
      if (!result.written) throw new Error(`Recalculate ${run + 1} should have written the sheet`);
    }
    wb.setInput("Sheet1", address, content);
    return wb;
  };
}

/** The add-in's cells a colleague is most likely to override: forecast, extra, +1 point, conversion, summary. */
const EDITED_CELLS = [
  ["F8", "Forecast result", '=IF(E8="",0,F7*E8)'],
  ["G7", "Extra revenue (this step alone)", "=IF(E7"],
  ["H9", "Revenue per +1 point", "=IF(C9"],
  ["C6", "Conversion", '=IF(B5>0,B6/B5,"")'],
  ["B14", "Forecast revenue", "=F10*$B$12"],
] as const;
const EDITS = [
  ["another formula", "=B7*2", "=B7\\*2"],
  ["a number over the formula", 1234, '"1234"'],
  ["a text over the formula", "see Anna", '"see Anna"'],
] as const;
const editedCases: Case[] = [1, 20].flatMap((runs) =>
  EDITED_CELLS.flatMap(([address, purpose, planned]) =>
    EDITS.map(([what, content, shown]): Case => [
      `${what} in ${address} (${purpose}), after ${runs} run${runs === 1 ? "" : "s"}`,
      editedAfter(runs, address, content),
      "cell-edited",
      address,
      new RegExp(
        `${address} \\("${purpose.replace(/[()+]/g, "\\$&")}"\\) was changed by hand: it holds ${shown}, where Funnel Forecast would write ${planned.replace(/[()*$+]/g, "\\$&")}.*"Replace my edits"`,
      ),
    ]),
  ),
);

function custom(steps: StepRow[], sale: unknown, headerRow = 4) {
  return () => {
    const wb = newWorkbook();
    typeFunnel(wb, "Sheet1", headerRow, steps, sale);
    return wb;
  };
}

type Case = [
  label: string,
  setup: () => SimulatedWorkbook | Promise<SimulatedWorkbook>,
  code: string,
  cell: string | undefined,
  advice: RegExp,
];

const cases: Case[] = [
  ["#DIV/0! in a result", withCell("B6", "=1/0"), "cell-error", "B6", /#DIV\/0!.*type the number/],
  ["#N/A in a result", withCell("B7", "=NA()"), "cell-error", "B7", /#N\/A/],
  ["#NAME? in a result", withCell("B7", "=NOSUCHFUNCTION(1)"), "cell-error", "B7", /#NAME\?/],
  ["#VALUE! in a result", withCell("B8", '=1+"x"'), "cell-error", "B8", /#VALUE!/],
  ["#REF! in an improvement", withCell("D8", "=#REF!"), "cell-error", "D8", /#REF!/],
  ["text in a result", withCell("B6", "lots"), "result-not-number", "B6", /plain number/],
  ["TRUE in a result", withCell("B6", true), "result-not-number", "B6", /"TRUE"/],
  ["a number stored as text", withCell("B6", "'320"), "text-number", "B6", /plain number 320/],
  ["a grouped number stored as text", withCell("B5", "'1,320"), "text-number", "B5", /1,320/],
  ["a formula returning text", withCell("B6", '="320"'), "text-number", "B6", /as text/],
  ["a percent in a result", withCell("B6", "'40%"), "result-not-number", "B6", /plain number/],
  ["a negative result", withCell("B9", -5), "negative", "B9", /0 or more/],
  ["a huge result", withCell("B5", 1e15), "too-large", "B5", /typing error/],
  ["a step larger than the one before", withCell("B7", 400), "step-exceeds-previous", "B7", /at most 320/],
  [
    "people after a step of 0",
    custom(
      [
        ["Leads", 10],
        ["Qualified", 0],
        ["Buyers", 3],
      ],
      100,
    ),
    "after-zero",
    "B7",
    /type 0 here/,
  ],
  ["a missing result", withCell("B8", null), "result-missing", "B8", /how many reached/],
  ["a percent typed as text", withCell("D6", "'20%"), "text-percent", "D6", /type 20% in a cell formatted as Percent/],
  ["a plain number typed as text for a percent", withCell("D6", "'10"), "text-percent", "D6", /type 10%/],
  ["words as an improvement", withCell("D7", "a lot"), "improvement-not-number", "D7", /such as 10%/],
  ["TRUE as an improvement", withCell("D7", true), "improvement-not-number", "D7", /10%/],
  ["an improvement of -150%", withCell("D9", -1.5), "improvement-below-minus-100", "D9", /above -100%/],
  ["a missing sale value", withCell("B12", null), "sale-value-missing", "B12", /for example 1500/],
  [
    "a sale value with a currency sign as text",
    withCell("B12", "€1500"),
    "sale-value-invalid",
    "B12",
    /without a currency sign/,
  ],
  ["a negative sale value", withCell("B12", -1), "sale-value-invalid", "B12", /0 or more/],
  ["an error as sale value", withCell("B12", "=1/0"), "sale-value-invalid", "B12", /#DIV\/0!/],
  [
    "a single step (the message names where the next one goes)",
    custom([["Leads", 10]], 100),
    "too-few-steps-at",
    "A6",
    /at least 2 steps.*next step's name in A6 and its result in B6/,
  ],
  ["an empty sheet", () => newWorkbook(), "no-funnel", undefined, /No funnel found/],
  [
    "no row above the first step",
    () => {
      const wb = newWorkbook();
      wb.setInput("Sheet1", "A1", "Leads");
      wb.setInput("Sheet1", "B1", 100);
      wb.setInput("Sheet1", "A2", "Buyers");
      wb.setInput("Sheet1", "B2", 10);
      wb.setInput("Sheet1", "B4", 50);
      return wb;
    },
    "no-header-row",
    "A1",
    /Insert an empty row above row 1/,
  ],
  [
    "your own text where the forecast goes (G7)",
    withCell("G7", "call Anna"),
    "cell-taken",
    "G7",
    /"call Anna".*Move or clear it/,
  ],
  ["your own number in the conversion column (C6)", withCell("C6", 0.5), "cell-taken", "C6", /Conversion/],
  [
    "your own note where the summary goes (A13)",
    withCell("A13", "notes"),
    "cell-taken",
    "A13",
    /needs that cell for "Revenue now"/,
  ],
  ["costs as words", laidOutWithCell("B20", "lots"), "costs-invalid", "B20", /"lots".*plain amount of 0 or more/],
  ["negative costs", laidOutWithCell("B20", -500), "costs-invalid", "B20", /-500.*0 or more, for example 12000/],
  // Typed as $6,000 Excel makes it the number 6000 (typed-input.ts); text only after an apostrophe.
  ["costs with a currency sign, as text", laidOutWithCell("B20", "'$6,000"), "costs-invalid", "B20", /"\$6,000"/],
  [
    "an error as the cost of the improvements",
    laidOutWithCell("B21", "=1/0"),
    "improvement-cost-invalid",
    "B21",
    /"#DIV\/0!".*0 or more/,
  ],
  ["a margin of 0", laidOutWithCell("B22", 0), "margin-invalid", "B22", /is 0%.*above 0% and at most 100%/],
  ["a margin of 150%", laidOutWithCell("B22", 1.5), "margin-invalid", "B22", /is 150%.*for example 40%/],
  ["a margin typed as 40 (not 40%)", laidOutWithCell("B22", 40), "margin-invalid", "B22", /is 4,000%/],
  ["a margin as text", laidOutWithCell("B22", "'40%"), "margin-invalid", "B22", /"40%".*Percent cell/],
  ["a target of 0", laidOutWithCell("B23", 0), "target-invalid", "B23", /is 0\..*above 0, for example 50000/],
  ["a target as text", laidOutWithCell("B23", "fifty thousand"), "target-invalid", "B23", /"fifty thousand"/],
  ["an error as the target", laidOutWithCell("B23", "=NA()"), "target-invalid", "B23", /"#N\/A"/],
  // The sales cycle (E20) and a customer's lifetime value (E21), beside the costs and target block.
  ["a cycle time as words", laidOutWithCell("E20", "six weeks"), "cycle-days-invalid", "E20", /"six weeks".*above 0/],
  ["a cycle of 0 days", laidOutWithCell("E20", 0), "cycle-days-invalid", "E20", /is 0\..*number of days.*45/],
  ["a negative cycle", laidOutWithCell("E20", -30), "cycle-days-invalid", "E20", /is -30\..*above 0/],
  ["an error as the cycle time", laidOutWithCell("E20", "=1/0"), "cycle-days-invalid", "E20", /"#DIV\/0!"/],
  [
    "a negative lifetime value",
    laidOutWithCell("E21", -6000),
    "lifetime-value-invalid",
    "E21",
    /is -6,000\..*0 or more, for example 6000/,
  ],
  ["a lifetime value as text", laidOutWithCell("E21", "6k"), "lifetime-value-invalid", "E21", /"6k".*plain amount/],
  ["an error as the lifetime value", laidOutWithCell("E21", "=NA()"), "lifetime-value-invalid", "E21", /"#N\/A"/],
  [
    "your own note where the cycle time goes, on a sheet not laid out yet (E20)",
    withCell("E20", "ask Anna"),
    "cell-taken",
    "E20",
    /"ask Anna".*needs that cell for "Days from first contact to sale"/,
  ],
  [
    "your own note where the costs go, on a sheet not laid out yet (B20)",
    withCell("B20", "budget?"),
    "cell-taken",
    "B20",
    /"budget\?".*needs that cell for "Costs of the period"/,
  ],
  [
    "a result typed into merged cells (B6:B7): named as merged, not as an empty B7",
    async () => {
      const wb = base();
      const ctx = contextOf(wb);
      ctx.workbook.worksheets.getActiveWorksheet().getRange("B6:B7").merge();
      await ctx.sync();
      return wb;
    },
    "cell-merged",
    "B6",
    /B6:B7 are merged cells: Excel keeps only what is in B6.*Unmerge them/,
  ],
  [
    "a step name longer than Excel matches with closed periods (200 characters)",
    withCell("A7", `Engaged ${"e".repeat(192)}`),
    "name-too-long",
    "A7",
    /"Engaged e{22}…" \(A7\) has 200 characters; a name may have at most 120.*Type a shorter one/,
  ],
  [
    "a control character in a step name, pasted from another program",
    withCell("A6", "Quali\u0001fied"),
    "name-control-character",
    "A6",
    /"Quali\uFFFDfied" \(A6\) holds an invisible control character.*Type the name again by hand/,
  ],
  [
    "a product name of 121 characters",
    laidOutWithCell(NAME_CELL, "p".repeat(121)),
    "name-too-long",
    NAME_CELL,
    /has 121 characters; a name may have at most 120/,
  ],
  [
    "a control character in the product name",
    laidOutWithCell(NAME_CELL, "Shoes\u001b[0m"),
    "name-control-character",
    NAME_CELL,
    /invisible control character/,
  ],
  [
    "an unknown improvement mode stored in the workbook",
    () => {
      const wb = base();
      wb.settings.set("FunnelForecast.improvementMode", "percentish");
      return wb;
    },
    "improvement-mode-invalid",
    undefined,
    /"relative".*"points"/,
  ],
];

test("the corpus has at least 25 cases, and 30 edits of the add-in's own cells", () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
  expect(editedCases).toHaveLength(2 * 5 * 3);
});

test.each([...cases, ...editedCases])("%s", async (_label, setup, code, cell, advice) => {
  const wb = await setup();
  const before = wb.fingerprint();
  const { result, syncs } = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(result.written).toBe(false);
  expect(result.outcome.forecast).toBeNull();
  const issue = result.outcome.errors.find((e) => e.code === code);
  expect(issue).toBeDefined();
  expect(issue?.cell).toBe(cell);
  if (cell !== undefined) expect(issueMessage(issue!)).toContain(cell);
  expect(issueMessage(issue!)).toMatch(advice);
  expect(wb.fingerprint()).toBe(before);
  expect(syncs).toBe(1);
});

test("Excel 2019 (ExcelApi 1.8) cannot tell merged cells: there the merged B6:B7 reads as an empty B7, as Excel shows it", async () => {
  const wb = newWorkbook({ excelApiMinor: 8 });
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  const ctx = contextOf(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("B6:B7").merge();
  await ctx.sync();
  const before = wb.fingerprint();
  const { result, syncs } = await counted(wb, (c) => recalculate(c, { isSetSupported: supportsOf(wb) }));
  expect(result.outcome.errors.map((e) => [e.code, e.cell])).toEqual([["result-missing", "B7"]]);
  expect(wb.fingerprint()).toBe(before);
  expect(syncs).toBe(1);
});

test("a sheet the add-in laid out, where the user typed over one of its formulas, is refused too", async () => {
  const wb = base();
  await recalculate((await import("../helpers/simulated-excel")).contextOf(wb), { isSetSupported: supportsOf(wb) });
  wb.setInput("Sheet1", "G7", "my own forecast");
  const before = wb.fingerprint();
  const { result } = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(result.outcome.errors.map((e) => e.cell)).toEqual(["G7"]);
  expect(wb.fingerprint()).toBe(before);
});

describe("names the add-in cannot keep, from the pane and from Close period", () => {
  const laidOut = async () => {
    const wb = base();
    expect((await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) })).written).toBe(true);
    return wb;
  };
  const paneFunnel = (name: string, product?: string): RawFunnel => ({
    steps: articleSteps.map(([stepName, result], i) => ({
      name: i === 2 ? name : stepName,
      result,
      improvement: "",
    })),
    averageSaleValue: 1500,
    ...(product === undefined ? {} : { name: product }),
  });

  test.each([
    ["a step name of 130 characters", paneFunnel("s".repeat(130)), "name-too-long", "A7"],
    ["a tab is kept, a bell is not", paneFunnel("Engaged\t\u0007"), "name-control-character", "A7"],
    ["a product name with a NUL", paneFunnel("Engaged", "Shoes\u0000"), "name-control-character", NAME_CELL],
  ] as const)(
    "%s: refused from the pane, naming the cell, in every language; nothing written",
    async (_l, funnel, code, cell) => {
      const wb = await laidOut();
      const before = wb.fingerprint();
      const { result, syncs } = await counted(wb, (ctx) =>
        writeInputs(ctx, funnel, { isSetSupported: supportsOf(wb) }),
      );
      expect([result.written, syncs, wb.fingerprint() === before]).toEqual([false, 1, true]);
      const issue = result.outcome.errors.find((e) => e.code === code);
      expect(issue?.cell).toBe(cell);
      const texts = Object.entries(LANGUAGES).map(([language, pack]) => [language, issueText(issue!, pack, "en-US")]);
      for (const [, text] of texts) expect(text).toContain(`(${cell})`);
      // Five sentences, one per language, none left in English.
      expect(new Set(texts.map(([, text]) => text)).size).toBe(5);
      if (code === "name-too-long") for (const [, text] of texts) expect(text).toMatch(/130.*120/);
    },
  );

  test("a period label holding a control character is refused; nothing written", async () => {
    const wb = await laidOut();
    const before = wb.fingerprint();
    const { result, syncs } = await counted(wb, (ctx) =>
      closePeriod(ctx, "2026\u001fQ3", { isSetSupported: supportsOf(wb) }),
    );
    expect(result).toMatchObject({ status: "refused", errors: [{ code: "name-control-character" }] });
    expect(result.status === "refused" && issueMessage(result.errors[0]!)).toMatch(
      /"2026\uFFFDQ3" holds an invisible control character/,
    );
    expect([syncs, wb.fingerprint() === before]).toEqual([0, true]);
  });
});
