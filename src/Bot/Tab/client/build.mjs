// Bundles the tab's sources into src/Bot/wwwroot/tab (tab.js: page + Chart.js + the texts of ../../TabStrings*.resx;
// teams.js: @microsoft/teams-js, loaded only
// inside a Microsoft 365 host). The output is committed; `node build.mjs --outdir <dir>` writes elsewhere (the test that
// checks the committed bundle is what these sources build).
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resxTexts } from './resx-texts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argIndex = process.argv.indexOf('--outdir');
const outdir = argIndex > 0 ? path.resolve(process.argv[argIndex + 1]) : path.resolve(here, '../../wwwroot/tab');

await esbuild.build({
  absWorkingDir: here,
  plugins: [resxTexts],
  entryPoints: { tab: 'src/tab.js', teams: 'src/teams.js' },
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2020'],
  platform: 'browser',
  legalComments: 'eof',
  charset: 'utf8',
  outdir,
  logLevel: 'warning',
});
console.log(`built ${outdir}`);
