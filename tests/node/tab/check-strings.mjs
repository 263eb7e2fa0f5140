// Checks the tab's UI texts: the same keys in en-US and pt-BR, no empty text, and every pt-BR text differs from en-US.
// Usage: node tab/check-strings.mjs <path to strings.js>. Prints a JSON line {keys, problems}; exits 1 when there are problems.
import { pathToFileURL } from 'node:url';

const { texts } = await import(pathToFileURL(process.argv[2]).href);
const en = texts['en-US'];
const pt = texts['pt-BR'];
const problems = [];
for (const key of new Set([...Object.keys(en), ...Object.keys(pt)])) {
  if (!(key in en)) problems.push(`${key}: missing in en-US`);
  else if (!(key in pt)) problems.push(`${key}: missing in pt-BR`);
  else if (!en[key].trim() || !pt[key].trim()) problems.push(`${key}: empty`);
  else if (en[key] === pt[key]) problems.push(`${key}: pt-BR text equals en-US`);
}
console.log(JSON.stringify({ keys: Object.keys(en).length, problems }));
process.exit(problems.length > 0 ? 1 : 0);
