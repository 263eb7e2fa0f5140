// UI texts of the task pane (window.CoopStrings): src/Bot/AddIn/AddInStrings.resx (en-US) and AddInStrings.pt-BR.resx,
// filled in by the tab's plural.js (the one plural and placeholder mechanism of the pages, the same syntax as the server's).
import texts from '../../AddInStrings.resx';
import { textsFor } from '../../../Tab/client/src/plural.js';

const translators = {};

function languageFor(displayLanguage) {
  return /^pt/i.test(displayLanguage || '') ? 'pt-BR' : 'en-US';
}

window.CoopStrings = {
  languageFor,
  has(language, key) {
    return Object.prototype.hasOwnProperty.call(texts[language] || texts['en-US'], key);
  },
  /** The text of key in language, with {0}, {1}… from the values array. */
  get(language, key, values) {
    const lang = texts[language] ? language : 'en-US';
    translators[lang] = translators[lang] || textsFor(texts, lang);
    return translators[lang](key, values);
  },
};
