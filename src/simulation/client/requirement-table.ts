/**
 * Which requirement set brought each member of the Excel API, read from the client library itself: its
 * every gated member calls `_throwIfApiNotSupported("Class.member", <set>, "1.x", <host>)`. In the
 * minified builds the set is a variable assigned "ExcelApi" once; other sets (ExcelApiOnline,
 * ExcelApiUndo, ...) appear as string literals.
 *
 * The library's own check is inactive in these builds (DESIGN.md), so the simulated host applies the
 * table: a member above the host's ExcelApi version is refused, as a real host without it would.
 */
export interface Requirement {
  set: string;
  /** The minor version: 13 for "1.13". */
  minor: number;
}

export type RequirementTable = ReadonlyMap<string, Requirement>;

export function requirementTable(source: string): RequirementTable {
  const setVariables = new Set<string>();
  for (const match of source.matchAll(/\b([A-Za-z_$][\w$]*)\s*=\s*"ExcelApi"/g))
    if (match[1]) setVariables.add(match[1]);
  const table = new Map<string, Requirement>();
  const call = /"([A-Z][A-Za-z]*\.[A-Za-z_]+)"\s*,\s*("[A-Za-z]+"|[A-Za-z_$][\w$]*)\s*,\s*"1\.(\d+)"/g;
  for (const match of source.matchAll(call)) {
    const [, member, setToken, minor] = match;
    if (member === undefined || setToken === undefined || minor === undefined) continue;
    const set = setToken.startsWith('"') ? setToken.slice(1, -1) : setVariables.has(setToken) ? "ExcelApi" : null;
    if (set === null) continue;
    const known = table.get(member);
    // A member gated twice (a getter and a setter) keeps its ExcelApi entry, the lower version first.
    if (known === undefined || (known.set !== "ExcelApi" && set === "ExcelApi"))
      table.set(member, { set, minor: Number(minor) });
  }
  return table;
}
