/**
 * Everyone can use the pane (issue 22, item 8). axe-core's WCAG 2.0/2.1 A and AA rules find nothing in
 * the pane — in its states (figures, costs and target, errors, the question before replacing a period,
 * sheets that are not funnels), in all five languages, in the light, dark and high-contrast themes (the
 * last with the webview's forced colours on, as Windows' contrast themes set them). And the main flow —
 * enter a funnel, recalculate, fix an error, close a period — works with the keyboard alone, with the
 * focus visible at every stop. Runs the browser preview (development build) in Chromium.
 *
 * @system-tools chromium
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser";
import { buildDevelopment } from "../helpers/dev-build";
import { serveDirectory, type StaticServer } from "../helpers/static-server";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const LANGUAGES = ["en", "nl", "de", "hu", "nb"];
/** Screenshots to look at after a run (ignored by git). */
const SCREENSHOTS = join(__dirname, "..", ".tmp", "screenshots");
const THEMES = ["light", "dark", "contrast-light", "contrast-dark"] as const;

let server: StaticServer;
let browser: BrowserContext;

beforeAll(async () => {
  server = await serveDirectory(await buildDevelopment());
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

async function open(language: string, theme: (typeof THEMES)[number], sheet = "Sheet1"): Promise<Page> {
  const page = await browser.newPage();
  // Windows' contrast themes turn on forced colours in the webview, light (Desert) or dark (Night sky);
  // the pane follows them.
  const contrast = theme.startsWith("contrast");
  await page.emulateMedia({
    forcedColors: contrast ? "active" : "none",
    colorScheme: theme === "contrast-dark" ? "dark" : "light",
  });
  const query = contrast ? "" : `&theme=${theme}`;
  await page.goto(`${server.url}/taskpane.html?lang=${language}${query}&sheet=${sheet}`);
  await page.waitForSelector('[data-testid="pane"]');
  await page.waitForSelector('[data-testid="recalculate"]:not([disabled]), [data-testid="new-sheet"]:not([disabled])');
  return page;
}

/** axe-core's WCAG A/AA violations inside the pane (the preview's grid is not the product). */
async function violations(page: Page, state: string): Promise<string[]> {
  // The pane idle (it says so to assistive technology with aria-busy), and Fluent's colour transitions
  // (a button enabled again) finished, before colours are measured.
  await page.waitForSelector('[data-testid="pane"][aria-busy="false"]');
  await page.waitForTimeout(200);
  await page.waitForSelector('[data-testid="pane"][aria-busy="false"]');
  await page.evaluate(AXE);
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; help: string; nodes: { html: string; failureSummary?: string }[] }[];
    }
    const result = await axe.run(
      { include: [['[data-testid="pane"]']] },
      { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
    );
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id}: ${n.html.slice(0, 120)} — ${(n.failureSummary ?? v.help).replace(/\s+/g, " ").slice(0, 160)}`,
      ),
    );
  }, WCAG_TAGS);
  return found.map((line) => `${state}: ${line}`);
}

/** A sheet's tab under the preview's grid. */
const tab = (page: Page, sheet: string) => page.locator(`nav button`, { hasText: new RegExp(`^${sheet}$`) });

const recalculated = async (page: Page) => {
  await page.getByTestId("recalculate").click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="results"]')?.getAttribute("data-stale") === "false",
  );
};

describe.each(LANGUAGES)("%s", (language) => {
  test.each(THEMES)("no WCAG 2.1 A/AA violation in the pane's states, %s theme", async (theme) => {
    const page = await open(language, theme);
    const found: string[] = [];
    found.push(...(await violations(page, "opened")));
    await recalculated(page);
    found.push(...(await violations(page, "figures")));
    await page.locator(".pane").screenshot({ path: join(SCREENSHOTS, `a11y-${language}-${theme}.png`) });
    // Costs and target unfolded and used: the money and target figures.
    await page.locator('[data-testid="money"] summary').click();
    for (const [key, value] of Object.entries({ costs: "6000", grossMargin: "60", revenueTarget: "36000" }))
      await page.getByTestId(`money-${key}`).fill(value);
    await recalculated(page);
    found.push(...(await violations(page, "costs and target")));
    // A result that is not a number, and a margin out of range: the errors, refused run and all.
    await page.locator('[data-input-key="result:2"]').fill("??");
    await page.getByTestId("money-grossMargin").fill("150");
    await page.getByTestId("recalculate").click();
    await page.getByTestId("errors").waitFor();
    found.push(...(await violations(page, "errors")));

    // The question before a period's rows are replaced, on Shoes (closed 2026 Q3 already).
    await tab(page, "Shoes").click();
    await page.getByTestId("period-label").waitFor();
    await page.getByTestId("period-label").fill("2026 Q3");
    await page.getByTestId("close-period").click();
    await page.getByTestId("period-confirm").waitFor();
    found.push(...(await violations(page, "replace a period?")));

    // Sheets that are not funnels (the preview's sheet names are English whatever the pane's language).
    for (const sheet of ["Notes", "Overview"]) {
      await tab(page, sheet).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="recalculate"]') === null);
      found.push(...(await violations(page, `sheet ${sheet}`)));
    }
    await page.close();
    expect(found).toEqual([]);
  });
});

/** The focused element's box, a few pixels wider, as a picture: compared focused and unfocused. */
async function looksFocused(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return null;
    const r = el.getBoundingClientRect();
    return { x: Math.max(0, r.x - 4), y: Math.max(0, r.y - 4), width: r.width + 8, height: r.height + 8 };
  });
  if (box === null) return false;
  const focused = await page.screenshot({ clip: box });
  // The same place with the focus parked on the page itself (its look without the focus ring).
  const handle = await page.evaluateHandle(() => document.activeElement);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const plain = await page.screenshot({ clip: box });
  await handle.evaluate((el) => {
    (el as HTMLElement).focus({ preventScroll: true });
  });
  return !focused.equals(plain);
}

/** Presses Tab until the element matching `selector` has the focus, checking each stop shows it. */
async function tabTo(page: Page, selector: string, unseen: string[]): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return el === null
        ? ""
        : `${el.tagName.toLowerCase()} ${el.getAttribute("data-testid") ?? el.getAttribute("aria-label") ?? el.textContent.slice(0, 30)}`;
    });
    if (!(await looksFocused(page))) unseen.push(here);
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("the main flow with the keyboard alone: enter a funnel, recalculate, fix an error, close a period", async () => {
  const page = await open("en", "light");
  const unseen: string[] = [];
  // Into the pane: its first field is the product's name.
  await page.locator('[data-testid="product"]').focus();
  // A result typed wrong, then Enter recalculates: refused, the banner takes the focus.
  await tabTo(page, '[data-input-key="result:1"]', unseen);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("3x0");
  await page.keyboard.press("Enter");
  await page.getByTestId("errors").waitFor();
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="errors"]') !== null)).toBe(true);
  // Shift+Tab back to the result, fixed, Enter: written.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Shift+Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-input-key") === "result:1")) break;
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-input-key"))).toBe("result:1");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("320");
  await page.keyboard.press("Enter");
  await page.getByTestId("written").waitFor();
  // On to the period: its label, then the button, pressed with Enter.
  await tabTo(page, '[data-testid="period-label"]', unseen);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("2026 Q4");
  await tabTo(page, '[data-testid="close-period"]', unseen);
  await page.keyboard.press("Enter");
  await page.getByTestId("period-closed").waitFor();
  expect(unseen).toEqual([]);
  await page.close();
});
