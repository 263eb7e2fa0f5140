import texts from '../../TabStrings.resx';
import { textsFor } from './plural.js';

// UI texts of the dashboard tab: src/Bot/Tab/TabStrings.resx (en-US) and TabStrings.pt-BR.resx, bundled by build.mjs.
export { texts };

/** The server's rule (Claims/Localization/UserCulture.cs): the first tag, in the order given, that is Portuguese (pt-BR) or
 *  English (en-US); a tag in another language passes to the next; en-US when none matches. */
export function pickLanguage(...tags) {
  for (const tag of tags) {
    const match = /^\s*(pt|en)(?:[-_]|\s*$)/i.exec(tag || '');
    if (match) return match[1].toLowerCase() === 'pt' ? 'pt-BR' : 'en-US';
  }
  return 'en-US';
}

/** t(key, [values]) in the page language. */
export function translator(lang) {
  return textsFor(texts, lang);
}
