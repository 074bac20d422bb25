import { MAX_CONTEXT, MAX_QUOTE, type TextQuote } from './domain/rounds';

/**
 * Anchors of comments, after the W3C Web Annotation TextQuoteSelector: a passage is remembered as
 * its exact text with a little of the text before (prefix) and after (suffix) it, and found again in
 * a later text by its exact text, the context choosing between repeats. A passage that is gone, or
 * repeated with no context to tell the copies apart, is not found: the comment is then shown as
 * orphaned with its original quote, never moved silently to a guess.
 *
 * Texts are compared with runs of whitespace as one space, so line breaks between paragraphs (the
 * core's plain text) and the editor's DOM text find the same passages.
 */

/** Context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

interface Collapsed {
  text: string;
  /** Offset in the original text of each character of `text`, plus one past the end. */
  offsets: number[];
}

/** The text with each run of whitespace as one space, and where each character came from. */
function collapse(text: string): Collapsed {
  let out = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      if (!inSpace) {
        out += ' ';
        offsets.push(i);
      }
      inSpace = true;
    } else {
      out += char;
      offsets.push(i);
      inSpace = false;
    }
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Whitespace runs as single spaces, trimmed: how quotes are stored and compared. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The quote of `text.slice(start, end)` with its context. Whitespace is normalised; a passage
 * longer than the quote limit is cut to it. Null when the passage holds no text.
 */
export function quoteAt(text: string, start: number, end: number): TextQuote | null {
  const exact = normaliseSpace(text.slice(start, end)).slice(0, MAX_QUOTE).trim();
  if (exact === '') return null;
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS * 4), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + CONTEXT_CHARS * 4).replace(/\s+/g, ' ');
  return {
    exact,
    prefix: before.slice(-Math.min(CONTEXT_CHARS, MAX_CONTEXT)).trimStart(),
    suffix: after.slice(0, Math.min(CONTEXT_CHARS, MAX_CONTEXT)).trimEnd(),
  };
}

/** Characters at the end of `a` that equal the end of `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Characters at the start of `a` that equal the start of `b`. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export interface Located {
  /** Offsets in the text searched (not the collapsed one): `text.slice(start, end)` is the passage. */
  start: number;
  end: number;
}

export type Location =
  ({ found: true } & Located) | { found: false; reason: 'removed' | 'ambiguous' };

/**
 * Finds `quote` in `text`. One occurrence is it; among several, the one whose surroundings match
 * the quote's prefix and suffix best, provided it matches better than every other.
 */
export function locateQuote(text: string, quote: TextQuote): Location {
  return quoteLocator(text)(quote);
}

/** Finds quotes in one text as `locateQuote` does. */
export type QuoteLocator = (quote: TextQuote) => Location;

/**
 * A `locateQuote` for many quotes in one text: its whitespace is collapsed once, not once per
 * quote (a round's 2 000 comments are looked for in some 40 sections).
 */
export function quoteLocator(text: string): QuoteLocator {
  let collapsed: Collapsed | undefined;
  return (quote) => locateIn((collapsed ??= collapse(text)), quote);
}

function locateIn(source: Collapsed, quote: TextQuote): Location {
  const exact = normaliseSpace(quote.exact);
  if (exact === '') return { found: false, reason: 'removed' };
  const hits: number[] = [];
  for (let at = source.text.indexOf(exact); at >= 0; at = source.text.indexOf(exact, at + 1)) {
    hits.push(at);
  }
  if (hits.length === 0) return { found: false, reason: 'removed' };
  const located = (at: number): Location => ({
    found: true,
    start: source.offsets[at]!,
    end: source.offsets[at + exact.length - 1]! + 1,
  });
  if (hits.length === 1) return located(hits[0]!);
  const prefix = normaliseSpace(quote.prefix);
  const suffix = normaliseSpace(quote.suffix);
  const scored = hits
    .map((at) => ({
      at,
      score:
        commonSuffix(source.text.slice(0, at).trimEnd(), prefix) +
        commonPrefix(source.text.slice(at + exact.length).trimStart(), suffix),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best!.score === 0 || best!.score === second!.score) {
    return { found: false, reason: 'ambiguous' };
  }
  return located(best!.at);
}
