// Checks the pages' UI texts as the pages read them: the resx pairs (TabStrings.resx, AddInStrings.resx) through the tab's own
// resx reader and plural.js, the one mechanism the tab and the add-in fill texts with. Every plural text read with 0, 1 and 2
// in both languages: one reads differently from two, zero reads like two, no "{" or "plural" left. And every text key the
// page sources name literally (t('key'), data-text="key") exists (a missing key would show the raw key to people).
// Keys, English left in pt-BR, counts without plural forms and invisible characters are the .NET resource walk's checks.
// Usage: node tab/check-strings.mjs <Tab/client dir> <Name.resx> <page source file or dir>... [-- <Name.resx> <file or dir>...]
// Prints a JSON line {keys (per resx), problems, samples}; exits 1 when there are problems.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [client, ...rest] = process.argv.slice(2);
const { readResxPair } = await import(pathToFileURL(path.join(client, 'resx-texts.mjs')).href);
const { textsFor } = await import(pathToFileURL(path.join(client, 'src', 'plural.js')).href);

const problems = [];
const samples = {};
const keys = {};
const groups = rest.join('\u0000').split('\u0000--\u0000').map((g) => g.split('\u0000'));
for (const [resx, ...sourceDirs] of groups) {
  const name = path.basename(resx, '.resx');
  const texts = readResxPair(resx);
  keys[name] = Object.keys(texts['en-US']).length;
  for (const lang of ['en-US', 'pt-BR']) {
    const t = textsFor(texts, lang);
    for (const [key, text] of Object.entries(texts[lang])) {
      for (const match of text.matchAll(/\{(\d+)\s*,\s*plural\s*,/g)) {
        const index = Number(match[1]);
        const read = (n) => t(key, Array.from({ length: 10 }, (_, i) => (i === index ? n : 7)));
        const [zero, one, two] = [read(0), read(1), read(2)];
        samples[`${lang} ${name}.${key} {${index}}`] = [zero, one, two];
        if (one === two.replaceAll('2', '1')) problems.push(`${lang} ${name}.${key}: one reads like two ("${one}")`);
        if (zero.replaceAll('0', '2') !== two) problems.push(`${lang} ${name}.${key}: zero does not read like two ("${zero}")`);
        if (/[{}]|plural/.test(one)) problems.push(`${lang} ${name}.${key}: not filled in ("${one}")`);
      }
    }
  }

  const files = sourceDirs.flatMap((p) => (fs.statSync(p).isDirectory()
    ? fs.readdirSync(p, { recursive: true }).filter((f) => /\.(js|html)$/.test(f)).map((f) => path.join(p, f))
    : [p]));
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    for (const used of source.matchAll(/\bt\('(\w+)'|data-text="(\w+)"/g)) {
      const key = used[1] || used[2];
      if (!(key in texts['en-US'])) problems.push(`${path.basename(file)} uses "${key}", which ${name}.resx does not have`);
    }
  }
}

console.log(JSON.stringify({ keys, problems, samples }));
process.exit(problems.length > 0 ? 1 : 0);
