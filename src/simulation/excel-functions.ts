/**
 * Where HyperFormula's functions differ from Excel's in a way the add-in's formulas meet, the
 * simulation's formula engine gets Excel's behaviour, with its source:
 *
 *  - SUMPRODUCT evaluates its arguments as arrays in every Excel (2007 onwards, the web, Mac), so
 *    arithmetic on ranges inside it needs no array-formula entry: Microsoft's own example is
 *    =SUMPRODUCT((B2:B9=B12)*(C2:C9=C12)*D2:D9) ("SUMPRODUCT function", support.microsoft.com,
 *    16753e75-9f68-4874-94ac-4d2145a2fd2e), and LibreOffice does the same. HyperFormula refuses a range
 *    in such arithmetic ("Cell range not allowed") unless array arithmetic is switched on for every
 *    formula — which would make =SUM(A1:A3*B1:B3), typed as a plain formula, sum the arrays where Excel
 *    2019 takes the formula's own row of each range — so only SUMPRODUCT gets it. Array entries that are not numbers count as 0
 *    (WorksheetFunction.SumProduct, learn.microsoft.com: "treats array entries that are not numeric as
 *    if they were zeros"); an error in them is the result; arrays of other sizes give #VALUE!.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type SimpleRangeValue,
} from "hyperformula";

/** A number in an array as Excel's SUMPRODUCT counts it; errors pass through. */
function entry(value: unknown): number | CellError {
  if (value instanceof CellError) return value;
  if (typeof value === "number") return value;
  // HyperFormula keeps formatted numbers (currency, percent) as objects around their value.
  const inner = typeof value === "object" && value !== null ? (value as { val?: unknown }).val : undefined;
  return typeof inner === "number" ? inner : 0;
}

class ExcelSumproduct extends FunctionPlugin {
  static override implementedFunctions = {
    SUMPRODUCT: {
      method: "sumproduct",
      parameters: [{ argumentType: FunctionArgumentType.RANGE }],
      repeatLastArgs: 1,
      enableArrayArithmeticForArguments: true,
    },
  };

  sumproduct(ast: { args: never[] }, state: never) {
    return this.runFunction(ast.args, state, this.metadata("SUMPRODUCT"), (...arrays: SimpleRangeValue[]) => {
      const first = arrays[0] as SimpleRangeValue;
      if (arrays.some((array) => array.width() !== first.width() || array.height() !== first.height())) {
        return new CellError(ErrorType.VALUE, "SUMPRODUCT's arrays differ in size");
      }
      const columns = arrays.map((array) => array.valuesFromTopLeftCorner());
      let sum = 0;
      for (let i = 0; i < first.numberOfElements(); i++) {
        let product = 1;
        for (const values of columns) {
          const value = entry(values[i]);
          if (value instanceof CellError) return value;
          product *= value;
        }
        sum += product;
      }
      return sum;
    });
  }
}

let registered = false;

/** Gives HyperFormula Excel's behaviour above; call before building an engine (registration is global). */
export function registerExcelFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(ExcelSumproduct);
  registered = true;
}
