/**
 * The layers of DESIGN.md, read from the source's imports: the funnel's math (src/funnel) imports
 * nothing outside itself; the sheet's layout (src/sheet) imports the math and itself only; no module of
 * src/ imports itself back through a circle of imports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = join(__dirname, "../..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = sourceFiles(src);
const known = new Set(files);

/** The src/ files a module imports (type-only imports included: they tie the layers together too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const targets: string[] = [];
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const base = resolve(dirname(file), match[1] ?? "");
    const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((f) =>
      known.has(f),
    );
    if (found !== undefined) targets.push(found);
  }
  return targets;
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const layer = (file: string) => relative(src, file).split("/")[0] ?? "";

test("the funnel's math imports nothing outside src/funnel", () => {
  const outside = [...graph].flatMap(([file, targets]) =>
    layer(file) === "funnel"
      ? targets.filter((t) => layer(t) !== "funnel").map((t) => `${relative(src, file)} → ${relative(src, t)}`)
      : [],
  );
  expect(outside).toEqual([]);
});

test("the sheet's layout imports only the math and itself", () => {
  const outside = [...graph].flatMap(([file, targets]) =>
    layer(file) === "sheet"
      ? targets
          .filter((t) => !["funnel", "sheet"].includes(layer(t)))
          .map((t) => `${relative(src, file)} → ${relative(src, t)}`)
      : [],
  );
  expect(outside).toEqual([]);
  // And it is really used from both sides: the layer is not empty, and the math is not in it.
  expect(files.filter((f) => layer(f) === "sheet").length).toBeGreaterThan(5);
  expect(files.some((f) => relative(src, f) === "funnel/forecast.ts")).toBe(true);
});

test("no circle of imports in src/", () => {
  const circles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open")
        circles.push(
          path
            .slice(path.indexOf(next))
            .concat(next)
            .map((f) => relative(src, f))
            .join(" → "),
        );
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  expect(circles).toEqual([]);
});
