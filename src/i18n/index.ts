/** Languages, locale choice, currencies and formatting for the pane and the sheet. */
import { renderIssue } from "../funnel/messages";
import type { FunnelIssue } from "../funnel/types";
import type { LanguageCode, LanguagePack } from "./types";

export type { LanguageCode, LanguagePack, PaneStrings } from "./types";

/** Each language's own name, for the picker (the packs themselves load on demand). */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: "English",
  nl: "Nederlands",
  de: "Deutsch",
  hu: "Magyar",
  nb: "Norsk bokmål",
};

/**
 * Every pack is a chunk of its own, loaded when chosen — English too: the pane's opening script then
 * holds no language at all, and its worst case is the script plus the largest pack.
 */
const LOADERS: Record<LanguageCode, () => Promise<LanguagePack>> = {
  en: () => import(/* webpackChunkName: "lang-en" */ "./en").then((m) => m.en),
  nl: () => import(/* webpackChunkName: "lang-nl" */ "./nl").then((m) => m.nl),
  de: () => import(/* webpackChunkName: "lang-de" */ "./de").then((m) => m.de),
  hu: () => import(/* webpackChunkName: "lang-hu" */ "./hu").then((m) => m.hu),
  nb: () => import(/* webpackChunkName: "lang-nb" */ "./nb").then((m) => m.nb),
};

export function loadLanguage(code: LanguageCode): Promise<LanguagePack> {
  return LOADERS[code]();
}

export const LANGUAGE_CODES = Object.keys(LANGUAGE_NAMES) as LanguageCode[];

export const CURRENCIES = ["EUR", "USD", "GBP", "HUF", "NOK"] as const;
export type Currency = (typeof CURRENCIES)[number];

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value);
}

export interface Locale {
  language: LanguageCode;
  /** BCP 47 tag used for Intl formatting, e.g. "nl-NL". */
  tag: string;
}

const DEFAULT_TAGS: Record<LanguageCode, string> = { en: "en-US", nl: "nl-NL", de: "de-DE", hu: "hu-HU", nb: "nb-NO" };

/** The locale a language's sheets write numbers in, when nothing else says (en-US for English). */
export function languageTag(language: LanguageCode): string {
  return DEFAULT_TAGS[language];
}

/** Office.context.displayLanguage ("nl-NL", "no-NO", "en-GB", ...) -> a supported language; fallback English. */
export function pickLocale(displayLanguage: string | undefined): Locale {
  const tag = (displayLanguage ?? "").trim();
  const prefix = tag.split("-")[0]?.toLowerCase() ?? "";
  const language: LanguageCode | undefined =
    prefix === "no" || prefix === "nn" ? "nb" : LANGUAGE_CODES.find((code) => code === prefix);
  if (language === undefined) return { language: "en", tag: "en-US" };
  const region = tag.split("-")[1];
  return {
    language,
    tag: region === undefined || prefix !== language ? DEFAULT_TAGS[language] : `${language}-${region.toUpperCase()}`,
  };
}

export function defaultCurrency(locale: Locale): Currency {
  switch (locale.language) {
    case "nl":
    case "de":
      return "EUR";
    case "hu":
      return "HUF";
    case "nb":
      return "NOK";
    case "en":
      return locale.tag === "en-GB" ? "GBP" : locale.tag === "en-IE" ? "EUR" : "USD";
  }
}

/** fill, for values that are not plain text (a span that must not wrap): the pieces, in order. */
export function fillNodes<T>(template: string, values: Record<string, string | number | T>): (string | T)[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    const value = key === undefined ? undefined : values[key];
    if (value === undefined) return piece;
    return typeof value === "number" ? String(value) : value;
  });
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}

/**
 * What to tell the user when Excel itself failed (not their funnel): Excel refuses every call while a
 * cell is being edited (office-js issues 3388, 3019), which deserves a plain instruction; anything else
 * is shown with Excel's own message.
 */
export function excelFailureText(error: unknown, pack: LanguagePack): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "InvalidOperationInCellEditMode") return pack.pane.cellEditMode;
  return fill(pack.pane.failure, { message: error instanceof Error ? error.message : String(error) });
}

/** The heading over a list of errors: "nothing was written", unless Excel stopped part-way. */
export function errorsHeading(errors: readonly FunnelIssue[], pack: LanguagePack): string {
  return errors.some((e) => e.code === "write-stopped") ? pack.pane.stoppedHeading : pack.pane.errorsHeading;
}

/** The issue's sentence in the pane's language (the engine's English one is the fallback). */
export function issueText(issue: FunnelIssue, pack: LanguagePack, tag: string): string {
  return renderIssue(issue.code, issue.params ?? {}, pack.issues, tag);
}

export interface Formatters {
  /** People: whole numbers as they are, anything else with up to two decimals (12.5 stays 12.5). */
  count(value: number): string;
  /**
   * Now and forecast as percents with just enough decimals to tell them apart (0.75% → 0.83%, never
   * 0.8% → 0.8%), and at least two significant digits below 1%.
   */
  percentPair(now: number | null, forecast: number | null): [string, string];
  /** A conversion change as percentage points with one decimal: 0.125 -> "12.5". */
  points(value: number): string;
  /** A percent with `digits` decimals (default 1: "132.9%"), or "–" for null. */
  percent(value: number | null, digits?: number): string;
  /** Whole amounts of money, for totals. */
  money(value: number): string;
  /** Amounts with the currency's cents, for what one sale or one lead costs; "–" for null. */
  unitMoney(value: number | null): string;
}

export function formatters(tag: string, currency: Currency): Formatters {
  const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentWith = (digits: number) =>
    new Intl.NumberFormat(tag, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percents = [1, 2, 3, 4].map(percentWith);
  const money = new Intl.NumberFormat(tag, { style: "currency", currency, maximumFractionDigits: 0 });
  const unitMoney = new Intl.NumberFormat(tag, { style: "currency", currency });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const shown = (v: number | null, digits: number) =>
    v === null ? "–" : (percents[digits - 1] ?? percentWith(digits)).format(v);
  return {
    count: (v) => count.format(v),
    percentPair: (now, forecast) => {
      const small = [now, forecast].some((v) => v !== null && v !== 0 && Math.abs(v) < 0.01);
      let digits = small ? 2 : 1;
      const differ = now !== null && forecast !== null && Math.abs(now - forecast) > 1e-12;
      while (digits < 4 && differ && shown(now, digits) === shown(forecast, digits)) digits++;
      return [shown(now, digits), shown(forecast, digits)];
    },
    points: (v) => oneDecimal.format(v * 100),
    percent: (v, digits = 1) => (digits === 0 ? (v === null ? "–" : percentWith(0).format(v)) : shown(v, digits)),
    money: (v) => money.format(Math.abs(v) < 0.5 ? 0 : v),
    unitMoney: (v) => (v === null ? "–" : unitMoney.format(v)),
  };
}

/** "A, B and C" with the language's word for "and" (Intl.ListFormat is missing in EdgeHTML). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1] ?? ""}`;
}

/**
 * An Excel number format showing `currency` the way `tag` writes it: symbol before or after, the
 * locale's number of decimals. Separators follow the reader's Excel, as always in format codes.
 */
export function excelMoneyFormat(tag: string, currency: Currency): string {
  const format = new Intl.NumberFormat(tag, { style: "currency", currency });
  const parts = format.formatToParts(1234.5);
  const symbolIndex = parts.findIndex((p) => p.type === "currency");
  const numberIndex = parts.findIndex((p) => p.type === "integer");
  const symbol = (parts[symbolIndex]?.value ?? currency).replace(/"/g, "");
  const spaced = parts.some((p, i) => p.type === "literal" && Math.abs(i - symbolIndex) === 1 && /\s/.test(p.value));
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  const number = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const gap = spaced ? " " : "";
  return symbolIndex < numberIndex ? `"${symbol}"${gap}${number}` : `${number}${gap}"${symbol}"`;
}

/** Parses a number typed in the pane in `tag`'s notation ("1.500,5" in nl, "1,500.5" in en); null if not one. */
export function parseLocaleNumber(text: string, tag: string): number | null {
  const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  let cleaned = text.trim().replace(/\s|\u00a0|\u202f/g, "");
  if (cleaned === "") return null;
  if (group.trim() !== "") cleaned = cleaned.split(group).join("");
  cleaned = cleaned.replace(decimal, ".").replace(/^−/, "-");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
