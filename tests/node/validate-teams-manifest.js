// Validates a Teams app manifest and its localization files offline against the official schemas
// bundled in @microsoft/app-manifest. Usage: node validate-teams-manifest.js manifest.json [localization.json...]
// Prints {"manifest": [errors], "localizations": {"file": [errors]}}.
'use strict';
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

async function main() {
  const [manifestPath, ...localizations] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const result = { manifest: await AppManifestUtils.validateAgainstSchema(manifest), localizations: {} };

  const version = /\/(v[\d.]+|vDevPreview)\//.exec(manifest.$schema)[1];
  const schemaFile = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build', 'json-schemas', 'teams', version, 'MicrosoftTeams.Localization.schema.json');
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  for (const file of localizations) {
    const ok = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
    result.localizations[path.basename(file)] = ok ? [] : validate.errors.map(e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }

  process.stdout.write(JSON.stringify(result));
}

main().catch(error => { console.error(error.stack || String(error)); process.exit(1); });
