/**
 * Classifies one raw cell value as Office.js (or a JSON file) hands it over:
 * numbers, strings ("" for an empty cell), booleans, Excel error strings such as "#REF!".
 */

export type RawValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "excel-error"; text: string }
  | { kind: "numeric-text"; text: string; value: number }
  | { kind: "percent-text"; text: string; fraction: number }
  | { kind: "other"; text: string };

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/** A number as people type it: optional sign, digits with optional , or space grouping, optional decimals. */
const NUMERIC_TEXT = /^[+-]?(\d{1,3}([,\s\u00a0]\d{3})+|\d+)?(\.\d+)?$/;

function parseNumericText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "" || !NUMERIC_TEXT.test(trimmed) || !/\d/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[,\s\u00a0]/g, ""));
  return Number.isFinite(value) ? value : null;
}

/** Shows any value in a message: text as typed, other values in a readable form. */
export function describeUnknown(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") return String(raw);
  if (raw === undefined || raw === null) return "";
  // JSON.stringify returns undefined for functions and symbols, whatever its declared type says.
  const json = JSON.stringify(raw) as string | undefined;
  return json ?? typeof raw;
}

export function classifyRaw(raw: unknown): RawValue {
  if (raw === undefined || raw === null) return { kind: "empty" };
  if (typeof raw === "number") return { kind: "number", value: raw };
  if (typeof raw === "boolean") return { kind: "other", text: raw ? "TRUE" : "FALSE" };
  if (typeof raw !== "string") return { kind: "other", text: describeUnknown(raw) };
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  if (EXCEL_ERRORS.has(text.toUpperCase())) return { kind: "excel-error", text };
  if (text.endsWith("%")) {
    const value = parseNumericText(text.slice(0, -1));
    if (value !== null) return { kind: "percent-text", text, fraction: value / 100 };
  }
  const value = parseNumericText(text);
  if (value !== null) return { kind: "numeric-text", text, value };
  return { kind: "other", text };
}
