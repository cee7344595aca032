/**
 * System programs some suites need (LibreOffice, Chromium). A suite says which in a `@system-tools`
 * line of its opening comment. Before any suite runs, the global setup (test/global-setup.ts) installs
 * the missing ones with one apt-get run when the tests run as root — never from inside a suite, so two
 * jest workers can never race for the dpkg lock — or stops with one line saying what to install.
 * Nothing is skipped.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface SystemTool {
  /** The command the suites run. */
  command: string;
  /** The Debian package that provides it. */
  debPackage: string;
  /** Where Debian puts it, besides PATH. */
  candidates: string[];
}

export const SYSTEM_TOOLS: Record<string, SystemTool> = {
  chromium: { command: "chromium", debPackage: "chromium", candidates: ["/usr/bin/chromium"] },
  libreoffice: {
    command: "soffice",
    debPackage: "libreoffice-calc",
    candidates: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"],
  },
  /** pdfinfo, pdftotext and pdftoppm, to read what LibreOffice printed. */
  poppler: { command: "pdftotext", debPackage: "poppler-utils", candidates: ["/usr/bin/pdftotext"] },
};

function onPath(command: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : null;
}

export function findTool(tool: SystemTool): string | null {
  return tool.candidates.find((c) => existsSync(c)) ?? onPath(tool.command);
}

function installLine(tools: readonly SystemTool[]): string {
  return `sudo apt-get install -y --no-install-recommends ${tools.map((t) => t.debPackage).join(" ")}`;
}

/** The path of a tool the global setup made sure of; one clear line if it is missing all the same. */
export function requireSystemTool(tool: SystemTool): string {
  const path = findTool(tool);
  if (path === null) throw new Error(`${tool.command} is missing: run "${installLine([tool])}" and test again.`);
  return path;
}

/** Installs the missing tools with one apt-get run (root only); otherwise throws one line. */
export function installSystemTools(
  tools: readonly SystemTool[],
  log: (line: string) => void,
  isRoot = typeof process.getuid === "function" && process.getuid() === 0,
): void {
  const missing = tools.filter((tool) => findTool(tool) === null);
  if (missing.length === 0) return;
  if (!isRoot) {
    throw new Error(
      `These tests need ${missing.map((t) => t.debPackage).join(" and ")}: run "${installLine(missing)}" and test again.`,
    );
  }
  log(`installing ${missing.map((t) => t.debPackage).join(", ")} with apt-get (needed by the suites about to run) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Wait for a dpkg lock held by anything else (another test run, unattended upgrades) instead of failing.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  execFileSync("apt-get", [...lock, "update", "-qq"], { stdio: "inherit", env });
  execFileSync(
    "apt-get",
    [...lock, "install", "-y", "-qq", "--no-install-recommends", ...missing.map((t) => t.debPackage)],
    { stdio: "inherit", env },
  );
  const still = missing.filter((tool) => findTool(tool) === null);
  if (still.length > 0) throw new Error(`apt-get ran, but ${still.map((t) => t.command).join(", ")} is still missing.`);
}

/** Every test file under `dir`. */
export function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === ".tmp" ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** The tools a test file asks for on a line of its opening comment reading ` * @system-tools chromium`. */
export function toolsOf(file: string): SystemTool[] {
  const head = readFileSync(file, "utf8").slice(0, 4000);
  const line = /^\s*\*\s*@system-tools\s+([a-z, ]+)$/m.exec(head)?.[1] ?? "";
  return line
    .split(/[,\s]+/)
    .filter((name) => name !== "")
    .map((name) => {
      const tool = SYSTEM_TOOLS[name];
      if (tool === undefined) throw new Error(`${file}: unknown system tool "${name}"`);
      return tool;
    });
}
