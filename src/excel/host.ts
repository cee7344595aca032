import type { WorkbookWatcher } from "./workbook-events";

/** What the pane needs from wherever the workbook lives: Excel itself, or the development preview. */
export interface WorkbookHost {
  kind: "excel" | "preview";
  /** Runs a batch against the workbook (Excel.run in Excel). */
  run<T>(job: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Tells `watcher` of sheets activated and cells of the active sheet changed; returns the stop function. */
  watch(watcher: WorkbookWatcher): () => void;
  displayLanguage: string;
  dark: boolean;
  /** The system runs a high-contrast theme (forced colours, as Windows high contrast sets in WebView2). */
  contrast: boolean;
  isSetSupported(name: string, version: string): boolean;
  /** Whether the pane opens with this workbook (Office.AutoShowTaskpaneWithDocument). */
  autoOpen: { get(): boolean; set(on: boolean): Promise<void> } | null;
}
