// The one place the tab and the add-in fill in a text: plural forms first, then placeholders, with the same syntax and rule
// as the server's resx texts (Claims/Localization/TextFormat.cs), because the texts ARE resx texts (TabStrings.resx,
// AddInStrings.resx): "{0, plural, one {# day left} other {# days left}}": "=N" is an exact value, "one" is a count of 1 or
// -1 in en-US and pt-BR alike ("1 dia", "0 dias", "2 dias"), "other" everything else; "#" is the count in the page
// language's digits; "{0}" is the first value, a number in the page language's digits.
export function pluralCategory(count) {
  return Math.abs(count) === 1 ? 'one' : 'other';
}

// The template with every plural block replaced by its branch for values[name] (a plain scanner: texts are ours, not user input).
export function resolvePlurals(template, values, formatNumber) {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const head = /^\{(\w+)\s*,\s*plural\s*,/.exec(template.slice(i, i + 64));
    if (template[i] !== '{' || !head) {
      out += template[i];
      i += 1;
      continue;
    }

    const name = head[1];
    const count = Number(values && values[name]);
    i += head[0].length;
    let exact = null;
    let category = null;
    let other = null;
    for (;;) {
      while (/\s/.test(template[i] || '')) i += 1;
      if (i >= template.length) throw new Error('A plural block is not closed.');
      if (template[i] === '}') { i += 1; break; }
      let selector = '';
      while (i < template.length && template[i] !== '{' && template[i] !== ' ') { selector += template[i]; i += 1; }
      while (template[i] === ' ') i += 1;
      if (template[i] !== '{') throw new Error(`The plural form '${selector}' has no text.`);
      let depth = 1;
      const start = i + 1;
      i += 1;
      while (i < template.length && depth > 0) {
        if (template[i] === '{') depth += 1;
        if (template[i] === '}') depth -= 1;
        i += 1;
      }
      const body = template.slice(start, i - 1);
      if (selector.startsWith('=') && Number(selector.slice(1)) === count) exact = exact ?? body;
      else if (selector === 'other') other = body;
      else if (selector === pluralCategory(count)) category = category ?? body;
    }

    const chosen = exact ?? category ?? other;
    if (chosen === null) throw new Error('A plural block has no "other" form.');
    out += chosen.split('#').join(formatNumber(count));
  }
  return out;
}

/** A function (key, values) → text in `lang` from `texts` ({ 'en-US': {…}, 'pt-BR': {…} }); values is an array ({0} is
 *  values[0]); a key missing in the language falls back to en-US, then to the key itself. */
export function textsFor(texts, lang) {
  const table = texts[lang] || texts['en-US'];
  const number = new Intl.NumberFormat(lang);
  const show = (value) => (typeof value === 'number' ? number.format(value) : String(value));
  return (key, values) => resolvePlurals(table[key] ?? texts['en-US'][key] ?? key, values, show)
    .replace(/\{(\d+)\}/g, (_, index) => (values && values[index] !== undefined && values[index] !== null ? show(values[index]) : ''));
}
