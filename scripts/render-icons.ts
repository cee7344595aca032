/** npm run icons: renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80, 128). */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const assets = join(__dirname, "..", "assets");
const svg = readFileSync(join(assets, "icon.svg"));
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(join(assets, `icon-${size}.png`), png);
  console.log(`assets/icon-${size}.png (${png.length} bytes)`);
}
