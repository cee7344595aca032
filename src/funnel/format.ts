/** Plain English number formatting for issue messages (the pane re-formats them per language). */

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}
