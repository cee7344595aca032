/** The record of what the add-in wrote: fingerprints, runs, shapes, and the text kept in the sheet's name. */
import {
  chartKey,
  decodeRecord,
  encodeRecord,
  fingerprint,
  gaveFormat,
  holdsRecorded,
  recordFormulas,
  recordNames,
  recordText,
  shape,
  wroteAt,
} from "../../src/sheet/written-record";

test("a fingerprint follows the content, not where the block is: rows inserted above change nothing", () => {
  const at = (top: number) => fingerprint(`=IF(E${top + 3}="",0,F${top + 2}*E${top + 3})*$B$${top + 8}`, top + 3, top);
  expect(at(4)).toBe(at(10));
  expect(fingerprint('=IF(E7="",0,F6*E7)', 7, 4)).not.toBe(fingerprint('=IF(E7="",0,F5*E7)', 7, 4));
  // Case and spaces outside text do not count; inside text they do.
  expect(fingerprint('=if( B5 >0, "a b", "")', 5, 4)).toBe(fingerprint('=IF(B5>0,"a b","")', 5, 4));
  expect(fingerprint('=IF(B5>0,"a b","")', 5, 4)).not.toBe(fingerprint('=IF(B5>0,"A B","")', 5, 4));
  // A number, its text and a formula giving it are three different contents.
  expect(new Set([fingerprint(16, 5, 4), fingerprint("16", 5, 4), fingerprint("=16", 5, 4)]).size).toBe(3);
});

test("600 rows of one formula are one run; the record reads back cell by cell", () => {
  const cells = Array.from({ length: 600 }, (_, i) => ({
    column: "C",
    row: 6 + i,
    content: `=IF(B${5 + i}>0,B${6 + i}/B${5 + i},"")`,
  }));
  cells.push({ column: "A", row: 4, content: "Step" });
  const text = encodeRecord(cells, 4, 640);
  expect(text.split(";").filter((part) => part.startsWith("C:"))).toHaveLength(1);
  expect(text.length).toBeLessThan(120);
  const record = decodeRecord(text, 4, 640)!;
  expect(holdsRecorded(record, "C", 300, '=IF(B299>0,B300/B299,"")')).toBe(true);
  expect(holdsRecorded(record, "C", 300, "=B300*2")).toBe(false);
  expect(holdsRecorded(record, "C", 300, 0.4)).toBe(false);
  expect(holdsRecorded(record, "A", 4, "Step")).toBe(true);
  expect([wroteAt(record, "C", 300), wroteAt(record, "D", 300), wroteAt(record, "C", 5)]).toEqual([true, false, false]);
});

test("where the block's height changed, a formula is known by its shape in its column", () => {
  expect(shape('=IF(B7>0,B9/B7,"")')).toBe(shape('=IF(B8>0,B9/B8,"")'));
  expect(shape('=IF(#REF!>0,B9/#REF!,"")')).toBe(shape('=IF(B8>0,B9/B8,"")'));
  expect(shape("=B7*2")).not.toBe(shape('=IF(B8>0,B9/B8,"")'));
  const text = encodeRecord(
    [
      { column: "C", row: 6, content: '=IF(B5>0,B6/B5,"")' },
      { column: "A", row: 4, content: "Step" },
    ],
    4,
    30,
  );
  const taller = decodeRecord(text, 4, 31)!;
  expect(taller.sameRows).toBe(false);
  expect(holdsRecorded(taller, "C", 9, '=IF(B7>0,B9/B7,"")')).toBe(true);
  expect(holdsRecorded(taller, "C", 9, "=B7*2")).toBe(false);
  expect(holdsRecorded(taller, "A", 5, "Step")).toBe(true);
  expect(holdsRecorded(taller, "A", 5, "My notes")).toBe(false);
});

test("the record's text goes into names as text literals of at most 255 characters, and back", () => {
  const long = `FFW1;H=9;${"A:1=abc;".repeat(2000)}`.slice(0, -1);
  const formulas = recordFormulas(long);
  expect(formulas.length).toBeGreaterThan(1);
  for (const formula of formulas) {
    expect(formula.length).toBeLessThan(8_192);
    for (const literal of formula.match(/"[^"]*"/g) ?? []) expect(literal.length - 2).toBeLessThanOrEqual(255);
  }
  const names = new Map(recordNames(formulas.length).map((name, i) => [name, formulas[i]!]));
  expect(recordText(names)).toBe(long);
  // A name someone changed into something else, another format, a run too long to be the add-in's: no record.
  expect(recordText(new Map([["FunnelForecastWritten", "=A1"]]))).toBeNull();
  expect(decodeRecord("XYZ;H=3;A:1=abc", 1, 3)).toBeNull();
  expect(decodeRecord("FFW1;H=3;A:1-99999999=abc", 1, 3)).toBeNull();
  expect(recordText(new Map())).toBeNull();
});

test("the formats given are kept by the same runs, and told from any other; a record from before them says nothing", () => {
  const cells = Array.from({ length: 600 }, (_, i) => ({
    column: "F",
    row: 6 + i,
    content: `=IF(E${6 + i}="",0,F${5 + i}*E${6 + i})`,
    numberFormat: "#,##0.0",
  }));
  cells.push({ column: "G", row: 6, content: "=B6*2", numberFormat: '"€ "#,##0.00' });
  const text = encodeRecord(cells, 4, 640);
  expect(text.split(";").filter((part) => part.startsWith("F#"))).toHaveLength(1);
  const record = decodeRecord(text, 4, 640)!;
  expect(gaveFormat(record, "F", 300, "#,##0.0")).toBe(true);
  expect(gaveFormat(record, "F", 300, "#,##0")).toBe(false);
  expect(gaveFormat(record, "G", 6, '"€ "#,##0.00')).toBe(true);
  expect(gaveFormat(record, "H", 6, "General")).toBeNull();
  // Rows inserted in the block: any format given in that column is the add-in's.
  const taller = decodeRecord(text, 4, 641)!;
  expect([gaveFormat(taller, "F", 700, "#,##0.0"), gaveFormat(taller, "F", 700, "0")]).toEqual([true, false]);
  // A record of the first format (cells only) is still read; it says nothing of formats or charts.
  const older = decodeRecord(text.replace(/^FFW2/, "FFW1").replace(/;[A-Z]+#[^;]*/g, ""), 4, 640)!;
  expect(holdsRecorded(older, "G", 6, "=B6*2")).toBe(true);
  expect([older.formats, older.charts, gaveFormat(older, "F", 300, "#,##0.0")]).toEqual([null, null, null]);
});

test("the charts: ids (or none yet) and ranges by role, and the charts there before while an id is missing", () => {
  const text = encodeRecord([{ column: "C", row: 6, content: "=1" }], 4, 30, {
    byRole: new Map([
      ["funnel", { id: null, ranges: "A1:B6" }],
      ["comparison", { id: "{2E9A-77}", ranges: "A2:A6,C2:C6,E2:E6" }],
      // An id that could not be read back out of the text is kept as not known.
      ["trend", { id: 'odd;"id', ranges: "A30:D34" }],
    ]),
    known: new Set([chartKey("{user}")]),
  });
  const charts = decodeRecord(text, 4, 30)!.charts!;
  expect([...charts.byRole]).toEqual([
    ["funnel", { id: null, ranges: "A1:B6" }],
    ["comparison", { id: "{2E9A-77}", ranges: "A2:A6,C2:C6,E2:E6" }],
    ["trend", { id: null, ranges: "A30:D34" }],
  ]);
  expect(charts.known).toEqual(new Set([chartKey("{user}")]));
  expect(decodeRecord(encodeRecord([], 4, 30, { byRole: new Map(), known: null }), 4, 30)!.charts).toEqual({
    byRole: new Map(),
    known: null,
  });
});
