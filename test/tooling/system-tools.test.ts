/**
 * The harness for system tools: every suite that starts Chromium or LibreOffice says so, the global
 * setup installs exactly what the selected suites need, and without root it stops with one clear line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { selectedFiles } from "../global-setup";
import { installSystemTools, SYSTEM_TOOLS, testFiles, toolsOf, type SystemTool } from "../helpers/system-tool";

const root = join(__dirname, "..", "..");
const files = testFiles(join(root, "test"));

test("every suite that starts Chromium or LibreOffice declares it in its @system-tools line", () => {
  const users: [string, string][] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const declared = toolsOf(file).map((t) => t.command);
    if (/launchBrowser\(/.test(text)) users.push([file, declared.includes("chromium") ? "ok" : "chromium missing"]);
    if (/WithLibreOffice\(/.test(text)) users.push([file, declared.includes("soffice") ? "ok" : "libreoffice missing"]);
    if (/pdf(Text|Raster|PageCount)\(/.test(text))
      users.push([file, declared.includes("pdftotext") ? "ok" : "poppler missing"]);
  }
  expect(users.length).toBeGreaterThanOrEqual(4);
  for (const [file, verdict] of users) expect([file, verdict]).toEqual([file, "ok"]);
});

test("the global setup picks the tools of the selected suites only", () => {
  const tools = (patterns: string[]) =>
    [
      ...new Set(
        selectedFiles({ rootDir: root, testPathPatterns: { patterns } }, files).flatMap((f) =>
          toolsOf(f).map((t) => t.command),
        ),
      ),
    ].sort();
  expect(tools([])).toEqual(["chromium", "pdftotext", "soffice"]);
  expect(tools(["test/funnel/forecast"])).toEqual([]);
  expect(tools(["e2e"])).toEqual(["chromium"]);
  expect(tools(["libreoffice"])).toEqual(["soffice"]);
});

test("without root, a missing tool stops the run with one line saying what to install", () => {
  const missing: SystemTool = { command: "no-such-tool-here", debPackage: "no-such-package", candidates: [] };
  const lines: string[] = [];
  expect(() => {
    installSystemTools([missing, SYSTEM_TOOLS.chromium!], (line) => lines.push(line), false);
  }).toThrow(
    /^These tests need no-such-package: run "sudo apt-get install -y --no-install-recommends no-such-package" and test again\.$/,
  );
  expect(lines).toEqual([]);
});

test("an unknown tool name in a suite is an error, not a silent skip", () => {
  expect(() => toolsOf(join(__dirname, "..", "fixtures", "unknown-tool.test.txt"))).toThrow(
    /unknown system tool "excel"/,
  );
});
