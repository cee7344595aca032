/** The WorkbookHost inside Excel: Excel.run, worksheet activation events, the Office theme. */
import type { WorkbookHost } from "./host";
import { watchWorkbook } from "./workbook-events";

const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** True when the Office theme's body background is dark (luminance below one half). */
export function isDarkColor(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (match?.[1] === undefined) return false;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

/**
 * Whether the pane should be dark: the Office theme where the host gives one; Excel on the web and on
 * Mac leave Office.context.officeTheme undefined (office-js issues 6134, 1431), so there the webview's
 * own colour scheme decides.
 */
export function prefersDark(
  theme: { bodyBackgroundColor?: string } | undefined,
  colorScheme: ((query: string) => { matches: boolean }) | undefined,
): boolean {
  const background = theme?.bodyBackgroundColor;
  if (typeof background === "string" && background !== "") return isDarkColor(background);
  return colorScheme?.("(prefers-color-scheme: dark)").matches ?? false;
}

/** One asynchronous call of Office.Settings as a promise. */
function settingsCall(call: (done: (result: Office.AsyncResult<unknown>) => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error.message));
    });
  });
}

/** The webview's media query, where it has one. */
function mediaQuery(): ((query: string) => { matches: boolean }) | undefined {
  return typeof window === "undefined" || typeof window.matchMedia !== "function"
    ? undefined
    : (query) => window.matchMedia(query);
}

/**
 * High contrast: Windows' contrast themes turn on forced colours in the webview (WebView2, Edge), which
 * the CSS media feature forced-colors reports; the pane then uses Fluent's high-contrast theme.
 */
export function prefersContrast(colorScheme: ((query: string) => { matches: boolean }) | undefined): boolean {
  return colorScheme?.("(forced-colors: active)").matches ?? false;
}

export function officeHost(): WorkbookHost {
  const settings = Office.context.document.settings;
  return {
    kind: "excel",
    // A plain request context rather than Excel.run: Excel.run keeps every object it creates and ends
    // with a request of its own to release them (_RemoveReference), a third round trip per
    // recalculation. The add-in never uses an object across requests unless its id addresses it
    // (tests run it on Microsoft's client outside Excel.run), so two requests are enough.
    run: (job) => job(new Excel.RequestContext()),
    watch: (watcher) => watchWorkbook(() => new Excel.RequestContext(), watcher),
    displayLanguage: Office.context.displayLanguage,
    dark: prefersDark((Office.context as { officeTheme?: Office.OfficeTheme }).officeTheme, mediaQuery()),
    contrast: prefersContrast(mediaQuery()),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    autoOpen: {
      get: () => settings.get(AUTO_OPEN_SETTING) === true,
      // office.js holds a copy of the document's settings taken when the pane loaded, and saveAsync
      // writes that whole copy back: refreshed first, it cannot put back a stale value of the add-in's
      // own settings (the funnel registry, the improvement mode, the currency) written since.
      set: async (on) => {
        await settingsCall((done) => {
          settings.refreshAsync(done);
        });
        settings.set(AUTO_OPEN_SETTING, on);
        await settingsCall((done) => {
          settings.saveAsync(done);
        });
      },
    },
  };
}
