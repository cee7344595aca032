/**
 * The pane's sentences about how sure the revenue is, when a change will show, and the sales cycle and
 * lifetime value (issues 23 and 24), in all five languages. They load with the figures that use them
 * (taskpane/MetricsNotes.tsx, a chunk of its own), not with the pane, whose opening script has a budget.
 */
import type { LanguageCode } from "./types";
import type { MetricsStrings } from "./metrics-types";
import { metricsEn } from "./metrics-en";
import { metricsNl } from "./metrics-nl";
import { metricsDe } from "./metrics-de";
import { metricsHu } from "./metrics-hu";
import { metricsNb } from "./metrics-nb";

export type { MetricsStrings, PeriodUnit, UnitWords } from "./metrics-types";

export const METRICS_STRINGS: Record<LanguageCode, MetricsStrings> = {
  en: metricsEn,
  nl: metricsNl,
  de: metricsDe,
  hu: metricsHu,
  nb: metricsNb,
};
