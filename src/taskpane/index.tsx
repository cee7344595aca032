/**
 * Task pane entry. Inside Excel the pane works on the real workbook. Outside Office (office.js could not
 * load, or Office.onReady reports no host) development builds start the preview beside a simulated
 * workbook; production builds say to open the add-in from Excel. The preview is not in production.
 */
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/office-host";
import { loadLanguage, pickLocale } from "../i18n";
import { App } from "./App";

const OFFICE_READY_TIMEOUT_MS = 10_000;

/** Resolves true inside an Office host, false in a plain browser (or when office.js never loaded). */
function insideOffice(): Promise<boolean> {
  if (typeof Office === "undefined") return Promise.resolve(false);
  return Promise.race([
    Office.onReady().then((info) => Boolean(info.host)),
    new Promise<boolean>((resolve) => {
      setTimeout(() => {
        resolve(false);
      }, OFFICE_READY_TIMEOUT_MS);
    }),
  ]);
}

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (element === null) throw new Error("taskpane.html has no #root element");
  if (await insideOffice()) {
    const host = officeHost();
    const locale = pickLocale(host.displayLanguage);
    const pack = await loadLanguage(locale.language);
    createRoot(element).render(
      <App host={host} templateUrl={__TEMPLATE_URL__} initialPack={pack} initialLocale={locale} />,
    );
    return;
  }
  if (__PREVIEW__) {
    const { startPreview } = await import(/* webpackChunkName: "preview" */ "../preview/preview");
    await startPreview(element);
    return;
  }
  const strings = (await loadLanguage(pickLocale(navigator.language).language)).pane;
  element.textContent = strings.outsideOffice;
}

start().catch((error: unknown) => {
  const element = document.getElementById("root");
  if (element !== null)
    element.textContent = `Funnel Forecast could not start: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
