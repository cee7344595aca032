/**
 * Runs once, in jest's parent process, before any suite: installs the system tools the selected suites
 * ask for (see helpers/system-tool.ts) and notes the state of the git work tree, which the global
 * teardown checks again — tests never change tracked files.
 */
import { join } from "node:path";
import { installSystemTools, testFiles, toolsOf, type SystemTool } from "./helpers/system-tool";
import { workTreeState } from "./helpers/work-tree";

interface GlobalConfig {
  rootDir: string;
  testPathPatterns?: { patterns?: string[] } | string[];
}

/** The test files jest will run: all of them, or those its path patterns pick. */
export function selectedFiles(config: GlobalConfig, files: string[]): string[] {
  const given = config.testPathPatterns;
  const patterns = Array.isArray(given) ? given : (given?.patterns ?? []);
  if (patterns.length === 0) return files;
  const expressions = patterns.map((p) => new RegExp(p, "i"));
  return files.filter((file) => expressions.some((e) => e.test(file)));
}

export default function globalSetup(config: GlobalConfig): void {
  process.env.FUNNEL_WORK_TREE_BEFORE = workTreeState(config.rootDir) ?? "";
  const tools = new Map<string, SystemTool>();
  for (const file of selectedFiles(config, testFiles(join(config.rootDir, "test")))) {
    for (const tool of toolsOf(file)) tools.set(tool.command, tool);
  }
  installSystemTools([...tools.values()], (line) => {
    console.log(line);
  });
}
