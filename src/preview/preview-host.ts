/** A WorkbookHost over the simulated workbook, for the browser preview. */
import type { WorkbookHost } from "../excel/host";
import { SimulatedRequestContext, type SimulatedWorkbook } from "../simulation";

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

export function previewHost(model: SimulatedWorkbook, displayLanguage: string, dark: boolean): PreviewHost {
  const listeners = new Set<() => void>();
  const watchers = new Set<() => void>();
  model.onChange = () => {
    for (const watcher of watchers) watcher();
  };
  let autoOpen = false;
  return {
    kind: "preview",
    run: (job) => job(new SimulatedRequestContext(model) as unknown as Excel.RequestContext),
    onSheetActivated(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
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
      model.activeSheet = sheet;
      model.selection = null;
      model.onChange?.();
      for (const listener of listeners) listener();
    },
    displayLanguage,
    dark,
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
