/**
 * Shows a cell value the way Excel shows it under its number format, for the preview grid and charts.
 * Number formats are stored in Excel's invariant notation ("#,##0.00", '"$"#,##0.00', "+0.0%;-0.0%;0.0%")
 * and shown with the reader's own separators, as Excel does for a user in that region; every other
 * character of the format is shown exactly as written.
 *
 * What is implemented, as Excel does it: up to four sections separated by ";" (positive; negative; zero;
 * text), where a negative number shown by its own section loses its sign and an empty section shows
 * nothing (";;;" hides a cell); the digit placeholders 0, # and ?; the decimal point; "," between digit
 * placeholders for thousands separators, and "," after the last one to divide by 1,000; "%" to multiply
 * by 100; text in double quotes, a character after "\", and the characters Excel shows as they are
 * ($ + - ( ) : / and spaces, currency symbols); "_x" as a space; "@" for the text itself; colours such
 * as [Red] (not shown) and currency tags such as [$€-407] (the symbol is shown). Anything else (dates,
 * scientific notation, conditions) is shown as General.
 */

interface Token {
  kind: "literal" | "digits" | "percent" | "text";
  text: string;
}

interface Section {
  tokens: Token[];
  /** Percent signs multiply by 100 each; commas after the last digit placeholder divide by 1,000 each. */
  scale: number;
  general: boolean;
  /** True when the section holds something Excel would format another way (a date, E+, a condition). */
  unsupported: boolean;
}

/** Splits a format at the ";" that are not inside quotes, brackets or after a backslash. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  for (let i = 0; i < format.length; i++) {
    const char = format[i] ?? "";
    if (char === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (char === "\\" || char === "_" || char === "*") {
      current += format.slice(i, i + 2);
      i++;
    } else if (char === "[") {
      const end = format.indexOf("]", i);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (char === ";") {
      sections.push(current);
      current = "";
    } else current += char;
  }
  sections.push(current);
  return sections;
}

const PLACEHOLDERS = new Set(["0", "#", "?"]);

function parseSection(source: string): Section {
  const tokens: Token[] = [];
  const literal = (text: string) => tokens.push({ kind: "literal", text });
  let unsupported = false;
  let percent = 0;
  if (source.trim().toLowerCase() === "general") return { tokens, scale: 1, general: true, unsupported };
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? "";
    if (char === '"') {
      const end = source.indexOf('"', i + 1);
      const stop = end < 0 ? source.length : end;
      literal(source.slice(i + 1, stop));
      i = stop;
    } else if (char === "\\") {
      literal(source[i + 1] ?? "");
      i++;
    } else if (char === "_") {
      // A space as wide as the next character.
      literal(" ");
      i++;
    } else if (char === "*") {
      // Repeats the next character to fill the cell: nothing to fill in the preview's cells.
      i++;
    } else if (char === "[") {
      const end = source.indexOf("]", i);
      const inside = source.slice(i + 1, end < 0 ? source.length : end);
      const currency = /^\$([^-]*)/.exec(inside);
      if (currency) literal(currency[1] ?? "");
      else if (/^[<>=]/.test(inside)) unsupported = true;
      i = end < 0 ? source.length : end;
    } else if (PLACEHOLDERS.has(char) || char === "." || char === ",") {
      const last = tokens[tokens.length - 1];
      if (last?.kind === "digits") last.text += char;
      else if (PLACEHOLDERS.has(char) || char === ".") tokens.push({ kind: "digits", text: char });
      // A comma that follows no digit placeholder is shown as it is.
      else literal(char);
    } else if (char === "%") {
      percent++;
      tokens.push({ kind: "percent", text: "%" });
    } else if (char === "@") {
      tokens.push({ kind: "text", text: "@" });
    } else if (/[dmyhsEe]/.test(char)) {
      unsupported = true;
      literal(char);
    } else literal(char);
  }
  // Commas after the last digit placeholder of the number divide it by 1,000 each.
  let divide = 1;
  const digits = tokens.filter((t) => t.kind === "digits");
  const lastDigits = digits[digits.length - 1];
  if (lastDigits !== undefined) {
    const trailing = /,+$/.exec(lastDigits.text);
    if (trailing) {
      divide = 1000 ** trailing[0].length;
      lastDigits.text = lastDigits.text.slice(0, -trailing[0].length);
    }
  }
  return { tokens, scale: 100 ** percent / divide, general: false, unsupported };
}

/** Intl formatters are slow to make and the grid asks for thousands of cells: each is made once. */
const made = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(tag, options);
    made.set(key, format);
  }
  return format;
}

/** The reader's decimal and group separators. */
function separators(tag: string): { decimal: string; group: string } {
  const parts = numberFormat(tag, {}).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

/** How Excel's General shows a number: up to 10 significant digits, no thousands separator. */
function general(value: number, tag: string): string {
  return numberFormat(tag, { maximumSignificantDigits: 10, useGrouping: false }).format(value);
}

/** A non-negative number laid out on the placeholders of `pattern` ("#,##0.00", "0.0", "#,###"). */
function placeDigits(value: number, pattern: string, tag: string): string {
  const point = pattern.indexOf(".");
  const whole = (point < 0 ? pattern : pattern.slice(0, point)).replace(/,/g, "");
  const fraction = point < 0 ? "" : pattern.slice(point + 1).replace(/,/g, "");
  const grouped = (point < 0 ? pattern : pattern.slice(0, point)).includes(",");
  const required = fraction.replace(/#/g, "").length;
  const { decimal, group } = separators(tag);
  // Rounded as Excel rounds, on the decimal digits (1.005 to two places is 1.01), not on the binary value.
  const fixed = numberFormat("en-US", {
    minimumFractionDigits: fraction.length,
    maximumFractionDigits: fraction.length,
    useGrouping: false,
  }).format(value);
  const [integerDigits = "0", fractionDigits = ""] = fixed.split(".");
  // Placeholders after the required digits: "#" drops a trailing zero, "?" shows a space instead.
  let shownFraction = fractionDigits;
  for (let i = fraction.length - 1; i >= required && shownFraction.endsWith("0"); i--) {
    if (fraction[i] === "?") shownFraction = `${shownFraction.slice(0, i)} ${shownFraction.slice(i + 1)}`;
    else shownFraction = shownFraction.slice(0, i);
  }
  const minimum = whole.replace(/#/g, "").length;
  let integer = integerDigits === "0" && minimum === 0 ? "" : integerDigits.padStart(minimum, "0");
  if (grouped) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return point < 0 ? integer : `${integer}${decimal}${shownFraction}`;
}

function render(section: Section, value: number, tag: string, sign: string): string {
  if (section.general || section.unsupported) return sign + general(value, tag);
  const scaled = value * section.scale;
  const digits = section.tokens.filter((t) => t.kind === "digits");
  let out = "";
  let placed = false;
  for (const token of section.tokens) {
    if (token.kind === "digits") {
      // The number goes where its first placeholder is; the others belong to it.
      if (!placed) out += placeDigits(scaled, digits.map((t) => t.text).join(""), tag);
      placed = true;
    } else if (token.kind === "text") continue;
    else out += token.text;
  }
  return sign + out;
}

export function formatCell(value: unknown, numberFormat: string, tag: string): string {
  const sections = splitSections(numberFormat === "" ? "General" : numberFormat).map(parseSection);
  if (typeof value === "string") {
    // The fourth section, or any section with "@", shows text; otherwise text is shown as it is.
    const textSection = sections[3] ?? sections.find((s) => s.tokens.some((t) => t.kind === "text"));
    if (textSection === undefined) return value;
    return textSection.tokens.map((t) => (t.kind === "text" ? value : t.text)).join("");
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return "";
  const [first, second, third] = sections as [Section, Section | undefined, Section | undefined];
  if (value < 0 && second !== undefined) return render(second, -value, tag, "");
  if (value === 0 && third !== undefined) return render(third, 0, tag, "");
  return render(first, Math.abs(value), tag, value < 0 ? "-" : "");
}
