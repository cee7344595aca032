/**
 * The request and response bodies Microsoft's Excel client exchanges with the host, as measured with
 * @microsoft/office-js 1.1.110 (DESIGN.md, "Microsoft's Excel client over a simulated host").
 */

export const enum PathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

export const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
  RecursiveQuery = 6,
  QueryAsJson = 7,
  EnsureUnchanged = 8,
  Update = 9,
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the path id of an object argument, 0 (or absent) for a plain value. */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPath {
  Id: number;
  ObjectPathType: PathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface Action {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
  /** Paths the client will not use again. */
  L?: number[];
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  ActionIndex?: number;
  Location?: string;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

/** What the client's request executor gets back. */
export interface ExecutorResponse {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

/** The JavaScript name of a wire name: "GetRange" → "getRange". */
export function jsName(wire: string): string {
  return wire.charAt(0).toLowerCase() + wire.slice(1);
}

/** The wire name of a JavaScript name: "values" → "Values". */
export function wireName(js: string): string {
  return js.charAt(0).toUpperCase() + js.slice(1);
}
