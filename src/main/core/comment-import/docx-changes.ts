import { normaliseSpace, quoteAt } from '../../../shared/anchoring';
import { MAX_QUOTE, type TextQuote } from '../../../shared/domain/rounds';
import type { Body, ChangeGroup } from './docx-body';

/** A tracked change as a proposal: the passage as sent out, and its new wording. */
export interface ChangeProposal {
  quote: TextQuote;
  proposal: string;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && !/\s/.test(char);
/** Letters and digits: what a change inside a word is widened over (punctuation is not). */
const isLetter = (char: string | undefined) =>
  char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);

/** The start of the word ending at or before `at` (whitespace in between included); null: none. */
function wordBefore(text: string, at: number, low: number): number | null {
  let i = at;
  while (i > low && isSpace(text[i - 1])) i--;
  if (i === low) return null;
  while (i > low && isWordChar(text[i - 1])) i--;
  return i;
}

/** The end of the word starting at or after `at` (whitespace in between included); null: none. */
function wordAfter(text: string, at: number, high: number): number | null {
  let i = at;
  while (i < high && isSpace(text[i])) i++;
  if (i === high) return null;
  while (i < high && isWordChar(text[i])) i++;
  return i;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

const MAX_STEPS = 8;

/**
 * Anchors a change in the text as sent out, so the chair reads it and accepting it can apply it:
 * the passage is widened to whole words ("opiskelija" → "opiskelijat", not "" → "t"), a pure
 * insertion quotes the word before it (the word after it at the start of a paragraph), and a
 * passage whose edge would be whitespace the proposal does not keep takes in the neighbouring word,
 * so replacing the trimmed quote by the proposal leaves no doubled or lost spaces. `unchanged`:
 * the text deleted was inserted again; null: there is no text to anchor to, or the passage is
 * longer than a quote may be.
 */
export function anchorChange(body: Body, change: ChangeGroup): ChangeProposal | 'unchanged' | null {
  const text = body.original;
  const paragraph = body.paragraphs[change.paragraph];
  // A paragraph added whole has no text of its own as sent out: anchor to its neighbours.
  const blank = !paragraph || text.slice(paragraph.start, paragraph.end).trim() === '';
  const low = blank ? 0 : paragraph.start;
  const high = blank ? text.length : paragraph.end;

  // Text the deletion and the insertion share is no change ("kunta" → "kunnat": "ta" → "nat").
  let { start, end, inserted } = change;
  const shared = commonPrefixLength(text.slice(start, end), inserted);
  start += shared;
  inserted = inserted.slice(shared);
  const tail = commonSuffixLength(
    text.slice(start, end),
    inserted,
    Math.min(end - start, inserted.length),
  );
  end -= tail;
  inserted = inserted.slice(0, inserted.length - tail);
  if (start === end && inserted === '') return 'unchanged';

  let from = start;
  let to = end;
  // Widen a change inside a word to the whole word (its letters: not a full stop after it).
  const deleted = text.slice(start, end);
  if (isLetter(text[from - 1]) && (isLetter(deleted[0]) || isLetter(inserted[0]))) {
    while (from > low && isLetter(text[from - 1])) from--;
  }
  if (isLetter(text[to]) && (isLetter(deleted.at(-1)) || isLetter(inserted.at(-1)))) {
    while (to < high && isLetter(text[to])) to++;
  }
  for (let step = 0; step < MAX_STEPS; step++) {
    const span = text.slice(from, to);
    const wording = text.slice(from, start) + inserted + text.slice(end, to);
    const lead = span.length - span.trimStart().length;
    const trail = span.length - span.trimEnd().length;
    const before = wordBefore(text, from, low);
    const after = wordAfter(text, to, high);
    const widen = (backward: boolean) => {
      if (backward && before !== null) from = before;
      else if (after !== null) to = after;
      else if (before !== null) from = before;
      else return false;
      return true;
    };
    if (span.trim() === '') {
      if (widen(true)) continue;
      return null;
    }
    const leadKept = wording.startsWith(span.slice(0, lead));
    const trailKept =
      wording.length >= lead + trail && wording.endsWith(span.slice(span.length - trail));
    // Whitespace next to whitespace would be doubled: Word shows it so, but she meant one space.
    // A paragraph's edges are no whitespace here: a paragraph deleted whole proposes "".
    const spaceBefore = from + lead > low && isSpace(text[from + lead - 1]);
    const spaceAfter = to - trail < high && isSpace(text[to - trail]);
    let proposal = wording.slice(leadKept ? lead : 0, wording.length - (trailKept ? trail : 0));
    if (spaceBefore) proposal = proposal.trimStart();
    if (spaceAfter) proposal = proposal.trimEnd();
    const doubled = proposal === '' && spaceBefore && spaceAfter;
    const widened = !leadKept || doubled ? widen(true) : !trailKept && widen(wording.trim() === '');
    // At a paragraph's edges there is nothing to take in: her wording as near as it gets.
    if (widened) continue;
    const tooLong = normaliseSpace(span).length > MAX_QUOTE || proposal.length > MAX_QUOTE * 2;
    const quote = tooLong ? null : quoteAt(text, from + lead, to - trail);
    return quote ? { quote, proposal } : null;
  }
  return null;
}
