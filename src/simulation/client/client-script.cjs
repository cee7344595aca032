/**
 * A build of Microsoft's Excel client as a script a page can load under a Content-Security-Policy
 * without eval: the unchanged file inside `function (__scope) { with (__scope) { ... } }`, put on
 * window.__funnelExcelClients[build]. load-client.ts runs it with the client's own scope. Used by the
 * dev server (the preview) and by the end-to-end tests' stand-in office.js.
 */
const CLIENT_SCRIPT_GLOBAL = "__funnelExcelClients";

function clientScript(build, source) {
  return `(window.${CLIENT_SCRIPT_GLOBAL} = window.${CLIENT_SCRIPT_GLOBAL} || {})[${JSON.stringify(build)}] = function (__scope) { with (__scope) {\n${source}\n} };\n`;
}

module.exports = { CLIENT_SCRIPT_GLOBAL, clientScript };
