// Validates Microsoft 365 Agents Toolkit project files (m365agents*.yml) offline against the toolkit's own YAML schema, the one
// the CLI package ships for the file's `version:` (resource/yaml-schema/<version>/yaml.schema.json).
// Usage: node toolkit/validate-yaml.js file.yml [...]. Prints {"file": {"version", "uses": [...], "errors": [...]}}.
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv = require('ajv');

const cli = path.dirname(require.resolve('@microsoft/m365agentstoolkit-cli/package.json'));
const result = {};
for (const file of process.argv.slice(2)) {
  const document = yaml.load(fs.readFileSync(file, 'utf8'));
  const version = String(document && document.version);
  const schemaFile = path.join(cli, 'resource', 'yaml-schema', version, 'yaml.schema.json');
  const uses = ['provision', 'deploy', 'publish']
    .flatMap((stage) => ((document && document[stage]) || []).map((step) => `${stage}:${step.uses}`));
  if (!fs.existsSync(schemaFile)) {
    result[path.basename(file)] = { version, uses, errors: [`the toolkit has no YAML schema for version '${version}'`] };
    continue;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  const ok = validate(document);
  result[path.basename(file)] = {
    version,
    uses,
    errors: ok ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`),
  };
}
process.stdout.write(JSON.stringify(result));
