/**
 * Served in place of office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) in the
 * end-to-end tests: puts a stand-in Office and Excel for one host profile on window, over the preview's
 * example workbook, so that the real pages run as they would inside that Excel. The test chooses the
 * host with window.__funnelHost (an init script) and reads the workbook through window.__funnelStandIn.
 */
import { parseCell } from "../../src/funnel/a1";
import { exampleWorkbook } from "../../src/preview/example-workbook";
import { createOfficeStandIn, HOST_PROFILES, installOfficeStandIn, type HostId } from "../../src/simulation";

interface HostChoice {
  profile?: HostId;
  displayLanguage?: string;
  readyAfterMs?: number;
  themeBackground?: string;
  /** false on pages that need no workbook (the dialog, Trident). */
  workbook?: boolean;
}

const scope = window as unknown as Record<string, unknown>;
const choice = (scope.__funnelHost ?? {}) as HostChoice;
const profile = HOST_PROFILES[choice.profile ?? "windows-m365"];
const workbook = choice.workbook === false ? null : exampleWorkbook({ profile });
const messages: string[] = [];
const standIn = createOfficeStandIn({
  profile,
  workbook,
  ...(choice.displayLanguage === undefined ? {} : { displayLanguage: choice.displayLanguage }),
  ...(choice.readyAfterMs === undefined ? {} : { readyAfterMs: choice.readyAfterMs }),
  ...(choice.themeBackground === undefined ? {} : { themeBackground: choice.themeBackground }),
  onMessageParent: (message) => messages.push(message),
});
installOfficeStandIn(scope, standIn);

scope.__funnelStandIn = {
  workbook,
  standIn,
  messages,
  /** What a cell shows (its value), for the test to compare with the engine. */
  value(sheet: string, address: string): unknown {
    if (workbook === null) return null;
    const { row, col } = parseCell(address);
    return workbook.valueAt(workbook.sheet(sheet), row, col);
  },
};
