/**
 * The Node.js version the README names is one every installed package accepts (npm ci warns
 * EBADENGINE otherwise): the floor of package.json's "engines", and the Node that runs the tests, are
 * checked against the "engines.node" of every package in package-lock.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minVersion, satisfies } from "semver";

const root = join(__dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as Record<string, unknown>;

const ours = (read("package.json").engines as { node: string }).node;
const floor = minVersion(ours)?.version ?? "";
const packages = Object.entries(
  (read("package-lock.json").packages ?? {}) as Record<string, { engines?: { node?: string } | string[] }>,
);

type Locked = [string, { engines?: { node?: string } | string[] }][];

/** Packages whose engines.node refuses `version`. */
function refusing(version: string, locked: Locked = packages): string[] {
  return locked.flatMap(([path, info]) => {
    const wanted = Array.isArray(info.engines) ? undefined : info.engines?.node;
    return wanted !== undefined && path !== "" && !satisfies(version, wanted) ? [`${path}: ${wanted}`] : [];
  });
}

test("every package accepts the oldest Node package.json allows, and the README names that Node", () => {
  expect(floor).toMatch(/^\d+\.\d+\.\d+$/);
  expect(packages.length).toBeGreaterThan(100);
  expect(refusing(floor)).toEqual([]);
  const [major, minor] = floor.split(".");
  expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`Node ${major}.${minor}`);
});

test("every package accepts the Node running these tests", () => {
  expect(refusing(process.version)).toEqual([]);
});

test("the check sees a package that refuses, as webpack-cli 7's rechoir 1.0.0 did", () => {
  const before: Locked = [...packages, ["node_modules/rechoir", { engines: { node: ">= 22.15.0" } }]];
  expect(refusing(floor, before)).toEqual(["node_modules/rechoir: >= 22.15.0"]);
});
