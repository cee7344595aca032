/**
 * What Excel makes of a string written into a cell's `values` or `formulas` (or a table row's values):
 * it reads it as if the user had typed it into the cell, with the en-US rules whatever the user's own
 * locale. The simulated host applies these rules itself: HyperFormula, which holds the cells, converts
 * only part of what Excel converts (it leaves "1,000", "Jan 2024" and "(5)" as text, and reads dates
 * day first).
 *
 * Sources (short names used beside each rule below):
 *  [#1559]      office-js issue 1559 — values written through the API are parsed with the US locale
 *               whatever the user's; Microsoft: "by design" (formulasLocal is the locale-aware way).
 *  [values]     Excel.Range.values, TableRow.values, TableColumn.values (@types/office-js, learn.microsoft.com):
 *               a value starting with "+", "-" or "=" is taken as a formula; "locale-shaped" dates such as
 *               "19-8-2025" stay text, ISO dates (YYYY-MM-DD) become dates.
 *  [#229]       office-js issue 229 — `values = "2018-12-31"` gives a date whose numberFormat reads m/d/yyyy.
 *  [#6687]      office-js issue 6687 — a leading apostrophe marks text; Range.formulas (and values) read the
 *               text back without it.
 *  [apostrophe] "Stop Excel from changing numbers to dates" (statology.org) and Excel 2013 All-in-One For
 *               Dummies ("What's in a label"): an entry typed after an apostrophe is text, the apostrophe is
 *               not shown; cells formatted as Text ("@") keep what is typed as text, formulas included.
 *  [percent]    Excel 2013 For Dummies, "Playing around with Percent Style": typing 12% stores 0.12 and gives
 *               the cell a Percentage format.
 *  [exponent]   "Unexpected conversions in Excel" (uym.music.coocan.jp): "6e23" is always a number, a
 *               leading space does not help; "0 1/2" gives 0.5 (an integer, a space, a fraction).
 *  [fraction]   Journal of Accountancy, "Translate fractions in Excel" (2001), and wmfexcel.com: "2/3" becomes
 *               a date (February 3 of this year), "0 2/3" the number, shown as a fraction; "25/50", which is
 *               no date, stays text. exceldemy.com and spreadcheaters.com: a space typed before "1/2" keeps
 *               it text.
 *  [month-year] pacificlanworks.com and bardimin.com: "1/50", whose second part is no day, is January 1950.
 *  [KB214391]   Microsoft KB 214391, "How Excel works with two-digit year numbers": a two-digit year 00-29
 *               is 2000-2029, 30-99 is 1930-1999; a date before 1900 stays text.
 *  [KB214327]   Microsoft KB 214327, "Wrong date returned when you enter month and digits": a month name
 *               and one or two digits is that day of this year; digits that are no day of the month are the
 *               year, on the month's first day ("Dec 32" is December 1, 1932).
 *  [date-forms] pcreview.co.uk, "Formatting dates" (Norman Harker): the forms English Excel takes as dates —
 *               12 January 2002, 12-Jan-2002, 12/Jan/2002, 2002-01-12, 2002/1/12; Dummies: 1-2-12 is
 *               January 2, 2012.
 *  [time]       Excel 2007 Bible, table 13.3 "Time entry formats recognized by Excel": 11:30:00 am, 11:30 pm,
 *               11:30, 13:30; a date, a space and a time is both; 25:00:00 runs into the next day.
 *  [boolean]    pcreview.co.uk, "Why does the word typed true turn to all caps": true and false typed in any
 *               case become the logical values TRUE and FALSE; 'true or a Text cell keeps the text.
 *  [currency]   en-US Excel formats typed money with the system's currency symbol, "$" (built-in formats 5
 *               and 7, ECMA-376 Part 1 §18.8.30); Microsoft KB 148172 (Works, same number entry): "(400)"
 *               is the negative number -400.
 *  [formats]    ECMA-376 Part 1 §18.8.30, the built-in number formats (en-US): 3 #,##0, 4 #,##0.00, 9 0%,
 *               10 0.00%, 11 0.00E+00, 12 # ?/?, 13 # ??/??, 14 m/d/yyyy, 15 d-mmm-yy, 16 d-mmm, 17 mmm-yy,
 *               18 h:mm AM/PM, 19 h:mm:ss AM/PM, 20 h:mm, 21 h:mm:ss, 22 m/d/yyyy h:mm — the format Excel
 *               gives a cell of General format that receives such an entry.
 * Where a record is unclear (how far a rule reaches), the rule converts: the host stays at least as strict
 * as Excel for code that writes text.
 */

export type TypedEntry =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; numberFormat: string | null }
  | { kind: "boolean"; value: boolean }
  /** `lotus`: made from an entry starting with "+", "-" or "@", which Excel refuses when it does not parse. */
  | { kind: "formula"; formula: string; lotus: boolean };

export interface TypingContext {
  /** The cell is formatted as Text ("@"). */
  textFormat: boolean;
  /** The year a date without one falls in (this year). */
  year: number;
}

interface Parsed {
  value: number;
  numberFormat: string | null;
}

/** What Excel stores for `input` written into a cell. */
export function typedEntry(input: string, context: TypingContext): TypedEntry {
  if (input === "") return { kind: "empty" };
  // [#6687] [apostrophe] The apostrophe marks text, and is not part of it.
  if (input.startsWith("'")) return { kind: "text", text: input.slice(1) };
  // [apostrophe] A Text cell keeps what is typed, a leading "=" included.
  if (context.textFormat) return { kind: "text", text: input };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input, lotus: false };
  // [boolean]
  const word = input.trim().toUpperCase();
  if (word === "TRUE" || word === "FALSE") return { kind: "boolean", value: word === "TRUE" };
  const parsed = numberOf(input.trim()) ?? (/^\s/.test(input) ? null : dateOrTimeOf(input.replace(/\s+$/, ""), context.year));
  if (parsed !== null) return { kind: "number", ...parsed };
  // [values] "+" and "-" start a formula, as in Lotus 1-2-3; "@" too ("@SUM(A1:A3)" is =SUM(A1:A3)).
  if (/^[+-]./.test(input)) return { kind: "formula", formula: `=${input}`, lotus: true };
  if (/^@./.test(input)) return { kind: "formula", formula: `=${input.slice(1)}`, lotus: true };
  return { kind: "text", text: input };
}

/** Digits with an optional thousands grouping (1,000,000) and decimals. */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;

/** A number as en-US Excel reads one typed (spaces around it trimmed [exponent]), or null. */
function numberOf(text: string): Parsed | null {
  // [currency] "(5)" and "($5)" are negative.
  const parenthesised = /^\(.*\)$/.test(text);
  const inner = parenthesised ? text.slice(1, -1) : text;
  // [currency] "$" before or after the sign: "-$5", "$-5".
  const parts = /^(\$?)([+-]?)(\$?)(.*)$/.exec(inner);
  if (parts === null) return null;
  const [, before = "", sign = "", after = "", body = ""] = parts;
  const currency = before !== "" || after !== "";
  if ((before !== "" && after !== "") || (parenthesised && sign !== "")) return null;
  const negative = parenthesised || sign === "-" ? -1 : 1;
  // [percent]
  const percent = body.endsWith("%");
  const digits = percent ? body.slice(0, -1) : body;
  if (percent && currency) return null;
  // [exponent] 1e3, 1.5E-2 (not with grouping, money or percent).
  const exponent = /^(\d+(?:\.\d*)?|\.\d+)[eE]([+-]?\d+)$/.exec(digits);
  if (exponent !== null && !currency && !percent) {
    return { value: negative * Number(`${exponent[1]}e${exponent[2]}`), numberFormat: "0.00E+00" };
  }
  if (!DIGITS.test(digits) || !/\d/.test(digits)) return null;
  const decimals = /\.\d/.test(digits);
  const value = (negative * Number(digits.replace(/,/g, ""))) / (percent ? 100 : 1);
  // [formats] The format a General cell gets for the entry.
  let numberFormat: string | null = null;
  if (percent) numberFormat = decimals ? "0.00%" : "0%";
  else if (currency) numberFormat = decimals ? "$#,##0.00_);($#,##0.00)" : "$#,##0_);($#,##0)";
  else if (digits.includes(",")) numberFormat = decimals ? "#,##0.00" : "#,##0";
  return { value, numberFormat };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1..12 for "Jan", "january", "Sept"; 0 for anything else. */
function monthOf(word: string): number {
  const lower = word.toLowerCase();
  const full = MONTH_NAMES.indexOf(lower);
  if (full >= 0) return full + 1;
  if (lower === "sept") return 9;
  return MONTHS.indexOf(lower) + 1;
}

const MONTH = "([A-Za-z]{3,9})";

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** [KB214391] Two digits are a year of 1930-2029; four digits are the year itself. */
function yearOf(digits: string): number | null {
  if (digits.length === 2) {
    const short = Number(digits);
    return short < 30 ? 2000 + short : 1900 + short;
  }
  return digits.length === 4 ? Number(digits) : null;
}

/**
 * Excel's serial number of a date (1900 date system: 1 is 1900-01-01, and 1900 counts a 29 February it
 * never had), or null for no date Excel knows ([KB214391]: 1900-01-01 to 9999-12-31).
 */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return year === 1900 && month <= 2 ? days - 1 : days;
}

function dated(year: number | null, month: number, day: number, numberFormat: string): Parsed | null {
  if (year === null) return null;
  const value = dateSerial(year, month, day);
  return value === null ? null : { value, numberFormat };
}

/** A month and either a day of this year or a year ([KB214327], [month-year], [fraction]). */
function monthAnd(month: number, digits: string, thisYear: number): Parsed | null {
  if (month < 1) return null;
  if (digits.length <= 2 && Number(digits) >= 1 && Number(digits) <= daysIn(thisYear, month))
    return dated(thisYear, month, Number(digits), "d-mmm");
  return dated(yearOf(digits), month, 1, "mmm-yy");
}

/** A date typed in one of the forms en-US Excel takes ([date-forms], [#229], [values]), or null. */
function dateOf(text: string, thisYear: number): Parsed | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m !== null) return dated(Number(m[1]), Number(m[2]), Number(m[3]), "m/d/yyyy");
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(text);
  if (m !== null) return dated(yearOf(m[3] ?? ""), Number(m[1]), Number(m[2]), "m/d/yyyy");
  m = /^(\d{1,2})[-/](\d{1,4})$/.exec(text);
  if (m !== null) return Number(m[1]) <= 12 ? monthAnd(Number(m[1]), m[2] ?? "", thisYear) : null;
  m = new RegExp(`^${MONTH}[ -/](\\d{1,4})$`).exec(text);
  if (m !== null) return monthAnd(monthOf(m[1] ?? ""), m[2] ?? "", thisYear);
  m = new RegExp(`^${MONTH} (\\d{1,2}),? (\\d{2}|\\d{4})$`).exec(text);
  if (m !== null && monthOf(m[1] ?? "") > 0)
    return dated(yearOf(m[3] ?? ""), monthOf(m[1] ?? ""), Number(m[2]), "d-mmm-yy");
  m = new RegExp(`^(\\d{1,2})[ -/]${MONTH}(?:[ -/](\\d{2}|\\d{4}))?$`).exec(text);
  if (m !== null && monthOf(m[2] ?? "") > 0) {
    const year = m[3] === undefined ? thisYear : yearOf(m[3]);
    return dated(year, monthOf(m[2] ?? ""), Number(m[1]), m[3] === undefined ? "d-mmm" : "d-mmm-yy");
  }
  return null;
}

/** A time of day ([time]): h:mm, h:mm:ss, with or without AM/PM; hours past 24 run into the next day. */
function timeOf(text: string): Parsed | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm]?)?$/.exec(text);
  if (m === null) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds > 59) return null;
  const half = m[4]?.toUpperCase();
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === "P" ? 12 : 0);
  }
  const withSeconds = m[3] !== undefined;
  const numberFormat =
    half !== undefined
      ? withSeconds
        ? "h:mm:ss AM/PM"
        : "h:mm AM/PM"
      : hours >= 24
        ? "[h]:mm:ss"
        : withSeconds
          ? "h:mm:ss"
          : "h:mm";
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86_400, numberFormat };
}

/** A fraction after a whole number ([exponent], [fraction]): "0 1/2" is 0.5. */
function fractionOf(text: string): Parsed | null {
  const m = /^(-?)(\d+) (\d+)\/(\d+)$/.exec(text);
  if (m === null || Number(m[4]) === 0) return null;
  const value = (m[1] === "-" ? -1 : 1) * (Number(m[2]) + Number(m[3]) / Number(m[4]));
  return { value, numberFormat: (m[4] ?? "").length > 1 ? "# ??/??" : "# ?/?" };
}

/** A fraction, a date, a time, or a date and a time; null for none. No leading space ([fraction]). */
function dateOrTimeOf(text: string, thisYear: number): Parsed | null {
  const simple = fractionOf(text) ?? dateOf(text, thisYear) ?? timeOf(text);
  if (simple !== null) return simple;
  // [time] A date, a space and a time.
  const split = /^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm]?)?)$/.exec(text);
  if (split === null) return null;
  const date = dateOf(split[1] ?? "", thisYear);
  const time = timeOf(split[2] ?? "");
  if (date === null || time === null) return null;
  return { value: date.value + time.value, numberFormat: "m/d/yyyy h:mm" };
}
