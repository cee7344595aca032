import { issueMessage } from "../../src/funnel/issue-texts-en";
import { forecastFunnel, parseFunnelCells, type FunnelInput } from "../../src/funnel";

const ok = (): FunnelInput => ({
  steps: [
    { name: "Leads", result: 800, improvement: 0 },
    { name: "Qualified", result: 320, improvement: 0 },
    { name: "Proposal", result: 400, improvement: 0 },
  ],
  averageSaleValue: 1500,
});

/** Puts a raw (possibly wrongly typed) value into a funnel, as a JSON file could. */
function withStep(index: number, patch: Record<string, unknown>): FunnelInput {
  const input = ok();
  input.steps[2]!.result = 100;
  Object.assign(input.steps[index]!, patch);
  return input;
}

const layout = { firstStepRow: 2, saleValueCell: "B7" };

describe("every error code blocks the forecast and names the step and cell", () => {
  const cases: [string, FunnelInput, string, number | null, string | undefined][] = [
    [
      "too-few-steps (one step: the next one goes on the row below it)",
      { steps: [{ name: "Leads", result: 5, improvement: 0 }], averageSaleValue: 1 },
      "too-few-steps-at",
      null,
      "A3",
    ],
    ["result-missing", withStep(1, { result: undefined }), "result-missing", 2, "B3"],
    ["result-not-number", withStep(1, { result: "lots" }), "result-not-number", 2, "B3"],
    ["result NaN", withStep(1, { result: NaN }), "result-not-number", 2, "B3"],
    ["negative", withStep(1, { result: -5 }), "negative", 2, "B3"],
    ["not-finite", withStep(1, { result: Infinity }), "not-finite", 2, "B3"],
    ["too-large", withStep(0, { result: 1e13 }), "too-large", 1, "B2"],
    ["step-exceeds-previous", ok(), "step-exceeds-previous", 3, "B4"],
    ["after-zero", withStep(1, { result: 0 }), "after-zero", 3, "B4"],
    ["improvement-not-number", withStep(2, { improvement: "a lot" }), "improvement-not-number", 3, "D4"],
    ["improvement-below-minus-100", withStep(2, { improvement: -1 }), "improvement-below-minus-100", 3, "D4"],
    [
      "step 1 improvement below -100% even in points mode",
      { ...withStep(0, { improvement: -1.5 }), improvementMode: "points" },
      "improvement-below-minus-100",
      1,
      "D2",
    ],
    [
      "sale-value-missing",
      { ...withStep(0, {}), averageSaleValue: undefined as unknown as number },
      "sale-value-missing",
      null,
      "B7",
    ],
    ["sale-value-invalid (negative)", { ...withStep(0, {}), averageSaleValue: -1 }, "sale-value-invalid", null, "B7"],
    [
      "sale-value-invalid (text)",
      { ...withStep(0, {}), averageSaleValue: "€1500" as unknown as number },
      "sale-value-invalid",
      null,
      "B7",
    ],
  ];
  test.each(cases)("%s", (_label, input, code, step, cell) => {
    const outcome = forecastFunnel(input, layout);
    expect(outcome.forecast).toBeNull();
    expect(outcome.errors).toHaveLength(1);
    const issue = outcome.errors[0]!;
    expect(issue.code).toBe(code);
    expect(issue.step).toBe(step);
    expect(issue.cell).toBe(cell);
    if (cell !== undefined) expect(issueMessage(issue)).toContain(cell);
    expect(issueMessage(issue).length).toBeGreaterThan(30);
  });
});

test("one step: the message names both cells where the next step goes; without a sheet it names none", () => {
  const one = { steps: [{ name: "Leads", result: 5, improvement: 0 }], averageSaleValue: 1 };
  expect(issueMessage(forecastFunnel(one, { firstStepRow: 5 }).errors[0]!)).toBe(
    "A funnel needs at least 2 steps: the leads at the top and at least one result below them. This one has 1. Type the next step's name in A6 and its result in B6, then recalculate.",
  );
  const fromJson = forecastFunnel(one).errors[0]!;
  expect(fromJson.code).toBe("too-few-steps");
  expect(fromJson.cell).toBeUndefined();
  const none = forecastFunnel({ steps: [], averageSaleValue: 1 }, { firstStepRow: 5 }).errors[0]!;
  expect(none.params).toMatchObject({ count: 0, nameCell: "A5", resultCell: "B5" });
});

test("the message reads like the design's example", () => {
  const outcome = forecastFunnel(
    {
      steps: [
        { name: "Leads", result: 800, improvement: 0 },
        { name: "Qualified", result: 500, improvement: 0 },
        { name: "Proposal", result: 450, improvement: 0 },
      ],
      averageSaleValue: 1,
    },
    { firstStepRow: 2 },
  );
  expect(outcome.errors).toEqual([]);
  const bad = forecastFunnel(
    {
      steps: [
        { name: "Leads", result: 800, improvement: 0 },
        { name: "Qualified", result: 400, improvement: 0 },
        { name: "Proposal", result: 450, improvement: 0 },
      ],
      averageSaleValue: 1,
    },
    { firstStepRow: 2 },
  );
  expect(issueMessage(bad.errors[0]!)).toBe(
    "Step 3 'Proposal' (B4) has 450, more than the 400 of the step before it. Each step counts people who also passed the one before, so type at most 400.",
  );
});

test("every problem is reported, not just the first", () => {
  const outcome = forecastFunnel(
    {
      steps: [
        { name: "Leads", result: -1, improvement: 0 },
        { name: "Qualified", result: 320, improvement: "x" as unknown as number },
        { name: "Engaged", result: 400, improvement: -2 },
      ],
      averageSaleValue: -3,
    },
    layout,
  );
  expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([
    ["negative", "B2"],
    ["improvement-not-number", "D3"],
    ["step-exceeds-previous", "B4"],
    ["improvement-below-minus-100", "D4"],
    ["sale-value-invalid", "B7"],
  ]);
});

describe("warnings are shown but do not block", () => {
  test("improvement-over-100 suggests the likely meant percentage", () => {
    const outcome = forecastFunnel(withStep(2, { improvement: 10 }), layout);
    expect(outcome.forecast).not.toBeNull();
    const warning = outcome.warnings.find((w) => w.code === "improvement-over-100")!;
    expect(warning.cell).toBe("D4");
    expect(issueMessage(warning)).toContain("Did you mean 10%?");
  });
  test("improvement-over-100 never suggests a value the forecast would cap in turn", () => {
    // 2000 % at a step converting 300 of 320 (93.75 %): 20 % would make it 112.5 %, capped; 2 % gives 95.6 %.
    const outcome = forecastFunnel(withStep(2, { result: 300, improvement: 20 }), layout);
    const warning = outcome.warnings.find((w) => w.code === "improvement-over-100")!;
    expect(issueMessage(warning)).toContain("is 2,000%. Did you mean 2%?");
    expect(warning.params?.suggestion).toBeCloseTo(0.02, 12);
    // In points: 93.75 % + 20 points passes 100 %, + 2 points does not.
    const points = forecastFunnel(
      { ...withStep(2, { result: 300, improvement: 20 }), improvementMode: "points" },
      layout,
    );
    expect(points.warnings.find((w) => w.code === "improvement-over-100")?.params?.suggestion).toBeCloseTo(0.02, 12);
  });
  test("capped names the improvement cell", () => {
    const outcome = forecastFunnel(withStep(1, { improvement: 2 }), layout);
    expect(outcome.warnings.map((w) => [w.code, w.cell])).toEqual([
      ["improvement-over-100", "D3"],
      ["capped", "D3"],
    ]);
  });
  test("name-missing says truthfully what happens: the chart shows no label, the pane says Step 1", () => {
    const outcome = forecastFunnel(withStep(0, { name: "" }), layout);
    expect(outcome.warnings.map((w) => [w.code, w.cell])).toEqual([["name-missing", "A2"]]);
    expect(issueMessage(outcome.warnings[0]!)).toBe(
      'Step 1 (A2) has no name. Type one there: until then the chart shows this step without a label, and the pane calls it "Step 1".',
    );
    expect(outcome.forecast!.steps[0]!.name).toBe("Step 1");
  });
  test("a result that is not a whole number is kept as typed, with a warning naming the cell", () => {
    const outcome = forecastFunnel(withStep(2, { result: 12.5 }), layout);
    expect(outcome.warnings.map((w) => [w.code, w.cell])).toEqual([["result-not-whole", "B4"]]);
    expect(issueMessage(outcome.warnings[0]!)).toContain("has 12.5, which is not a whole number");
    expect(outcome.forecast!.steps[2]!.result).toBe(12.5);
  });
});

describe("parseFunnelCells: raw Office.js values", () => {
  const parse = (results: unknown[], improvements: unknown[], saleValue: unknown = 1500) =>
    parseFunnelCells({
      firstStepRow: 4,
      names: results.map((_, i) => `Step ${i + 1}`),
      results,
      improvements,
      saleValue,
      saleValueCell: "B12",
    });

  test("numbers and empty improvements give a FunnelInput; an empty improvement is 0 and said to be empty", () => {
    const v = parse([800, 320, 160], ["", 0.1, ""]);
    expect(v.errors).toEqual([]);
    expect(v.input).toEqual({
      steps: [
        { name: "Step 1", result: 800, improvement: 0, improvementBlank: true },
        { name: "Step 2", result: 320, improvement: 0.1 },
        { name: "Step 3", result: 160, improvement: 0, improvementBlank: true },
      ],
      averageSaleValue: 1500,
      improvementMode: "relative",
    });
  });

  test.each([
    ["#REF!", "cell-error", "B5"],
    ["#DIV/0!", "cell-error", "B5"],
    ["#N/A", "cell-error", "B5"],
    [true, "result-not-number", "B5"],
    ["about 300", "result-not-number", "B5"],
    ["320", "text-number", "B5"],
    ["1,320", "text-number", "B5"],
    ["", "result-missing", "B5"],
  ])("result %p -> %s at %s", (raw, code, cell) => {
    const v = parse([800, raw, 160], ["", "", ""]);
    expect(v.input).toBeNull();
    expect(v.errors[0]).toMatchObject({ code, cell, step: 2 });
  });

  test("percent typed as text says how to type it", () => {
    const v = parse([800, 320, 160], ["", "20%", ""]);
    expect(v.errors[0]).toMatchObject({ code: "text-percent", cell: "D5" });
    expect(issueMessage(v.errors[0]!)).toContain("type 20% in a cell formatted as Percent");
    expect(issueMessage(v.errors[0]!)).toContain("0.2");
  });

  test("an error in the sale value cell", () => {
    const v = parse([800, 320, 160], ["", "", ""], "#VALUE!");
    expect(v.errors[0]).toMatchObject({ code: "sale-value-invalid", cell: "B12", step: null });
  });
});
