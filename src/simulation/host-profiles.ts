/**
 * The Excel hosts Funnel Forecast runs in, as the simulation models them. Each profile carries the
 * behaviours on record for that host; the source of each behaviour is named beside it. Where a record
 * is unclear about which hosts it affects, the behaviour is applied to every host it could affect, so
 * the simulation stays at least as strict as the strictest real Excel.
 *
 * Sources (short names used below):
 *  [browsers]   "Browsers and webview controls used by Office Add-ins" (learn.microsoft.com) — which
 *               webview each Office version uses; Trident+ runs ES5 only.
 *  [ie11]       "Support older Microsoft webviews and Office versions" (learn.microsoft.com) — show a
 *               graceful message where the add-in cannot run.
 *  [reqsets]    "Excel JavaScript API requirement sets" (learn.microsoft.com) — Excel 2019 perpetual
 *               stops at ExcelApi 1.8; the native funnel chart (ChartType "Funnel") needs 1.9.
 *  [limits]     "Resource limits and performance optimization for Office Add-ins" and the Excel error
 *               codes page — Excel on the web: 5 MB per request and per response,
 *               RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, web only.
 *  [batch]      "Application-specific API model" (learn.microsoft.com) — a failing operation rejects
 *               the sync; the operations queued before it stay applied.
 *  [dialog]     "Use the Office dialog API" (learn.microsoft.com) — the dialog page must wait for
 *               Office.onReady before Office.context.ui.messageParent.
 *  [#6134]      office-js issue 6134 — Office.context.officeTheme is undefined in Excel on the web
 *               (reproduced by Microsoft, 2025).
 *  [#1431]      office-js issue 1431 — officeTheme answered as supported on Windows only, not on the
 *               web, Mac or iOS.
 *  [#2268]      office-js issue 2268 — getSelectedRange throws InvalidSelection when a chart is
 *               selected (Mac 16.55 and current channels; "by design").
 *  [#8]         office-js issue 8 — the same on Windows for charts, shapes, pictures.
 *  [#2477]      office-js-docs-pr issue 2477 — InvalidSelection when several areas are selected.
 *  [#2041]      office-js issue 2041 — Chart.title throws UnsupportedOperation on newer chart types
 *               (Excel 2016 on Windows, waterfall).
 *  [#910]       office-js-docs issue 910 — Chart.series throws UnsupportedOperation on newer chart types.
 *  [#2971]      office-js issue 2971 — chartType reads back null for newer chart types (web; Microsoft:
 *               "not supported for some kinds of chart").
 *  [#1011]      office-js issue 1011 — on the web, Worksheet.names also lists every workbook-scoped name.
 *  [#3388]      office-js issues 3388, 3019, 625 — every API call fails with
 *               InvalidOperationInCellEditMode while the user is editing a cell (desktop and web).
 *  [#761]       office-js issue 761 — document settings saveAsync fails (5004) in cell-edit mode.
 *  [limits255]  "Excel specifications and limits" (support.microsoft.com), Charts — data series in one
 *               chart: 255.
 *  [#3611]      office-js issue 3611 — Range.getMergedAreasOrNullObject (ExcelApi 1.13) returns only the
 *               merged areas whose top-left cell is in the range ("by design").
 *  [window]     "Window objects unsupported in add-ins" (learn.microsoft.com) — history.pushState and
 *               history.replaceState are disabled in add-ins.
 *  [mac16]      "Excel JavaScript API requirement sets" (learn.microsoft.com), and "Office versions and
 *               requirement sets" — Excel 2016 for Mac 16.9–16.16 and volume-licensed Excel 2019 for Mac
 *               stop at ExcelApi 1.7; the manifest admits them (its minimum is 1.7).
 *  [#420]       office-js issues 420 (Windows desktop, 2019) and 4066 (Excel on the web, 2024, in backlog) —
 *               a value picked from a cell's data-validation list raises no Worksheet.onChanged.
 *  [client]     @microsoft/office-js dist/: the Excel client each platform loads (excel-web-16.00.js,
 *               excel-win32-16.01.js, excel-mac-16.00.js); every profile runs on its own build.
 */

export type HostId = "web" | "windows-m365" | "windows-2019-edgehtml" | "windows-2019-trident" | "mac" | "mac-2019";

/** Which build of Microsoft's Excel client the host loads [client]. */
export type ClientBuildId = "web" | "win32" | "mac";

export interface HostProfile {
  id: HostId;
  /** As a user would name it. */
  name: string;
  /** Office.context.platform ("OfficeOnline", "PC", "Mac"). */
  platform: "OfficeOnline" | "PC" | "Mac";
  webview: "browser" | "webview2" | "edgehtml" | "trident" | "wkwebview";
  /** The newest ECMAScript syntax the webview parses: 5 means ES5 [browsers]. */
  syntax: 5 | 2017 | 2020;
  /** Highest ExcelApi 1.x minor version the host supports [reqsets]. */
  excelApiMinor: number;
  /** Office.context.officeTheme exists [#6134] [#1431]. */
  officeTheme: boolean;
  /** Worksheet.names lists workbook-scoped names too [#1011]. */
  sheetNamesIncludeWorkbookNames: boolean;
  /** Bytes allowed per request and per response; null where no limit is on record [limits]. */
  payloadLimitBytes: number | null;
  /** The Excel client build this host loads [client]. */
  clientBuild: ClientBuildId;
}

/** 5 MB, counted in decimal bytes (the stricter reading) [limits]. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/** Whether ExcelApi `version` ("1.9") is within a host that supports ExcelApi up to 1.`supportedMinor`. */
export function supportsExcelApi(version: string | undefined, supportedMinor: number): boolean {
  const [major, minor] = (version ?? "1.1").split(".").map(Number);
  return major === 1 && (minor ?? 0) <= supportedMinor;
}

export const HOST_PROFILES: Record<HostId, HostProfile> = {
  web: {
    id: "web",
    name: "Excel on the web",
    platform: "OfficeOnline",
    webview: "browser",
    syntax: 2020,
    excelApiMinor: 17,
    officeTheme: false, // [#6134]
    sheetNamesIncludeWorkbookNames: true, // [#1011]
    payloadLimitBytes: WEB_PAYLOAD_LIMIT, // [limits]
    clientBuild: "web",
  },
  "windows-m365": {
    id: "windows-m365",
    name: "Microsoft 365 on Windows (WebView2)",
    platform: "PC",
    webview: "webview2",
    syntax: 2020,
    excelApiMinor: 17,
    officeTheme: true, // [#1431]
    sheetNamesIncludeWorkbookNames: false,
    payloadLimitBytes: null,
    clientBuild: "win32",
  },
  "windows-2019-edgehtml": {
    id: "windows-2019-edgehtml",
    name: "Excel 2019 on Windows, retail, without WebView2 (EdgeHTML)",
    platform: "PC",
    webview: "edgehtml",
    // EdgeHTML's Chakra engine has no ES2018+ syntax (object rest/spread, ?., ??) [browsers], and no
    // built-in newer than Edge 18 (globalThis, Array.prototype.flatMap, Object.fromEntries, WeakRef, ...;
    // MDN compatibility data): the end-to-end stand-in removes them (test/helpers/edgehtml.ts).
    syntax: 2017,
    excelApiMinor: 8, // [reqsets]
    officeTheme: true,
    sheetNamesIncludeWorkbookNames: false,
    payloadLimitBytes: null,
    clientBuild: "win32",
  },
  "windows-2019-trident": {
    id: "windows-2019-trident",
    name: "Excel 2019 on Windows, volume-licensed (Internet Explorer 11, Trident)",
    platform: "PC",
    webview: "trident",
    syntax: 5, // [browsers]
    excelApiMinor: 8, // [reqsets]
    officeTheme: true,
    sheetNamesIncludeWorkbookNames: false,
    payloadLimitBytes: null,
    clientBuild: "win32",
  },
  mac: {
    id: "mac",
    name: "Excel on Mac (Microsoft 365, WKWebView)",
    platform: "Mac",
    webview: "wkwebview",
    syntax: 2020,
    excelApiMinor: 17,
    officeTheme: false, // [#1431]
    sheetNamesIncludeWorkbookNames: false,
    payloadLimitBytes: null,
    clientBuild: "mac",
  },
  "mac-2019": {
    id: "mac-2019",
    name: "Excel 2019 for Mac (16.16, ExcelApi 1.7)",
    platform: "Mac",
    webview: "wkwebview",
    // Safari 12's WebKit parses ES2017 but not all of ES2018 (MDN compatibility data).
    syntax: 2017,
    excelApiMinor: 7, // [mac16]
    officeTheme: false, // [#1431]
    sheetNamesIncludeWorkbookNames: false,
    payloadLimitBytes: null,
    clientBuild: "mac",
  },
};

export const HOST_IDS = Object.keys(HOST_PROFILES) as HostId[];

/** Hosts whose webview runs the React pane (everything but Trident). */
export const MODERN_HOST_IDS = HOST_IDS.filter((id) => HOST_PROFILES[id].syntax >= 2017);

/*
 * Behaviours every profile carries (no host on record is exempt, so none is):
 *  - getSelectedRange throws InvalidSelection with a chart, shape or several areas selected [#2268] [#8] [#2477];
 *  - newer chart types (Funnel): title, series, axes, legend and setData throw UnsupportedOperation,
 *    chartType reads back null [#2041] [#910] [#2971];
 *  - a batch is not a transaction [batch];
 *  - an API above the host's ExcelApi version is not there [reqsets];
 *  - cell-edit mode fails every call [#3388] [#761];
 *  - messageParent before Office.onReady throws [dialog];
 *  - history.pushState / replaceState are null [window];
 *  - a chart of more than 255 series is refused [limits255];
 *  - merged areas are found only by their top-left cell [#3611], and only where ExcelApi 1.13 is;
 *  - a value picked from a data-validation list raises no onChanged [#420] (SimulatedWorkbook.userPicksFromList).
 */
