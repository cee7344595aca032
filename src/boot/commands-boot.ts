/**
 * The ribbon command page's first script, compiled to ES5 so that it runs even in Internet Explorer 11.
 * In a modern webview it installs the few newer built-ins EdgeHTML lacks (polyfills.ts). In IE11 the
 * commands bundle cannot even be parsed, so the Recalculate button would never answer and
 * Excel would wait on it for good. Instead this registers the command itself: it shows what to update,
 * in the user's language, in the add-in's dialog, and completes the event when the dialog closes (or at
 * once, if the dialog cannot open).
 */
import { isModernWebview, RECALCULATE_COMMAND, UNSUPPORTED_FLAG } from "./engine-check";
import { messageDialogUrl } from "./message-dialog";
import { installPolyfills } from "./polyfills";
import { updateMessage } from "./update-messages";

interface DialogResult {
  status: string;
  value: {
    addEventHandler(type: string, handler: () => void): void;
    close(): void;
  };
}

interface OfficeLike {
  context: {
    displayLanguage?: string;
    ui: { displayDialogAsync(url: string, options: object, callback: (result: DialogResult) => void): void };
  };
  actions?: { associate(id: string, handler: (event: { completed(): void }) => void): void };
}

const scope = window as unknown as Parameters<typeof installPolyfills>[0];

function tellToUpdate(event: { completed(): void }): void {
  const office = scope.Office as OfficeLike;
  const message = updateMessage(office.context.displayLanguage);
  let done = false;
  const complete = function () {
    if (done) return;
    done = true;
    event.completed();
  };
  try {
    office.context.ui.displayDialogAsync(
      messageDialogUrl((scope.location as Location).href, message.title, [message.text]),
      { height: 40, width: 35, displayInIframe: true },
      function (result) {
        if (result.status !== "succeeded") {
          complete();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler("dialogMessageReceived", function () {
          dialog.close();
          complete();
        });
        dialog.addEventHandler("dialogEventReceived", complete);
      },
    );
  } catch (error) {
    complete();
    throw error;
  }
}

if (isModernWebview(scope)) installPolyfills(scope);
else {
  scope[UNSUPPORTED_FLAG] = true;
  // Older hosts find an ExecuteFunction command by its global name; newer ones through associate.
  scope[RECALCULATE_COMMAND] = tellToUpdate;
  const office = scope.Office as OfficeLike | undefined;
  if (office !== undefined && office.actions !== undefined) office.actions.associate(RECALCULATE_COMMAND, tellToUpdate);
}
