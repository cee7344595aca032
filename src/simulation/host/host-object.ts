/**
 * What the simulated host answers for one object of the Excel object model: the host side of a wire
 * class. The wire host (wire-host.ts) resolves each object path of a request to one of these, and
 * turns each action into a call: a property read for a query, `write` for SetProperty, `call` for a
 * method (a method *path* must answer an object, or null for a null object).
 *
 * Names here are JavaScript names ("values", "getRange"); the wire host converts from the wire's
 * upper-cased ones.
 */
import { SimulatedError } from "../workbook-model";
import type { SheetModel, SimulatedWorkbook } from "../workbook-model";

export interface HostEnv {
  workbook: SimulatedWorkbook;
  /** A Worksheet object of `sheet` (given by the host, so that objects below a sheet need not import it). */
  worksheet(sheet: SheetModel): HostObject;
}

export abstract class HostObject {
  /** The wire class ("Range", "Worksheet", ...), as the requirement-set table names it. */
  abstract readonly wireClass: string;
  /** What `load()` without a selection reads. */
  readonly scalars: readonly string[] = [];

  constructor(readonly env: HostEnv) {}

  get workbook(): SimulatedWorkbook {
    return this.env.workbook;
  }

  /** A scalar property, for a query. */
  read(property: string): unknown {
    throw notSimulated(`${this.wireClass}.${property}`);
  }

  write(property: string, _value: unknown): void {
    throw notSimulated(`setting ${this.wireClass}.${property}`);
  }

  /** A navigation property (Range.format, Chart.title, ...): an object. */
  navigate(property: string): HostObject | null {
    throw notSimulated(`${this.wireClass}.${property}`);
  }

  /** A method: its value for a method action, an object (or null) for a method path. */
  call(method: string, _args: unknown[]): unknown {
    throw notSimulated(`${this.wireClass}.${method}()`);
  }

  /** The indexer (collection["key"]), as the client addresses an item by its id. */
  index(_args: unknown[]): HostObject | null {
    throw notSimulated(`${this.wireClass}[...]`);
  }

  /** The id the client re-addresses this object by, once a query has answered it. */
  addressKey(): string | undefined {
    return undefined;
  }
}

/** A collection: items for `load("items/...")`, getItemAt and getCount for free. */
export abstract class HostCollection extends HostObject {
  abstract list(): HostObject[];

  override read(property: string): unknown {
    if (property === "count") return this.list().length;
    return super.read(property);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "getItemAt") {
      const item = this.list()[Number(args[0])];
      if (item === undefined) throw new SimulatedError("ItemNotFound", `There is no item at ${String(args[0])}.`);
      return item;
    }
    if (method === "getCount") return this.list().length;
    return super.call(method, args);
  }
}

export function notSimulated(what: string): SimulatedError {
  return new SimulatedError("NotImplemented", `${what} is not simulated.`);
}

export function invalidArgument(message: string): SimulatedError {
  return new SimulatedError("InvalidArgument", message);
}

/** The argument at `index` as a string, or an InvalidArgument error. */
export function stringArg(args: unknown[], index: number, what: string): string {
  const value = args[index];
  if (typeof value !== "string") throw invalidArgument(`${what} must be text.`);
  return value;
}

/** The argument at `index` as a host object (an object argument arrives resolved), or an error. */
export function objectArg<T extends HostObject>(
  args: unknown[],
  index: number,
  kind: abstract new (...a: never[]) => T,
): T {
  const value = args[index];
  if (!(value instanceof kind)) throw invalidArgument(`Argument ${index + 1} must be a ${kind.name}.`);
  return value;
}
