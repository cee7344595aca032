/** The labels of the workbook-wide sheets: the Overview and the history of closed periods. */
export interface WorkbookLabels {
  overviewSheet: string;
  overviewTitle: string;
  overviewFunnel: string;
  overviewTotal: string;
  overviewChartTitle: string;
  historySheet: string;
  historyFunnel: string;
  historyPeriod: string;
  historyStep: string;
  historyStepName: string;
  historyResult: string;
  historySaleValue: string;
  historyClosedOn: string;
}

/** The FunnelHistory table's header row in the labels' language, in the table's column order. */
export function historyHeaders(labels: WorkbookLabels): string[] {
  return [
    labels.historyFunnel,
    labels.historyPeriod,
    labels.historyStep,
    labels.historyStepName,
    labels.historyResult,
    labels.historySaleValue,
    labels.historyClosedOn,
  ];
}
