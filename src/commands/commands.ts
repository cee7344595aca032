/**
 * Ribbon command page: registers the ExecuteFunction handler named in manifest.xml, both through
 * Office.actions.associate and under its global name (older hosts look functions up by name). Where the
 * boot script found the webview too old, it has registered its own handler instead.
 */
import { markedUnsupported, RECALCULATE_COMMAND } from "../boot/engine-check";
import { recalculateFromRibbon } from "./ribbon";

const scope = window as unknown as Record<string, unknown>;
if (!markedUnsupported(scope)) {
  const handler = (event: Office.AddinCommands.Event) => {
    void recalculateFromRibbon(event, Office, (job) => Excel.run(job), window.location.href);
  };
  scope[RECALCULATE_COMMAND] = handler;
  Office.actions.associate(RECALCULATE_COMMAND, handler);
}
