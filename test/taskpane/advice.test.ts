/**
 * The sentence that says where to start: one step, every step tied for first, or none at all — in the
 * words the pane shows, with the money of the step's +1 point worked out here by hand.
 */
import { advice } from "../../src/taskpane/Results";
import { en } from "../../src/i18n/en";
import { formatters, loadLanguage } from "../../src/i18n";
import { exampleFunnel, forecastFunnel, type FunnelInput } from "../../src/funnel";

const usd = formatters("en-US", "USD");

function adviceFor(input: FunnelInput, strings = en.pane, format = usd): string {
  const forecast = forecastFunnel(input).forecast;
  if (forecast === null) throw new Error("the funnel is not valid");
  return advice(forecast, strings, format);
}

test("the article's funnel: the three steps tied at $600 a point are named together", () => {
  // +1 point at Qualified: 800 × 41% × 50% × 40% × 62.5% × 40% = 16.4 purchases, +0.4 × $1,500 = $600;
  // at Proposal made: 160 × 41% × 62.5% × 40% = 16.4 again; at Purchase: 40 × 41% = 16.4 again.
  expect(adviceFor(exampleFunnel)).toBe(
    "Qualified, Proposal made and Purchase each add $600 of revenue per extra percentage point of conversion, more than any other step: start with whichever is easiest to improve.",
  );
});

test("one step ahead of the rest is named alone", () => {
  const steps = exampleFunnel.steps.map((s) => (s.name === "Engaged" ? { ...s, result: 200 } : s));
  // Proposal made now converts 64/200 = 32%: +1 point gives 200 × 33% × 62.5% × 40% = 16.5, +0.5 × $1,500.
  expect(adviceFor({ ...exampleFunnel, steps })).toBe(
    en.pane.bottleneckSentence.replace("{step}", "Proposal made").replace("{amount}", "$750"),
  );
});

test("no step can gain (every step already converts 100%): the sentence says so instead of naming one", () => {
  const steps = ["Leads", "Calls", "Buyers"].map((name) => ({ name, result: 10, improvement: 0 }));
  expect(adviceFor({ ...exampleFunnel, steps })).toBe(
    "No step gains anything from one more percentage point of conversion right now.",
  );
});

test("ties in Dutch use the language's word for 'and'", async () => {
  const nl = await loadLanguage("nl");
  const text = adviceFor(exampleFunnel, nl.pane, formatters("nl-NL", "EUR"));
  expect(text).toMatch(/^Qualified, Proposal made en Purchase /);
  expect(text).toMatch(/€\s600 /); // Intl puts a no-break space after the euro sign
});
