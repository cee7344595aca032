/** The pane's form as the funnel it sends to the sheet: what is typed, in the pane's locale. */
import { funnelFromForm, newStep, NO_MONEY } from "../../src/taskpane/form";
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
