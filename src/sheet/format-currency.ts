/**
 * The currency a number format shows, for a workbook whose currency was never stored (laid out before
 * the setting, or typed by hand): "$"#,##0.00, [$€-407] #,##0.00, #,##0 "Ft" and Excel's own
 * accounting formats all name it. Only the currencies the add-in offers are recognised.
 */

/** Symbols and codes as they appear in format codes, quoted or in a [$…-LCID] block. */
const SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/\bUSD\b|US\$|\$/, "USD"],
  [/\bEUR\b|€/, "EUR"],
  [/\bGBP\b|£/, "GBP"],
  [/\bHUF\b|\bFt\b/, "HUF"],
  [/\bNOK\b|\bkr\b/, "NOK"],
];

/** The parts of a format code that are shown as they are: quoted text and [$…] currency blocks. */
function literalParts(format: string): string {
  const parts: string[] = [];
  // exec in a loop: String.prototype.matchAll is missing in EdgeHTML (Excel 2019 on Windows 10).
  const literal = /"([^"]*)"|\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]|\\(.)/g;
  for (let match = literal.exec(format); match !== null; match = literal.exec(format)) {
    parts.push(match[1] ?? match[2] ?? match[3] ?? "");
  }
  // An unquoted symbol: Excel shows $ (and, in many locales' built-in formats, € and £) as it is.
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  for (const symbol of ["$", "€", "£"]) if (bare.includes(symbol)) parts.push(symbol);
  return parts.join(" ");
}

/** The currency `format` shows, or null when it shows none (or one the add-in does not offer). */
export function currencyOfFormat(format: string): string | null {
  const shown = literalParts(format);
  for (const [pattern, code] of SYMBOLS) if (pattern.test(shown)) return code;
  return null;
}

/** The most common of `items`; null for none, or when two are equally common. */
function mostCommon(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (first === undefined || (second !== undefined && second[1] === first[1])) return null;
  return first[0];
}

/** The currency most of `formats` show; null when none shows one or two are equally common. */
export function currencyOfFormats(formats: readonly string[]): string | null {
  return mostCommon(formats.map(currencyOfFormat).filter((code): code is string => code !== null));
}

/**
 * The format most of `formats` showing `currency` have ('"$"#,##0.00', or one a colleague's Excel
 * wrote): the sheet's money keeps its look while its currency stays. Null when none shows it.
 */
export function moneyFormatShowing(formats: readonly string[], currency: string): string | null {
  return mostCommon(formats.filter((format) => currencyOfFormat(format) === currency));
}
