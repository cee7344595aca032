/**
 * npm start — builds the add-in in development mode, serves it at https://localhost:3000 with a
 * locally generated certificate, and prints the preview URL and how to sideload manifest.xml.
 * Outside Excel the task pane runs beside a simulated workbook (the browser preview).
 */
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { ensureDevCertificate } from "./dev-certs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (env: unknown, argv: { mode: string }) => webpack.Configuration;

const PREVIEW_URL = "https://localhost:3000/taskpane.html";

async function main(): Promise<void> {
  const certificate = await ensureDevCertificate();
  if (certificate.created)
    console.log(`Generated a development certificate in ${certificate.cert} (not installed anywhere).`);
  const config = makeConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, open: false }, compiler);
  await server.start();
  console.log(`
Funnel Forecast is served at https://localhost:3000

  Browser preview (simulated workbook, no Excel needed):
    ${PREVIEW_URL}
    Your browser warns about the self-signed certificate once; accept it for localhost.

  Sideload into Excel (details in README.md, "Sideloading"):
    Excel on the web : Home > Add-ins > More add-ins > My add-ins > Upload My Add-in > manifest.xml
    Windows          : put manifest.xml in a shared folder, add it under File > Options > Trust Center >
                       Trusted Add-in Catalogs, then Home > Add-ins > Shared Folder
    Mac              : copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
    Excel must trust .certs/localhost.crt (import it into your OS trust store yourself).

Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
