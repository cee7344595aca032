/**
 * The simulated Excel host behind Microsoft's client: it takes one request body as the client sends
 * it, carries out its actions on the SimulatedWorkbook in order, and answers as Excel does.
 *
 *  - Object paths are resolved once per request (a method path with side effects, such as
 *    `charts.add`, is carried out when it is first instantiated); reference ids kept with
 *    `_KeepReference` live until `_RemoveReference`, as Excel.run's tracked objects do.
 *  - A query answers the selected properties by wire name; a collection answers `_Items`; an object
 *    with an id (a worksheet, a chart) answers it, so the client addresses it by id afterwards.
 *  - A failing action ends the request with `Error` and its `ActionIndex`; what came before it stays
 *    applied: a batch is not a transaction ("Application-specific API model", learn.microsoft.com).
 *  - The host profile's limits apply at the wire: a member above its ExcelApi version is refused
 *    (ApiNotFound; the version of each member comes from the client library's own table), the web's
 *    5 MB per request and per response, and cell-edit mode failing every request (office-js issues
 *    3388, 3019, 625).
 */
import { SimulatedError, type PayloadRecord, type SimulatedWorkbook } from "../workbook-model";
import type { RequirementTable } from "../client/requirement-table";
import { HostCollection, HostObject, type HostEnv } from "./host-object";
import { WorkbookObject, WorksheetObject } from "./sheet-objects";
import {
  ActionType,
  PathType,
  jsName,
  wireName,
  type Action,
  type ArgumentInfo,
  type ExecutorResponse,
  type QueryInfo,
  type RequestBody,
  type ResponseBody,
} from "./wire-protocol";

/** Methods the client calls on objects for its own bookkeeping, never gated by a requirement set. */
const CLIENT_METHODS = new Set(["_KeepReference", "_RemoveReference", "_ValidateArraySize"]);

/** Events the add-in may register: the wire method and the member the requirement table names. */
const EVENT_METHODS = /^_(Register|Unregister)(\w+)Event$/;

export interface EventRegistration {
  /** "WorksheetCollection.onActivated", "Worksheet.onChanged" */
  member: string;
  /** The event type the client listens for (11: worksheet activated, 10: data changed). */
  eventType: number;
  /** The worksheet's id for a worksheet's own event; "Workbook" for the collection's. */
  targetId: string;
}

export interface WireSessionHooks {
  /** The client registered (true) or unregistered (false) an event handler with the host. */
  onEventRegistration?(registration: EventRegistration, on: boolean): void;
}

/** Event ids the client uses for the events the add-in registers (office-js EventType numbering). */
const EVENT_TYPES: Record<string, number> = {
  "WorksheetCollection.onActivated": 11,
  "WorksheetCollection.onChanged": 10,
  "Worksheet.onChanged": 10,
  "Worksheet.onActivated": 11,
};

/** The wire's event names that differ from the API's: `_RegisterDataChangedEvent` is onChanged. */
const EVENT_MEMBERS: Record<string, string> = { DataChanged: "Changed" };

type Resolved = HostObject | null;

export class WireHost {
  private readonly references = new Map<string, HostObject>();
  private nextReference = 1;
  private readonly env: HostEnv;

  constructor(
    readonly workbook: SimulatedWorkbook,
    private readonly requirements: RequirementTable,
    private readonly hooks: WireSessionHooks = {},
  ) {
    this.env = { workbook, worksheet: (sheet) => new WorksheetObject(this.env, sheet) };
  }

  /** One request, as the client's executor hands it over (flags: bit 1 marks a write). */
  execute(body: RequestBody, _flags: number): ExecutorResponse {
    const wb = this.workbook;
    wb.syncCount++;
    wb.onRequest?.(body);
    const requestBytes = utf8Bytes(JSON.stringify(body));
    const record: PayloadRecord = { request: requestBytes, response: 0 };
    wb.payloads.push(record);
    const limit = wb.profile.payloadLimitBytes;
    if (limit !== null && requestBytes > limit)
      return transportError("RequestPayloadSizeLimitExceeded", requestBytes, limit);
    const response = this.run(body, wb.syncCount);
    // Excel raises onChanged for what the request changed once it is carried out.
    wb.flushChanges();
    const responseBytes = utf8Bytes(JSON.stringify(response));
    record.response = responseBytes;
    if (limit !== null && responseBytes > limit)
      return transportError("ResponsePayloadSizeLimitExceeded", responseBytes, limit);
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: response };
  }

  private run(body: RequestBody, syncNumber: number): ResponseBody {
    const wb = this.workbook;
    const results: ResponseBody["Results"] = [];
    const resolved = new Map<number, Resolved>();
    const kept = new Map<number, string>();
    const state = { changed: false };
    let operation = 0;
    const actions = body.Actions;
    try {
      if (wb.cellEditMode)
        throw new SimulatedError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      for (let index = 0; index < actions.length; index++) {
        const action = actions[index] as Action;
        try {
          const value = this.act(action, body, resolved, kept, () => {
            const label = this.labelOf(action, body);
            const fault = wb.failOperation?.({ label, index: operation++, sync: syncNumber });
            if (fault !== undefined) throw fault;
            state.changed = true;
          });
          if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
        } catch (error) {
          if (state.changed) wb.onChange?.();
          return { Results: results, Error: wireError(error, index) };
        }
      }
    } catch (error) {
      return { Results: results, Error: wireError(error, 0) };
    }
    if (state.changed) wb.onChange?.();
    return { Results: results };
  }

  /** "Range.formulas", "ChartCollection.add": what the fault injector is told of one operation. */
  private labelOf(action: Action, body: RequestBody): string {
    const path = body.ObjectPaths[String(action.ObjectPathId)];
    const target = this.lastResolved.get(action.ObjectPathId);
    const cls = target?.wireClass ?? path?.Name ?? "?";
    if (action.ActionType === ActionType.Instantiate) {
      const parent =
        path?.ParentObjectPathId === undefined ? undefined : this.lastResolved.get(path.ParentObjectPathId);
      return `${parent?.wireClass ?? "?"}.${jsName(path?.Name ?? "")}`;
    }
    return `${cls}.${jsName(action.Name)}`;
  }

  /** The objects of the request being run, by path id (for labels). */
  private lastResolved = new Map<number, Resolved>();

  private act(
    action: Action,
    body: RequestBody,
    resolved: Map<number, Resolved>,
    kept: Map<number, string>,
    operation: () => void,
  ): unknown {
    this.lastResolved = resolved;
    const target = () => this.resolve(action.ObjectPathId, body, resolved, operation);
    switch (action.ActionType) {
      case ActionType.Instantiate: {
        const object = target();
        if (object === null) return null;
        const reference = kept.get(action.ObjectPathId);
        return reference === undefined ? {} : { _ReferenceId: reference };
      }
      case ActionType.Query: {
        const object = target();
        return object === null ? null : this.query(object, action.QueryInfo);
      }
      case ActionType.Method: {
        // A method or property set on a null object does nothing, as in Excel: the documented way to
        // delete what may not exist is getItemOrNullObject(...).delete().
        const found = target();
        if (found === null) return null;
        const object = found;
        const args = this.argumentsOf(action.ArgumentInfo, body, resolved, operation);
        if (action.Name === "_KeepReference") {
          const reference = `sim-ref-${this.nextReference++}`;
          this.references.set(reference, object);
          kept.set(action.ObjectPathId, reference);
          return null;
        }
        if (action.Name === "_RemoveReference") {
          for (const id of args) this.references.delete(String(id));
          return null;
        }
        const event = EVENT_METHODS.exec(action.Name);
        if (event !== null) return this.registerEvent(object, event[2] ?? "", event[1] === "Register");
        this.check(object.wireClass, jsName(action.Name));
        if (!CLIENT_METHODS.has(action.Name)) operation();
        const value = object.call(jsName(action.Name), args);
        return value instanceof HostObject ? {} : (value ?? null);
      }
      case ActionType.SetProperty: {
        const object = target();
        if (object === null) return NO_RESULT;
        const property = jsName(action.Name);
        this.check(object.wireClass, property);
        const [value] = this.argumentsOf(action.ArgumentInfo, body, resolved, operation);
        operation();
        object.write(property, value);
        return NO_RESULT;
      }
      case ActionType.Trace:
        // The client runs its trace callbacks (an event handler's registration, for one) on the answer.
        return null;
      default:
        throw new SimulatedError(
          "NotImplemented",
          `Action type ${action.ActionType} (${action.Name}) is not simulated.`,
        );
    }
  }

  private live(object: Resolved): HostObject {
    if (object === null)
      throw new SimulatedError("InvalidReference", "This object is a null object; check isNullObject before using it.");
    return object;
  }

  private registerEvent(object: HostObject, wireEvent: string, on: boolean): null {
    const event = EVENT_MEMBERS[wireEvent] ?? wireEvent;
    const member = `${object.wireClass}.on${event}`;
    this.check(object.wireClass, `on${event}`);
    const targetId = object.addressKey() ?? "Workbook";
    this.hooks.onEventRegistration?.({ member, eventType: EVENT_TYPES[member] ?? 0, targetId }, on);
    return null;
  }

  /** Refuses a member above the host's ExcelApi version, as a host without it has no such member. */
  private check(wireClass: string, member: string): void {
    const requirement = this.requirements.get(`${wireClass}.${member}`);
    if (requirement === undefined) return;
    const wb = this.workbook;
    if (requirement.set === "ExcelApi" && requirement.minor <= wb.excelApiMinor) return;
    throw new SimulatedError(
      "ApiNotFound",
      `${wireClass}.${member} needs ${requirement.set} 1.${requirement.minor}; ${wb.profile.name} supports ExcelApi 1.${wb.excelApiMinor}.`,
    );
  }

  private argumentsOf(
    info: ArgumentInfo | undefined,
    body: RequestBody,
    resolved: Map<number, Resolved>,
    operation: () => void,
  ): unknown[] {
    const args = info?.Arguments ?? [];
    const objects = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => {
      const pathId = objects[i];
      return typeof pathId === "number" && pathId !== 0 ? this.resolve(pathId, body, resolved, operation) : arg;
    });
  }

  private resolve(pathId: number, body: RequestBody, resolved: Map<number, Resolved>, operation: () => void): Resolved {
    if (resolved.has(pathId)) return resolved.get(pathId) ?? null;
    const path = body.ObjectPaths[String(pathId)];
    if (path === undefined) throw new SimulatedError("InvalidObjectPath", `The request has no object path ${pathId}.`);
    let object: Resolved;
    const parent = () => this.live(this.resolve(path.ParentObjectPathId ?? 0, body, resolved, operation));
    switch (path.ObjectPathType) {
      case PathType.GlobalObject:
        object = new WorkbookObject(this.env);
        break;
      case PathType.Property: {
        const owner = parent();
        const name = jsName(path.Name);
        this.check(owner.wireClass, name);
        object = owner.navigate(name);
        break;
      }
      case PathType.Method: {
        const owner = parent();
        const name = jsName(path.Name);
        this.check(owner.wireClass, name);
        const args = this.argumentsOf(path.ArgumentInfo, body, resolved, operation);
        if (SIDE_EFFECT_METHODS.has(name)) operation();
        const value = owner.call(name, args);
        if (value !== null && !(value instanceof HostObject))
          throw new SimulatedError("InvalidObjectPath", `${owner.wireClass}.${name} does not return an object.`);
        object = value;
        break;
      }
      case PathType.Indexer:
        object = parent().index(path.ArgumentInfo?.Arguments ?? []);
        break;
      case PathType.ReferenceId: {
        const kept = this.references.get(path.Name);
        if (kept === undefined) throw new SimulatedError("InvalidObjectPath", `The reference ${path.Name} is gone.`);
        object = kept;
        break;
      }
      case PathType.NullObject:
        object = null;
        break;
      default:
        throw new SimulatedError("NotImplemented", `Object path type ${path.ObjectPathType} is not simulated.`);
    }
    resolved.set(pathId, object);
    return object;
  }

  private query(object: HostObject, info: QueryInfo | undefined): unknown {
    const select = info?.Select;
    if (object instanceof HostCollection) {
      let items = object.list();
      if (info?.Skip !== undefined) items = items.slice(info.Skip);
      if (info?.Top !== undefined) items = items.slice(0, info.Top);
      return { _Items: items.map((item) => this.properties(item, select)) };
    }
    return this.properties(object, select);
  }

  /** The selected properties (all scalars when none is) by wire name; "title/text" goes through title. */
  private properties(object: HostObject, select: string[] | undefined): Record<string, unknown> {
    const answer: Record<string, unknown> = {};
    for (const entry of select ?? object.scalars) {
      const steps = entry.split("/");
      let owner = object;
      let into = answer;
      for (const step of steps.slice(0, -1)) {
        this.check(owner.wireClass, step);
        const next = this.live(owner.navigate(step));
        const key = wireName(step);
        into = (into[key] ??= {}) as Record<string, unknown>;
        owner = next;
      }
      const last = steps[steps.length - 1] ?? "";
      this.check(owner.wireClass, last);
      into[wireName(last)] = owner.read(last);
    }
    const key = object.addressKey();
    const selected = select === undefined || select.includes("id");
    if (key !== undefined && selected) answer.Id = key;
    return answer;
  }
}

/** Method paths that change the workbook, for the fault injector (the rest only navigate). */
const SIDE_EFFECT_METHODS = new Set(["add", "insert", "addFormulaLocal"]);

const NO_RESULT = Symbol("no result");

const encoder = new TextEncoder();

/** Bytes of a body as it travels (UTF-8): the web's limit counts bytes, not characters. */
function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function wireError(error: unknown, actionIndex: number): ResponseBody["Error"] {
  if (error instanceof SimulatedError)
    return {
      Code: error.code,
      Message: error.message,
      HttpStatusCode: httpStatusOf(error.code),
      ActionIndex: actionIndex,
    };
  const message = error instanceof Error ? error.message : String(error);
  return { Code: "GeneralException", Message: message, HttpStatusCode: 500, ActionIndex: actionIndex };
}

function httpStatusOf(code: string): number {
  if (code === "ItemNotFound" || code === "ApiNotFound") return 404;
  if (code === "ItemAlreadyExists" || code === "Conflict") return 409;
  if (code === "GeneralException" || code === "NotImplemented") return 500;
  return 400;
}

/** The web's 5 MB limit refuses the message itself: an error code and no body ([limits]). */
function transportError(code: string, bytes: number, limit: number): ExecutorResponse {
  return {
    HttpStatusCode: 413,
    ErrorCode: code,
    ErrorMessage: `The payload (${bytes} bytes) exceeds the limit of ${limit} bytes.`,
    Headers: {},
    Body: null,
  };
}
