/**
 * The address of the add-in's message dialog (dialog.html, beside the page that opens it) with a title
 * and lines. Used by the ribbon's Recalculate and by the commands boot script that tells Internet
 * Explorer users what to update — so it is ES5, like every boot module: no URL, no for...of, no spread.
 */

/** Longest line the address carries; longer ones are cut with an ellipsis (URLs have limits). */
const MAX_LINE = 400;

/** dialog.html in the folder of `pageUrl`, carrying the title and the lines (each cut to MAX_LINE). */
export function messageDialogUrl(pageUrl: string, title: string, lines: readonly string[]): string {
  const base = (pageUrl.split("#")[0] ?? "").split("?")[0] ?? "";
  let address = base.substring(0, base.lastIndexOf("/") + 1) + "dialog.html?title=" + encodeURIComponent(title);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const shown = line.length > MAX_LINE ? line.substring(0, MAX_LINE - 3) + "…" : line;
    address += "&line=" + encodeURIComponent(shown);
  }
  return address;
}
