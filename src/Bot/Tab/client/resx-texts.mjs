// The tab's and the add-in's UI texts come from resx files (one source with the chat's texts: the .NET resource walk and
// the glossary test read them). This reads a pair (Name.resx = en-US, Name.pt-BR.resx = pt-BR) and gives esbuild a plugin
// so `import texts from '../../TabStrings.resx'` bundles { 'en-US': {key: text}, 'pt-BR': {key: text} }.
// Placeholders are the resx's own: {0}, {1}, and plural blocks {0, plural, one {…} other {…}} (read by plural.js).
import fs from 'node:fs';
import path from 'node:path';

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml) {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    if (name in entities) return entities[name];
    throw new Error(`Unknown XML entity ${whole}`);
  });
}

/** The keys and texts of one resx file, in file order. */
export function readResx(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const table = {};
  for (const match of xml.matchAll(/<data\s+name="([^"]+)"[^>]*>\s*<value>([\s\S]*?)<\/value>/g)) {
    table[decode(match[1])] = decode(match[2]);
  }
  if (Object.keys(table).length === 0) throw new Error(`${file} has no texts.`);
  return table;
}

/** Both languages of a resx pair: the neutral file is en-US, its .pt-BR satellite pt-BR. */
export function readResxPair(neutralFile) {
  const satellite = neutralFile.replace(/\.resx$/, '.pt-BR.resx');
  return { 'en-US': readResx(neutralFile), 'pt-BR': readResx(satellite) };
}

/** esbuild plugin: an import of a .resx file is that pair's texts (a JSON module). */
export const resxTexts = {
  name: 'resx-texts',
  setup(build) {
    build.onResolve({ filter: /\.resx$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path), namespace: 'resx' }));
    build.onLoad({ filter: /.*/, namespace: 'resx' }, (args) => ({
      contents: JSON.stringify(readResxPair(args.path)),
      loader: 'json',
      watchFiles: [args.path, args.path.replace(/\.resx$/, '.pt-BR.resx')],
    }));
  },
};
