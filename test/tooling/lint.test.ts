/**
 * `npm run lint` really lints .ts and .tsx: a deliberate violation in a .tsx file under src/ fails it.
 * (The probe file is written for the run and removed afterwards.)
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");

function lint(file: string) {
  return spawnSync(join(root, "node_modules/.bin/eslint"), [file], { cwd: root, encoding: "utf8", timeout: 120_000 });
}

test.each([
  ["tsx", "export function Probe(): JSX.Element {\n  const unused: any = 1;\n  return <div>{unused}</div>;\n}\n"],
  ["ts", "export function probe(): number {\n  const value: any = 1;\n  return value;\n}\n"],
])("a violation in a .%s file fails lint", (extension, source) => {
  const probe = join(root, "src/taskpane", `lint-probe.${extension}`);
  writeFileSync(
    probe,
    source
      .replace("JSX.Element", "React.JSX.Element")
      .replace(/^/, extension === "tsx" ? 'import type React from "react";\n' : ""),
  );
  try {
    const result = lint(probe);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/no-explicit-any|no-unsafe/);
  } finally {
    rmSync(probe, { force: true });
  }
});

test("the funnel engine may not reach for Office or React", () => {
  const probe = join(root, "src/funnel", "lint-probe.ts");
  writeFileSync(
    probe,
    'import { useState } from "react";\nexport const probe = useState;\nexport const host = Office.context;\n',
  );
  try {
    const result = lint(probe);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("no-restricted-imports");
    expect(result.stdout).toContain("no-restricted-globals");
  } finally {
    rmSync(probe, { force: true });
  }
});
