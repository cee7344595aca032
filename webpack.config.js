/* Builds the task pane and command pages into dist/ and serves them at https://localhost:3000 in development. */
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { execFileSync } = require("node:child_process");
const { clientScript } = require("./src/simulation/client/client-script.cjs");
const os = require("node:os");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** Pages may load scripts from themselves and the Office CDN only; nothing else remote, no eval. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  // Fluent UI's CSS-in-JS (Griffel) inserts <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${OFFICE_CDN}`,
  `frame-src 'self' ${OFFICE_CDN}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** A page and its scripts, in order (a boot script first, where the page has one). */
const page = (name, template, chunks = [name]) =>
  new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    chunksSortMode: "manual",
    // Each template puts the policy in a <meta> before any script, so it governs office.js too.
    templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
  });

/**
 * Sources compiled to ES5: the boot scripts, which must run in Internet Explorer 11 (Trident, used by
 * Excel 2016/2019 without WebView2) to tell its users what to update, and the small dialog page.
 * Everything else — node_modules included — is compiled to ES2017, the newest syntax EdgeHTML parses.
 * A build test parses every shipped file at those versions.
 */
const ES5_SOURCES = [path.resolve(__dirname, "src/boot"), path.resolve(__dirname, "src/commands/dialog.ts")];

const typescriptLoader = (target) => ({
  loader: "swc-loader",
  options: {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target,
      // Shared helpers from @swc/helpers instead of a copy in every module (ES5 files inline theirs).
      externalHelpers: target !== "es5",
    },
  },
});
const TEMPLATE_FILE = "funnel-template.xlsx";

/** Emits the example workbook (npm run export -- --example) as the downloadable template. */
class TemplateWorkbookPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TemplateWorkbookPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TemplateWorkbookPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "funnel-template-")), TEMPLATE_FILE);
          const tsx = path.join(__dirname, "node_modules", ".bin", "tsx");
          execFileSync(tsx, [path.join(__dirname, "scripts", "export-workbook.ts"), "--example", "--out", out], {
            stdio: "pipe",
          });
          compilation.emitAsset(TEMPLATE_FILE, new webpack.sources.RawSource(fs.readFileSync(out)));
        },
      );
    });
  }
}

/** The base URL every manifest URL points at: ADDIN_BASE_URL for production, localhost otherwise. */
function baseUrlFor(production) {
  const given = process.env.ADDIN_BASE_URL;
  if (!given) return DEV_BASE_URL;
  const url = new URL(given);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https, got ${given}`);
  if (!production) return DEV_BASE_URL;
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest as shipped: every development URL moved under the base URL, the development note dropped;
 * then read back with Microsoft's own manifest reader (office-addin-manifest), which must find the task
 * pane page, the icons and the support page under the base URL, or the build fails.
 */
async function productionManifest(xml, baseUrl) {
  const shipped = xml.replace(/<!--[\s\S]*?-->\n?/g, "").replaceAll(DEV_BASE_URL, baseUrl);
  const { OfficeAddinManifest } = require("office-addin-manifest");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "funnel-manifest-"));
  try {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, shipped);
    const info = await OfficeAddinManifest.readManifestFile(file);
    const urls = [info.defaultSettings?.sourceLocation, info.iconUrl, info.highResolutionIconUrl, info.supportUrl];
    const outside = urls.filter((url) => typeof url !== "string" || !url.startsWith(baseUrl));
    if (outside.length > 0)
      throw new Error(`manifest.xml: after the rewrite, ${outside.join(", ")} lie outside ${baseUrl}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return shipped;
}

function devServerHttps() {
  const dir = path.join(__dirname, ".certs");
  const key = path.join(dir, "localhost.key");
  const cert = path.join(dir, "localhost.crt");
  if (!fs.existsSync(key) || !fs.existsSync(cert)) return undefined;
  return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = baseUrlFor(production);
  // The browser preview (simulated workbook, HyperFormula) exists only in development builds.
  const withPreview = !production || process.env.FUNNEL_PREVIEW === "1";
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval in development too.
    devtool: production ? false : "cheap-module-source-map",
    // The webpack runtime itself in ES5, so the boot scripts parse in Internet Explorer; the bundles that
    // need a global object get globalThis (they only run in engines that have it).
    target: ["web", "es5"],
    entry: {
      "boot-taskpane": "./src/boot/taskpane-boot.ts",
      taskpane: "./src/taskpane/index.tsx",
      "boot-commands": "./src/boot/commands-boot.ts",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "swc-loader",
            options: { jsc: { parser: { syntax: "ecmascript" }, target: "es2017", externalHelpers: true } },
          },
        },
        { test: /\.tsx?$/, include: ES5_SOURCES, use: typescriptLoader("es5") },
        { test: /\.tsx?$/, exclude: [/node_modules/, ...ES5_SOURCES], use: typescriptLoader("es2017") },
        // The pane's own styles compiled to CSS at build time (Griffel AOT, as Fluent's components ship):
        // the runtime CSS compiler (stylis, rtl-css-js) then stays out of the bundle.
        {
          test: /styles\.ts$/,
          include: path.resolve(__dirname, "src/taskpane"),
          use: {
            loader: "@griffel/webpack-loader",
            options: {
              babelOptions: { presets: ["@babel/preset-typescript"] },
              modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles" }],
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        __PREVIEW__: JSON.stringify(withPreview),
        __TEMPLATE_URL__: JSON.stringify(TEMPLATE_FILE),
      }),
      new TemplateWorkbookPlugin(),
      page("taskpane", "./src/taskpane/taskpane.html", ["boot-taskpane", "taskpane"]),
      page("commands", "./src/commands/commands.html", ["boot-commands", "commands"]),
      page("dialog", "./src/commands/dialog.html"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The preview's Excel: Microsoft's own client (a devDependency), served beside the pages of
          // development builds only; production loads office.js from Microsoft's CDN.
          ...(withPreview
            ? [
                {
                  from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
                  to: "excel-client-web.js",
                  transform: (content) => clientScript("web", content.toString()),
                },
              ]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? productionManifest(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: "localhost",
      server: devServerHttps() ?? "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
