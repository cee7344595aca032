/**
 * A task pane is about 320 px wide. The production pane, inside a stand-in Excel, in all five
 * languages, at 300, 320 and 350 px: no sideways scrolling, nothing sticking out of the pane or cut off
 * by its box, every field showing all of its text, and no word broken inside. Measured three times: with
 * the figures of the example funnel; with its costs and target typed (money and target cards, ranges,
 * notes on thin data, where the data puts the revenue, when a change shows, the sales cycle and lifetime
 * value); and with errors (a result, the margin), a warning, the pane's own hint and the
 * "not written yet" marks on show; and a co-author's edit meeting the user's own in one cell (the pane's
 * note that it kept the user's value, the conflict named with both values, the two answers). Screenshots
 * at 320 px go to test/.tmp/screenshots/.
 *
 * @system-tools chromium
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { NEW_SHEET_HEADER_ROW } from "../../src/excel/new-funnel-sheet";
import { officePagesForSuite, SCREENSHOTS } from "../helpers/office-pages";

const LANGUAGES = { en: "en-US", nl: "nl-NL", de: "de-DE", hu: "hu-HU", nb: "nb-NO" } as const;
const WIDTHS = [300, 320, 350];

const suitePages = officePagesForSuite();

/** Everything at this width that a user could not read in full, described. */
function problemsAt(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const id = el.getAttribute("data-testid");
      return `<${el.tagName.toLowerCase()}${id === null ? "" : ` ${id}`}> "${el.textContent.trim().slice(0, 40)}"`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > limit) problems.push(`the pane scrolls sideways: ${root.scrollWidth}px wide`);
    for (const el of document.querySelectorAll("#root *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > limit + 0.5) problems.push(`${describe(el)} ends at ${Math.round(box.right)}px`);
      const style = getComputedStyle(el);
      if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1 && el.tagName !== "INPUT")
        problems.push(`${describe(el)} cuts off ${el.scrollWidth - el.clientWidth}px`);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>("#root input")) {
      if (input.type === "radio" || input.type === "checkbox") continue;
      if (input.scrollWidth > input.clientWidth + 1)
        problems.push(
          `the field "${input.getAttribute("aria-label") ?? input.id}" shows only part of "${input.value}"`,
        );
    }
    // A word laid out over two lines has been broken inside.
    const walker = document.createTreeWalker(document.getElementById("root") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`the word "${match[0]}" is broken over ${tops.size} lines`);
      }
    }
    return problems;
  }, width);
}

async function expectReadable(page: Page, label: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(50);
    expect([label, width, await problemsAt(page, width)]).toEqual([label, width, []]);
  }
  await page.setViewportSize({ width: 320, height: 900 });
}

describe.each(Object.entries(LANGUAGES))("%s", (language, displayLanguage) => {
  test("fits 300, 320 and 350 px with the figures, and with errors, warnings and hints", async () => {
    const page = await suitePages().open("taskpane.html", { profile: "windows-m365", displayLanguage });
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    // The example funnel, named in this language, on a sheet of its own: the figures and the cards.
    await page.getByTestId("new-sheet").click();
    await page.getByTestId("step-card").first().waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="results"]')?.getAttribute("data-stale") === "false",
    );
    await expectReadable(page, `${language}, figures`);
    await page.screenshot({ path: join(SCREENSHOTS, `width-320-${language}-figures.png`), fullPage: true });

    // The costs and target typed, unfolded: the money and target cards, each step's range, the notes on
    // thin data and the steps that cannot reach the target alone; with a sales cycle and a lifetime value,
    // their card, and under the revenue where the data puts it, and on the improved step when it shows.
    await page.locator('[data-testid="money"] summary').click();
    const amounts = {
      costs: "6000",
      improvementCost: "800",
      grossMargin: "60",
      revenueTarget: "54000",
      cycleDays: "45",
      lifetimeValue: "4500",
    };
    for (const [field, value] of Object.entries(amounts)) await page.getByTestId(`money-${field}`).fill(value);
    await page.getByTestId("recalculate").click();
    await page.getByTestId("target-results").waitFor();
    await page.getByTestId("cycle-results").waitFor();
    await page.getByTestId("revenue-range").waitFor();
    await page.getByTestId("measure").waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="results"]')?.getAttribute("data-stale") === "false",
    );
    await expectReadable(page, `${language}, costs and target`);
    await page.screenshot({ path: join(SCREENSHOTS, `width-320-${language}-money.png`), fullPage: true });

    // An error under a result, the pane's hint under an improvement, "not written yet" everywhere.
    const fields = page.locator("[data-step] input");
    await fields.nth(3 * 2 + 1).fill("??");
    await fields.nth(3 + 2).fill("0,5".replace(",", language === "en" ? "." : ","));
    await page.getByTestId("money-grossMargin").fill("150");
    await page.getByTestId("recalculate").click();
    await page.getByTestId("errors").waitFor();
    await expectReadable(page, `${language}, issues`);
    await page.screenshot({ path: join(SCREENSHOTS, `width-320-${language}-issues.png`), fullPage: true });
    await page.close();
  });

  test("fits 300, 320 and 350 px on a sheet of other data, not a funnel", async () => {
    const page = await suitePages().open("taskpane.html", { profile: "web", displayLanguage });
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    // A list of people on a sheet of its own.
    await page.evaluate(() => {
      const wb = (
        window as unknown as {
          __funnelStandIn: {
            workbook: {
              addSheet(name: string): void;
              setInput(sheet: string, address: string, value: string): void;
              userActivates(sheet: string): void;
            };
          };
        }
      ).__funnelStandIn.workbook;
      wb.addSheet("Customers and prospects");
      for (const [address, value] of [
        ["A1", "Name"],
        ["B1", "E-mail"],
        ["A2", "Ann de Vries"],
        ["B2", "ann@example.org"],
        ["A3", "Bo Berg"],
        ["B3", "bo@example.org"],
      ])
        wb.setInput("Customers and prospects", address ?? "", value ?? "");
      wb.userActivates("Customers and prospects");
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="where"]')?.textContent.includes("A2"));
    expect(await page.getByTestId("recalculate").count()).toBe(0);
    await expectReadable(page, `${language}, other data`);
    await page.screenshot({ path: join(SCREENSHOTS, `width-320-${language}-other-data.png`), fullPage: true });
    await page.close();
  });

  test("fits 300, 320 and 350 px with a co-author's edit meeting the user's in one cell", async () => {
    const page = await suitePages().open("taskpane.html", { profile: "web", displayLanguage });
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    await page.getByTestId("new-sheet").click();
    await page.getByTestId("step-card").first().waitFor();
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    await page.locator('[data-input-key="result:2"]').fill("170");
    // A co-author types into the same cell, in Excel on the web.
    await page.evaluate(
      (cell) => {
        const wb = (
          window as unknown as {
            __funnelStandIn: {
              workbook: { activeSheet: string; coauthorEdits(s: string, a: string, v: number): void };
            };
          }
        ).__funnelStandIn.workbook;
        wb.coauthorEdits(wb.activeSheet, cell, 150);
      },
      `B${NEW_SHEET_HEADER_ROW + 3}`,
    );
    await page.getByTestId("kept-while-changed").waitFor();
    await page.getByTestId("recalculate").click();
    await page.getByTestId("sheet-conflicts").waitFor();
    await expectReadable(page, `${language}, conflict`);
    await page.screenshot({ path: join(SCREENSHOTS, `width-320-${language}-conflict.png`), fullPage: true });
    await page.close();
  });
});
