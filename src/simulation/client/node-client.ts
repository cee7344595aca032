/**
 * The client builds loaded from node_modules, for tests, scripts and the bench (Node only: the browser
 * preview fetches the same file from the dev server and loads it with load-client.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CLIENT_FILES, compileClient, loadExcelClient, type ClientBuild, type ExcelClient } from "./load-client";

const loaded = new Map<ClientBuild, ExcelClient>();

/** What each build's webview reports; the file reads it to choose its code paths. */
export const USER_AGENTS: Record<ClientBuild, string> = {
  web: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
  win32:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0",
  mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

export function clientFile(build: ClientBuild): string {
  const require = createRequire(__filename);
  return require.resolve(`@microsoft/office-js/dist/${CLIENT_FILES[build]}`);
}

export function nodeExcelClient(build: ClientBuild): ExcelClient {
  const known = loaded.get(build);
  if (known !== undefined) return known;
  const source = readFileSync(clientFile(build), "utf8");
  const client = loadExcelClient(build, compileClient(source), source, USER_AGENTS[build]);
  loaded.set(build, client);
  return client;
}
