#!/usr/bin/env node
// Draws the app icon (a green rounded square, a white K and an orange dot: a workshop's mark on a
// product) and writes the files electron-builder looks for in resources/: icon.png (1024 px, Linux
// and the source of the rest), icon.ico (Windows, PNG-compressed sizes up to 256) and icon.icns
// (macOS). Drawn with distance fields at each size, so every size is sharp. Run after a design
// change: node scripts/build/makeIcons.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encode } from 'fast-png';

const OUT = fileURLToPath(new URL('../../resources/', import.meta.url));
const GREEN = [15, 81, 50];
const WHITE = [255, 255, 255];
const ORANGE = [217, 119, 6];

function roundedBox(x, y, half, radius) {
  const qx = Math.abs(x) - half + radius;
  const qy = Math.abs(y) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Coverage from a signed distance (in pixels): 1 inside, 0 outside, a one-pixel soft edge. */
const cover = (distance) => Math.max(0, Math.min(1, 0.5 - distance));

export function drawIcon(size) {
  const data = new Uint8Array(size * size * 4);
  const unit = size / 1024; // design space is 1024 x 1024, centred
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / unit - 512;
      const y = (j + 0.5) / unit - 512;
      const box = cover(roundedBox(x, y, 460, 190) * unit);
      const stroke = 58;
      const k = Math.min(
        segment(x, y, -170, -250, -170, 250) - stroke,
        segment(x, y, -150, 30, 170, -250) - stroke,
        segment(x, y, -60, -50, 180, 250) - stroke,
      );
      const letter = cover(k * unit);
      const dot = cover((Math.hypot(x - 300, y + 320) - 60) * unit);
      const at = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) {
        const withLetter = GREEN[c] + (WHITE[c] - GREEN[c]) * letter;
        data[at + c] = Math.round(withLetter + (ORANGE[c] - withLetter) * dot);
      }
      data[at + 3] = Math.round(255 * box);
    }
  }
  return encode({ width: size, height: size, data, channels: 4, depth: 8 });
}

function ico(sizes) {
  const images = sizes.map((size) => ({ size, png: drawIcon(size) }));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, n) => {
    const entry = 6 + 16 * n;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}

function icns(entries) {
  const chunks = entries.map(([type, size]) => {
    const png = Buffer.from(drawIcon(size));
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${OUT}icon.png`, drawIcon(1024));
  writeFileSync(`${OUT}icon.ico`, ico([16, 24, 32, 48, 64, 128, 256]));
  writeFileSync(
    `${OUT}icon.icns`,
    icns([
      ['ic07', 128],
      ['ic08', 256],
      ['ic09', 512],
      ['ic10', 1024],
      ['ic11', 32],
      ['ic12', 64],
    ]),
  );
  console.log(`icons written to ${OUT}`);
}
