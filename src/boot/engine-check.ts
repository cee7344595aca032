/**
 * Whether this webview can run the task pane (React 18, Fluent UI v9, ES2017). Excel 2016/2019 on
 * Windows can show add-ins in Internet Explorer 11 (Trident), which has none of Promise, Symbol, Proxy
 * or Object.assign ("Browsers and webview controls used by Office Add-ins"); EdgeHTML, WebView2, Safari
 * and every browser Excel on the web runs in have them all.
 *
 * This file and everything the boot scripts import are compiled to ES5 and must stay plain: no
 * for...of, no spread, no ES2015 library methods (a test parses the built boot scripts as ES5).
 */

/** Set on window by a boot script that found the webview too old; the main bundles then stay idle. */
export const UNSUPPORTED_FLAG = "funnelForecastUnsupported";

/** The ribbon's Recalculate command: FunctionName in manifest.xml, and its global name in old hosts. */
export const RECALCULATE_COMMAND = "recalculateFunnel";

export function isModernWebview(scope: Record<string, unknown>): boolean {
  const objectConstructor = scope.Object as { assign?: unknown } | undefined;
  return (
    typeof scope.Promise === "function" &&
    typeof scope.Symbol === "function" &&
    typeof scope.Proxy === "function" &&
    typeof scope.Map === "function" &&
    typeof scope.Set === "function" &&
    typeof objectConstructor?.assign === "function"
  );
}

/** True when a boot script has marked this page as running in a webview too old for the bundles. */
export function markedUnsupported(scope: Record<string, unknown>): boolean {
  return scope[UNSUPPORTED_FLAG] === true;
}
