/** The pane's form as the funnel it sends to the sheet: what is typed, in the pane's locale. */
import { funnelFromForm, newStep, NO_MONEY, paneHints } from "../../src/taskpane/form";
import type { PaneStrings } from "../../src/i18n";
import { validateFunnel } from "../../src/funnel/validate";

test("an improvement left empty is sent as nothing (an empty cell in D), a typed 0 as 0, 12,5 % in Dutch as 0.125", () => {
  const form = {
    name: "",
    steps: [newStep("Leads", "800", ""), newStep("Qualified", "320", "0"), newStep("Won", "16", "12,5 %")],
    saleValue: "1500",
    money: NO_MONEY,
  };
  const raw = funnelFromForm(form, "relative", "nl-NL");
  expect(raw.steps.map((s) => s?.improvement)).toEqual([undefined, 0, 0.125]);
  const checked = validateFunnel(raw);
  expect(checked.input?.steps.map((s) => [s.improvement, s.improvementBlank === true])).toEqual([
    [0, true],
    [0, false],
    [0.125, false],
  ]);
});

describe("the pane's hint for a very large improvement suggests one the forecast would not cap", () => {
  const strings = { hintSmall: "small {typed} {suggestion}", hintLarge: "Did you mean {suggestion} %?" } as PaneStrings;
  const form = (improvement: string, results = ["1000", "900", "300"]) => ({
    name: "",
    steps: [
      newStep("Leads", results[0], ""),
      newStep("Qualified", results[1], ""),
      newStep("Won", results[2], improvement),
    ],
    saleValue: "100",
    money: NO_MONEY,
  });

  test("2000 at a step converting 1/3: 200 % is over 100 %, 20 % gives 40 %", () => {
    expect(paneHints(form("2000"), strings, "en-US", "relative").get(2)).toBe("Did you mean 20 %?");
  });

  test("2000 at a step converting 90 %: 20 % would give 108 % (capped), so 2 %", () => {
    const hints = paneHints(form("2000", ["1000", "1000", "900"]), strings, "en-US", "relative");
    expect(hints.get(2)).toBe("Did you mean 2 %?");
    // In points: 90 % + 20 points is capped too, + 2 points is not.
    expect(paneHints(form("2000", ["1000", "1000", "900"]), strings, "en-US", "points").get(2)).toBe(
      "Did you mean 2 %?",
    );
    // In Dutch notation, the same.
    expect(paneHints(form("2.000", ["1.000", "1.000", "900"]), strings, "nl-NL", "relative").get(2)).toBe(
      "Did you mean 2 %?",
    );
  });

  test("the first step is a volume: 300 % becomes 30 %, never capped", () => {
    const first = { ...form(""), steps: [newStep("Leads", "1000", "300"), newStep("Won", "100", "")] };
    expect(paneHints(first, strings, "en-US", "relative").get(0)).toBe("Did you mean 30 %?");
  });
});
