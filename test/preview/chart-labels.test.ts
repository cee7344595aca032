/** Step names beside the preview's bars wrap within their column, between words and inside a long word. */
import { labelColumn, textWidth, wrapLabel } from "../../src/preview/chart-labels";

test("a name that fits stays on one line", () => {
  expect(wrapLabel("Purchase", 150)).toEqual(["Purchase"]);
  expect(wrapLabel("", 150)).toEqual([""]);
});

test("a 40-character name wraps between words, and every line fits the column", () => {
  const name = "Behaviour stimulated by the newsletter ab";
  const lines = wrapLabel(name, 150);
  expect(lines).toEqual(["Behaviour stimulated", "by the newsletter ab"]);
  for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(150);
});

test("a word longer than the column is cut into pieces that fit, nothing lost", () => {
  const word = "Verhaltensstimulierungsmaßnahmenkatalog!";
  const lines = wrapLabel(`${word} ab`, 100);
  expect(lines.join("")).toBe(`${word}ab`);
  for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(100);
  expect(lines.length).toBeGreaterThan(2);
});

test("the names' column is as wide as the longest name, within its bounds", () => {
  expect(labelColumn(["Leads", "Product views"], 60, 150)).toBe(textWidth("Product views"));
  expect(labelColumn(["A"], 60, 150)).toBe(60);
  expect(labelColumn(["Behaviour stimulated by the newsletter ab"], 60, 150)).toBe(150);
});
