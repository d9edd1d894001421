// Renders the app icon (app/icon.svg) into the raster files browsers and phones ask for: the
// favicon.ico (16, 32 and 48 px PNGs), the apple-touch icon and the web manifest's PNGs. Run it
// after changing the icon (`npx tsx scripts/make-icons.ts`); the outputs are committed.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";

const ROOT = path.resolve(__dirname, "..");
const svg = fs.readFileSync(path.join(ROOT, "app", "icon.svg"), "utf8");
/** Full-bleed: phones round the corners themselves, and maskable icons must fill their square. */
const fullBleed = svg.replace(/<rect width="64" height="64" rx="15"/, '<rect width="64" height="64"');
/** Maskable: the artwork inside the 80% safe zone. */
const maskable = fullBleed.replace(/<g transform="translate\(41 23\)/, '<g transform="translate(39 25)');

async function render(page: import("@playwright/test").Page, source: string, size: number, inset = 0): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * inset;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;display:grid;place-items:center;background:${inset ? "#1c3aa6" : "transparent"}">` +
      `<img style="width:${inner}px;height:${inner}px;display:block" src="data:image/svg+xml;base64,${Buffer.from(source).toString("base64")}"></div></body></html>`,
  );
  return page.screenshot({ omitBackground: true, type: "png" });
}

/** An ICO file whose entries are PNGs (every browser of the last decade reads these). */
function toIco(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

async function main() {
const browser = await chromium.launch({ executablePath: chromiumPath(ROOT), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ deviceScaleFactor: 1 });
const ico = [];
for (const size of [16, 32, 48]) ico.push({ size, data: await render(page, svg, size) });
fs.writeFileSync(path.join(ROOT, "app", "favicon.ico"), toIco(ico));
fs.writeFileSync(path.join(ROOT, "app", "apple-icon.png"), await render(page, fullBleed, 180));
fs.writeFileSync(path.join(ROOT, "public", "icon-192.png"), await render(page, svg, 192));
fs.writeFileSync(path.join(ROOT, "public", "icon-512.png"), await render(page, svg, 512));
fs.writeFileSync(path.join(ROOT, "public", "icon-maskable-512.png"), await render(page, maskable, 512, 52));
await browser.close();
console.log("icons: app/favicon.ico, app/apple-icon.png, public/icon-192.png, public/icon-512.png, public/icon-maskable-512.png");
}

void main();
