/**
 * npm run validate — checks the manifest offline against the built add-in.
 *   npm run validate                           dist/manifest.xml against dist/ (run npm run build first)
 *   npm run validate -- --manifest manifest.xml --dist dist --base-url https://localhost:3000/
 * Exits 1 with one line per problem.
 */
import { existsSync, readFileSync } from "node:fs";
import { checkManifest } from "./manifest-check";
import { baseUrlOfInfo, checkManifestInfo, readManifest } from "./manifest-reader";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const manifestPath = option("manifest") ?? "dist/manifest.xml";
const distDir = option("dist") ?? "dist";
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} not found: run "npm run build" first, or pass --manifest FILE.`);
  process.exit(1);
}
const xml = readFileSync(manifestPath, "utf8");

async function main(): Promise<void> {
  // Read as Microsoft's tools read it (office-addin-manifest), then the offline checks it cannot do.
  const info = await readManifest(manifestPath).catch((error: unknown) => {
    console.error(`${manifestPath}: Microsoft's manifest reader refused it: ${String(error)}`);
    process.exit(1);
  });
  const baseUrl = option("base-url") ?? baseUrlOfInfo(info);
  if (baseUrl === null) {
    console.error(`${manifestPath}: cannot tell the base URL (no <SourceLocation>); pass --base-url.`);
    process.exit(1);
  }
  const problems = [...checkManifest(xml, { baseUrl, distDir }), ...checkManifestInfo(info, baseUrl)];
  if (problems.length > 0) {
    console.error(`${manifestPath}: ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`${manifestPath}: valid (base URL ${baseUrl}, pages and icons found in ${distDir}).`);
}

void main();
