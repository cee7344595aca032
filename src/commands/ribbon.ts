/**
 * The ribbon's Recalculate (an ExecuteFunction command): the same recalculate the pane runs, without
 * opening it. When it finds errors, or Excel fails, a small dialog lists what to fix — never a silent
 * failure — and event.completed() is called when the dialog closes (or at once when there is nothing
 * to show). Office and Excel come in as parameters, so tests can drive it with the simulation.
 */
import { allSheetLabels, sheetLabels } from "../i18n/sheet-labels";
import { messageDialogUrl } from "../boot/message-dialog";
import { recalculate } from "../excel/recalculate";
import { labelSet } from "../sheet/labels";
import type { FunnelIssue } from "../funnel/types";
import {
  errorsHeading,
  excelFailureText,
  issueText,
  loadLanguage,
  pickLocale,
} from "../i18n";

export interface RibbonOffice {
  /** Office.onReady: the command waits for it before touching Office.context. */
  onReady?(): Promise<unknown>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    ui: {
      displayDialogAsync(
        url: string,
        options: Office.DialogOptions,
        callback: (result: Office.AsyncResult<Office.Dialog>) => void,
      ): void;
    };
  };
  EventType: {
    DialogEventReceived: Office.EventType.DialogEventReceived;
    DialogMessageReceived: Office.EventType.DialogMessageReceived;
  };
  AsyncResultStatus: { Succeeded: Office.AsyncResultStatus.Succeeded };
}

export type ExcelRun = <T>(job: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Most issues a dialog lists; the rest are counted ("and 3 more"). */
export const DIALOG_MAX_ISSUES = 6;

/** Shows the lines in a dialog; resolves when the user closes it (or at once if it cannot open). */
function showDialog(office: RibbonOffice, url: string): Promise<void> {
  return new Promise((resolve) => {
    office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(office.EventType.DialogEventReceived, () => {
        resolve();
      });
    });
  });
}

export async function recalculateFromRibbon(
  event: { completed(): void },
  office: RibbonOffice,
  excelRun: ExcelRun,
  pageUrl: string,
): Promise<void> {
  try {
    await office.onReady?.();
    const locale = pickLocale(office.context.displayLanguage);
    const pack = await loadLanguage(locale.language);
    let lines: string[] = [];
    let title = pack.pane.errorsHeading;
    try {
      const result = await excelRun((context) =>
        recalculate(context, {
          labels: sheetLabels[locale.language],
          knownLabels: labelSet(allSheetLabels()),
          isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
        }),
      );
      const issues: FunnelIssue[] = result.outcome.errors;
      title = errorsHeading(issues, pack);
      lines = issues.slice(0, DIALOG_MAX_ISSUES).map((issue) => issueText(issue, pack, locale.tag));
      if (issues.length > DIALOG_MAX_ISSUES) lines.push(`+${issues.length - DIALOG_MAX_ISSUES}`);
    } catch (error) {
      lines = [excelFailureText(error, pack)];
    }
    if (lines.length > 0) await showDialog(office, messageDialogUrl(pageUrl, title, lines));
  } finally {
    event.completed();
  }
}
