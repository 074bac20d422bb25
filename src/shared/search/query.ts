/**
 * The query language of Haku, and how a word of the query matches a word of the text. Shared by the
 * core (which turns a query into an SQLite FTS5 expression and checks each candidate) and the
 * renderer (which finds the same matches in the live editor), so both agree on every match.
 *
 * - Words separated by spaces must all occur (in any order): `kuraattori psykologi`.
 * - A word matches the start of a word in the text, so compounds and inflected forms are found:
 *   `opiskeluhuol` (or `opiskeluhuol*`) finds "opiskeluhuoltosuunnitelma", `kuraattori` finds
 *   "kuraattorin". Finnish words change form at their ends; the start is what stays.
 * - `"lainausmerkeissä"`: whole words, in this order (`"oppilas ja"`); `"…"*` lets the last one
 *   be a word start again.
 * - A chunk joined by hyphens or other punctuation (`ICT-palvelut`, `13 a §`) is a phrase.
 * - Case never matters. Diacritics matter only when typed: `paatos` finds "päätös" and "paatos",
 *   `päätös` finds only "päätös" (Finnish ä/ö/å are letters of their own, so "sää" is not "saa").
 */

export interface QueryWord {
  /** As it is compared: lower case, diacritics kept when `exact`, removed otherwise. */
  text: string;
  /** Typed with a diacritic (ä, ö, å, é …): compared with diacritics kept. */
  exact: boolean;
}

export interface QueryTerm {
  /** One word, or the words of a phrase in order. */
  words: QueryWord[];
  /** The last word matches the start of a word (true unless quoted without a trailing `*`). */
  prefix: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
}

/** More terms than this are ignored (a pasted paragraph is not a query). */
export const MAX_TERMS = 16;

/** Characters of a word, as SQLite FTS5's unicode61 tokenizer has them (plus combining marks). */
export const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Lower case with diacritics removed: what the FTS index holds (remove_diacritics 2). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/** Lower case, diacritics kept. */
export function lower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function wordOf(raw: string): QueryWord {
  const folded = fold(raw);
  const lowered = lower(raw);
  return lowered === folded ? { text: folded, exact: false } : { text: lowered, exact: true };
}

function termOf(chunk: string, prefix: boolean): QueryTerm | null {
  const words = chunk.match(WORD)?.map(wordOf) ?? [];
  return words.length === 0 ? null : { words, prefix };
}

/** Reads a query; an empty result means there is nothing to search for. */
export function parseQuery(query: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  // A quoted phrase (the closing quote may be missing) with an optional *, or a bare chunk.
  const pattern = /"([^"]*)"?(\*?)|(\S+)/g;
  for (const match of query.normalize('NFC').matchAll(pattern)) {
    const [, quoted, star, bare] = match;
    const term =
      bare !== undefined
        ? termOf(bare.replaceAll('"', ' '), true)
        : termOf(quoted ?? '', star === '*');
    if (term) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return { terms };
}

/** The query as one phrase (all its words in order): what Replace replaces. */
export function isSingleTerm(query: ParsedQuery): boolean {
  return query.terms.length === 1;
}

/**
 * The FTS5 MATCH expression of a parsed query: every term a quoted phrase, prefix terms with `*`,
 * all joined with AND. Words hold only letters and digits, so nothing can break out of the quotes.
 * Diacritics are removed here (the index has none); exact words are checked afterwards.
 */
export function ftsExpression(query: ParsedQuery): string {
  return query.terms
    .map((term) => {
      const phrase = term.words.map((word) => fold(word.text)).join(' ');
      return `"${phrase}"${term.prefix ? '*' : ''}`;
    })
    .join(' AND ');
}

/** The terms as they are matched, for showing what was searched. */
export function describeTerms(query: ParsedQuery): string[] {
  return query.terms.map((term) => {
    const text = term.words.map((word) => word.text).join(' ');
    return term.words.length > 1 ? `"${text}"${term.prefix ? '*' : ''}` : text;
  });
}
