/**
 * The workbook simulation in a browser page (the development preview): the same host behind
 * Microsoft's Excel client, the client loaded from the script the dev server serves
 * (client-script.cjs), since the page's Content-Security-Policy forbids eval.
 */
import { CLIENT_SCRIPT_GLOBAL } from "./client/client-script.cjs";
import { loadExcelClient, type ClientBuild, type ClientRunner, type ExcelClient } from "./client/load-client";

export * from "./shared-exports";

/** The runner of `build` a page has already loaded (its script ran before this), or null. */
export function loadedClientRunner(build: ClientBuild): ClientRunner | null {
  const runners = (window as unknown as Record<string, Partial<Record<ClientBuild, ClientRunner>> | undefined>)[
    CLIENT_SCRIPT_GLOBAL
  ];
  return runners?.[build] ?? null;
}

/** Microsoft's client in this page, from a runner already loaded. */
export function clientFromRunner(build: ClientBuild, run: ClientRunner): ExcelClient {
  // The runner's own text holds the library's text, and with it the member-to-set table.
  return loadExcelClient(build, run, run.toString(), navigator.userAgent);
}

/** Loads `excel-client-<build>.js` from beside the page, once, and runs it. */
export async function browserExcelClient(build: ClientBuild): Promise<ExcelClient> {
  const known = loadedClientRunner(build);
  if (known !== null) return clientFromRunner(build, known);
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = `excel-client-${build}.js`;
    script.onload = () => {
      resolve();
    };
    script.onerror = () => {
      reject(new Error(`excel-client-${build}.js did not load: is this a development build?`));
    };
    document.head.appendChild(script);
  });
  const run = loadedClientRunner(build);
  if (run === null) throw new Error(`excel-client-${build}.js defined no client`);
  return clientFromRunner(build, run);
}
