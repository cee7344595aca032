/**
 * The production build in Chromium, "inside Excel": office.js is replaced by a stand-in that behaves as
 * one host profile does (src/simulation/host-profiles.ts), over the example workbook. For every host the
 * real pages run every flow — pane start, recalculate, write inputs, new funnel sheet, the ribbon
 * command and its dialog — and the figures in the workbook are compared with the engine. EdgeHTML is
 * imitated by removing every built-in newer than Edge 18 (test/helpers/edgehtml.ts): the boot script
 * must put back what the bundles use. Trident is imitated the way a feature check sees it (no Proxy):
 * the pages must say what to update instead.
 *
 * @system-tools chromium
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { forecastFunnel } from "../../src/funnel";
import { exampleFunnel } from "../../src/funnel/example";
import { HOST_PROFILES, MODERN_HOST_IDS } from "../../src/simulation";
import { eventually } from "../helpers/browser";
import { expectClose } from "../helpers/close";
import { cell, officePagesForSuite, SCREENSHOTS, type HostChoice } from "../helpers/office-pages";

const suitePages = officePagesForSuite();

const openAs = (path: string, choice: HostChoice, trident = false) => suitePages().open(path, choice, trident);

/** Runs the ribbon's Recalculate on a commands page; resolves when its event completes. */
function invokeRibbon(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __funnelStandIn: { standIn: { invoke(id: string, g: unknown): { completed: Promise<void> } } };
        }
      ).__funnelStandIn.standIn.invoke("recalculateFunnel", window).completed,
  );
}

/** What a dialog page has sent to the page that opened it (Office.context.ui.messageParent). */
function messagesSent(dialog: Page): Promise<string[]> {
  return dialog.evaluate(
    () => (window as unknown as { __funnelStandIn: { messages: string[] } }).__funnelStandIn.messages,
  );
}

/** Hands the dialog's "close" to the commands page's dialog handle, as Office does between the two. */
async function deliverClose(commands: Page): Promise<void> {
  await commands.evaluate(() => {
    (
      window as unknown as { __funnelStandIn: { standIn: { dialogs: { sendMessage(m: string): void }[] } } }
    ).__funnelStandIn.standIn.dialogs[0]!.sendMessage("close");
  });
}

/** Opens, as its own page, the one dialog the commands page has asked Office to show. */
async function openDialogOf(commands: Page, choice: HostChoice, trident = false): Promise<Page> {
  const [url] = await eventually(
    () => dialogUrls(commands),
    (urls) => urls.length === 1,
  );
  return openAs(url!.replace(/^https?:\/\/[^/]+\//, ""), choice, trident);
}

/** Waits until the dialog has sent "close", and passes it on to the commands page. */
async function expectDialogClosed(dialog: Page, commands: Page): Promise<void> {
  expect(
    await eventually(
      () => messagesSent(dialog),
      (m) => m.length > 0,
    ),
  ).toEqual(["close"]);
  await deliverClose(commands);
}

function dialogUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      window as unknown as { __funnelStandIn: { standIn: { dialogs: { url: string }[] } } }
    ).__funnelStandIn.standIn.dialogs.map((d) => d.url),
  );
}

const forecast = forecastFunnel(exampleFunnel).forecast!;

describe.each(MODERN_HOST_IDS)("inside %s", (id) => {
  const native = HOST_PROFILES[id].excelApiMinor >= 9;

  test("the pane starts, recalculates, writes typed inputs and makes a new funnel sheet", async () => {
    const page = await openAs("taskpane.html", { profile: id });
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    await expect(page.getByTestId("where").textContent()).resolves.toBe("Funnel on sheet Sheet1, rows 5–10");
    await page.getByTestId("recalculate").click();
    await page.getByTestId("written").waitFor();
    for (const [i, step] of forecast.steps.entries()) {
      expectClose((await cell(page, "Sheet1", `F${5 + i}`)) as number, step.forecastResult, `F${5 + i}`, 800);
    }
    expectClose((await cell(page, "Sheet1", "B15")) as number, forecast.extraRevenue, "extra revenue");
    const charts = await page.evaluate(() =>
      (
        window as unknown as { __funnelStandIn: { workbook: { sheet(n: string): { charts: { name: string }[] } } } }
      ).__funnelStandIn.workbook
        .sheet("Sheet1")
        .charts.map((c) => c.name)
        .sort(),
    );
    expect(charts).toEqual([native ? "FunnelForecastChart" : "FunnelForecastBars", "FunnelForecastComparison"].sort());
    await page.screenshot({ path: join(SCREENSHOTS, `inside-${id}.png`), fullPage: true });

    await page.getByLabel("Result of step 2", { exact: true }).fill("400");
    await page.getByTestId("recalculate").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="written"]') !== null);
    expect(
      await eventually(
        () => cell(page, "Sheet1", "B6"),
        (v) => v === 400,
      ),
    ).toBe(400);

    await page.getByTestId("new-sheet").click();
    const activeSheet = () =>
      page.evaluate(
        () =>
          (window as unknown as { __funnelStandIn: { workbook: { activeSheet: string } } }).__funnelStandIn.workbook
            .activeSheet,
      );
    expect(await eventually(activeSheet, (name) => name === "Funnel")).toBe("Funnel");
    await eventually(
      () => page.getByTestId("where").textContent(),
      (text) => text?.includes("Funnel on sheet Funnel") === true,
    );
    await expect(page.getByTestId("where").textContent()).resolves.toBe("Funnel on sheet Funnel, rows 4–9");
    expect(await cell(page, "Funnel", "B13")).toBeCloseTo(forecast.forecastRevenue, 6);
    await page.close();
  });

  test("with the add-in's own chart selected, Recalculate still works", async () => {
    const page = await openAs("taskpane.html", { profile: id });
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    await page.evaluate(() => {
      const wb = (window as unknown as { __funnelStandIn: { workbook: { selection: unknown } } }).__funnelStandIn
        .workbook;
      wb.selection = { sheet: "Sheet1", address: "K4", kind: "chart" };
    });
    await page.getByTestId("recalculate").click();
    await page.getByTestId("written").waitFor();
    expect(await page.getByTestId("failure").count()).toBe(0);
    await page.close();
  });

  test("the ribbon recalculates; with an error it opens the dialog, which closes only once Office is ready", async () => {
    const commands = await openAs("commands.html", { profile: id });
    await commands.waitForFunction(
      () => typeof (window as unknown as { recalculateFunnel?: unknown }).recalculateFunnel === "function",
    );
    await invokeRibbon(commands);
    expectClose((await cell(commands, "Sheet1", "B14")) as number, forecast.forecastRevenue, "forecast revenue");
    expect(await dialogUrls(commands)).toEqual([]);

    await commands.evaluate(() => {
      const wb = (
        window as unknown as { __funnelStandIn: { workbook: { setInput(s: string, a: string, v: string): void } } }
      ).__funnelStandIn.workbook;
      wb.setInput("Sheet1", "B7", "lots");
    });
    const completed = invokeRibbon(commands);
    const dialog = await openDialogOf(commands, {
      profile: id,
      workbook: false,
      readyAfterMs: 1500,
      keepGlobalThis: true,
    });
    await expect(dialog.locator("#title").textContent()).resolves.toBe("Fix these first; nothing was written");
    await expect(dialog.locator("#lines").textContent()).resolves.toContain('(B7) holds "lots"');
    await dialog.locator("#close").click(); // before Office.onReady: must not throw, and must not be lost
    expect(await messagesSent(dialog)).toEqual([]);
    await expectDialogClosed(dialog, commands);
    await completed;
    await dialog.close();
    await commands.close();
  });
});

test("EdgeHTML's imitation bites: without the boot script's built-ins the pane cannot start", async () => {
  const page = await suitePages().browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    (window as unknown as { __funnelHost: unknown }).__funnelHost = { profile: "windows-2019-edgehtml" };
  });
  await suitePages().serveOfficeJs(page, "win32");
  await page.route(/boot-taskpane\.[0-9a-f]+\.js$/, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "" }),
  );
  await page.goto(`${suitePages().server.url}/taskpane.html`);
  expect(
    await eventually(
      () => Promise.resolve(errors),
      (e) => e.length > 0,
    ),
  ).toEqual(expect.arrayContaining([expect.stringMatching(/globalThis is not defined/)]));
  expect(await page.getByTestId("recalculate").count()).toBe(0);
  await page.close();
});

test("without an Office theme (Excel on the web), the pane follows the webview's dark colour scheme", async () => {
  const page = await openAs("taskpane.html", { profile: "web" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
  const background = await page.getByTestId("pane").evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect((0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255).toBeLessThan(0.3);
  await page.close();
});

test("Office taking 12 s to start: the pane waits, says so after 10 s, then opens — never 'open this from Excel'", async () => {
  const page = await openAs("taskpane.html", { profile: "windows-2019-edgehtml", readyAfterMs: 12_000 });
  await expect(page.locator("#root").textContent()).resolves.toBe("Waiting for Excel to start…");
  await page.waitForFunction(
    () => document.getElementById("root")?.textContent.includes("taking a while") === true,
    null,
    {
      timeout: 11_000,
    },
  );
  await page.waitForSelector('[data-testid="recalculate"]:not([disabled])', { timeout: 10_000 });
  expect(await page.locator("text=Open Funnel Forecast from Excel").count()).toBe(0);
  await page.close();
}, 60_000);

describe("inside Excel 2019 with Internet Explorer (Trident)", () => {
  const choice: HostChoice = { profile: "windows-2019-trident", displayLanguage: "nl-NL", workbook: false };

  test("the pane says, in the user's language, what to update; the bundle stays idle", async () => {
    const page = await openAs("taskpane.html", choice, true);
    const message = page.getByTestId("update-needed");
    await message.waitFor();
    expect(
      await eventually(
        () => message.textContent(),
        (t) => t?.includes("Microsoft 365") === true,
      ),
    ).toContain("Werk bij naar Microsoft 365");
    await page.waitForTimeout(500);
    expect(await page.getByTestId("recalculate").count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "inside-windows-2019-trident.png") });
    await page.close();
  });

  test("the ribbon's Recalculate shows what to update in the dialog, and its event completes", async () => {
    const commands = await openAs("commands.html", choice, true);
    await commands.waitForFunction(
      () => typeof (window as unknown as { recalculateFunnel?: unknown }).recalculateFunnel === "function",
    );
    const completed = invokeRibbon(commands);
    const dialog = await openDialogOf(commands, choice, true);
    await expect(dialog.locator("#title").textContent()).resolves.toBe(
      "Funnel Forecast heeft een nieuwere Excel nodig",
    );
    await dialog.locator("#close").click();
    await expectDialogClosed(dialog, commands);
    await completed;
    await dialog.close();
    await commands.close();
  });
});
