/** A formula's text compared as Excel reads it: case and spaces outside its text literals do not count. */

/** Each part of a formula outside its text literals, changed by `change`; the literals as they are. */
export function outsideText(formula: string, change: (part: string) => string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join('"');
}

/** Upper case and no spaces outside text literals. */
export function plainFormula(formula: string): string {
  return outsideText(formula, (part) => part.replace(/\s+/g, "").toUpperCase());
}
