/**
 * Task pane entry. Inside Excel the pane works on the real workbook. Outside Office (office.js could not
 * load, or Office.onReady reports no host) development builds start the preview beside a simulated
 * workbook; production builds say to open the add-in from Excel. The preview is not in production.
 *
 * Office can take well over ten seconds to start on a slow machine: the pane waits for Office.onReady
 * as long as it takes, saying so, and never decides on a timer that it is outside Excel.
 */
import { createRoot } from "react-dom/client";
import { markedUnsupported } from "../boot/engine-check";
import { officeHost } from "../excel/office-host";
import { loadLanguage, pickLocale } from "../i18n";
import { App } from "./App";
import { paneTheme } from "./theme";

/** After this long without Office.onReady, the waiting message says Excel is still starting. */
export const STILL_WAITING_MS = 10_000;

function say(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.setAttribute("role", "status");
}

/** Resolves with Office's host ("Excel"), or null in a plain browser; shows a waiting state meanwhile. */
async function officeReady(element: HTMLElement): Promise<string | null> {
  const strings = (await loadLanguage(pickLocale(navigator.language).language)).pane;
  say(element, strings.waitingForExcel);
  const timer = setTimeout(() => {
    say(element, strings.stillWaiting);
  }, STILL_WAITING_MS);
  try {
    const info = await Office.onReady();
    // In a plain browser office.js reports no host (null); typed as always present, so checked as unknown.
    const reported: unknown = info.host;
    return typeof reported === "string" && reported !== "" ? reported : null;
  } finally {
    clearTimeout(timer);
  }
}

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (element === null) throw new Error("taskpane.html has no #root element");
  // The boot script found a webview too old for the pane and has said what to update.
  if (markedUnsupported(window as unknown as Record<string, unknown>)) return;
  const host = typeof Office === "undefined" ? null : await officeReady(element);
  if (host !== null) {
    element.removeAttribute("role");
    const office = officeHost();
    const locale = pickLocale(office.displayLanguage);
    const [pack, theme] = await Promise.all([loadLanguage(locale.language), paneTheme(office.dark, office.contrast)]);
    createRoot(element).render(
      <App host={office} theme={theme} templateUrl={__TEMPLATE_URL__} initialPack={pack} initialLocale={locale} />,
    );
    return;
  }
  if (__PREVIEW__) {
    element.removeAttribute("role");
    const { startPreview } = await import(/* webpackChunkName: "preview" */ "../preview/preview");
    await startPreview(element);
    return;
  }
  say(element, (await loadLanguage(pickLocale(navigator.language).language)).pane.outsideOffice);
}

start().catch((error: unknown) => {
  const element = document.getElementById("root");
  if (element !== null)
    element.textContent = `Funnel Forecast could not start: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
