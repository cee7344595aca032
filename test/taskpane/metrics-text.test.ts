/**
 * The pane's sentences of issue 23 (src/taskpane/metrics-text.ts), from the issue's own funnel: 28,723 to
 * 70,500 now and 34,468 to 84,600 forecast (test/funnel/range.test.ts works them out by hand), "Proposal
 * made" after 2.01 quarters or with 2,413 leads in one.
 */
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { formatters } from "../../src/i18n";
import { LANGUAGES } from "../../src/i18n/all-languages";
import { measureSentence, rangeSentences, roughCount, roundToSpread, unitOf } from "../../src/taskpane/metrics-text";
import { issueFunnel } from "../helpers/issue-funnel";

const en = LANGUAGES.en.metrics;
const usd = formatters("en-US", "USD");
const forecastOf = (input: FunnelInput) => forecastFunnel(input).forecast!;
/** The sentences as read: the word joiners that keep a range on one line are not seen. */
const seen = (sentences: string[]) => sentences.map((s) => s.replace(/\u2060/g, ""));

test("a range stays on one line: word joiners around its dash", () => {
  const [sentence] = rangeSentences(forecastOf(issueFunnel()), en, usd, en.units.quarter);
  expect(sentence).toContain("$29,000\u2060–\u2060$71,000");
});

test("rounded as a person says them", () => {
  expect([roundToSpread(28723.4, 41777), roundToSpread(70500.01, 41777)]).toEqual([29000, 71000]);
  expect([roundToSpread(995123, 10000), roundToSpread(1005321, 10000)]).toEqual([995000, 1005000]);
  expect([roundToSpread(136.78, 155.6), roundToSpread(4.4, 0.3), roundToSpread(7, 0)]).toEqual([140, 4, 7]);
  expect([roughCount(2412.7), roughCount(774.7), roughCount(10.5), roughCount(100)]).toEqual([2400, 770, 11, 100]);
});

test("the issue's sentences, in quarters", () => {
  const forecast = forecastOf(issueFunnel());
  const quarters = unitOf(["2026 Q1", "2026 Q2"], en);
  expect(seen(rangeSentences(forecast, en, usd, quarters))).toEqual([
    "Your data puts this funnel at $29,000–$71,000 per quarter (95%); the forecast at $34,000–$85,000.",
    // +9,000 hoped for, against a spread of 41,777: say so.
    "The extra revenue you hope for ($9,000) is smaller than this range's spread ($42,000): the revenue alone will not show whether the improvement worked.",
  ]);
  expect(measureSentence(forecast.steps[3]!, en, usd, quarters)).toBe(
    "You will see this change in your numbers after about 2 quarters like this one — or in one quarter with 2,400 leads.",
  );
  // Steps without a change have no sentence.
  expect(measureSentence(forecast.steps[2]!, en, usd, quarters)).toBeNull();
});

test("without closed periods, or with labels that say nothing, they are periods; half years and months by name", () => {
  expect(unitOf([], en).per).toBe("per period");
  expect(unitOf(["Launch", "Summer"], en).many).toBe("periods like this one");
  expect(unitOf(["2026 H1"], en).one).toBe("one half year");
  expect(unitOf(["2026-05", "2026-06"], LANGUAGES.de.metrics).many).toBe("Monaten wie diesem");
});

test("nothing improved: today's range alone; a big hoped-for change is not said to be hidden", () => {
  const flat = issueFunnel();
  flat.steps = flat.steps.map((s) => ({ ...s, improvement: 0 }));
  expect(seen(rangeSentences(forecastOf(flat), en, usd, en.units.period))).toEqual([
    "Your data puts this funnel at $29,000–$71,000 per period (95%).",
  ]);
  const bold = issueFunnel();
  bold.steps = bold.steps.map((s, i) => ({ ...s, improvement: i === 5 ? 1 : 0 })); // Purchase doubles
  const sentences = seen(rangeSentences(forecastOf(bold), en, usd, en.units.period));
  expect(sentences).toHaveLength(1);
  expect(sentences[0]).toMatch(/^Your data puts this funnel at \$29,000–\$71,000 per period \(95%\); the forecast at/);
});

test("no range where a count is not whole; a change that one period already shows", () => {
  const fractional = issueFunnel();
  fractional.steps[1]!.result = 600.5;
  expect(rangeSentences(forecastOf(fractional), en, usd, en.units.period)).toEqual([]);
  const big: FunnelInput = {
    steps: [
      { name: "Leads", result: 100_000, improvement: 0 },
      { name: "Buyers", result: 20_000, improvement: 0.5 },
    ],
    averageSaleValue: 10,
  };
  expect(measureSentence(forecastOf(big).steps[1]!, en, usd, en.units.quarter)).toBe(
    "You will see this change in your numbers within one quarter.",
  );
});

test("in the other languages, with their own number format", () => {
  const forecast = forecastOf(issueFunnel());
  const de = formatters("de-DE", "EUR");
  expect(measureSentence(forecast.steps[3]!, LANGUAGES.de.metrics, de, LANGUAGES.de.metrics.units.quarter)).toBe(
    "Sie sehen diese Änderung in Ihren Zahlen nach etwa 2 Quartalen wie diesem — oder in einem Quartal mit 2.400 Leads.",
  );
  const hu = formatters("hu-HU", "HUF");
  expect(seen(rangeSentences(forecast, LANGUAGES.hu.metrics, hu, LANGUAGES.hu.metrics.units.half))[0]).toMatch(
    /^Adatai alapján ez a tölcsér 29\s000\s*Ft–71\s000\s*Ft bevételt hoz félévente \(95%\)/,
  );
});
