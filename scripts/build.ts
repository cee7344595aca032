/**
 * npm run build: the production build — webpack (task pane, commands, manifest with the production
 * URL, icons, the example workbook as the downloadable template).
 *   ADDIN_BASE_URL=https://example.org/funnel/ npm run build
 *   npm run build -- --out-dir /tmp/dist     (tests build elsewhere)
 */
import { resolve } from "node:path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (env: unknown, argv: { mode: string }) => webpack.Configuration;

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--out-dir");
  const outDir = resolve(flag >= 0 ? (process.argv[flag + 1] ?? "dist") : "dist");
  const config = makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    webpack(config, (error, result) => {
      if (error) fail(error);
      else if (result === undefined) fail(new Error("webpack returned no stats"));
      else done(result);
    });
  });
  if (stats.hasErrors()) {
    console.error(stats.toString({ colors: false, all: false, errors: true }));
    process.exit(1);
  }
  console.log(stats.toString({ colors: false, assets: true, modules: false, children: false }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
