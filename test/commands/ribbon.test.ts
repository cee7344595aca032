/**
 * The ribbon's Recalculate, driven through a fake Office (dialogs recorded) and Excel.run over the
 * workbook simulation: success writes and completes without a dialog; errors and failures are shown in
 * a dialog, and event.completed() is always called — after the dialog closes.
 */
import { messageDialogUrl } from "../../src/boot/message-dialog";
import { recalculateFromRibbon, type RibbonOffice, type ExcelRun } from "../../src/commands/ribbon";
import type { SimulatedWorkbook } from "../../src/simulation";
import { articleSteps, contextOf, formula, newWorkbook, typeFunnel } from "../helpers/simulated-excel";

interface Harness {
  office: RibbonOffice;
  dialogs: string[];
  closeDialog: () => void;
  events: string[];
}

function fakeOffice(displayLanguage = "en-US", dialogOpens = true): Harness {
  const dialogs: string[] = [];
  const events: string[] = [];
  let closeHandler: (() => void) | null = null;
  const office: RibbonOffice = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name, version) => name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= 17,
      },
      ui: {
        displayDialogAsync(url, _options, callback) {
          dialogs.push(url);
          events.push("dialog opened");
          const dialog = {
            close: () => events.push("dialog closed"),
            addEventHandler: (type: string, handler: () => void) => {
              if (type === "dialogMessageReceived") closeHandler = handler;
            },
          } as unknown as Office.Dialog;
          callback({
            status: dialogOpens
              ? ("succeeded" as unknown as Office.AsyncResultStatus.Succeeded)
              : ("failed" as unknown as Office.AsyncResultStatus),
            value: dialog,
          } as Office.AsyncResult<Office.Dialog>);
        },
      },
    },
    EventType: {
      DialogEventReceived: "dialogEventReceived" as unknown as Office.EventType.DialogEventReceived,
      DialogMessageReceived: "dialogMessageReceived" as unknown as Office.EventType.DialogMessageReceived,
    },
    AsyncResultStatus: { Succeeded: "succeeded" as unknown as Office.AsyncResultStatus.Succeeded },
  };
  return {
    office,
    dialogs,
    events,
    closeDialog: () => {
      closeHandler?.();
    },
  };
}

const excelRunOver =
  (wb: SimulatedWorkbook): ExcelRun =>
  (job) =>
    job(contextOf(wb));

function event(h: Harness) {
  return {
    completed: jest.fn(() => {
      h.events.push("completed");
    }),
  };
}

const PAGE = "https://funnel.example.org/addin/commands.html";

test("a valid funnel is recalculated without opening the pane, no dialog, completed once", async () => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  const h = fakeOffice();
  const e = event(h);
  await recalculateFromRibbon(e, h.office, excelRunOver(wb), PAGE);
  expect(formula(wb, "Sheet1", "F10")).toBe('=IF(E10="",0,F9*E10)');
  expect(h.dialogs).toEqual([]);
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("errors open a dialog naming the cells; completed is called after the user closes it", async () => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  wb.setInput("Sheet1", "B7", "lots");
  const before = wb.fingerprint();
  const h = fakeOffice();
  const e = event(h);
  const running = recalculateFromRibbon(e, h.office, excelRunOver(wb), PAGE);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(e.completed).not.toHaveBeenCalled();
  expect(h.dialogs).toHaveLength(1);
  const url = new URL(h.dialogs[0]!);
  expect(url.origin + url.pathname).toBe("https://funnel.example.org/addin/dialog.html");
  expect(url.searchParams.get("title")).toBe("Fix these first; nothing was written");
  expect(url.searchParams.getAll("line").join(" ")).toContain('(B7) holds "lots"');
  h.closeDialog();
  await running;
  expect(h.events).toEqual(["dialog opened", "dialog closed", "completed"]);
  expect(wb.fingerprint()).toBe(before);
});

test("a cell edited by hand is only reported: the dialog names it and points to the pane; nothing is written", async () => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  await recalculateFromRibbon(event(fakeOffice()), fakeOffice().office, excelRunOver(wb), PAGE);
  wb.setInput("Sheet1", "G7", "=B7*3");
  const before = wb.fingerprint();
  const h = fakeOffice();
  const running = recalculateFromRibbon(event(h), h.office, excelRunOver(wb), PAGE);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const lines = new URL(h.dialogs[0]!).searchParams.getAll("line").join(" ");
  expect(lines).toContain("G7");
  expect(lines).toContain("=B7*3");
  expect(lines).toContain('"Replace my edits" in the pane');
  h.closeDialog();
  await running;
  expect(wb.fingerprint()).toBe(before);
});

test("the dialog speaks the user's language", async () => {
  const wb = newWorkbook();
  const h = fakeOffice("de-DE");
  const running = recalculateFromRibbon(event(h), h.office, excelRunOver(wb), PAGE);
  await new Promise((resolve) => setTimeout(resolve, 20));
  h.closeDialog();
  await running;
  const url = new URL(h.dialogs[0]!);
  expect(url.searchParams.get("title")).toBe("Bitte zuerst beheben; nichts wurde geschrieben");
  expect(url.searchParams.get("line")).toContain("Auf dem Blatt 'Sheet1' wurde kein Trichter gefunden");
});

test("an Excel failure is shown too, and completed is still called when no dialog can open", async () => {
  const h = fakeOffice("en-US", false);
  const e = event(h);
  const failing: ExcelRun = () => Promise.reject(new Error("The workbook is read-only."));
  await recalculateFromRibbon(e, h.office, failing, PAGE);
  expect(new URL(h.dialogs[0]!).searchParams.get("line")).toBe("Excel could not finish: The workbook is read-only.");
  expect(e.completed).toHaveBeenCalledTimes(1);
});

test("long lists are cut to a few lines and a count", () => {
  const url = new URL(messageDialogUrl(PAGE, "t", ["a".repeat(1000), "b"]));
  expect(url.searchParams.getAll("line")[0]).toHaveLength(398);
});
