/**
 * Microsoft's Excel JavaScript client (`@microsoft/office-js`, dist/excel-*-16.xx.js), run outside
 * Office. The file is written for a browser page's global scope; it is evaluated here inside a scope of
 * its own, so that several builds (web, win32, mac) can live side by side in one process without
 * touching `globalThis`: every global the file reads or writes (window.Office, OSF, Microsoft, Excel,
 * OfficeExtension, ...) lands in that scope, and what it does not define falls through to the real
 * globals (Promise, JSON, setTimeout, ...). Nothing in the file is changed.
 *
 * Development and tests only: production loads office.js from Microsoft's CDN.
 */
import { requirementTable, type RequirementTable } from "./requirement-table";

export type ClientBuild = "web" | "win32" | "mac";

/** The file of each build in @microsoft/office-js/dist (DESIGN.md: the -core builds have no Excel). */
export const CLIENT_FILES: Record<ClientBuild, string> = {
  web: "excel-web-16.00.js",
  win32: "excel-win32-16.01.js",
  mac: "excel-mac-16.00.js",
};

/** One loaded build: its own `Excel` and `OfficeExtension` namespaces and its member-to-set table. */
export interface ExcelClient {
  build: ClientBuild;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** "Range.getMergedAreasOrNullObject" → the ExcelApi set that brought it, from the file itself. */
  requirements: RequirementTable;
  /** The scope the file ran in (its `window`). */
  scope: Record<string, unknown>;
}

/** The browser objects the file reads while it loads (DESIGN.md, "Loading outside Office"). */
function browserShell(userAgent: string): Record<string, unknown> {
  const noop = () => undefined;
  return {
    navigator: { userAgent, language: "en-US" },
    document: {
      readyState: "complete",
      cookie: "",
      documentMode: undefined,
      addEventListener: noop,
      removeEventListener: noop,
      createElement: () => ({ setAttribute: noop, style: {} }),
      getElementsByTagName: () => [],
      querySelector: () => null,
    },
    location: {
      href: "https://localhost/taskpane.html",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
      origin: "https://localhost",
      pathname: "/taskpane.html",
      search: "",
      hash: "",
    },
    addEventListener: noop,
    removeEventListener: noop,
    name: "",
  };
}

/** Runs a build's source with `scope` as its global scope (`with (scope) { source }`). */
export type ClientRunner = (scope: unknown) => void;

/**
 * The runner of a build's source text, for Node. (In a browser page, whose Content-Security-Policy
 * forbids eval, the dev server serves the same wrapper as a script instead: see webpack.config.js.)
 * The file is sloppy-mode browser script; `with` gives it a global scope of its own. It is trusted
 * (Microsoft's package, a devDependency) and never part of a production bundle.
 */
export function compileClient(source: string): ClientRunner {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function("__scope", `with (__scope) {\n${source}\n}`) as ClientRunner;
}

/**
 * Runs one build. `source` is its text (for the requirement table); `userAgent` is what the file sees
 * as navigator.userAgent (it picks code paths by it, as in the host's webview).
 */
export function loadExcelClient(build: ClientBuild, run: ClientRunner, source: string, userAgent: string): ExcelClient {
  const own = browserShell(userAgent);
  const real = globalThis as unknown as Record<string, unknown>;
  // Every identifier resolves in `own` first; what `own` lacks comes from the real globals, and every
  // assignment to a global lands in `own`. Symbol keys (Symbol.unscopables) are left alone.
  const scope: Record<string, unknown> = new Proxy(own, {
    has: (_target, key) => typeof key === "string",
    get: (target, key) => (typeof key === "string" && !(key in target) ? real[key] : target[key as string]),
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  });
  own.window = scope;
  own.self = scope;
  run(scope);
  const Excel = own.Excel as typeof globalThis.Excel | undefined;
  const OfficeExtension = own.OfficeExtension as typeof globalThis.OfficeExtension | undefined;
  if (Excel === undefined || OfficeExtension === undefined)
    throw new Error(`${CLIENT_FILES[build]} defined no Excel namespace: is it a -core build?`);
  return { build, Excel, OfficeExtension, requirements: requirementTable(source), scope: own };
}
