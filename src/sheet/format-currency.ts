/**
 * The currency a number format shows, for a workbook whose currency was never stored (laid out before
 * the setting, or typed by hand): "$"#,##0.00, [$€-407] #,##0.00, #,##0 "Ft" and Excel's own
 * accounting formats all name it. Only the currencies the add-in offers are recognised.
 */

/** Texts that name an offered currency on their own, as a format code shows them. */
const NAMES: Readonly<Record<string, string>> = {
  $: "USD",
  US$: "USD",
  USD: "USD",
  "€": "EUR",
  EUR: "EUR",
  "£": "GBP",
  GBP: "GBP",
  Ft: "HUF",
  HUF: "HUF",
  kr: "NOK",
  "kr.": "NOK",
  NOK: "NOK",
};

/**
 * Locales a [$sym-locale] block may name for a symbol that several currencies share: "$" is the US
 * dollar only in en-US (409), "kr" the Norwegian krone only in Norwegian (414 Bokmål, 814 Nynorsk) —
 * [$$-C09] is the Australian dollar, [$kr-41D] the Swedish krona. Other symbols name one currency.
 */
const SHARED_SYMBOL_LOCALES: Readonly<Record<string, readonly string[]>> = {
  $: ["409", "en-us"],
  kr: ["414", "814", "nb-no", "nn-no", "no-no"],
  "kr.": ["414", "814", "nb-no", "nn-no", "no-no"],
};

/** What one shown piece of a format names: a currency, or null (the piece is other text). */
function named(text: string, locale: string | null): string | null {
  const piece = text.trim();
  const code = NAMES[piece];
  if (code === undefined) return null;
  const locales = SHARED_SYMBOL_LOCALES[piece];
  if (locale !== null && locales !== undefined && !locales.includes(locale.toLowerCase())) return null;
  return code;
}

/**
 * The currency `format` shows, or null when it shows none, one the add-in does not offer, or text of
 * the user's ("0 \"USD leads\""). Read as Excel reads a format code: quoted text, [$symbol-locale]
 * blocks (the locale an LCID in hex or a tag such as x-euro2), runs of escaped characters (\k\r) and
 * the $ € £ Excel shows unquoted; colours, conditions and the rest are passed over.
 */
export function currencyOfFormat(format: string): string | null {
  let escaped = "";
  const pieces: { text: string; locale: string | null }[] = [];
  const endEscape = () => {
    if (escaped !== "") pieces.push({ text: escaped, locale: null });
    escaped = "";
  };
  for (let i = 0; i < format.length; i++) {
    const char = format.charAt(i);
    if (char === "\\" && i + 1 < format.length) {
      escaped += format.charAt(++i);
      continue;
    }
    endEscape();
    if (char === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      pieces.push({ text: format.slice(i + 1, end), locale: null });
      i = end;
    } else if (char === "[") {
      const close = format.indexOf("]", i + 1);
      const end = close < 0 ? format.length : close;
      const inside = format.slice(i + 1, end);
      if (inside.startsWith("$")) {
        const dash = inside.indexOf("-", 2);
        const text = dash < 0 ? inside.slice(1) : inside.slice(1, dash);
        pieces.push({ text, locale: dash < 0 ? null : inside.slice(dash + 1) });
      }
      i = end;
    } else if (char === "$" || char === "€" || char === "£") {
      pieces.push({ text: char, locale: null });
    }
  }
  endEscape();
  for (const piece of pieces) {
    const code = named(piece.text, piece.locale);
    if (code !== null) return code;
  }
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
