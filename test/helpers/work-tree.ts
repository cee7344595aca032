/** `git status` of the checkout, to prove that tests change no tracked file; null outside a checkout. */
import { spawnSync } from "node:child_process";

export function workTreeState(root: string): string | null {
  const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: root, encoding: "utf8" });
  return status.status === 0 ? status.stdout : null;
}
