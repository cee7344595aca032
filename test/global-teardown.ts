/** Fails the run when the tests changed a tracked file (or left an untracked, unignored one). */
import { workTreeState } from "./helpers/work-tree";

export default function globalTeardown(config: { rootDir: string }): void {
  const before = process.env.FUNNEL_WORK_TREE_BEFORE ?? "";
  const after = workTreeState(config.rootDir) ?? "";
  if (after !== before) {
    throw new Error(`The tests changed the work tree:\n--- before\n${before}\n--- after\n${after}`);
  }
}
