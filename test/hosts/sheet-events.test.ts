/**
 * The workbook's events reach the pane as from Excel (issue 19): the simulated host raises
 * Worksheet.onChanged for a cell typed by the user (source Local), a co-author's edit (Remote) and the
 * add-in's own writes (Local), and WorksheetCollection.onActivated for a tab clicked; Microsoft's client
 * delivers them to the handlers watchWorkbook registered. The change handler follows the active sheet.
 */
import { readFunnel, recalculate, writeInputs } from "../../src/excel";
import { paneEdits } from "../../src/taskpane/follow-sheet";
import { formFromRows, funnelFromForm } from "../../src/taskpane/form";
import { officeHost } from "../../src/excel/office-host";
import type { SheetChange } from "../../src/excel/workbook-events";
import { MODERN_HOST_IDS } from "../../src/simulation";
import { articleWorkbook, withOffice } from "../helpers/hosts";
import { supportsOf, value } from "../helpers/simulated-excel";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(MODERN_HOST_IDS)("%s", (id) => {
  test("changes of the active sheet arrive with their source; the handler moves with the active sheet", async () => {
    const wb = articleWorkbook(id);
    wb.addSheet("Notes");
    await withOffice(id, wb, async () => {
      const host = officeHost();
      const changes: SheetChange[] = [];
      let activations = 0;
      const stop = host.watch({
        activated: () => activations++,
        changed: (change) => changes.push(change),
        failed: (error) => {
          throw error;
        },
      });
      await tick();
      wb.setInput("Sheet1", "B7", 150);
      await tick();
      wb.coauthorEdits("Sheet1", "D8", 0.2);
      await tick();
      const sheet1 = wb.sheet("Sheet1").uid;
      expect(changes).toEqual([
        { worksheetId: sheet1, address: "B7", source: "Local" },
        { worksheetId: sheet1, address: "D8", source: "Remote" },
      ]);
      // The add-in's own write is a change too (Excel raises onChanged for API writes).
      changes.length = 0;
      await host.run((context) => recalculate(context, { isSetSupported: supportsOf(wb) }));
      await tick();
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.every((c) => c.worksheetId === sheet1 && c.source === "Local")).toBe(true);
      // Another sheet activated: its changes arrive, the first sheet's no longer do.
      changes.length = 0;
      wb.userActivates("Notes");
      await tick();
      await tick();
      wb.setInput("Sheet1", "B8", 60);
      wb.setInput("Notes", "A1", "a note");
      await tick();
      expect(activations).toBe(1);
      expect(changes).toEqual([{ worksheetId: wb.sheet("Notes").uid, address: "A1", source: "Local" }]);
      stop();
      await tick();
      wb.setInput("Notes", "A2", "after");
      await tick();
      expect(changes).toHaveLength(1);
    });
  });
});

test("the 1.7 host has Worksheet.onChanged, and refuses WorksheetCollection.onChanged (ExcelApi 1.9)", async () => {
  const wb = articleWorkbook("mac-2019");
  await withOffice("mac-2019", wb, async () => {
    const host = officeHost();
    const changes: SheetChange[] = [];
    const stop = host.watch({
      activated: () => undefined,
      changed: (change) => changes.push(change),
      failed: (error) => {
        throw error;
      },
    });
    await tick();
    wb.setInput("Sheet1", "B7", 150);
    await tick();
    expect(changes.map((c) => c.address)).toEqual(["B7"]);
    stop();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.onChanged.add(() => Promise.resolve());
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe.each(MODERN_HOST_IDS)("%s: a value picked from a data-validation list raises no onChanged", (id) => {
  test("the pane hears nothing, and its next write reads the sheet first: the pick is met three-way, never overwritten", async () => {
    const wb = articleWorkbook(id);
    await withOffice(id, wb, async () => {
      const host = officeHost();
      await host.run((context) => recalculate(context, { isSetSupported: supportsOf(wb) }));
      const reading = await host.run((context) => readFunnel(context, supportsOf(wb)("ExcelApi", "1.13")));
      if (reading.rows === null || reading.location === null) throw new Error("no funnel read");
      const baseline = { form: formFromRows(reading.rows, "en-US"), rows: reading.rows, firstStepRow: 5 };
      const changes: SheetChange[] = [];
      const stop = host.watch({
        activated: () => undefined,
        changed: (change) => changes.push(change),
        failed: (error) => {
          throw error;
        },
      });
      await tick();
      wb.userPicksFromList("Sheet1", "D8", 0.25);
      await tick();
      // Code that trusted the events alone would still think D8 holds 10 %.
      expect(changes).toEqual([]);
      // The pane, never told, edits D8 itself and writes: the write reads the sheet and stops.
      const form = {
        ...baseline.form,
        steps: baseline.form.steps.map((s, i) => (i === 3 ? { ...s, improvement: "15" } : s)),
      };
      const before = wb.fingerprint();
      const refused = await host.run((context) =>
        writeInputs(context, funnelFromForm(form, "relative", "en-US"), {
          isSetSupported: supportsOf(wb),
          paneEdits: paneEdits(form, baseline, "relative", "en-US"),
        }),
      );
      expect(refused.written).toBe(false);
      expect(refused.conflicts?.map((c) => c.cell)).toEqual(["D8"]);
      expect(wb.fingerprint()).toBe(before);
      // An edit of another cell is written, and the picked value stays.
      const other = {
        ...baseline.form,
        steps: baseline.form.steps.map((s, i) => (i === 5 ? { ...s, result: "18" } : s)),
      };
      const written = await host.run((context) =>
        writeInputs(context, funnelFromForm(other, "relative", "en-US"), {
          isSetSupported: supportsOf(wb),
          paneEdits: paneEdits(other, baseline, "relative", "en-US"),
        }),
      );
      expect(written.written).toBe(true);
      expect([value(wb, "Sheet1", "D8"), value(wb, "Sheet1", "B10")]).toEqual([0.25, 18]);
      stop();
      await tick();
    });
  });
});
