// Bundles the add-in's scripts into src/Bot/wwwroot/addin, the sign-in with @azure/msal-browser (no CDN at run time):
//   auth.js          the task pane's token source (window.CoopAuth): nested app authentication, Office SSO, then the dialog;
//   auth-dialog.js   the Office dialog's page script (MSAL redirect flow, result sent to the pane with messageParent);
//   auth-redirect.js MSAL's redirect bridge for the popup, silent iframe and dialog redirects;
//   strings.js       the pane's texts (window.CoopStrings) from ../AddInStrings*.resx, filled in by the tab's plural.js;
//   taskpane.js      the task pane itself (src/pane/*.js).
// The output is committed; `node build.mjs --outdir <dir>` writes elsewhere (the test that checks the committed bundle).
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resxTexts } from '../../Tab/client/resx-texts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argIndex = process.argv.indexOf('--outdir');
const outdir = argIndex > 0 ? path.resolve(process.argv[argIndex + 1]) : path.resolve(here, '../../wwwroot/addin');

await esbuild.build({
  absWorkingDir: here,
  plugins: [resxTexts],
  entryPoints: { auth: 'src/auth.js', 'auth-dialog': 'src/dialog.js', 'auth-redirect': 'src/redirect.js', strings: 'src/strings.js', taskpane: 'src/pane/taskpane.js' },
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
