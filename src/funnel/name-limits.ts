/**
 * Names the add-in cannot keep (issue 21): a step's or the funnel's name, or a period label, that is too
 * long for Excel to match, or that holds a character no Excel file can hold. Either is refused with a
 * message naming the name and its cell; nothing is written.
 *
 *  - Length: a step's and the funnel's name go into COUNTIFS/SUMIFS criteria ("=" and the name with
 *    ~ * ? escaped, each doubled; history-formulas.ts), and Excel matches criteria of at most 255
 *    characters ("COUNTIF function", support.microsoft.com: wrong results for strings longer than 255).
 *    1 + 2 × 120 = 241, so a name of 120 characters always matches. Far below Excel's other limits on
 *    the places a name goes: 32,767 characters in a cell, 255 in a chart title or series name literal
 *    ("Excel specifications and limits"); sheet names (31) are checked where one is made of a name.
 *  - Characters: XML 1.0 (the parts of an .xlsx) allows no control character but tab, line feed and
 *    carriage return, nor U+FFFE, U+FFFF or half of a surrogate pair; a file holding one is refused by
 *    Excel ("PCDATA invalid Char value"). Such characters come in with text pasted from other programs.
 */

/** The longest step or funnel name the add-in takes. */
export const MAX_NAME_LENGTH = 120;

/**
 * A whole surrogate pair (a character beyond U+FFFF, kept), or a character XML cannot hold (captured).
 * No lookbehind: Excel 2019's EdgeHTML parses ES2017 only.
 */
const CHARACTERS =
  // Matching control characters is the point of this pattern.
  // eslint-disable-next-line no-control-regex
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|([\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF])/g;

/** `text` with each character XML cannot hold replaced by `by`. */
function replaced(text: string, by: string): string {
  return text.replace(CHARACTERS, (whole: string, bad: string | undefined) => (bad === undefined ? whole : by));
}

/** True when `text` holds a character an Excel file (XML 1.0) cannot hold. */
export function hasControlCharacter(text: string): boolean {
  return replaced(text, "") !== text;
}

/** `text` with every such character removed, where refusing it is impossible. */
export function withoutControlCharacters(text: string): string {
  return replaced(text, "");
}

/** `text` as a message can show it: each such character as U+FFFD (�). */
export function showable(text: string): string {
  return replaced(text, "\uFFFD");
}

export interface NameProblem {
  code: "name-too-long" | "name-control-character";
  /** The name as a message shows it (shortened; an unshowable character as �), its cell, the limit. */
  params: { name: string; cell: string; count?: number; max?: number };
}

/** Why the add-in cannot keep `name` (in `cell`, "" when not in a sheet), or null. */
export function nameProblem(name: string, cell: string): NameProblem | null {
  if (hasControlCharacter(name)) {
    return { code: "name-control-character", params: { name: showable(name), cell } };
  }
  if (name.length > MAX_NAME_LENGTH) {
    const shown = `${name.slice(0, 30)}…`;
    return { code: "name-too-long", params: { name: shown, cell, count: name.length, max: MAX_NAME_LENGTH } };
  }
  return null;
}
