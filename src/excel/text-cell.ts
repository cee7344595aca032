/**
 * The one way the add-in writes a text into a cell — step and product names, period labels, the
 * history's rows, the Overview's and the sheet's own labels — so that Excel keeps it as text, exactly as
 * given. Excel reads whatever is written into `values` or `formulas` as if it were typed in en-US
 * (office-js issue 1559, "by design"): "50%", "$5", "TRUE", "1,000", "(5)", "1/2", "Jan 2024", "12:30" and
 * "2025" become numbers, dates or booleans, and "=", "+", "-", "@" start formulas. A leading apostrophe
 * makes the rest text in every case, whatever the text looks like, so the add-in never has to guess how
 * Excel would read it:
 *  - Range.values and Range.formulas read the text back without the apostrophe (office-js issue 6687), so
 *    the record of written cells, the three-way comparison and the pane all see the text as given;
 *  - a colleague without the add-in sees the text in the cell and 'text in the formula bar (Excel's own
 *    mark of a typed text); editing it keeps it text as long as the apostrophe stays;
 *  - it does not touch the cell's number format (a Text format "@" would be a format the add-in owns, and
 *    would turn a formula typed there later into text).
 */

/** What to write into `values` or `formulas` for Excel to hold `text` as text ("" stays an empty cell). */
export function textCell(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** A constant for a cell: a string as text (textCell), a number or a boolean as it is. */
export function constantCell<T extends number | boolean>(value: string | T): string | T {
  return typeof value === "string" ? textCell(value) : value;
}
