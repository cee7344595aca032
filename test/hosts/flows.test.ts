/**
 * Every flow under every host profile: pane start, reading the funnel, recalculate, write inputs, a new
 * funnel sheet, sheet switches, the ribbon command and its dialog — through a stand-in Office and Excel
 * that behave as that host does (src/simulation/host-profiles.ts). Trident, which cannot run the pane
 * at all, has its own flows: a message saying what to update, from the pane and from the ribbon.
 */
import { commandsBootFor } from "../helpers/boot";
import { recalculateFromRibbon, type ExcelRun, type RibbonOffice } from "../../src/commands/ribbon";
import { createFunnelSheet, readFunnel, recalculate, writeInputs } from "../../src/excel";
import { officeHost } from "../../src/excel/office-host";
import { exampleFunnel } from "../../src/funnel/example";
import { HOST_PROFILES, MODERN_HOST_IDS, type HostId, type OfficeStandIn } from "../../src/simulation";
import { articleWorkbook, chartNames, expectSheetToMatchEngine, hostWorkbook, withOffice } from "../helpers/hosts";
import { formula, value } from "../helpers/simulated-excel";

const PAGE = "https://funnel.example.org/addin/commands.html";

function excelRun(standIn: OfficeStandIn): ExcelRun {
  const excel = standIn.Excel as { run: ExcelRun };
  return (job) => excel.run(job);
}

function officeOf(standIn: OfficeStandIn): RibbonOffice {
  return standIn.Office as RibbonOffice;
}

describe.each(MODERN_HOST_IDS.map((id) => [id, HOST_PROFILES[id]] as const))("%s", (id, profile) => {
  const native = profile.excelApiMinor >= 9;
  const funnelChart = native ? "FunnelForecastChart" : "FunnelForecastBars";
  const limit = profile.payloadLimitBytes ?? Number.POSITIVE_INFINITY;

  test("pane start: language, theme and requirement sets read without an error; the funnel is found", async () => {
    const wb = articleWorkbook(id);
    await withOffice(
      id,
      wb,
      async () => {
        const host = officeHost();
        expect(host.displayLanguage).toBe("nl-NL");
        expect(host.dark).toBe(profile.officeTheme);
        expect(host.isSetSupported("ExcelApi", "1.9")).toBe(native);
        const reading = await host.run(readFunnel);
        expect(reading.location).toMatchObject({ headerRow: 4, firstStepRow: 5, lastStepRow: 10 });
        expect(reading.outcome.forecast?.extraRevenue).toBeCloseTo(2400, 9);
      },
      { displayLanguage: "nl-NL", themeBackground: "#1f1f1f" },
    );
  });

  test("recalculate: every output equals the engine, the host's funnel chart, 2 syncs (1 again), each request under its limit", async () => {
    const wb = articleWorkbook(id);
    await withOffice(id, wb, async () => {
      const host = officeHost();
      const options = { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) };
      // The first run writes; again, nothing has to change, so the read is all it sends.
      for (const [run, requests] of [
        ["first", 2],
        ["again", 1],
      ] as const) {
        const syncs = wb.syncCount;
        const result = await host.run((ctx) => recalculate(ctx, options));
        expect([run, result.written, result.chart]).toEqual([run, true, native ? "funnel" : "stacked-bar"]);
        expect(wb.syncCount - syncs).toBe(requests);
      }
      expect(expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 4)).toBeGreaterThan(20);
      expect(chartNames(wb)).toEqual([funnelChart, "FunnelForecastComparison"].sort());
      for (const payload of wb.payloads) {
        expect(payload.request).toBeLessThan(limit);
        expect(payload.response).toBeLessThan(limit);
      }
    });
  });

  test("write inputs: the pane's funnel replaces the sheet's, in 2 syncs", async () => {
    const wb = articleWorkbook(id);
    await withOffice(id, wb, async () => {
      const host = officeHost();
      const input = { ...exampleFunnel, steps: exampleFunnel.steps.slice(0, 4), averageSaleValue: 900 };
      const syncs = wb.syncCount;
      const result = await host.run((ctx) =>
        writeInputs(ctx, input, {
          isSetSupported: (name: string, version: string) => host.isSetSupported(name, version),
        }),
      );
      expect(result.outcome.errors).toEqual([]);
      expect(wb.syncCount - syncs).toBe(2);
      expect(value(wb, "Sheet1", "B10")).toBe(900);
      expect(value(wb, "Sheet1", "A9")).toBe("");
      expectSheetToMatchEngine(wb, "Sheet1", input, 4);
    });
  });

  test("new funnel sheet: laid out, activated, with the host's funnel chart", async () => {
    const wb = hostWorkbook(id);
    await withOffice(id, wb, async () => {
      const host = officeHost();
      const result = await host.run((ctx) =>
        createFunnelSheet(ctx, exampleFunnel, {
          isSetSupported: (name: string, version: string) => host.isSetSupported(name, version),
        }),
      );
      expect(result.written).toBe(true);
      expect(wb.activeSheet).toBe("Funnel");
      expectSheetToMatchEngine(wb, "Funnel", exampleFunnel, 3);
      expect(chartNames(wb, "Funnel")).toEqual([funnelChart, "FunnelForecastComparison"].sort());
    });
  });

  test("switching sheets reaches the pane through worksheets.onActivated, and stops after unsubscribing", async () => {
    const wb = articleWorkbook(id);
    wb.addSheet("Notes");
    await withOffice(id, wb, async () => {
      const host = officeHost();
      const seen: string[] = [];
      const stop = host.watch({
        activated: () => seen.push(wb.activeSheet),
        changed: () => undefined,
        failed: (error) => {
          throw error;
        },
      });
      // Events reach the client asynchronously, as from Excel: each is let through before the next.
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      await tick();
      wb.userActivates("Notes");
      await tick();
      wb.userActivates("Sheet1");
      await tick();
      stop();
      await tick();
      wb.userActivates("Notes");
      await tick();
      expect(seen).toEqual(["Notes", "Sheet1"]);
    });
  });

  test("ribbon: a valid funnel is written with no dialog and the event completes", async () => {
    const wb = articleWorkbook(id);
    await withOffice(id, wb, async (standIn) => {
      const completed = jest.fn();
      await recalculateFromRibbon({ completed }, officeOf(standIn), excelRun(standIn), PAGE);
      expect(formula(wb, "Sheet1", "F10")).toBe('=IF(E10="",0,F9*E10)');
      expect(standIn.dialogs).toEqual([]);
      expect(completed).toHaveBeenCalledTimes(1);
    });
  });

  test("ribbon: errors open the dialog in the user's language; the event completes when it is closed", async () => {
    const wb = articleWorkbook(id);
    wb.setInput("Sheet1", "B7", "veel");
    const before = wb.fingerprint();
    await withOffice(
      id,
      wb,
      async (standIn) => {
        const completed = jest.fn();
        const running = recalculateFromRibbon({ completed }, officeOf(standIn), excelRun(standIn), PAGE);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(completed).not.toHaveBeenCalled();
        const dialog = standIn.dialogs[0]!;
        expect(new URL(dialog.url).searchParams.get("line")).toContain('(B7) bevat "veel"');
        dialog.sendMessage("close");
        await running;
        expect(completed).toHaveBeenCalledTimes(1);
        expect(dialog.closed).toBe(true);
      },
      { displayLanguage: "nl-NL" },
    );
    expect(wb.fingerprint()).toBe(before);
  });

  test("ribbon: when Excel stops part-way, the dialog says what was written, under a heading that says so", async () => {
    const wb = articleWorkbook(id);
    const writeSync = wb.syncCount + 2;
    wb.failOperation = (op) =>
      op.sync === writeSync && op.index === 12 ? new Error("Lost the connection.") : undefined;
    await withOffice(id, wb, async (standIn) => {
      const completed = jest.fn();
      const running = recalculateFromRibbon({ completed }, officeOf(standIn), excelRun(standIn), PAGE);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const url = new URL(standIn.dialogs[0]!.url);
      expect(url.searchParams.get("title")).toBe("Excel stopped part-way: see what was written");
      expect(url.searchParams.get("line")).toMatch(
        /^Excel stopped part-way through writing \(Lost the connection\.\)\. Written: .+ Not written: .+ Recalculate to finish\.$/,
      );
      standIn.dialogs[0]!.sendMessage("close");
      await running;
      expect(completed).toHaveBeenCalledTimes(1);
    });
  });

  test("ribbon: a cell being edited gets a plain instruction, not Excel's error code", async () => {
    const wb = articleWorkbook(id);
    wb.cellEditMode = true;
    await withOffice(id, wb, async (standIn) => {
      const completed = jest.fn();
      const running = recalculateFromRibbon({ completed }, officeOf(standIn), excelRun(standIn), PAGE);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(new URL(standIn.dialogs[0]!.url).searchParams.get("line")).toBe(
        "Excel is busy: a cell is being edited. Press Enter or Esc in the sheet, then try again.",
      );
      standIn.dialogs[0]!.dismiss();
      await running;
      expect(completed).toHaveBeenCalledTimes(1);
    });
  });
});

describe("windows-2019-trident", () => {
  const id: HostId = "windows-2019-trident";

  test("the ribbon's Recalculate says what to update, in the user's language, and completes its event", async () => {
    await withOffice(
      id,
      null,
      async (standIn) => {
        const boot = commandsBootFor(standIn);
        expect(boot.marked).toBe(true);
        const run = standIn.invoke("recalculateFunnel", boot.globals);
        expect(run.isCompleted()).toBe(false);
        const url = new URL(standIn.dialogs[0]!.url);
        expect(url.pathname).toBe("/addin/dialog.html");
        expect(url.searchParams.get("title")).toBe("Funnel Forecast braucht ein neueres Excel");
        expect(url.searchParams.get("line")).toMatch(/Microsoft 365.*WebView2/);
        standIn.dialogs[0]!.sendMessage("close");
        await run.completed;
        // Older hosts look the command up by its global name: it is there too.
        expect(typeof boot.globals.recalculateFunnel).toBe("function");
      },
      { displayLanguage: "de-DE" },
    );
  });

  test("where no dialog can open, the event still completes", async () => {
    await withOffice(id, null, async (standIn) => {
      const boot = commandsBootFor(standIn);
      standIn.invoke("recalculateFunnel", boot.globals); // the first dialog stays open
      const second = standIn.invoke("recalculateFunnel", boot.globals);
      await second.completed;
      expect(second.isCompleted()).toBe(true);
    });
  });
});

test("on a modern webview the ribbon's boot script leaves the command to the commands bundle", async () => {
  await withOffice("web", null, (standIn) => {
    const boot = commandsBootFor(standIn, { modern: true });
    expect(boot.marked).toBe(false);
    expect(boot.globals.recalculateFunnel).toBeUndefined();
    return Promise.resolve();
  });
});
