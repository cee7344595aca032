/**
 * The manifest as Microsoft's own tools read it: office-addin-manifest's reader (a devDependency; its
 * online validator cannot be reached from here, so the offline checks in manifest-check.ts stay). What
 * the reader gives — the app type, hosts, permissions, id, version, the task pane's page, the icons and
 * the support page — is checked here; everything the reader does not expose (schema order, resids,
 * the ribbon's URLs, icon sizes, pages in dist/) is checked by manifest-check.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ManifestInfo } from "office-addin-manifest";

export type { ManifestInfo };

/**
 * The reader runs in a Node process of its own: some of its dependencies are ES modules, which Node
 * 20.19+ loads with require() but jest's module system cannot.
 */
const READER = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
  .then((info) => process.stdout.write(JSON.stringify(info)))
  .catch((error) => { process.stderr.write(String(error && error.message ? error.message : error)); process.exit(1); });`;

export function readManifest(path: string): Promise<ManifestInfo> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["-e", READER, path], { cwd: join(__dirname, "..") }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.trim() || error.message));
      else resolve(JSON.parse(stdout) as ManifestInfo);
    });
  });
}

/** The reader takes a file: `xml` is written to a temporary one first. */
export async function readManifestXml(xml: string): Promise<ManifestInfo> {
  const dir = mkdtempSync(join(tmpdir(), "funnel-manifest-"));
  try {
    const path = join(dir, "manifest.xml");
    writeFileSync(path, xml);
    return await readManifest(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The base URL of a manifest: its task pane page's address without the page. */
export function baseUrlOfInfo(info: ManifestInfo): string | null {
  const page = info.defaultSettings?.sourceLocation;
  return page === undefined ? null : page.slice(0, page.lastIndexOf("/") + 1);
}

/** Every URL the reader reports, by what it is. */
export function readerUrls(info: ManifestInfo): [string, string | undefined][] {
  return [
    ["the task pane page (SourceLocation)", info.defaultSettings?.sourceLocation],
    ["the icon (IconUrl)", info.iconUrl],
    ["the high-resolution icon (HighResolutionIconUrl)", info.highResolutionIconUrl],
    ["the support page (SupportUrl)", info.supportUrl],
  ];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the reader's view of the manifest must say for Excel to offer this add-in. */
export function checkManifestInfo(info: ManifestInfo, baseUrl: string): string[] {
  const problems: string[] = [];
  if (info.officeAppType !== "TaskPaneApp")
    problems.push(`Microsoft's reader sees a ${info.officeAppType ?? "missing"} app type, not TaskPaneApp.`);
  if (!(info.hosts ?? []).includes("Workbook"))
    problems.push(`Microsoft's reader finds no Workbook host (hosts: ${(info.hosts ?? []).join(", ") || "none"}).`);
  if (info.permissions !== "ReadWriteDocument")
    problems.push(`Microsoft's reader sees permissions ${info.permissions ?? "missing"}, not ReadWriteDocument.`);
  if (!GUID.test(info.id ?? ""))
    problems.push(`Microsoft's reader sees the id "${info.id ?? ""}", which is not a GUID.`);
  if (!/^\d+(\.\d+){0,3}$/.test(info.version ?? ""))
    problems.push(`Microsoft's reader sees the version "${info.version ?? ""}", which is not n.n.n.n.`);
  for (const [what, url] of readerUrls(info)) {
    if (url === undefined) problems.push(`Microsoft's reader finds no ${what}.`);
    else if (!url.startsWith(baseUrl)) problems.push(`Microsoft's reader finds ${what} at ${url}, outside ${baseUrl}.`);
  }
  return problems;
}
