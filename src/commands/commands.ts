/** Ribbon command page: registers the ExecuteFunction handlers named in manifest.xml. */
import { recalculateFromRibbon } from "./ribbon";

Office.onReady(() => {
  Office.actions.associate("recalculateFunnel", (event: Office.AddinCommands.Event) => {
    void recalculateFromRibbon(event, Office, (job) => Excel.run(job), window.location.href);
  });
}).catch((error: unknown) => {
  console.error("Funnel Forecast commands could not start", error);
});
