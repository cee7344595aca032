/**
 * npm run screenshots: the README's pictures of the pane, taken in headless Chromium from the browser
 * preview (development build) and written to docs/screenshots/. Tests never write there; this command
 * is the only thing that does.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "../test/helpers/browser";
import { buildDevelopment } from "../test/helpers/dev-build";
import { serveDirectory } from "../test/helpers/static-server";
import { installSystemTools, SYSTEM_TOOLS } from "../test/helpers/system-tool";

const OUT = resolve(__dirname, "..", "docs", "screenshots");

async function main(): Promise<void> {
  const chromium = SYSTEM_TOOLS.chromium;
  if (chromium === undefined) throw new Error("no Chromium entry in SYSTEM_TOOLS");
  installSystemTools([chromium], (line) => {
    console.log(line);
  });
  mkdirSync(OUT, { recursive: true });
  const server = await serveDirectory(await buildDevelopment());
  const browser = await launchBrowser();
  try {
    for (const theme of ["light", "dark"]) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/taskpane.html?theme=${theme}`);
      await page.getByTestId("recalculate").click();
      await page.getByTestId("written").waitFor();
      await page.screenshot({ path: join(OUT, `preview-${theme}.png`) });
      await page.locator(".pane").screenshot({ path: join(OUT, `pane-${theme}.png`) });
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(`${server.url}/taskpane.html?lang=nl`);
    await page.getByRole("button", { name: "Herberekenen" }).click();
    await page.getByTestId("written").waitFor();
    await page.screenshot({ path: join(OUT, "pane-dutch.png") });
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
