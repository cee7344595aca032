import { issueMessage } from "../../src/funnel/issue-texts-en";
import { englishIssueTexts } from "../../src/funnel";
import {
  defaultCurrency,
  excelMoneyFormat,
  fill,
  formatters,
  issueText,
  joinList,
  parseLocaleNumber,
  pickLocale,
} from "../../src/i18n";
import { LANGUAGES } from "../../src/i18n/all-languages";
import { forecastFunnel } from "../../src/funnel";

/** Every key path of an object, for comparing language packs (values that are functions are leaves). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix === "" ? key : `${prefix}.${key}`));
}

function leaves(value: unknown, prefix = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix === "" ? key : `${prefix}.${key}`));
}

const english = keyPaths({ ...LANGUAGES.en, code: undefined, name: undefined }).sort();

describe.each(Object.values(LANGUAGES).map((pack) => [pack.code, pack] as const))("language %s", (_code, pack) => {
  test("has every key English has, and no others", () => {
    expect(keyPaths({ ...pack, code: undefined, name: undefined }).sort()).toEqual(english);
  });
  test("has no empty string", () => {
    for (const [path, value] of leaves(pack)) {
      expect(typeof value === "string" && value.trim() !== "" ? path : `${path} is empty`).toBe(path);
    }
  });
  test("keeps every placeholder of the English templates", () => {
    for (const [code, template] of Object.entries(englishIssueTexts.templates)) {
      const placeholders = (t: string) => [...t.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]).sort();
      const translated = pack.issues.templates[code as keyof typeof englishIssueTexts.templates];
      expect([code, [...new Set(placeholders(translated))]]).toEqual([code, [...new Set(placeholders(template))]]);
    }
  });
  test("pane placeholders match English", () => {
    for (const [key, template] of Object.entries(LANGUAGES.en.pane)) {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(pack.pane[key as keyof typeof pack.pane])]).toEqual([key, names(template as string)]);
    }
  });
});

describe.each(Object.entries(LANGUAGES).map(([code, pack]) => [code, pack.metrics] as const))(
  "the metrics sentences in %s",
  (_code, strings) => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    test("have every key English has, none empty, with English's placeholders", () => {
      expect(keyPaths(strings).sort()).toEqual(keyPaths(LANGUAGES.en.metrics).sort());
      for (const [path, value] of leaves(strings)) {
        expect(typeof value === "string" && value.trim() !== "" ? path : `${path} is empty`).toBe(path);
        const english = leaves(LANGUAGES.en.metrics).find(([p]) => p === path)?.[1] as string;
        expect([path, names(value as string)]).toEqual([path, names(english)]);
      }
    });
  },
);

test("a missing key is caught", () => {
  const broken = structuredClone(LANGUAGES.nl) as unknown as { pane: Record<string, unknown> };
  delete broken.pane.recalculate;
  expect(keyPaths({ ...broken, code: undefined, name: undefined }).sort()).not.toEqual(english);
});

test.each([
  ["nl-NL", "nl", "nl-NL", "EUR"],
  ["nl-BE", "nl", "nl-BE", "EUR"],
  ["de-AT", "de", "de-AT", "EUR"],
  ["hu-HU", "hu", "hu-HU", "HUF"],
  ["nb-NO", "nb", "nb-NO", "NOK"],
  ["no-NO", "nb", "nb-NO", "NOK"],
  ["en-GB", "en", "en-GB", "GBP"],
  ["en-US", "en", "en-US", "USD"],
  ["fr-FR", "en", "en-US", "USD"],
  [undefined, "en", "en-US", "USD"],
])("display language %s -> %s (%s), %s", (display, language, tag, currency) => {
  const locale = pickLocale(display);
  expect(locale).toEqual({ language, tag });
  expect(defaultCurrency(locale)).toBe(currency);
});

test.each([
  ["nl-NL", "EUR", '"€" #,##0.00'],
  ["de-DE", "EUR", '#,##0.00 "€"'],
  ["en-US", "USD", '"$"#,##0.00'],
  ["en-GB", "GBP", '"£"#,##0.00'],
  ["nb-NO", "NOK", '#,##0.00 "kr"'],
])("Excel money format for %s %s is %s", (tag, currency, format) => {
  expect(excelMoneyFormat(tag, currency as "EUR")).toBe(format);
});

test.each([
  ["1.500", "nl-NL", 1500],
  ["1.500,5", "de-DE", 1500.5],
  ["12,5", "nl-NL", 12.5],
  ["1,500.5", "en-US", 1500.5],
  ["1 500", "nb-NO", 1500],
  ["1\u00a0500,25", "hu-HU", 1500.25],
  ["-3", "en-US", -3],
  ["abc", "en-US", null],
  ["", "en-US", null],
  ["12%", "en-US", null],
])("parses %p in %s as %p", (text, tag, expected) => {
  expect(parseLocaleNumber(text, tag)).toBe(expected);
});

test("issue sentences are rebuilt in the pane's language with its number format", () => {
  const outcome = forecastFunnel(
    {
      steps: [
        { name: "Leads", result: 1000, improvement: 0 },
        { name: "Gekwalificeerd", result: 1500.5, improvement: 0 },
      ],
      averageSaleValue: 1,
    },
    { firstStepRow: 5 },
  );
  const issue = outcome.errors[0]!;
  expect(issueText(issue, LANGUAGES.nl, "nl-NL")).toBe(
    "Stap 2 'Gekwalificeerd' (B6) heeft 1.500,5, meer dan de 1.000 van de stap ervoor. Elke stap telt mensen die ook de vorige stap haalden, dus typ hoogstens 1.000.",
  );
  expect(issueText(issue, LANGUAGES.en, "en-US")).toBe(issueMessage(issue));
  expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
});

describe("figures that tell the truth", () => {
  test("now and forecast get just enough decimals to show a change, at least two significant digits", () => {
    const f = formatters("en-US", "USD");
    expect(f.percentPair(0.0075, 0.00825)).toEqual(["0.75%", "0.83%"]);
    expect(f.percentPair(0.4, 0.44)).toEqual(["40.0%", "44.0%"]);
    expect(f.percentPair(0.4, 0.4001)).toEqual(["40.00%", "40.01%"]);
    expect(f.percentPair(0.4, 0.4)).toEqual(["40.0%", "40.0%"]);
    expect(f.percentPair(null, 0.2)).toEqual(["–", "20.0%"]);
    expect(formatters("nl-NL", "EUR").percentPair(0.0075, 0.00825)).toEqual(["0,75%", "0,83%"]);
  });
  test("a result that is not whole is shown as it is, not rounded to a person", () => {
    expect(formatters("en-US", "USD").count(12.5)).toBe("12.5");
    expect(formatters("de-DE", "EUR").count(1200)).toBe("1.200");
  });
  test("lists read naturally in each language", () => {
    expect(joinList(["Qualified", "Proposal made", "Purchase"], "and")).toBe("Qualified, Proposal made and Purchase");
    expect(joinList(["A", "B"], "és")).toBe("A és B");
    expect(joinList(["A"], "og")).toBe("A");
  });
});
