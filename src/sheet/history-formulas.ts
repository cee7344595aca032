/**
 * Pieces of the formulas that read the FunnelHistory table through its workbook-scoped column names
 * (the comparison and the trend): a funnel, a period and a step name matched exactly but without
 * regard to case, as COUNTIFS/SUMIFS compare text, with wildcards and operators in names escaped.
 */
import { HISTORY_COLUMNS } from "../funnel/periods";

/** A text literal inside a formula. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A COUNTIFS/SUMIFS criterion matching `ref`'s text exactly (no wildcards, no operators), any case. */
export function exactly(ref: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

const [FUNNEL, PERIOD, , STEP_NAME, RESULT, SALE_VALUE] = HISTORY_COLUMNS.map((c) => c.name);

/** The history's result and sale value columns, by name. */
export const HISTORY_RESULT = RESULT as string;
export const HISTORY_SALE_VALUE = SALE_VALUE as string;

/** COUNTIFS/SUMIFS criteria for the rows of one funnel, period and step name (formula expressions). */
export function historyCriteria(funnel: string, period: string, stepName: string): string {
  return `${FUNNEL},${exactly(funnel)},${PERIOD},${exactly(period)},${STEP_NAME},${exactly(stepName)}`;
}

/** The funnel's name as its formulas use it: FunnelName, or the sheet's name while that is empty. */
export function funnelExpression(nameCell: string, sheetName: string): string {
  return `IF(${nameCell}="",${literal(sheetName)},${nameCell})`;
}
