/** Shows a cell value the way its Excel number format would, closely enough for the preview grid. */
export function formatCell(value: unknown, numberFormat: string, tag: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return "";
  const percent = /^0(?:\.(0+))?%$/.exec(numberFormat);
  if (percent)
    return new Intl.NumberFormat(tag, {
      style: "percent",
      minimumFractionDigits: percent[1]?.length ?? 0,
      maximumFractionDigits: percent[1]?.length ?? 0,
    }).format(value);
  const grouped = /#,##0(?:\.(0+))?/.exec(numberFormat);
  if (grouped) {
    const decimals = grouped[1]?.length ?? 0;
    const number = new Intl.NumberFormat(tag, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
    const before = /^"([^"]*)"\s?/.exec(numberFormat);
    const after = /\s?"([^"]*)"$/.exec(numberFormat);
    if (before) return `${before[1] ?? ""}${numberFormat.includes('" ') ? " " : ""}${number}`;
    if (after) return `${number}${numberFormat.includes(' "') ? " " : ""}${after[1] ?? ""}`;
    return number;
  }
  return new Intl.NumberFormat(tag, { maximumSignificantDigits: 10 }).format(value);
}
