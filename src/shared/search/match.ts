import { fold, lower, WORD, type ParsedQuery, type QueryTerm } from './query';

/** A matched run of a text: `text.slice(start, end)`. */
export interface MatchRange {
  start: number;
  end: number;
}

/** A word of the text with both compared forms and where each of their characters came from. */
interface TextWord {
  start: number;
  end: number;
  folded: Form;
  lowered: Form;
}

interface Form {
  text: string;
  /** For each character of `text`, the offset just past the source character it came from. */
  ends: number[];
}

/** A form built character by character, so a matched prefix maps back to the original text. */
function formOf(word: string, start: number, convert: (char: string) => string): Form {
  let text = '';
  const ends: number[] = [];
  let offset = start;
  for (const char of word) {
    offset += char.length;
    const converted = convert(char);
    text += converted;
    for (let i = 0; i < converted.length; i++) ends.push(offset);
  }
  return { text, ends };
}

function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({
      start,
      end: start + match[0].length,
      folded: formOf(match[0], start, fold),
      lowered: formOf(match[0], start, lower),
    });
  }
  return words;
}

/**
 * Where `term`'s word `index` matches text word `word`: the end offset of the matched run, or null.
 * Only the last word of a prefix term may match the start of a longer word.
 */
function matchWord(term: QueryTerm, index: number, word: TextWord): number | null {
  const wanted = term.words[index]!;
  const form = wanted.exact ? word.lowered : word.folded;
  const asPrefix = term.prefix && index === term.words.length - 1;
  if (asPrefix ? !form.text.startsWith(wanted.text) : form.text !== wanted.text) return null;
  return form.ends[wanted.text.length - 1] ?? word.end;
}

function termMatches(term: QueryTerm, words: TextWord[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  const last = term.words.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    let end: number | null = null;
    for (let k = 0; k <= last; k++) {
      end = matchWord(term, k, words[i + k]!);
      if (end === null) break;
    }
    if (end !== null) ranges.push({ start: words[i]!.start, end });
  }
  return ranges;
}

/** Sorted ranges with overlapping or touching ones merged. */
function merge(ranges: MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchRange[] = [];
  for (const range of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The matches of each term of the query in one text, term by term. */
export function matchesByTerm(text: string, query: ParsedQuery): MatchRange[][] {
  const words = wordsOf(text);
  return query.terms.map((term) => termMatches(term, words));
}

/** Every match of any term in `text`, in order, overlapping matches merged. */
export function findMatches(text: string, query: ParsedQuery): MatchRange[] {
  return merge(matchesByTerm(text, query).flat());
}

/**
 * Whether the texts together hold every term of the query (a section's title and text, or a
 * comment's fields, are one searchable row: each term may be in any of them).
 */
export function matchesAll(texts: readonly string[], query: ParsedQuery): boolean {
  if (query.terms.length === 0) return false;
  const found = query.terms.map(() => false);
  for (const text of texts) {
    matchesByTerm(text, query).forEach((ranges, index) => {
      if (ranges.length > 0) found[index] = true;
    });
  }
  return found.every(Boolean);
}

/**
 * The replacement in the case of what it replaces: a capitalised match gets a capitalised
 * replacement, an all-capitals one capitals ("Kuraattori" → "Koulukuraattori", "KKT" → "LAKU");
 * otherwise it is used as typed.
 */
export function adaptCase(matched: string, replacement: string): string {
  const letters = [...matched].filter((char) => char.toLowerCase() !== char.toUpperCase());
  if (letters.length === 0 || replacement === '') return replacement;
  const isUpper = (char: string) => char === char.toUpperCase() && char !== char.toLowerCase();
  if (letters.length > 1 && letters.every(isUpper)) return replacement.toUpperCase();
  const [first = ''] = [...replacement];
  if (isUpper(letters[0]!) && first === first.toLowerCase()) {
    return first.toUpperCase() + replacement.slice(first.length);
  }
  return replacement;
}
