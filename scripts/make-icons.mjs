#!/usr/bin/env node
/**
 * The app icon from its source, build/icon.svg: PNGs at every size the installers use (rendered by Chromium,
 * the same one the E2E tests use), then build/icon.ico (Windows: PNG entries 16–256) and build/icon.icns
 * (macOS: PNG entries 16–1024), written here byte by byte (both formats are a header and a table of PNGs).
 * The results are committed; run again after changing the SVG: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const BUILD = fileURLToPath(new URL('../build', import.meta.url));
const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

async function renderPngs() {
  const svg = readFileSync(join(BUILD, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const pngs = new Map();
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
      );
      pngs.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
    }
  } finally {
    await browser.close();
  }
  return pngs;
}

/** ICO with PNG-compressed entries (Windows Vista and later). */
function ico(pngs, sizes) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(sizes.length, 4);
  const dir = Buffer.alloc(16 * sizes.length);
  let offset = header.length + dir.length;
  sizes.forEach((size, i) => {
    const png = pngs.get(size);
    const e = i * 16;
    dir.writeUInt8(size >= 256 ? 0 : size, e); // 0 means 256
    dir.writeUInt8(size >= 256 ? 0 : size, e + 1);
    dir.writeUInt8(0, e + 2);
    dir.writeUInt8(0, e + 3);
    dir.writeUInt16LE(1, e + 4); // planes
    dir.writeUInt16LE(32, e + 6); // bits per pixel
    dir.writeUInt32LE(png.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, dir, ...sizes.map((s) => pngs.get(s))]);
}

/** ICNS with PNG entries; the type codes name the pixel size (ic11–ic14 are the @2x variants). */
function icns(pngs) {
  const types = [
    ['icp4', 16],
    ['icp5', 32],
    ['ic11', 32],
    ['icp6', 64],
    ['ic12', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic13', 256],
    ['ic09', 512],
    ['ic14', 512],
    ['ic10', 1024],
  ];
  const entries = types.map(([type, size]) => {
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const pngs = await renderPngs();
mkdirSync(join(BUILD, 'icons'), { recursive: true });
for (const [size, png] of pngs) writeFileSync(join(BUILD, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(BUILD, 'icon.png'), pngs.get(1024));
writeFileSync(join(BUILD, 'icon.ico'), ico(pngs, [16, 32, 48, 64, 128, 256]));
writeFileSync(join(BUILD, 'icon.icns'), icns(pngs));
console.log(`build/icon.png, build/icons/*.png (${SIZES.join(', ')}), build/icon.ico, build/icon.icns`);
