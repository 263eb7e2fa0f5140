// Draws CoopAssistant's Teams icons: color.png (192x192, a checked coin on Teams blue) and
// outline.png (32x32, the same mark in white on transparent). Anti-aliased by 4x4 supersampling.
// Usage: node appPackage/tools/draw-icons.js   (writes appPackage/color.png and appPackage/outline.png)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1). Each returns true when the point is inside.
const roundedSquare = (x, y, r) => {
  const dx = Math.max(r - x, 0, x - (1 - r)); const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const disc = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (x, y, cx, cy, r, w) => disc(x, y, cx, cy, r) && !disc(x, y, cx, cy, r - w);
function segment(x, y, ax, ay, bx, by, w) {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (w / 2) ** 2;
}
// The check mark inside the coin.
const check = (x, y, w) => segment(x, y, 0.36, 0.52, 0.46, 0.63, w) || segment(x, y, 0.46, 0.63, 0.66, 0.40, w);

function render(size, paint) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0; out[i + 1] = a ? Math.round(g / a) : 0; out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

const BLUE = [15, 108, 189, 1], GOLD = [255, 196, 61, 1], WHITE = [255, 255, 255, 1], CLEAR = [0, 0, 0, 0];
const color = render(192, (x, y) => {
  if (!roundedSquare(x, y, 0.18)) return CLEAR;
  if (check(x, y, 0.075)) return BLUE;
  if (disc(x, y, 0.5, 0.52, 0.27)) return GOLD;
  if (ring(x, y, 0.5, 0.52, 0.31, 0.025)) return WHITE;
  return BLUE;
});
const outline = render(32, (x, y) => (ring(x, y, 0.5, 0.5, 0.44, 0.09) || check(x, y + 0.02, 0.1) ? WHITE : CLEAR));

const target = path.resolve(__dirname, '..');
fs.writeFileSync(path.join(target, 'color.png'), png(192, color));
fs.writeFileSync(path.join(target, 'outline.png'), png(32, outline));
console.log('wrote color.png (192x192) and outline.png (32x32)');
