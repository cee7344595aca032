/**
 * A stand-in for office.js: the `Office` and `Excel` globals the add-in uses, behaving as the chosen
 * host profile does (host-profiles.ts), over a SimulatedWorkbook. Tests install it in Node; the
 * end-to-end tests serve a bundle of it in place of office.js, so the real pages run "inside Excel".
 *
 * What it models beyond the workbook:
 *  - Office.onReady resolves after a delay (Office can take long to start); until then
 *    Office.context is undefined, as it is before office.js has initialised;
 *  - Office.context.officeTheme only where the profile has one (office-js issues 6134, 1431);
 *  - requirements.isSetSupported per the profile's ExcelApi version;
 *  - document settings whose saveAsync fails in cell-edit mode (office-js issue 761). They are the
 *    workbook's own settings store (the one Workbook.settings reads), held as the in-memory copy office.js
 *    loads when the add-in starts: saveAsync writes that whole copy back, refreshAsync reloads it
 *    (Office.Settings reference: "each add-in is working against an in-memory copy of the settings");
 *  - Excel is Microsoft's own client (the profile's build) over the simulated host (session.ts);
 *  - Office.actions.associate and the dialog API (displayDialogAsync on the page that opens it;
 *    messageParent on the dialog page, which throws before Office.onReady);
 *  - history.pushState / replaceState set to null, as in every add-in (docs: "Window objects
 *    unsupported in add-ins").
 */
import type { ExcelClient } from "./client/load-client";
import { supportsExcelApi, type HostProfile } from "./host-profiles";
import { simulatedSession } from "./session";
import type { SimulatedWorkbook } from "./workbook-model";

export interface StandInOptions {
  profile: HostProfile;
  /** The workbook Excel.run works on; null where no Excel is needed (the dialog page, Trident). */
  workbook: SimulatedWorkbook | null;
  /** Microsoft's Excel client (the profile's build); needed where there is a workbook. */
  client?: ExcelClient | null;
  displayLanguage?: string;
  /** Milliseconds before Office.onReady resolves (default 0). */
  readyAfterMs?: number;
  /** What Office.onReady reports as host: "Excel", or null as in a plain browser. */
  host?: "Excel" | null;
  /** Office.context.officeTheme.bodyBackgroundColor, where the profile has a theme. */
  themeBackground?: string;
  /** Called when the dialog page sends a message to the page that opened it. */
  onMessageParent?: (message: string) => void;
}

/** A dialog opened through displayDialogAsync, as the opening page sees it. */
export interface OpenedDialog {
  url: string;
  closed: boolean;
  /** What the dialog page would do with Office.context.ui.messageParent. */
  sendMessage(message: string): void;
  /** The user closes it with the X (DialogEventReceived, 12006). */
  dismiss(): void;
}

interface Handlers {
  message?: (args: { message: string }) => void;
  event?: (args: { error: number }) => void;
}

interface CommandEvent {
  completed(): void;
  source: { id: string };
}

export interface OfficeStandIn {
  Office: unknown;
  Excel: unknown;
  dialogs: OpenedDialog[];
  /** Runs a ribbon command registered with Office.actions.associate (or as a global function). */
  invoke(actionId: string, globals?: Record<string, unknown>): { completed: Promise<void>; isCompleted(): boolean };
  /** The document's settings as last saved (the workbook's store where there is a workbook). */
  settings: Map<string, unknown>;
  ready: Promise<void>;
}

const STATUS = { Succeeded: "succeeded", Failed: "failed" } as const;

export function createOfficeStandIn(options: StandInOptions): OfficeStandIn {
  const { profile, workbook } = options;
  // The document's store, and the copy office.js holds of it.
  const saved = workbook?.settings ?? new Map<string, unknown>();
  const settings = new Map<string, unknown>(saved);
  const actions = new Map<string, (event: CommandEvent) => unknown>();
  const dialogs: OpenedDialog[] = [];
  let isReady = false;

  const context = {
    displayLanguage: options.displayLanguage ?? "en-US",
    platform: profile.platform,
    ...(profile.officeTheme ? { officeTheme: { bodyBackgroundColor: options.themeBackground ?? "#ffffff" } } : {}),
    requirements: {
      isSetSupported(name: string, version?: string): boolean {
        if (name === "ExcelApi") return supportsExcelApi(version, workbook?.excelApiMinor ?? profile.excelApiMinor);
        return name === "DialogApi" && version === "1.1";
      },
    },
    document: {
      settings: {
        get: (key: string) => (settings.has(key) ? settings.get(key) : null),
        set: (key: string, value: unknown) => settings.set(key, value),
        remove: (key: string) => settings.delete(key),
        saveAsync(callback?: (result: { status: string; error: { code: number; message: string } | null }) => void) {
          if (workbook?.cellEditMode === true) {
            callback?.({
              status: STATUS.Failed,
              error: { code: 5004, message: "Invalid API call in the current context." },
            });
            return;
          }
          saved.clear();
          for (const [key, value] of settings) saved.set(key, JSON.parse(JSON.stringify(value)) as unknown);
          callback?.({ status: STATUS.Succeeded, error: null });
        },
        refreshAsync(callback?: (result: { status: string; error: { code: number; message: string } | null }) => void) {
          settings.clear();
          for (const [key, value] of saved) settings.set(key, value);
          callback?.({ status: STATUS.Succeeded, error: null });
        },
      },
    },
    ui: {
      displayDialogAsync(
        url: string,
        _options: unknown,
        callback?: (result: {
          status: string;
          value: unknown;
          error: { code: number; message: string } | null;
        }) => void,
      ) {
        if (dialogs.some((d) => !d.closed)) {
          callback?.({
            status: STATUS.Failed,
            value: undefined,
            error: { code: 12007, message: "A dialog is already open." },
          });
          return;
        }
        const handlers: Handlers = {};
        const dialog: OpenedDialog = {
          url,
          closed: false,
          sendMessage: (message) => {
            if (!dialog.closed) handlers.message?.({ message });
          },
          dismiss: () => {
            if (dialog.closed) return;
            dialog.closed = true;
            handlers.event?.({ error: 12006 });
          },
        };
        dialogs.push(dialog);
        const handle = {
          addEventHandler(type: string, handler: (args: never) => void) {
            if (type === "dialogMessageReceived") handlers.message = handler as Handlers["message"];
            if (type === "dialogEventReceived") handlers.event = handler as Handlers["event"];
          },
          close() {
            dialog.closed = true;
          },
        };
        callback?.({ status: STATUS.Succeeded, value: handle, error: null });
      },
      messageParent(message: string) {
        if (!isReady) throw new Error("messageParent called before Office.onReady");
        options.onMessageParent?.(message);
      },
    },
  };

  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const info = { host: options.host === undefined ? "Excel" : options.host, platform: profile.platform };
  const start = () => {
    isReady = true;
    resolveReady();
  };
  if ((options.readyAfterMs ?? 0) <= 0) start();
  else setTimeout(start, options.readyAfterMs);

  const Office = {
    get context() {
      return isReady ? context : undefined;
    },
    onReady(callback?: (value: typeof info) => void) {
      return ready.then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(id: string, handler: (event: CommandEvent) => unknown) {
        actions.set(id, handler);
      },
    },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    AsyncResultStatus: STATUS,
  };

  const Excel = excelOver(workbook, options.client ?? null);

  return {
    Office,
    Excel,
    dialogs,
    settings: saved,
    ready,
    invoke(actionId, globals = {}) {
      const handler = actions.get(actionId) ?? globals[actionId];
      if (typeof handler !== "function") throw new Error(`No command is registered for ${actionId}.`);
      let done = false;
      let resolveDone: () => void = () => undefined;
      const completed = new Promise<void>((resolve) => {
        resolveDone = resolve;
      });
      (handler as (event: CommandEvent) => unknown)({
        source: { id: actionId },
        completed() {
          if (done) throw new Error("event.completed() called twice");
          done = true;
          resolveDone();
        },
      });
      return { completed, isCompleted: () => done };
    },
  };
}

type Job = (context: Excel.RequestContext) => Promise<unknown>;

/**
 * Microsoft's `Excel` namespace whose Excel.run(batch) works on the simulated workbook; Excel.run(context,
 * batch) goes on with an existing context, as the client does.
 */
function excelOver(workbook: SimulatedWorkbook | null, client: ExcelClient | null): unknown {
  if (workbook === null || client === null)
    return { run: () => Promise.reject(new Error("This page has no workbook.")) };
  const session = simulatedSession(workbook, client);
  const run = (first: Job | Excel.RequestContext, second?: Job) => {
    if (typeof first === "function") return session.run(first);
    if (second === undefined) return Promise.reject(new Error("Excel.run needs a function."));
    return (client.Excel.run as unknown as (c: Excel.RequestContext, b: Job) => Promise<unknown>)(first, second);
  };
  // new Excel.RequestContext() talks to this workbook, as it talks to the document in Excel.
  function RequestContext() {
    return session.context();
  }
  return Object.create(client.Excel, {
    run: { value: run },
    RequestContext: { value: RequestContext },
  }) as unknown;
}

/** Puts the stand-in's Office and Excel on `target` (globalThis in tests, window in a page). */
export function installOfficeStandIn(target: Record<string, unknown>, standIn: OfficeStandIn): () => void {
  const before = { Office: target.Office, Excel: target.Excel };
  target.Office = standIn.Office;
  target.Excel = standIn.Excel;
  const history = target.history as { pushState?: unknown; replaceState?: unknown } | undefined;
  if (history !== undefined) {
    history.pushState = null;
    history.replaceState = null;
  }
  return () => {
    target.Office = before.Office;
    target.Excel = before.Excel;
  };
}
