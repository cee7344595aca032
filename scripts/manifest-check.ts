/**
 * Offline checks of an add-in manifest (the online validator cannot be reached from here): well-formed
 * XML; required elements present and in schema order; Id, Version, locales; every resid defined, of the
 * right kind and length; ReadWriteDocument only; every URL https and under the base URL; every icon at
 * its stated size; every page the manifest names present in dist/; the auto-open task pane id.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Raw = Record<string, unknown>;

function scalar(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

function toNodes(raw: unknown): XmlNode[] {
  if (!Array.isArray(raw)) return [];
  const nodes: XmlNode[] = [];
  for (const entry of raw as Raw[]) {
    const name = Object.keys(entry).find((k) => k !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const attributes: Record<string, string> = {};
    const attrs = (entry[":@"] ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(attrs)) attributes[key.replace(/^@_/, "")] = scalar(value);
    const inner = entry[name];
    const children = toNodes(inner);
    const text = Array.isArray(inner)
      ? (inner as Raw[])
          .filter((c) => "#text" in c)
          .map((c) => scalar(c["#text"]))
          .join("")
          .trim()
      : "";
    nodes.push({ name, attributes, children, text });
  }
  return nodes;
}

function localName(name: string): string {
  return name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => localName(c.name) === name);
}

/** The OfficeApp children in the order the schema (TaskPaneApp) requires; `true` marks required ones. */
const OFFICE_APP_ORDER: [string, boolean][] = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["AllowSnapshot", false],
  ["VersionOverrides", false],
];

const VERSION_OVERRIDES_ORDER: [string, boolean][] = [
  ["Description", false],
  ["Requirements", false],
  ["Hosts", true],
  ["Resources", true],
];

const DESKTOP_ORDER: [string, boolean][] = [
  ["GetStarted", false],
  ["FunctionFile", false],
  ["ExtensionPoint", true],
];

function checkOrder(parent: XmlNode, order: [string, boolean][], where: string, problems: string[]): void {
  const names = parent.children.map((c) => localName(c.name));
  for (const [name, required] of order) {
    if (required && !names.includes(name)) problems.push(`${where}: required element <${name}> is missing.`);
  }
  const known = order.map(([n]) => n);
  let last = -1;
  for (const name of names) {
    const index = known.indexOf(name);
    if (index === -1) {
      problems.push(`${where}: <${name}> is not allowed here (expected one of ${known.join(", ")}).`);
      continue;
    }
    if (index < last)
      problems.push(`${where}: <${name}> is out of schema order; it must come before <${known[last] ?? ""}>.`);
    last = Math.max(last, index);
  }
}

function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface ManifestCheckOptions {
  /** Every URL must start with this (e.g. https://localhost:3000/). */
  baseUrl: string;
  /** The built add-in: pages and icons the manifest names must be here. */
  distDir: string;
}

const RESOURCE_KINDS: Record<string, { group: string; maxLength?: number }> = {
  Image: { group: "Images" },
  Url: { group: "Urls" },
  ShortString: { group: "ShortStrings", maxLength: 125 },
  LongString: { group: "LongStrings", maxLength: 250 },
};

/** Which kind of resource an element's resid must name. */
function expectedKind(elementName: string, parentName: string): keyof typeof RESOURCE_KINDS | null {
  if (elementName === "Image") return "Image";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(elementName)) return "Url";
  if (elementName === "Label" || elementName === "Title") return "ShortString";
  if (elementName === "Description" && (parentName === "Supertip" || parentName === "GetStarted")) return "LongString";
  return null;
}

/** Returns every problem found; an empty list means the manifest passed. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  try {
    new SyntaxValidator().validate(xml);
  } catch (error) {
    const { message, line, col } = error as { message: string; line?: number; col?: number };
    return [
      `The manifest is not well-formed XML: ${message} (line ${String(line ?? "?")}, column ${String(col ?? "?")}).`,
    ];
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    attributeNamePrefix: "@_",
    trimValues: true,
  });
  const root = toNodes(parser.parse(xml)).find((n) => localName(n.name) === "OfficeApp");
  if (root === undefined) return ["The root element must be <OfficeApp>."];
  if (root.attributes["xsi:type"] !== "TaskPaneApp")
    problems.push(`<OfficeApp> must have xsi:type="TaskPaneApp", found "${root.attributes["xsi:type"] ?? ""}".`);

  checkOrder(root, OFFICE_APP_ORDER, "<OfficeApp>", problems);
  const id = child(root, "Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`<Id> must be a GUID, found "${id}".`);
  const version = child(root, "Version")?.text ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version))
    problems.push(`<Version> must look like 1.0.0.0, found "${version}".`);
  const permissions = child(root, "Permissions")?.text ?? "";
  if (permissions !== "ReadWriteDocument")
    problems.push(`<Permissions> must be ReadWriteDocument (and only that), found "${permissions}".`);

  const overrides = child(root, "VersionOverrides");
  if (overrides !== undefined) {
    checkOrder(overrides, VERSION_OVERRIDES_ORDER, "<VersionOverrides>", problems);
    for (const host of child(overrides, "Hosts")?.children ?? []) {
      const desktop = child(host, "DesktopFormFactor");
      if (desktop === undefined) problems.push("<VersionOverrides> <Host>: <DesktopFormFactor> is missing.");
      else checkOrder(desktop, DESKTOP_ORDER, "<DesktopFormFactor>", problems);
    }
  }

  // Resources: id -> kind, and their values (URLs, string lengths).
  const resources = new Map<string, { kind: keyof typeof RESOURCE_KINDS; value: string }>();
  const resourcesNode = child(overrides, "Resources");
  for (const [kind, { group, maxLength }] of Object.entries(RESOURCE_KINDS) as [
    keyof typeof RESOURCE_KINDS,
    { group: string; maxLength?: number },
  ][]) {
    for (const item of child(resourcesNode, group)?.children ?? []) {
      const resourceId = item.attributes.id ?? "";
      const value = item.attributes.DefaultValue ?? "";
      if (resources.has(resourceId)) problems.push(`Resource id "${resourceId}" is defined twice.`);
      resources.set(resourceId, { kind, value });
      if (maxLength !== undefined) {
        for (const text of [value, ...item.children.map((o) => o.attributes.Value ?? "")]) {
          if (text.length > maxLength)
            problems.push(
              `Resource "${resourceId}" is ${text.length} characters long; ${group} allow at most ${maxLength}.`,
            );
        }
      }
    }
  }

  const localeRule = /^[a-z]{2,3}-[A-Z]{2}$/;
  const urls: { url: string; where: string }[] = [];
  const icons: { url: string; size: number; where: string }[] = [];
  const found = { autoOpenTaskpane: false };
  const visit = (node: XmlNode, path: string, parent: XmlNode | null) => {
    const name = localName(node.name);
    const resid = node.attributes.resid;
    if (resid !== undefined) {
      const resource = resources.get(resid);
      const kind = expectedKind(name, parent === null ? "" : localName(parent.name));
      if (resource === undefined) problems.push(`${path}: resid "${resid}" is not defined under <Resources>.`);
      else if (kind !== null && resource.kind !== kind)
        problems.push(`${path}: resid "${resid}" names a ${resource.kind}, but <${name}> needs a ${kind}.`);
      else if (resource.kind === "Image" && node.attributes.size !== undefined)
        icons.push({ url: resource.value, size: Number(node.attributes.size), where: path });
    }
    const locale = node.attributes.Locale;
    if (locale !== undefined && !localeRule.test(locale))
      problems.push(`${path}: Locale "${locale}" should look like nl-NL.`);
    for (const attribute of ["DefaultValue", "Value"]) {
      const value = node.attributes[attribute];
      if (value !== undefined && /^[a-z]+:\/\//i.test(value)) urls.push({ url: value, where: `${path}@${attribute}` });
    }
    if (name === "AppDomain" && node.text !== "") urls.push({ url: node.text, where: path });
    if (name === "TaskpaneId" && node.text === "Office.AutoShowTaskpaneWithDocument") found.autoOpenTaskpane = true;
    for (const c of node.children) visit(c, `${path}/${localName(c.name)}`, node);
  };
  visit(root, "/OfficeApp", null);

  const iconUrl = child(root, "IconUrl")?.attributes.DefaultValue;
  const highResolution = child(root, "HighResolutionIconUrl")?.attributes.DefaultValue;
  if (iconUrl !== undefined) icons.push({ url: iconUrl, size: 32, where: "<IconUrl>" });
  if (highResolution !== undefined) icons.push({ url: highResolution, size: 64, where: "<HighResolutionIconUrl>" });

  const fileFor = (url: string) =>
    join(options.distDir, decodeURIComponent(url.slice(options.baseUrl.length).split(/[?#]/)[0] ?? ""));
  for (const { url, where } of urls) {
    if (!url.startsWith("https://")) problems.push(`${where}: "${url}" must use https.`);
    else if (!url.startsWith(options.baseUrl) && `${url}/` !== options.baseUrl)
      problems.push(`${where}: "${url}" is not under the base URL ${options.baseUrl}.`);
    else if (
      url.startsWith(options.baseUrl) &&
      /\.(html|png|xlsx|js)$/.test(url.split(/[?#]/)[0] ?? "") &&
      !existsSync(fileFor(url))
    ) {
      problems.push(`${where}: "${url}" names ${fileFor(url)}, which is not in the build.`);
    }
  }
  for (const { url, size, where } of icons) {
    if (!url.startsWith(options.baseUrl)) continue;
    const file = fileFor(url);
    if (!existsSync(file)) continue;
    const actual = pngSize(file);
    if (actual === null) problems.push(`${where}: ${url} is not a PNG file.`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`${where}: ${url} is ${actual.width}×${actual.height}, but the manifest says ${size}×${size}.`);
  }
  if (!found.autoOpenTaskpane)
    problems.push(
      'No <TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>: the "open with the workbook" setting would have no pane to open.',
    );
  return problems;
}
