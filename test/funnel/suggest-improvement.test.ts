/** The value suggested for an improvement over 100 %: the likely one, or a tenth of it until it is not capped. */
import { uncappedSuggestion } from "../../src/funnel/suggest-improvement";

test("the likely value where the forecast can use it as it is", () => {
  // 40 % improved by 20 %: 48 %.
  expect(uncappedSuggestion(0.2, 0.4, "relative")).toBe(0.2);
  // A first step (a volume) is never capped.
  expect(uncappedSuggestion(0.2, null, "relative")).toBe(0.2);
});

test("a tenth, and a tenth again, until the forecast conversion stays within 100 %", () => {
  // 90 % × 1.2 = 108 %: capped; 90 % × 1.02 = 91.8 %.
  expect(uncappedSuggestion(0.2, 0.9, "relative")).toBeCloseTo(0.02, 12);
  // 99.5 % × 1.02 = 101.5 %, × 1.002 = 99.7 %.
  expect(uncappedSuggestion(0.2, 0.995, "relative")).toBeCloseTo(0.002, 12);
  // Points: 85 % + 20 = 105 %; + 2 = 87 %.
  expect(uncappedSuggestion(0.2, 0.85, "points")).toBeCloseTo(0.02, 12);
  // Exactly 100 % is not capped: 50 % × (1 + 100 %).
  expect(uncappedSuggestion(1, 0.5, "relative")).toBe(1);
});

test("a likely value over 100 % is never suggested: 200 % becomes 20 %", () => {
  expect(uncappedSuggestion(2, 0.3, "relative")).toBeCloseTo(0.2, 12);
  expect(uncappedSuggestion(2, null, "relative")).toBeCloseTo(0.2, 12);
});

test("at a step already converting 100 % nothing fits: the first value of 100 % or less", () => {
  expect(uncappedSuggestion(2, 1, "relative")).toBeCloseTo(0.2, 12);
});
