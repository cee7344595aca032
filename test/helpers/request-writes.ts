/**
 * What a request body of Microsoft's client writes, read from the body itself (not from the add-in's
 * code): the cells whose content or number format it sets, and every other change it asks for.
 */
import { parseArea, cellAddress } from "../../src/sheet/a1";
import type { SimulatedWorkbook } from "../../src/simulation";
import { ActionType, PathType, type ObjectPath, type RequestBody } from "../../src/simulation/host/wire-protocol";

export interface RequestWrites {
  /** Cells whose formulas or values the request sets. */
  contents: Set<string>;
  /** Cells whose number format it sets. */
  formats: Set<string>;
  /** Every other change, as "parent.Member" of the wire ("Names.Add", "GetItemAt.SetValues", "Charts.Add"). */
  other: string[];
}

function cellsOf(address: string): string[] {
  const { first, last } = parseArea(address);
  const cells: string[] = [];
  for (let row = first.row; row <= last.row; row++)
    for (let col = first.col; col <= last.col; col++) cells.push(cellAddress(row, col));
  return cells;
}

export function writesOf(body: RequestBody): RequestWrites {
  const paths = body.ObjectPaths as Record<string, ObjectPath | undefined>;
  const pathOf = (id: number) => paths[String(id)];
  const label = (path: ObjectPath | undefined, member: string) =>
    `${path === undefined ? "?" : path.Name || "?"}.${member}`;
  const writes: RequestWrites = { contents: new Set(), formats: new Set(), other: [] };
  for (const action of body.Actions) {
    const path = pathOf(action.ObjectPathId);
    if (action.ActionType === ActionType.SetProperty) {
      const address = path?.Name === "GetRange" ? path.ArgumentInfo?.Arguments?.[0] : undefined;
      const into =
        action.Name === "Formulas" || action.Name === "Values"
          ? writes.contents
          : action.Name === "NumberFormat"
            ? writes.formats
            : null;
      if (into !== null && typeof address === "string") for (const cell of cellsOf(address)) into.add(cell);
      else writes.other.push(label(path, action.Name));
    } else if (action.ActionType === ActionType.Method && !action.Name.startsWith("_")) {
      writes.other.push(label(path, action.Name));
    } else if (
      action.ActionType === ActionType.Instantiate &&
      path?.ObjectPathType === PathType.Method &&
      path.Name === "Add"
    ) {
      writes.other.push(label(pathOf(path.ParentObjectPathId ?? 0), path.Name));
    }
  }
  return writes;
}

/** Runs `job`, keeping every request body the host received meanwhile. */
export async function withRequests<T>(
  workbook: SimulatedWorkbook,
  job: () => Promise<T>,
): Promise<{ result: T; requests: RequestBody[] }> {
  const requests: RequestBody[] = [];
  workbook.onRequest = (body) => requests.push(body);
  try {
    return { result: await job(), requests };
  } finally {
    workbook.onRequest = null;
  }
}
