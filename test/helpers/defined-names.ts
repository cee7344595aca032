/**
 * Reads a defined name's reference as Excel reads one in workbook.xml (ECMA-376 Part 1 §18.17, the
 * formula grammar, as Excel applies it): one or more areas separated by commas, each a sheet and a cell,
 * an area, whole columns or whole rows. A sheet name is either plain — letters, digits, "_" and ".", not
 * starting with a digit or ".", and not readable as a cell (A1 or the start of an R1C1 reference) — or
 * in apostrophes, where an apostrophe of the name is written twice. Anything else throws, naming what
 * is wrong: Excel would offer to repair the file. Written apart from src/sheet/a1.ts (it shares no code),
 * so that it can catch that code's mistakes.
 */

export interface ReferencedArea {
  sheet: string;
  /** 1-based, inclusive; whole columns run over every row, whole rows over every column. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.toUpperCase().charCodeAt(i) - 64;
  return n;
}

/** True when Excel would take `name`, unquoted, for (the start of) a cell reference. */
function looksLikeCell(name: string): boolean {
  const upper = name.toUpperCase();
  const a1 = /^([A-Z]+)([0-9]+)$/.exec(upper);
  if (a1 && a1[1]!.length <= 3 && columnOf(a1[1]!) <= MAX_COLUMN && +a1[2]! >= 1 && +a1[2]! <= MAX_ROW) return true;
  const r = /^R([0-9]+)/.exec(upper);
  if (r && +r[1]! >= 1 && +r[1]! <= MAX_ROW) return true;
  const c = /^R?C([0-9]+)/.exec(upper);
  if (c && +c[1]! >= 1 && +c[1]! <= MAX_COLUMN) return true;
  return ["R", "C", "RC"].includes(upper);
}

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new Error(`${what} at ${this.position} of ${JSON.stringify(this.text)}`);
  }

  peek(): string {
    return this.text[this.position] ?? "";
  }

  sheet(): string {
    if (this.peek() === "'") {
      this.position++;
      let name = "";
      for (;;) {
        const ch = this.peek();
        if (ch === "") this.fail("a quoted sheet name is not closed");
        this.position++;
        if (ch !== "'") name += ch;
        else if (this.peek() === "'") {
          name += "'";
          this.position++;
        } else break;
      }
      if (name === "" || name.startsWith("'") || name.endsWith("'")) this.fail(`"${name}" is no sheet name`);
      if (/[:\\/?*[\]]/.test(name)) this.fail(`the sheet name "${name}" holds a character Excel does not allow`);
      return name;
    }
    const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/.exec(this.text.slice(this.position));
    if (plain === null) this.fail("a sheet name that is neither plain nor quoted");
    const name = plain[0];
    if (looksLikeCell(name)) this.fail(`the sheet name ${name} reads as a cell and must be quoted`);
    this.position += name.length;
    return name;
  }

  /** "$A$1", "A1", "$A", "$1": one end of an area (row or column may be missing for whole ones). */
  end(): { col: number | null; row: number | null } {
    const m = /^(\$?([A-Za-z]{1,3}))?(\$?([0-9]+))?/.exec(this.text.slice(this.position));
    if (m === null || m[0] === "") this.fail("a cell or area was expected");
    this.position += m[0].length;
    const col = m[2] === undefined ? null : columnOf(m[2]);
    const row = m[4] === undefined ? null : Number(m[4]);
    if (col !== null && col > MAX_COLUMN) this.fail(`column ${m[2]} is beyond XFD`);
    if (row !== null && (row < 1 || row > MAX_ROW)) this.fail(`row ${row} is outside the sheet`);
    return { col, row };
  }

  area(): ReferencedArea {
    const sheet = this.sheet();
    if (this.peek() !== "!") this.fail('"!" after the sheet name was expected');
    this.position++;
    const first = this.end();
    let last = first;
    const colon = this.peek() === ":";
    if (colon) {
      this.position++;
      last = this.end();
    }
    // Whole columns and rows are written with both ends: $E:$E, $3:$5.
    const wholeColumns = colon && first.row === null && last.row === null && first.col !== null && last.col !== null;
    const wholeRows = colon && first.col === null && last.col === null && first.row !== null && last.row !== null;
    const cells = first.row !== null && first.col !== null && last.row !== null && last.col !== null;
    if (!wholeColumns && !wholeRows && !cells) this.fail("an incomplete area");
    return {
      sheet,
      top: first.row ?? 1,
      left: first.col ?? 1,
      bottom: last.row ?? MAX_ROW,
      right: last.col ?? MAX_COLUMN,
    };
  }
}

/** The areas a defined name's text refers to; throws where Excel could not read it. */
export function parseDefinedName(text: string): ReferencedArea[] {
  const reader = new Reader(text);
  const areas = [reader.area()];
  while (reader.peek() === ",") {
    reader.position++;
    areas.push(reader.area());
  }
  if (reader.position !== text.length) reader.fail("unexpected text after the reference");
  return areas;
}
