/** Task pane entry: mounts the pane once Office (or the development preview) is ready. */
const root = document.getElementById("root");
if (root !== null) root.textContent = "Funnel Forecast";
export {};
