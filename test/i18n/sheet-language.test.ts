/** A sheet keeps the language it was laid out in: told from its labels. */
import { sheetLanguageOf } from "../../src/i18n/sheet-language";
import { sheetLabels } from "../../src/i18n/sheet-labels";
import { LANGUAGE_CODES } from "../../src/i18n";

const texts = (language: keyof typeof sheetLabels) =>
  (Object.values(sheetLabels[language]) as unknown[]).filter((v): v is string => typeof v === "string");

test.each(LANGUAGE_CODES)("a sheet laid out in %s is told as such, from its headers alone too", (language) => {
  expect(sheetLanguageOf(texts(language))).toBe(language);
  const labels = sheetLabels[language];
  expect(sheetLanguageOf([labels.step, labels.result, labels.conversion, labels.forecastConversion])).toBe(language);
});

test("the user's own texts beside the labels do not change it; the majority decides a mixed sheet", () => {
  const en = sheetLabels.en;
  const de = sheetLabels.de;
  expect(sheetLanguageOf(["Visitors", "Checkout", "2026 Q3", en.step, en.result, en.revenue])).toBe("en");
  // A sheet relabelled in part by an older version: mostly English, one German header.
  expect(sheetLanguageOf([en.step, en.result, de.conversion, en.improvement, en.revenue])).toBe("en");
});

test("no label of the add-in's, a tie, or only words two languages share: no language", () => {
  expect(sheetLanguageOf([])).toBeNull();
  expect(sheetLanguageOf(["Visitors", "Purchase", "Notes"])).toBeNull();
  expect(sheetLanguageOf([sheetLabels.en.step, sheetLabels.nl.step])).toBeNull();
  const shared = texts("de").filter((t) => texts("nb").includes(t));
  expect(shared.length).toBeGreaterThan(0);
  expect(sheetLanguageOf(shared)).toBeNull();
});
