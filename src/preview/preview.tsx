/**
 * The browser preview (development builds only): the task pane beside a simulated workbook that shows
 * formulas' values and redraws whenever the pane writes. URL options: ?lang=nl&theme=dark. Under a
 * system contrast theme (forced colours) the pane uses the matching theme, as in Excel.
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { loadLanguage, pickLocale, type LanguagePack, type Locale } from "../i18n";
import { App } from "../taskpane/App";
import { paneTheme } from "../taskpane/theme";
import type { Theme } from "@fluentui/react-components";
import { productsWorkbook } from "./example-workbook";
import { browserExcelClient, simulatedSession, type SimulatedSession } from "../simulation/browser";
import { previewHost } from "./preview-host";
import { WorkbookGrid } from "./WorkbookGrid";

const CSS = `
  body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; }
  .preview { display: flex; height: 100vh; }
  .preview.dark { background: #1f1f1f; color: #e6e6e6; }
  .wb { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .wb-bar { display: flex; gap: 8px; padding: 4px 8px; border-bottom: 1px solid #c8c8c8; font-size: 12px; min-height: 20px; }
  .wb-name { width: 56px; color: #616161; }
  .wb-formula { font-family: Consolas, monospace; flex: 1; min-width: 0; border: none; background: transparent; color: inherit; font-size: 12px; padding: 0; }
  .wb-body { flex: 1; overflow: auto; display: flex; flex-direction: column; gap: 16px; padding: 0 8px 8px 0; }
  .wb-grid { border-collapse: collapse; font-size: 12px; }
  .wb-grid th { background: #f3f3f3; color: #616161; font-weight: normal; border: 1px solid #d6d6d6; padding: 1px 4px; position: sticky; top: 0; }
  .dark .wb-grid th { background: #2b2b2b; color: #bbb; border-color: #444; }
  .wb-grid td { border: 1px solid #e1e1e1; padding: 1px 4px; min-width: 64px; max-width: 160px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: cell; }
  .dark .wb-grid td { border-color: #3a3a3a; }
  .wb-grid td.num { text-align: right; }
  .wb-grid td.bold { font-weight: 600; }
  .wb-grid td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
  .wb-charts { display: flex; flex-wrap: wrap; gap: 24px; padding-left: 8px; }
  .wb-tabs { display: flex; gap: 2px; border-top: 1px solid #c8c8c8; padding: 2px 8px; }
  .wb-tabs button { border: none; background: transparent; padding: 4px 12px; font: inherit; font-size: 12px; cursor: pointer; color: inherit; }
  .wb-tabs button[aria-pressed="true"] { border-bottom: 2px solid #107c41; font-weight: 600; }
  .pane { width: 360px; flex: none; border-left: 1px solid #c8c8c8; overflow: auto; }
`;

function Preview({
  session,
  pack,
  locale,
  language,
  dark,
  theme,
}: {
  theme: Theme;
  session: SimulatedSession;
  pack: LanguagePack;
  locale: Locale;
  language: string;
  dark: boolean;
}) {
  const [host] = useState(() => previewHost(session, language, dark));
  const model = session.workbook;
  const [, setVersion] = useState(0);
  useEffect(
    () =>
      host.subscribe(() => {
        setVersion((v) => v + 1);
      }),
    [host],
  );
  return (
    <div className={`preview ${dark ? "dark" : ""}`}>
      <WorkbookGrid
        model={model}
        tag="en-US"
        onActivate={(sheet) => {
          host.activate(sheet);
        }}
        onSelect={(sheet, address) => {
          host.select(sheet, address);
        }}
        onEdit={(sheet, address, typed) => {
          host.edit(sheet, address, typed);
        }}
      />
      <div className="pane">
        <App host={host} theme={theme} templateUrl={__TEMPLATE_URL__} initialPack={pack} initialLocale={locale} />
      </div>
    </div>
  );
}

export async function startPreview(element: HTMLElement): Promise<void> {
  const style = document.createElement("style");
  style.textContent = CSS;
  document.head.appendChild(style);
  const params = new URLSearchParams(window.location.search);
  const language = params.get("lang") ?? navigator.language;
  const locale = pickLocale(language);
  const pack = await loadLanguage(locale.language);
  // The pane talks to Microsoft's own Excel client (excel-web-16.00.js), as in Excel on the web.
  const client = await browserExcelClient("web");
  const model = await productsWorkbook(client);
  // ?sheet=Sheet1 opens on another sheet than Shoes (the article's typed funnel, say).
  const sheet = params.get("sheet");
  if (sheet !== null && model.findSheet(sheet) !== undefined) model.userActivates(sheet);
  const contrast = window.matchMedia("(forced-colors: active)").matches;
  const dark =
    params.get("theme") === "dark" || (contrast && window.matchMedia("(prefers-color-scheme: dark)").matches);
  const theme = await paneTheme(dark, contrast);
  createRoot(element).render(
    <Preview
      theme={theme}
      session={simulatedSession(model, client)}
      pack={pack}
      locale={locale}
      language={language}
      dark={dark}
    />,
  );
}
