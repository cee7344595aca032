/** Reading the XML parts of an .xlsx as text: a part by its path, and XML text unescaped. */
import type JSZip from "jszip";

/** The part at `path` as text; throws naming the part when the file has none. */
export async function partText(zip: JSZip, path: string, fileLabel = "the workbook"): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`${fileLabel} has no ${path}`);
  return file.async("string");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
