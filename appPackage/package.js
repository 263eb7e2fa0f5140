// Builds the one app package for Teams and Outlook: fills ${{PLACEHOLDERS}} in manifest.json and pt-br.json from the
// repository's env/.env.{env} (the Microsoft 365 Agents Toolkit's environment files; environment variables override the file)
// and writes build/appPackage.{env}.zip with the manifest, the localization file and the two icons at the root.
// Usage: node appPackage/package.js [env]   (env defaults to "playground"; the toolkit's teamsApp/zipAppPackage does the same)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = __dirname;
const env = process.argv[2] || 'playground';
const envFile = path.join(root, '..', 'env', `.env.${env}`);
if (!fs.existsSync(envFile)) {
  console.error(`No environment file ${envFile}: create it from env/.env.dev (or run the Agents Toolkit, which fills it).`);
  process.exit(2);
}

const values = {};
for (const line of fs.readFileSync(envFile, 'utf8').split(/\r?\n/)) {
  const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
  if (match && !line.trimStart().startsWith('#')) values[match[1]] = match[2];
}
for (const key of Object.keys(values)) {
  if (process.env[key]) values[key] = process.env[key];
}

function fill(name) {
  const text = fs.readFileSync(path.join(root, name), 'utf8').replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (whole, key) => {
    if (!values[key]) {
      console.error(`${name}: ${whole} has no value in ${envFile}`);
      process.exit(2);
    }
    return values[key];
  });
  JSON.parse(text); // the filled file must still be JSON
  return Buffer.from(text, 'utf8');
}

const files = [
  ['manifest.json', fill('manifest.json')],
  ['pt-br.json', fill('pt-br.json')],
  ['color.png', fs.readFileSync(path.join(root, 'color.png'))],
  ['outline.png', fs.readFileSync(path.join(root, 'outline.png'))],
];

// A minimal ZIP writer (deflate), enough for a Teams app package.
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const locals = [];
const centrals = [];
let offset = 0;
for (const [name, data] of files) {
  const compressed = zlib.deflateRawSync(data, { level: 9 });
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
  local.writeUInt16LE(0, 10); local.writeUInt16LE(0x21, 12); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10); central.writeUInt16LE(0, 12); central.writeUInt16LE(0x21, 14); central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  locals.push(local, nameBytes, compressed);
  centrals.push(central, nameBytes);
  offset += local.length + nameBytes.length + compressed.length;
}
const centralSize = centrals.reduce((n, b) => n + b.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16);

const outDir = path.join(root, 'build');
fs.mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, `appPackage.${env}.zip`);
// Written beside and renamed into place: a reader never sees half a zip (tests build the same package concurrently).
const temporary = `${out}.${process.pid}.tmp`;
fs.writeFileSync(temporary, Buffer.concat([...locals, ...centrals, end]));
fs.renameSync(temporary, out);
console.log(out);
