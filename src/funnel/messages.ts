/**
 * Issue sentences, written for the person who keeps the funnel. Each language supplies templates with
 * placeholders; numbers are formatted for its locale: {value:number}, {value:percent}, plain {value}.
 * {where} is the step ("Step 3 'Proposal' (B4)"), {cellSuffix} is " (B12)" or nothing.
 */
import type { IssueCode, IssueParams } from "./types";

export interface IssueTexts {
  /** "Step {step} '{name}'" */
  stepNamed: string;
  /** "Step {step}" */
  stepUnnamed: string;
  templates: Record<IssueCode, string>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const formatCache = new Map<string, Record<string, Intl.NumberFormat>>();

/** The number formats of {value:number}, {value:percent} and {value:wholePercent}, made once per locale. */
function formatsFor(locale: string): Record<string, Intl.NumberFormat> {
  let formats = formatCache.get(locale);
  if (formats === undefined) {
    formats = {
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }),
      percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }),
      wholePercent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
    };
    formatCache.set(locale, formats);
  }
  return formats;
}

/** Builds the sentence for an issue in the given texts and locale. */
export function renderIssue(code: IssueCode, params: IssueParams, texts: IssueTexts, locale: string): string {
  const formats = formatsFor(locale);
  const raw = (key: string) => (params[key] === undefined ? "" : String(params[key]));
  const cell = raw("cell");
  const step = fill(raw("name") === "" ? texts.stepUnnamed : texts.stepNamed, { step: raw("step"), name: raw("name") });
  const extra: Record<string, string> = {
    where: cell === "" ? step : `${step} (${cell})`,
    cellSuffix: cell === "" ? "" : ` (${cell})`,
  };
  return texts.templates[code].replace(
    /\{(\w+)(?::(number|percent|wholePercent))?\}/g,
    (whole, key: string, kind?: string) => {
      if (kind === undefined) return extra[key] ?? (params[key] === undefined ? whole : raw(key));
      // Text (shown quoted, as typed) is never read as a number.
      const value = typeof params[key] === "number" ? params[key] : Number.NaN;
      if (!Number.isFinite(value)) return raw(key);
      return (formats[kind] as Intl.NumberFormat).format(value);
    },
  );
}
