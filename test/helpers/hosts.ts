/** Workbooks and a stand-in Office per host profile, and a check of a laid-out sheet against the engine. */
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { planSheet } from "../../src/sheet";
import { exampleFunnel } from "../../src/funnel/example";
import {
  HOST_PROFILES,
  SimulatedWorkbook,
  createOfficeStandIn,
  installOfficeStandIn,
  nodeExcelClient,
  typeFunnelInput,
  type HostId,
  type OfficeStandIn,
  type StandInOptions,
  type WorkbookOptions,
} from "../../src/simulation";
import { expectClose } from "./close";
import { expectedCells } from "./expected-cells";
import { value } from "./simulated-excel";

export function hostWorkbook(id: HostId, options: Omit<WorkbookOptions, "profile"> = {}): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook({ ...options, profile: HOST_PROFILES[id] });
  workbook.addSheet("Sheet1");
  return workbook;
}

/** The article's funnel typed on Sheet1 under a title, header on row 4, sale value in B12. */
export function articleWorkbook(id: HostId, options: Omit<WorkbookOptions, "profile"> = {}): SimulatedWorkbook {
  const workbook = hostWorkbook(id, options);
  workbook.setInput("Sheet1", "A1", "Sales funnel Q3");
  typeFunnelInput(workbook, "Sheet1", 4, exampleFunnel);
  return workbook;
}

/** Installs a stand-in Office and Excel for `id` on globalThis for the duration of `body`. */
export async function withOffice<T>(
  id: HostId,
  workbook: SimulatedWorkbook | null,
  body: (standIn: OfficeStandIn) => Promise<T>,
  options: Partial<StandInOptions> = {},
): Promise<T> {
  const profile = HOST_PROFILES[id];
  const client = workbook === null ? null : nodeExcelClient(profile.clientBuild);
  const standIn = createOfficeStandIn({ profile, workbook, client, ...options });
  const restore = installOfficeStandIn(globalThis, standIn);
  try {
    return await body(standIn);
  } finally {
    restore();
  }
}

/** Every output cell of a funnel laid out at `headerRow` evaluates to what forecastFunnel says. */
export function expectSheetToMatchEngine(
  workbook: SimulatedWorkbook,
  sheet: string,
  input: FunnelInput,
  headerRow: number,
): number {
  const forecast = forecastFunnel(input).forecast;
  if (forecast === null) throw new Error("the funnel is not valid");
  let compared = 0;
  for (const cell of expectedCells(input, planSheet(input, { headerRow }), forecast)) {
    const label = `${sheet}!${cell.address} (${cell.what})`;
    const shown = value(workbook, sheet, cell.address);
    expectClose(shown === "" ? null : (shown as number), cell.expected, label, cell.scale);
    compared++;
  }
  return compared;
}

/** The names of the charts on a sheet, sorted. */
export function chartNames(workbook: SimulatedWorkbook, sheet = "Sheet1"): string[] {
  return workbook
    .sheet(sheet)
    .charts.map((c) => c.name)
    .sort();
}
