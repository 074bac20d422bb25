import fi from 'hyphen/fi/index.js';
import sv from 'hyphen/sv/index.js';
import enGb from 'hyphen/en-gb/index.js';
import type { Language } from '../../../shared/domain/settings';

/** U+00AD: invisible unless the line breaks there, where Chromium shows a hyphen. */
export const SOFT_HYPHEN = '\u00ad';

/**
 * Words at least this long get soft hyphens: Finnish and Swedish compounds
 * ("opiskeluhuoltosuunnitelma", "välfärdsområdesfullmäktige") that would otherwise leave wide gaps
 * or run out of narrow table cells. Shorter words are left whole.
 */
const MIN_WORD = 12;
/** No break leaves fewer than this many letters at either end of a word. */
const MIN_PART = 3;

const patterns: Record<Language, { hyphenateSync(text: string, options?: object): string }> = {
  fi,
  sv,
  en: enGb,
};

const WORD = new RegExp(`\\p{L}{${MIN_WORD},}`, 'gu');

/** Hyphenates one word with the language's TeX patterns, keeping MIN_PART letters at each end. */
function hyphenateWord(word: string, language: Language): string {
  const parts = patterns[language]
    .hyphenateSync(word, { hyphenChar: SOFT_HYPHEN })
    .split(SOFT_HYPHEN);
  let out = '';
  let done = 0;
  for (const [index, part] of parts.entries()) {
    const breakBefore = index > 0 && done >= MIN_PART && word.length - done >= MIN_PART;
    out += (breakBefore ? SOFT_HYPHEN : '') + part;
    done += part.length;
  }
  return out;
}

/**
 * A hyphenator for plain text in `language`: long words get soft hyphens from real hyphenation
 * patterns (the `hyphen` package: Finnish, Swedish, British English TeX patterns). Words that are
 * part of a URL, an e-mail address or a code (next to `/`, `@`, `.`, `_`, a digit) are left alone.
 */
export function hyphenator(language: Language): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) =>
    text.replace(WORD, (word, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? ' ';
      const after = whole[offset + word.length] ?? ' ';
      if (/[/@._\d:]/.test(before) || /[/@_\d]/.test(after)) return word;
      let done = cache.get(word);
      if (done === undefined) {
        done = hyphenateWord(word, language);
        cache.set(word, done);
      }
      return done;
    });
}
