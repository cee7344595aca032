/**
 * The production build's pages opened in Chromium "inside Excel": office.js is answered with the
 * stand-in (test/stand-in), set up as one host profile. Page errors and Content-Security-Policy
 * refusals are collected per page, for the suite to check.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { HOST_PROFILES, type HostId } from "../../src/simulation";
import { clientScript } from "../../src/simulation/client/client-script.cjs";
import { clientFile } from "../../src/simulation/client/node-client";
import type { ClientBuild } from "../../src/simulation/client/load-client";
import { launchBrowser } from "./browser";
import { buildProduction } from "./production-build";
import { bundleStandIn, OFFICE_JS_URL } from "./stand-in-bundle";
import { serveDirectory, type StaticServer } from "./static-server";

/** Screenshots to look at after a run (ignored by git). */
export const SCREENSHOTS = join(__dirname, "..", ".tmp", "screenshots");

export interface HostChoice {
  profile: HostId;
  displayLanguage?: string;
  readyAfterMs?: number;
  themeBackground?: string;
  workbook?: boolean;
  keepGlobalThis?: boolean;
}

export class OfficePages {
  readonly errors = new Map<Page, string[]>();

  private constructor(
    readonly browser: BrowserContext,
    readonly server: StaticServer,
    readonly officeJs: string,
  ) {}

  static async start(): Promise<OfficePages> {
    const server = await serveDirectory(buildProduction());
    const officeJs = await bundleStandIn();
    mkdirSync(SCREENSHOTS, { recursive: true });
    return new OfficePages(await launchBrowser(), server, officeJs);
  }

  /** Opens a page of the add-in as `choice` says; `trident` removes what Internet Explorer 11 lacks. */
  async open(path: string, choice: HostChoice, trident = false): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
    });
    this.errors.set(page, errors);
    await page.addInitScript((c) => {
      (window as unknown as { __funnelHost: unknown }).__funnelHost = c;
    }, choice);
    if (trident) {
      await page.addInitScript(() => {
        delete (window as unknown as { Proxy?: unknown }).Proxy;
      });
    }
    await this.serveOfficeJs(
      page,
      choice.workbook === false || trident ? null : HOST_PROFILES[choice.profile].clientBuild,
    );
    await page.goto(`${this.server.url}/${path}`);
    return page;
  }

  /**
   * office.js answered with the stand-in, after Microsoft's Excel client of `build` (the one the host
   * profile loads) where the page has a workbook.
   */
  async serveOfficeJs(page: Page, build: ClientBuild | null = null): Promise<void> {
    const body = build === null ? this.officeJs : `${clientScriptOf(build)}\n${this.officeJs}`;
    await page.route(OFFICE_JS_URL, (route) => route.fulfill({ contentType: "text/javascript", body }));
  }

  /** The errors each page saw since the last call, and forgets them. */
  takeErrors(): [string, string[]][] {
    const all = [...this.errors].map(([page, errors]): [string, string[]] => [page.url(), errors]);
    this.errors.clear();
    return all;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}

const clientScripts = new Map<ClientBuild, string>();

function clientScriptOf(build: ClientBuild): string {
  const known = clientScripts.get(build);
  if (known !== undefined) return known;
  const script = clientScript(build, readFileSync(clientFile(build), "utf8"));
  clientScripts.set(build, script);
  return script;
}

/** What a cell of the stand-in's workbook shows. */
export function cell(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(
    ([s, a]) =>
      (window as unknown as { __funnelStandIn: { value(s: string, a: string): unknown } }).__funnelStandIn.value(
        s!,
        a!,
      ),
    [sheet, address],
  );
}

/**
 * One OfficePages for the calling suite: started before its tests, every page error failing the test
 * that caused it, closed after the suite. Call at the top level of a test file; use the getter in tests.
 */
export function officePagesForSuite(): () => OfficePages {
  let pages: OfficePages | null = null;
  beforeAll(async () => {
    pages = await OfficePages.start();
  }, 300_000);
  afterEach(() => {
    for (const [url, errors] of pages?.takeErrors() ?? []) expect([url, errors]).toEqual([url, []]);
  });
  afterAll(async () => {
    await pages?.close();
  });
  return () => {
    if (pages === null) throw new Error("the suite's pages are not started yet (use them inside a test)");
    return pages;
  };
}
