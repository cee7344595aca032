/** A WorkbookHost over the simulated workbook, for the browser preview. */
import type { WorkbookHost } from "../excel/host";
import { watchWorkbook } from "../excel/workbook-events";
import type { SimulatedSession } from "../simulation/browser";

export interface PreviewHost extends WorkbookHost {
  /** The grid's sheet tabs call this, as clicking a tab does in Excel. */
  activate(sheet: string): void;
  /** The grid's cell clicks call this: the selection the add-in will see. */
  select(sheet: string, address: string): void;
  /** The formula bar calls this: the user types into a cell, as in Excel ("=..." a formula, "" clears). */
  edit(sheet: string, address: string, typed: string): void;
  /** Calls `listener` after every change to the workbook; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** The preview's host: Microsoft's Excel client (`session`) over the simulated workbook. */
export function previewHost(
  session: SimulatedSession,
  displayLanguage: string,
  dark: boolean,
  contrast = false,
): PreviewHost {
  const model = session.workbook;
  const watchers = new Set<() => void>();
  model.onChange = () => {
    for (const watcher of watchers) watcher();
  };
  let autoOpen = false;
  return {
    kind: "preview",
    // As in Excel (office-host.ts): a plain request context of Microsoft's client.
    run: (job) => job(session.context()),
    // Events reach the pane as in Excel: the simulated host raises them, Microsoft's client delivers them.
    watch: (watcher) => watchWorkbook(() => session.context(), watcher),
    select(sheet, address) {
      model.selection = { sheet, address };
    },
    edit(sheet, address, typed) {
      const trimmed = typed.trim();
      // A number is typed as a number (Excel's own parsing also reads dates and percentages; the
      // preview's cells need neither), anything else as it is.
      const number = trimmed === "" || trimmed.startsWith("=") ? Number.NaN : Number(trimmed);
      model.setInput(sheet, address, Number.isFinite(number) ? number : typed);
      model.onChange?.();
    },
    subscribe(listener) {
      watchers.add(listener);
      return () => {
        watchers.delete(listener);
      };
    },
    activate(sheet) {
      model.userActivates(sheet);
    },
    displayLanguage,
    dark,
    contrast,
    isSetSupported: (name, version) => model.isSetSupported(name, version),
    autoOpen: {
      get: () => autoOpen,
      set: (on) => {
        autoOpen = on;
        return Promise.resolve();
      },
    },
  };
}
