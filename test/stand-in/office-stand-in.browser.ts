/**
 * Served in place of office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) in the
 * end-to-end tests: puts a stand-in Office and Excel for one host profile on window, over the preview's
 * example workbook, so that the real pages run as they would inside that Excel. The test chooses the
 * host with window.__funnelHost (an init script) and reads the workbook through window.__funnelStandIn.
 */
import { parseCell } from "../../src/sheet/a1";
import { exampleWorkbook } from "../../src/preview/example-workbook";
import {
  clientFromRunner,
  createOfficeStandIn,
  HOST_PROFILES,
  installOfficeStandIn,
  loadedClientRunner,
  type HostId,
} from "../../src/simulation/browser";
import { EDGEHTML_MISSING } from "../helpers/edgehtml";

interface HostChoice {
  profile?: HostId;
  displayLanguage?: string;
  readyAfterMs?: number;
  themeBackground?: string;
  /** false on pages that need no workbook (the dialog, Trident). */
  workbook?: boolean;
  /**
   * Leave globalThis in place even in EdgeHTML's imitation: Playwright's own injected code needs it to
   * read a page that has no boot script to put it back (the dialog, whose ES5 code never uses it).
   */
  keepGlobalThis?: boolean;
}

const scope = window as unknown as Record<string, unknown>;
const choice = (scope.__funnelHost ?? {}) as HostChoice;
const profile = HOST_PROFILES[choice.profile ?? "windows-m365"];
const workbook = choice.workbook === false ? null : exampleWorkbook({ profile });
// Microsoft's Excel client of the profile's build, served just before this script (office-pages.ts).
const runner = workbook === null ? null : loadedClientRunner(profile.clientBuild);
if (workbook !== null && runner === null) throw new Error(`no Excel client (${profile.clientBuild}) was served`);
const client = runner === null ? null : clientFromRunner(profile.clientBuild, runner);
const messages: string[] = [];
const standIn = createOfficeStandIn({
  profile,
  workbook,
  client,
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

/**
 * EdgeHTML (Excel 2019 without WebView2) has no built-in newer than Edge 18: remove them, after the
 * stand-in has set itself up, so that the add-in's pages run with only what that webview has (plus what
 * their boot script installs).
 */
if (profile.webview === "edgehtml") {
  for (const builtIn of EDGEHTML_MISSING) {
    if (builtIn.name === "globalThis" && choice.keepGlobalThis === true) continue;
    const owner = builtIn.owner
      .split(".")
      .reduce<unknown>((at, key) => (key === "window" ? window : (at as Record<string, unknown>)[key]), window);
    Reflect.deleteProperty(owner as object, builtIn.property);
  }
}
