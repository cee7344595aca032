/** The workbook's currency as its money cells show it (for workbooks that never stored one). */
import { currencyOfFormat, currencyOfFormats, moneyFormatShowing } from "../../src/sheet/format-currency";
import { CURRENCIES, excelMoneyFormat } from "../../src/i18n";

const TAGS = ["en-US", "en-GB", "nl-NL", "de-DE", "hu-HU", "nb-NO"];

test("every format the add-in writes names its currency back, whatever language wrote it", () => {
  for (const tag of TAGS) {
    for (const currency of CURRENCIES) {
      const format = excelMoneyFormat(tag, currency);
      expect([tag, format, currencyOfFormat(format)]).toEqual([tag, format, currency]);
    }
  }
});

test.each([
  // Excel's own currency and accounting formats, as Range.numberFormat gives them.
  ["[$$-409]#,##0.00", "USD"],
  ["$#,##0.00_);($#,##0.00)", "USD"],
  ["_-[$€-2] * #,##0.00_-;-[$€-2] * #,##0.00_-", "EUR"],
  ["#,##0.00 [$€-407]", "EUR"],
  ["[$£-809]#,##0.00", "GBP"],
  ['#,##0 "Ft"', "HUF"],
  ["#,##0\\ [$Ft-40E]", "HUF"],
  ['"kr" #,##0.00', "NOK"],
  ["[$USD] #,##0.00", "USD"],
])("%s shows %s", (format, currency) => {
  expect(currencyOfFormat(format)).toBe(currency);
});

test.each(["General", "#,##0.00", "0.0%", "yyyy-mm-dd", '#,##0 "leads"', '0.0 "points"', "[Red]#,##0", "[$-409]mmmm d"])(
  "%s shows no currency",
  (format) => {
    expect(currencyOfFormat(format)).toBeNull();
  },
);

test("the workbook's currency is the one most money cells show; a tie tells nothing", () => {
  const dollars = excelMoneyFormat("en-US", "USD");
  const euros = excelMoneyFormat("de-DE", "EUR");
  expect(currencyOfFormats([dollars, dollars, euros, "0.0%", "#,##0"])).toBe("USD");
  expect(currencyOfFormats([dollars, euros])).toBeNull();
  expect(currencyOfFormats(["0.0%", "#,##0.0"])).toBeNull();
  expect(currencyOfFormats([])).toBeNull();
});

test("the money keeps the format most of its cells have for the currency", () => {
  const dollars = excelMoneyFormat("en-US", "USD");
  const germanDollars = excelMoneyFormat("de-DE", "USD");
  const formats = [germanDollars, germanDollars, dollars, "0.0%", excelMoneyFormat("en-GB", "GBP")];
  expect(moneyFormatShowing(formats, "USD")).toBe(germanDollars);
  expect(moneyFormatShowing(formats, "GBP")).toBe(excelMoneyFormat("en-GB", "GBP"));
  expect(moneyFormatShowing(formats, "EUR")).toBeNull();
  expect(moneyFormatShowing([dollars, germanDollars], "USD")).toBeNull();
});

test.each([
  // Excel's own euro formats and locale tags in [$…-…] blocks; escaped characters read as one text.
  ["#,##0.00 [$€-x-euro2]", "EUR"],
  ["[$€-x-euro1] #,##0.00", "EUR"],
  ["#,##0.00 [$€-de-DE]", "EUR"],
  ["#,##0\\ \\F\\t", "HUF"],
  ["\\k\\r\\ #,##0.00", "NOK"],
  ["[$kr-414] #,##0.00", "NOK"],
  ["[$$-409]#,##0.00;[Red]-[$$-409]#,##0.00", "USD"],
])("%s shows %s", (format, currency) => {
  expect(currencyOfFormat(format)).toBe(currency);
});

test.each([
  // Other currencies that share a symbol with an offered one: named by their locale.
  "[$kr-41D] #,##0.00",
  "[$kr.-406] #,##0.00",
  "[$$-C09]#,##0.00",
  "[$CA$-1009]#,##0.00",
  "[$R$-416] #,##0.00",
  // Text of the user's that merely mentions a currency.
  '0 "USD leads"',
  '0 "leads per $"',
  '#,##0 "kr/lead"',
])("%s shows no offered currency", (format) => {
  expect(currencyOfFormat(format)).toBeNull();
});
