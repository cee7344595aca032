/**
 * Following the workbook: the sheet the user activates (WorksheetCollection.onActivated) and changes to
 * the cells of the active sheet (Worksheet.onChanged) — typed by the user, by a co-author in Excel on
 * the web (source "Remote"), by a formula, or by the add-in's own writes. Both are ExcelApi 1.7, the
 * manifest's minimum. WorksheetCollection.onChanged would need 1.9 (Excel 2019 stops at 1.8), so the
 * change handler moves to each sheet as it is activated.
 */
export interface SheetChange {
  worksheetId: string;
  address: string;
  /** "Local" (this user, a formula, the add-in) or "Remote" (a co-author). */
  source: string;
}

export interface WorkbookWatcher {
  activated(): void;
  changed(change: SheetChange): void;
  /** Excel refused a registration: the pane then reads before every write, as it always does. */
  failed(error: unknown): void;
}

/** Registers the watcher through request contexts from `newContext`; returns the function that stops it. */
export function watchWorkbook(newContext: () => Excel.RequestContext, watcher: WorkbookWatcher): () => void {
  let stopped = false;
  let activation: OfficeExtension.EventHandlerResult<Excel.WorksheetActivatedEventArgs> | null = null;
  let change: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  /** Registrations run one after another: a quick second activation waits for the first. */
  let queue: Promise<void> = Promise.resolve();
  const serially = (job: () => Promise<void>) => {
    queue = queue.then(job).catch((error: unknown) => {
      watcher.failed(error);
    });
  };
  const release = async (handler: { remove(): void; context: OfficeExtension.ClientRequestContext } | null) => {
    if (handler === null) return;
    handler.remove();
    await handler.context.sync();
  };
  /** The change handler on the sheet active now (its id must be loaded: the event is addressed by it). */
  const followActiveSheet = async () => {
    // Forgotten first: a handler whose sheet is gone (deleted) cannot be removed, and must not stop
    // the next one being added.
    const old = change;
    change = null;
    await release(old).catch(() => undefined);
    if (stopped) return;
    const context = newContext();
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("id");
    await context.sync();
    change = sheet.onChanged.add((args) => {
      if (!stopped) watcher.changed({ worksheetId: args.worksheetId, address: args.address, source: args.source });
      return Promise.resolve();
    });
    await context.sync();
  };
  serially(async () => {
    const context = newContext();
    activation = context.workbook.worksheets.onActivated.add(() => {
      if (stopped) return Promise.resolve();
      watcher.activated();
      serially(followActiveSheet);
      return Promise.resolve();
    });
    await context.sync();
    await followActiveSheet();
  });
  return () => {
    stopped = true;
    serially(async () => {
      await release(activation);
      await release(change);
      activation = null;
      change = null;
    });
  };
}
