/** What the pane's write buttons run, in a chunk of its own (see App.tsx `writing`). */
export { writeInputs } from "../excel/write-inputs";
export { createFunnelSheet } from "../excel/new-funnel-sheet";
