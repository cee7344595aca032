/**
 * Microsoft's Excel client plugged into the simulated host: a session whose request executor hands
 * every request body to a WireHost over the workbook, and real `Excel.RequestContext`s on it. Events
 * the host raises (a sheet activated) reach the client the way Excel sends them: as a rich-API message
 * to the client's event registration.
 */
import type { ExcelClient } from "./client/load-client";
import { WireHost, type EventRegistration } from "./host/wire-host";
import type { RequestBody } from "./host/wire-protocol";
import type { SimulatedWorkbook, WorkbookEvent } from "./workbook-model";

/** The client's event message category and the target of workbook-wide events (office-js constants). */
const EVENT_MESSAGE_CATEGORY = 65536;
const WORKBOOK_TARGET = "Workbook";

interface ClientInternals {
  SessionBase: { prototype: object };
  _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(message: unknown): void;
}

const prepared = new WeakSet<ExcelClient>();

/** The workbook whose host answers the client's requirement checks right now (one per client). */
const current = new WeakMap<ExcelClient, SimulatedWorkbook>();

/**
 * Once per client: its requirement checks (office.js asks Office.context.requirements, which the
 * client's scope gets from OSF._OfficeAppFactory) answer for the workbook in use, and its event
 * registration is ready without office.js's message channel.
 */
function prepare(client: ExcelClient): void {
  if (prepared.has(client)) return;
  prepared.add(client);
  const osf = (client.scope.OSF ?? {}) as Record<string, unknown>;
  client.scope.OSF = osf;
  const factory = (osf._OfficeAppFactory ?? {}) as Record<string, unknown>;
  osf._OfficeAppFactory = factory;
  factory.getContext = () => ({
    requirements: {
      isSetSupported: (name: string, version?: string) => current.get(client)?.isSetSupported(name, version) ?? false,
    },
  });
  factory.getHostInfo = () => ({ isDialog: false });
  (client.OfficeExtension as unknown as ClientInternals)._testSetRichApiMessageReadyImpl(() => Promise.resolve());
}

export interface SimulatedSession {
  workbook: SimulatedWorkbook;
  client: ExcelClient;
  /** What `new Excel.RequestContext(session)` and `Excel.run(session, batch)` take. */
  session: unknown;
  context(): Excel.RequestContext;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function simulatedSession(workbook: SimulatedWorkbook, client: ExcelClient): SimulatedSession {
  prepare(client);
  current.set(client, workbook);
  const internals = client.OfficeExtension as unknown as ClientInternals;
  /** What the client registered with the host: "member targetId". */
  const registrations = new Set<string>();
  const message = (eventType: number, targetId: string, payload: unknown, remote: boolean) => {
    internals._testTriggerRichApiMessageEvent({
      entries: [
        {
          messageCategory: EVENT_MESSAGE_CATEGORY,
          messageType: eventType,
          targetId,
          message: JSON.stringify(payload),
          isRemoteOverride: remote,
        },
      ],
    });
  };
  const deliver = (event: WorkbookEvent) => {
    if (event.type === "activated") {
      if (registrations.has(`WorksheetCollection.onActivated ${WORKBOOK_TARGET}`))
        message(11, WORKBOOK_TARGET, { type: "WorksheetActivated", worksheetId: event.worksheetId }, false);
      return;
    }
    const payload = {
      type: "WorksheetChanged",
      worksheetId: event.worksheetId,
      address: event.address,
      source: event.source,
      changeType: event.changeType,
    };
    const remote = event.source === "Remote";
    if (registrations.has(`Worksheet.onChanged ${event.worksheetId}`)) message(10, event.worksheetId, payload, remote);
    if (registrations.has(`WorksheetCollection.onChanged ${WORKBOOK_TARGET}`))
      message(10, WORKBOOK_TARGET, payload, remote);
  };
  const host = new WireHost(workbook, client.requirements, {
    onEventRegistration(registration: EventRegistration, on: boolean) {
      const key = `${registration.member} ${registration.targetId}`;
      if (on) registrations.add(key);
      else registrations.delete(key);
      if (registrations.size > 0) workbook.eventListeners.add(deliver);
      else workbook.eventListeners.delete(deliver);
    },
  });
  const executor = {
    executeAsync(_customData: unknown, flags: number, request: { Body: RequestBody | string }) {
      current.set(client, workbook);
      workbook.beforeRequest?.();
      const body = typeof request.Body === "string" ? (JSON.parse(request.Body) as RequestBody) : request.Body;
      return Promise.resolve(host.execute(body, flags));
    },
  };
  const session = Object.assign(Object.create(internals.SessionBase.prototype) as object, {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "simulated-excel://workbook", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
    getEventRegistration: () => null,
  });
  const Excel = client.Excel;
  return {
    workbook,
    client,
    session,
    context: () => {
      current.set(client, workbook);
      return new Excel.RequestContext(session);
    },
    run: (batch) => {
      current.set(client, workbook);
      return (
        Excel.run as unknown as (
          session: unknown,
          batch: (c: Excel.RequestContext) => Promise<unknown>,
        ) => Promise<unknown>
      )(session, batch) as Promise<Awaited<ReturnType<typeof batch>>>;
    },
  };
}
