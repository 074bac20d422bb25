import { fold, lower, WORD, type ParsedQuery, type QueryTerm } from './query';

/** A matched run of a text: `text.slice(start, end)`. */
export interface MatchRange {
  start: number;
  end: number;
}

/*
 * How a term matches, word by word: the text is split into words (WORD); a query word matches a
 * text word compared in lower case, with diacritics removed unless the query word has one; the last
 * word of a prefix term may match the start of a longer word. Two ways to find those matches:
 *
 * - aligned (nearly every text): each character of the text converts to as many UTF-16 units as it
 *   has, so an offset in a compared form is the same offset in the text, and a match is found with
 *   `indexOf` in the form and checked at the word boundaries of the text;
 * - word by word (texts with combining marks, "İ" …): each word converted with a map from its
 *   compared form back to the text.
 *
 * Both give the same ranges (match.test.ts holds them to it). The aligned forms of long texts are
 * kept in a small cache: the core searches the same plan texts again and again, the find bar the
 * same section while she types elsewhere.
 */

// ---- word by word -------------------------------------------------------------------------

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

/**
 * Whether the words of one term may be separated by the text between `end` and `start`: anything
 * but a line break, which ends a block (a paragraph, a list item, a cell) in the searched texts,
 * so a phrase is found only where replacing it is possible and where the find bar finds it.
 */
function joinsPhrase(text: string, end: number, start: number): boolean {
  const gap = text.indexOf('\n', end);
  return gap === -1 || gap >= start;
}

function termMatches(term: QueryTerm, text: string, words: TextWord[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  const last = term.words.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    let end: number | null = null;
    for (let k = 0; k <= last; k++) {
      const word = words[i + k]!;
      if (k > 0 && !joinsPhrase(text, words[i + k - 1]!.end, word.start)) end = null;
      else end = matchWord(term, k, word);
      if (end === null) break;
    }
    if (end !== null) ranges.push({ start: words[i]!.start, end });
  }
  return ranges;
}

// ---- aligned ------------------------------------------------------------------------------

const NON_ASCII = /[\u0080-\u{10ffff}]/gu;
/** Each character's conversion, computed once (a plan's alphabet is small). */
const charCaches = { fold: new Map<string, string>(), lower: new Map<string, string>() };
const CHAR_CACHE_LIMIT = 4096;

/** `text` converted character by character; null when a character changes its length. */
function alignedForm(text: string, kind: 'fold' | 'lower'): string | null {
  const cache = charCaches[kind];
  const convert = kind === 'fold' ? fold : lower;
  let aligned = true;
  const form = text.replace(NON_ASCII, (char) => {
    let converted = cache.get(char);
    if (converted === undefined) {
      converted = convert(char);
      if (cache.size < CHAR_CACHE_LIMIT) cache.set(char, converted);
    }
    if (converted.length !== char.length) aligned = false;
    return converted;
  });
  // Converted characters are lower case already; this lowers the ASCII ones.
  return aligned ? form.toLowerCase() : null;
}

/** A text's compared forms, offset for offset; the lowered one only made when asked. */
class AlignedForms {
  private loweredForm: string | null | undefined;

  constructor(
    readonly text: string,
    readonly folded: string,
  ) {}

  /** Null when the lowered form does not align (the text then goes word by word). */
  get lowered(): string | null {
    if (this.loweredForm === undefined) this.loweredForm = alignedForm(this.text, 'lower');
    return this.loweredForm;
  }
}

/** Texts at least this long have their forms cached, up to CACHE_CHARS characters in all. */
const CACHE_MIN_CHARS = 200;
const CACHE_CHARS = 4_000_000;
const formsCache = new Map<string, AlignedForms | null>();
let cachedChars = 0;

function makeForms(text: string): AlignedForms | null {
  const folded = alignedForm(text, 'fold');
  return folded === null ? null : new AlignedForms(text, folded);
}

function formsOf(text: string): AlignedForms | null {
  if (text.length < CACHE_MIN_CHARS) return makeForms(text);
  const cached = formsCache.get(text);
  if (cached !== undefined) {
    // Most recently used last, so the oldest is evicted first.
    formsCache.delete(text);
    formsCache.set(text, cached);
    return cached;
  }
  const forms = makeForms(text);
  formsCache.set(text, forms);
  cachedChars += text.length;
  for (const oldest of formsCache.keys()) {
    if (cachedChars <= CACHE_CHARS) break;
    formsCache.delete(oldest);
    cachedChars -= oldest.length;
  }
  return forms;
}

const WORD_AT = new RegExp(WORD.source, 'uy');
const NEXT_WORD = new RegExp(WORD.source, 'ug');
const WORD_CHAR = new RegExp(`^${WORD.source.slice(0, -1)}$`, 'u');

/** Whether a word character ends just before `offset` (so no word starts there). */
function wordCharBefore(text: string, offset: number): boolean {
  if (offset === 0) return false;
  const unit = text.charCodeAt(offset - 1);
  const pair = unit >= 0xdc00 && unit <= 0xdfff && offset >= 2;
  return WORD_CHAR.test(text.slice(pair ? offset - 2 : offset - 1, offset));
}

/** The end of the word starting at `start`. */
function wordEnd(text: string, start: number): number {
  WORD_AT.lastIndex = start;
  return WORD_AT.exec(text) === null ? start : WORD_AT.lastIndex;
}

/** `matchWord` for the word of `text` starting at `start`, compared in `form`. */
function alignedWordMatch(
  term: QueryTerm,
  index: number,
  text: string,
  form: string,
  start: number,
): number | null {
  const wanted = term.words[index]!.text;
  const end = wordEnd(text, start);
  const asPrefix = term.prefix && index === term.words.length - 1;
  const fits = asPrefix ? start + wanted.length <= end : start + wanted.length === end;
  if (!fits || !form.startsWith(wanted, start)) return null;
  return asPrefix ? start + wanted.length : end;
}

/**
 * `termMatches` on aligned forms: each place the first word occurs at a word start is checked
 * word by word, without splitting the whole text into words.
 */
function alignedTermMatches(
  term: QueryTerm,
  text: string,
  formOf: (exact: boolean) => string,
): MatchRange[] {
  const ranges: MatchRange[] = [];
  const last = term.words.length - 1;
  const first = term.words[0]!;
  const firstForm = formOf(first.exact);
  for (
    let at = firstForm.indexOf(first.text);
    at !== -1;
    at = firstForm.indexOf(first.text, at + 1)
  ) {
    if (wordCharBefore(text, at)) continue;
    let end = alignedWordMatch(term, 0, text, firstForm, at);
    for (let k = 1; k <= last && end !== null; k++) {
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      end =
        next === null || !joinsPhrase(text, end, next.index)
          ? null
          : alignedWordMatch(term, k, text, formOf(term.words[k]!.exact), next.index);
    }
    if (end !== null) ranges.push({ start: at, end });
  }
  return ranges;
}

// ---- queries ------------------------------------------------------------------------------

/** Sorted ranges with overlapping or touching ones merged. */
export function mergeRanges(ranges: readonly MatchRange[]): MatchRange[] {
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
  if (query.terms.length === 0) return [];
  const forms = formsOf(text);
  const exact = query.terms.some((term) => term.words.some((word) => word.exact));
  const lowered = forms !== null && exact ? forms.lowered : '';
  if (forms === null || lowered === null) {
    const words = wordsOf(text);
    return query.terms.map((term) => termMatches(term, text, words));
  }
  const formOf = (isExact: boolean) => (isExact ? lowered : forms.folded);
  return query.terms.map((term) => alignedTermMatches(term, text, formOf));
}

/** Every match of any term in `text`, in order, overlapping matches merged. */
export function findMatches(text: string, query: ParsedQuery): MatchRange[] {
  return mergeRanges(matchesByTerm(text, query).flat());
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
