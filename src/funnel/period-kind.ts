/**
 * What the user's closed periods are (periods.ts): quarters ("2026 Q3", "K3 2026", "3. kvartal", "III.
 * negyedév"), half years ("2026 H1", "First half 2027", "1. Halbjahr", "I. félév") or months ("2026-07",
 * "Jul 2026", "juli", "März", "július"), in the five languages of the pane — so that "when a change will
 * show" can speak of quarters like this one. Null when the labels say nothing or disagree. (No Unicode
 * property escapes: Excel 2019's EdgeHTML cannot parse them.)
 */

export type PeriodKind = "quarter" | "half" | "month";

const KINDS: readonly [PeriodKind, RegExp][] = [
  ["quarter", /(^|[^a-z])[qk][1-4](?!\d)|quarter|kwartaal|quartal|kvartal|negyedév/i],
  ["half", /(^|[^a-z])h[12](?!\d)|half|helft|halbjahr|halvår|félév/i],
  [
    "month",
    /^\d{4}[-./]\d{1,2}$|^\d{1,2}[-./]\d{4}$|(^|[^a-z])(jan|feb|m[aä]r|már|apr|ma[iy]|mei|máj|jun|jún|jul|júl|aug|sep|szept|o[ck]t|nov|de[csz])/i,
  ],
];

/** The kind of one period label, or null. */
export function kindOfLabel(label: string): PeriodKind | null {
  const text = label.trim();
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** The kind every one of the labels is, or null (no labels, or labels of different kinds or none). */
export function periodKind(labels: readonly string[]): PeriodKind | null {
  const kinds = new Set(labels.map(kindOfLabel));
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined ? only : null;
}
