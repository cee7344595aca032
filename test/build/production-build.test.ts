/** What `npm run build` puts into dist/: pages, manifest with the production URL, icons, the template. */
import { spawnSync } from "node:child_process";
import { parse } from "acorn";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { buildProduction, PRODUCTION_BASE_URL } from "../helpers/production-build";
import { pngSize } from "../helpers/png";
import { taskpaneBundleSize } from "../helpers/bundle-size";
import { checkManifest } from "../../scripts/manifest-check";
import { baseUrlOfInfo, checkManifestInfo, readManifestXml } from "../../scripts/manifest-reader";
import { POLYFILLED } from "../../src/boot/polyfills";
import { EDGEHTML_MISSING, GUARDED } from "../helpers/edgehtml";

let dist = "";
beforeAll(() => {
  dist = buildProduction();
}, 300_000);

const read = (file: string) => readFileSync(join(dist, file), "utf8");
const scripts = () => readdirSync(dist).filter((f) => f.endsWith(".js"));

test("the pages, the manifest, the help page and the template are there", () => {
  for (const file of ["taskpane.html", "commands.html", "manifest.xml", "help.html", "funnel-template.xlsx"]) {
    expect(existsSync(join(dist, file))).toBe(true);
  }
});

test("every manifest URL points at the production base URL, none at localhost", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toContain("localhost");
  const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url.startsWith(PRODUCTION_BASE_URL)).toBe(true);
  expect(manifest).toContain(`<SourceLocation DefaultValue="${PRODUCTION_BASE_URL}taskpane.html"/>`);
  expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
});

test("office.js comes from the Office CDN, not from the bundle", () => {
  for (const page of ["taskpane.html", "commands.html"]) {
    expect(read(page)).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  }
  for (const file of scripts()) {
    expect(read(file)).not.toContain("OfficeExtension.ClientRequestContext=");
  }
});

test("no HyperFormula (GPL), no simulation and no IE11 polyfills in production", () => {
  const all = scripts().map(read).join("\n");
  expect(all).not.toMatch(/hyperformula/i);
  expect(all).not.toContain("SimulatedWorkbook");
  expect(all).not.toMatch(/core-js|regenerator-runtime|Promise polyfill/);
});

test.each([16, 32, 64, 80, 128])("icon-%i.png is %i pixels square", (size) => {
  expect(pngSize(readFileSync(join(dist, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
});

test("every icon the manifest names exists in dist at its stated size", () => {
  const manifest = read("manifest.xml");
  const images = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="([^"]+)"/g)];
  expect(images.length).toBe(3);
  for (const [, size, url] of images) {
    const file = join(dist, url!.slice(PRODUCTION_BASE_URL.length));
    expect(pngSize(readFileSync(file)).width).toBe(Number(size));
  }
});

test("all JavaScript taskpane.html loads is at most 120 KB gzipped", () => {
  const size = taskpaneBundleSize(dist);
  expect(size.entryFiles.map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual(["boot-taskpane", "taskpane"]);
  expect(size.largestLanguage).not.toBeNull();
  expect(size.total).toBeLessThanOrEqual(120_000);
  // Writing, closing a period, the Overview, the costs' and the sales cycle's figures and a dark theme
  // come in chunks loaded on first use: the pane opens without them (a chunk several share has a number
  // for a name).
  const onDemand = size.onDemand.map((c) => c.file.replace(/\.[0-9a-f]{8}\.js$/, ""));
  expect(onDemand).toEqual(expect.arrayContaining(["close-period", "overview", "write"]));
  expect(onDemand.filter((f) => !/^(close-period|overview|write|\d+)$/.test(f))).toEqual([]);
});

/** The scripts a page loads, in order, as its HTML names them. */
function pageScripts(page: string): string[] {
  return [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !src.startsWith("http"));
}

/** The ECMAScript version a file's syntax needs, among those that matter here; null if even ES2017 fails. */
function parsesAt(file: string, ecmaVersion: 5 | 2017): boolean {
  try {
    parse(read(file), { ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
}

describe("old webviews (see src/simulation/host-profiles.ts)", () => {
  test("every shipped script parses as ES2017, so Excel 2019's EdgeHTML runs it", () => {
    const failing = scripts().filter((file) => !parsesAt(file, 2017));
    expect(failing).toEqual([]);
    expect(scripts().length).toBeGreaterThanOrEqual(8);
  });

  test("the boot scripts and the dialog parse as ES5, so they run in Internet Explorer 11 (Trident)", () => {
    const es5 = [
      ...pageScripts("taskpane.html").slice(0, 1),
      ...pageScripts("commands.html").slice(0, 1),
      ...pageScripts("dialog.html"),
    ];
    expect(es5.map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual(["boot-taskpane", "boot-commands", "dialog"]);
    for (const file of es5) expect([file, parsesAt(file, 5)]).toEqual([file, true]);
  });

  test("the main bundles do not parse as ES5: in Trident only the boot scripts can speak", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const [boot, main, ...rest] = pageScripts(page);
      expect(rest).toEqual([]);
      expect(boot).toMatch(/^boot-/);
      expect([main, parsesAt(main!, 5)]).toEqual([main, false]);
    }
  });

  test("no built-in EdgeHTML lacks is used, unless the boot script installs it or the code checks for it", () => {
    const shipped = scripts().map((file) => ({ file, text: read(file) }));
    const used = EDGEHTML_MISSING.filter((b) => shipped.some((s) => b.use.test(s.text))).map((b) => b.name);
    expect(used.filter((name) => !POLYFILLED.includes(name) && GUARDED[name] === undefined)).toEqual([]);
    for (const [name, check] of Object.entries(GUARDED)) {
      if (used.includes(name)) expect([name, shipped.some((s) => check.test(s.text))]).toEqual([name, true]);
    }
    // The catalogue does find what is there: the webpack runtime reaches the global object by globalThis.
    expect(used).toContain("globalThis");
  });

  test("the boot script runs before the bundle (both deferred, in document order)", () => {
    const html = read("taskpane.html");
    const boot = html.indexOf("boot-taskpane");
    const main = html.search(/src="?taskpane\./);
    expect(boot).toBeGreaterThan(0);
    expect(boot).toBeLessThan(main);
    expect(html).toMatch(/<script defer[^>]*src="?boot-taskpane/);
  });
});

test("production has no preview chunk: the simulation never ships", () => {
  expect(scripts().filter((f) => /preview/i.test(f))).toEqual([]);
});

describe("manifest check (npm run validate)", () => {
  const devManifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  const devBase = "https://localhost:3000/";
  const check = (xml: string, baseUrl = devBase) => checkManifest(xml, { baseUrl, distDir: dist });

  test("the development manifest passes", () => {
    expect(check(devManifest)).toEqual([]);
  });

  test("the production manifest passes against its base URL, read as Microsoft's manifest reader reads it", async () => {
    expect(check(read("manifest.xml"), PRODUCTION_BASE_URL)).toEqual([]);
    const info = await readManifestXml(read("manifest.xml"));
    expect(baseUrlOfInfo(info)).toBe(PRODUCTION_BASE_URL);
    expect(checkManifestInfo(info, PRODUCTION_BASE_URL)).toEqual([]);
  });

  test("Microsoft's reader sees what the offline check cannot: a task pane page outside the base URL, another host", async () => {
    const moved = await readManifestXml(
      devManifest.replace(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="https://elsewhere.example.org/taskpane.html"/>',
      ),
    );
    expect(checkManifestInfo(moved, devBase)).toEqual([
      expect.stringMatching(/task pane page .* at https:\/\/elsewhere\.example\.org\/taskpane\.html, outside/),
    ]);
    const wordOnly = await readManifestXml(devManifest.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'));
    expect(checkManifestInfo(wordOnly, devBase)).toEqual([expect.stringMatching(/no Workbook host/)]);
  });

  test.each([
    ["malformed XML", (x: string) => x.replace("</Hosts>", "</Hostz>"), /not well-formed XML: .*line \d+/],
    [
      "an undefined resid",
      (x: string) => x.replace('resid="OpenPane.Label"/>', 'resid="OpenPane.Labels"/>'),
      /resid "OpenPane.Labels" is not defined/,
    ],
    [
      "a resid of the wrong kind",
      (x: string) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      /names a Url, but <Label> needs a ShortString/,
    ],
    [
      "an http URL",
      (x: string) => x.replace('"https://localhost:3000/help.html"/>', '"http://localhost:3000/help.html"/>'),
      /must use https/,
    ],
    [
      "a URL outside the base",
      (x: string) => x.replace("https://localhost:3000/assets/icon-80.png", "https://cdn.example.com/icon-80.png"),
      /not under the base URL/,
    ],
    [
      "elements out of schema order",
      (x: string) => x.replace(/(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"),
      /<Version> is out of schema order/,
    ],
    [
      "a missing required element",
      (x: string) => x.replace(/\s*<DefaultLocale>[^<]*<\/DefaultLocale>/, ""),
      /required element <DefaultLocale> is missing/,
    ],
    [
      "more than ReadWriteDocument",
      (x: string) => x.replace("ReadWriteDocument", "ReadWriteMailbox"),
      /must be ReadWriteDocument/,
    ],
    [
      "an icon of the wrong size",
      (x: string) =>
        x.replace(
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
      /icon-32.png is 32×32, but the manifest says 16×16/,
    ],
    [
      "a page missing from the build",
      (x: string) => x.replace("https://localhost:3000/commands.html", "https://localhost:3000/ribbon.html"),
      /ribbon.html, which is not in the build/,
    ],
    [
      "a string too long for a ShortString",
      (x: string) => x.replace('DefaultValue="Recalculate">', `DefaultValue="${"R".repeat(130)}">`),
      /at most 125/,
    ],
    [
      "no auto-open task pane id",
      (x: string) => x.replace("Office.AutoShowTaskpaneWithDocument", "ButtonId1"),
      /AutoShowTaskpaneWithDocument/,
    ],
  ])("fails clearly on %s", (_label, breakIt, message) => {
    const broken = breakIt(devManifest);
    expect(broken).not.toBe(devManifest);
    const problems = check(broken);
    expect(problems.join("\n")).toMatch(message);
  });

  test("npm run validate on a broken fixture exits 1 naming each problem", () => {
    const result = spawnSync(
      join(__dirname, "../../node_modules/.bin/tsx"),
      [
        join(__dirname, "../../scripts/validate-manifest.ts"),
        "--manifest",
        join(__dirname, "../fixtures/broken-manifest.xml"),
        "--dist",
        dist,
        "--base-url",
        devBase,
      ],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    // The offline checks find both problems; Microsoft's reader sees the permission too.
    expect(result.stderr).toMatch(/3 problem\(s\)/);
    expect(result.stderr).toContain('resid "Recalculate.Tooltipp" is not defined');
    expect(result.stderr).toContain("must be ReadWriteDocument");
    expect(result.stderr).toContain("Microsoft's reader sees permissions ReadWriteMailbox");
  });
});

test("the ribbon's pages carry the same policy and the dialog page is built", () => {
  for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
    const html = read(page);
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).not.toMatch(/unsafe-eval|\*/);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  }
  for (const file of scripts()) expect(read(file)).not.toMatch(/\beval\(|new Function\(/);
});
