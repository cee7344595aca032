/**
 * Step names beside a chart's bars: wrapped onto as many lines as they need within the column kept for
 * them, as Excel wraps a category axis's labels, so a name never runs into the bars.
 */

/** About how wide `text` is at 11 px in the preview's sans-serif font (a wide estimate, never short). */
export function textWidth(text: string): number {
  return text.length * 6.6 + 4;
}

/** The lines `text` takes in `width` pixels: broken between words, and inside a word too long for a line. */
export function wrapLabel(text: string, width: number): string[] {
  const perLine = Math.max(1, Math.floor((width - 4) / 6.6));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    let rest = word;
    while (rest.length > perLine) {
      if (line !== "") lines.push(line);
      line = "";
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    const joined = line === "" ? rest : `${line} ${rest}`;
    if (joined.length > perLine) {
      lines.push(line);
      line = rest;
    } else line = joined;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** Width of the column for the names: the longest name, but no more than `most`. */
export function labelColumn(names: readonly string[], least: number, most: number): number {
  return Math.min(most, Math.max(least, ...names.map(textWidth)));
}
