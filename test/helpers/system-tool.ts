/**
 * System programs some suites need (LibreOffice, Chromium). Missing ones are installed with apt-get
 * when running as root; otherwise the suite fails with one line saying what to install. Never skipped.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function onPath(command: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : null;
}

const installed = new Map<string, string>();

/** Returns the path of `command`, installing Debian package `debPackage` first if needed (root only). */
export function requireSystemTool(command: string, debPackage: string, candidates: string[] = []): string {
  const known = installed.get(command);
  if (known !== undefined) return known;
  const find = () => candidates.find((c) => existsSync(c)) ?? onPath(command);
  let path = find();
  if (path === null) {
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    if (!isRoot) {
      throw new Error(
        `${command} is missing: run "sudo apt-get install -y --no-install-recommends ${debPackage}" and test again.`,
      );
    }
    console.log(`installing ${debPackage} with apt-get (needed by this suite) ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", debPackage], { stdio: "inherit", env });
    path = find();
    if (path === null) throw new Error(`apt-get installed ${debPackage} but ${command} is still not found.`);
  }
  installed.set(command, path);
  return path;
}
