/** What `npm run build` puts into dist/: pages, manifest with the production URL, icons, the template. */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { buildProduction, PRODUCTION_BASE_URL } from "../helpers/production-build";
import { pngSize } from "../helpers/png";
import { taskpaneBundleSize } from "../helpers/bundle-size";

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
  expect(size.entryFiles.length).toBeGreaterThan(0);
  expect(size.largestLanguage).not.toBeNull();
  expect(size.total).toBeLessThanOrEqual(120_000);
});

test("production has no preview chunk: the simulation never ships", () => {
  expect(scripts().filter((f) => /preview/i.test(f))).toEqual([]);
});
