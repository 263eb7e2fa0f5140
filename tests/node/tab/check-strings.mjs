// Checks the tab's UI texts: the same keys in en-US and pt-BR, no empty text, every pt-BR text differs from en-US, every
// count has plural forms (read with 0, 1 and 2 through the tab's own translator), no "(s)" makeshift plural, and no
// English word left in pt-BR.
// Usage: node tab/check-strings.mjs <path to strings.js>. Prints a JSON line {keys, problems, samples}; exits 1 when there are problems.
import { pathToFileURL } from 'node:url';

const { texts, translator } = await import(pathToFileURL(process.argv[2]).href);
const en = texts['en-US'];
const pt = texts['pt-BR'];
const problems = [];
// Terms that docs/glossary.md keeps the same in both languages.
const sameInBothLanguages = new Set(['status', 'program_OnlineServicesAdvisor']);
for (const key of new Set([...Object.keys(en), ...Object.keys(pt)])) {
  if (!(key in en)) problems.push(`${key}: missing in en-US`);
  else if (!(key in pt)) problems.push(`${key}: missing in pt-BR`);
  else if (!en[key].trim() || !pt[key].trim()) problems.push(`${key}: empty`);
  else if (en[key] === pt[key] && !sameInBothLanguages.has(key)) problems.push(`${key}: pt-BR text equals en-US`);
}

const nouns = /\{(\w+)\}\s+(?:(?:of|de)\s+\{\w+\}\s+)?(days?|dias?|files?|arquivos?|claims?|reivindicaç\S+|problems?|problemas?|amounts?|valores|novos|alterados|registrados|requests?|solicitaç\S+)\b/iu;
const english = /\b(the|and|of|your|you|with|this|will|claims?|evidence|deadline|files?|days?|submit|missing|due|left|overdue|organisation|organization)\b/iu;
const keptInEnglish = /Partner Center|Online Services Advisor|Dynamics ISV|ISO 4217|CSV|Microsoft 365|microsoft365\.com|CoopAssistant/g;
for (const [lang, table] of [['en-US', en], ['pt-BR', pt]]) {
  for (const [key, text] of Object.entries(table)) {
    const count = nouns.exec(text);
    if (count) problems.push(`${lang} ${key}: "${count[0]}" has no plural form`);
    if (/\p{L}\((s|es|ns)\)/u.test(text)) problems.push(`${lang} ${key}: "(s)" is not a plural form`);
    if (lang === 'pt-BR') {
      const left = english.exec(text.replace(/\{\w+\s*,\s*plural\s*,|\{\w+\}/g, ' ').replace(keptInEnglish, ' ').replace(/"[^"]*"/g, ' '));
      if (left) problems.push(`pt-BR ${key}: English "${left[0]}" left`);
    }
  }
}

// Every plural text read with 0, 1 and 2: one reads differently from two, zero reads like two.
const samples = {};
for (const lang of ['en-US', 'pt-BR']) {
  const t = translator(lang);
  for (const [key, text] of Object.entries(texts[lang])) {
    for (const match of text.matchAll(/\{(\w+)\s*,\s*plural\s*,/g)) {
      const name = match[1];
      const read = (n) => t(key, { days: 7, count: 7, adds: 7, changes: 7, unchanged: 7, [name]: n });
      const [zero, one, two] = [read(0), read(1), read(2)];
      samples[`${lang} ${key} ${name}`] = [zero, one, two];
      if (one === two.replaceAll('2', '1')) problems.push(`${lang} ${key}: one ${name} reads like two ("${one}")`);
      if (zero.replaceAll('0', '2') !== two) problems.push(`${lang} ${key}: zero ${name} does not read like two ("${zero}")`);
    }
  }
}

console.log(JSON.stringify({ keys: Object.keys(en).length, problems, samples }));
process.exit(problems.length > 0 ? 1 : 0);
