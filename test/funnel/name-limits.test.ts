/** Names the add-in cannot keep: too long for Excel's criteria, or holding a character XML cannot hold. */
import {
  hasControlCharacter,
  MAX_NAME_LENGTH,
  nameProblem,
  withoutControlCharacters,
} from "../../src/funnel/name-limits";

test("every C0 control character but tab, line feed and carriage return is refused, and U+FFFE, U+FFFF", () => {
  const refused: number[] = [];
  for (let code = 0; code < 32; code++) if (hasControlCharacter(`a${String.fromCharCode(code)}b`)) refused.push(code);
  expect(refused).toEqual([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  ]);
  expect(hasControlCharacter("\uFFFE")).toBe(true);
  expect(hasControlCharacter("\uFFFF")).toBe(true);
});

test("half a surrogate pair is refused; a whole one (an emoji), accents and other scripts are kept", () => {
  expect(hasControlCharacter("\uD83D")).toBe(true);
  expect(hasControlCharacter("x\uDE00")).toBe(true);
  expect(hasControlCharacter("Leads 🚀 Üzlet Продажи 商談")).toBe(false);
});

test("removing them leaves the rest as it was", () => {
  expect(withoutControlCharacters("Buy\u0001ers\u0000 \tnow\n")).toBe("Buyers \tnow\n");
});

test("a name matches with the history up to 120 characters, even made of wildcards", () => {
  // The criterion is "=" and the name with ~ * ? each written twice (history-formulas.ts); Excel matches
  // criteria of at most 255 characters.
  expect(1 + 2 * MAX_NAME_LENGTH).toBeLessThanOrEqual(255);
  expect(nameProblem("*".repeat(120), "A5")).toBeNull();
  expect(nameProblem("*".repeat(121), "A5")).toEqual({
    code: "name-too-long",
    params: { name: `${"*".repeat(30)}…`, cell: "A5", count: 121, max: 120 },
  });
  expect(nameProblem("Buy\u0007ers", "")).toEqual({
    code: "name-control-character",
    params: { name: "Buy\uFFFDers", cell: "" },
  });
});
