#!/usr/bin/env node
// Fills the add-in manifest's placeholders: node manifest/build-manifest.js -host https://coop.contoso.com -client-id <guid> [-out file]
// Writes manifest/build/manifest.xml by default. {{HOST}} = the origin serving /addin/ (no trailing slash), {{HOST_NAME}} = its host
// name (for the api:// resource of single sign-on), {{CLIENT_ID}} = the Entra app id of the add-in API (AzureAd:ClientId).
'use strict';
const fs = require('fs');
const path = require('path');

function argument(name, fallback) {
  const i = process.argv.indexOf('-' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const host = argument('host');
const clientId = argument('client-id', '00000000-0000-0000-0000-000000000000');
const out = path.resolve(argument('out', path.join(__dirname, 'build', 'manifest.xml')));
if (!host) {
  console.error('usage: node manifest/build-manifest.js -host https://your.host [-client-id GUID] [-out file]');
  process.exit(2);
}

const origin = new URL(host);
if (origin.pathname !== '/' || origin.search || origin.hash) {
  console.error(`-host must be an origin such as https://coop.contoso.com, not '${host}'`);
  process.exit(2);
}
if (!/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/.test(clientId)) {
  console.error(`-client-id must be a GUID, not '${clientId}'`);
  process.exit(2);
}

const values = { HOST: origin.origin, HOST_NAME: origin.host, CLIENT_ID: clientId.toLowerCase() };
const template = fs.readFileSync(path.join(__dirname, 'manifest.template.xml'), 'utf8');
const manifest = template.replace(/\{\{(\w+)\}\}/g, (match, key) => {
  if (!(key in values)) throw new Error(`unknown placeholder ${match}`);
  return values[key];
});
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, manifest);
console.log(out);
