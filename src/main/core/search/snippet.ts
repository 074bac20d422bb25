import type { SnippetPart } from '../../../shared/domain/search';
import type { MatchRange } from '../../../shared/search/match';

/** Characters of context shown before the first match and after it. */
export const SNIPPET_BEFORE = 40;
export const SNIPPET_AFTER = 100;
const ELLIPSIS = '…';

/** Where the snippet starts: `from` moved forward to a word start, never past `limit`. */
function startAtWord(text: string, from: number, limit: number): number {
  if (from <= 0) return 0;
  if (/\s/.test(text[from - 1]!)) return from;
  const space = text.slice(from, limit).search(/\s/);
  if (space === -1) return from;
  const start = from + space;
  const next = text.slice(start, limit).search(/\S/);
  return next === -1 ? limit : start + next;
}

/** Where the snippet ends: `to` moved back to a word end, never before `limit`. */
function endAtWord(text: string, to: number, limit: number): number {
  if (to >= text.length) return text.length;
  const before = text.slice(limit, to + 1);
  const space = before.search(/\s\S*$/);
  return space === -1 ? to : limit + space;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A short excerpt of `text` around its first match: about SNIPPET_BEFORE characters before and
 * SNIPPET_AFTER after it, cut at word boundaries with "…" where the text goes on, every match
 * inside marked. Line breaks and runs of spaces read as one space. `ranges` are sorted and merged
 * (as `findMatches` gives them) and not empty.
 */
export function snippetOf(text: string, ranges: readonly MatchRange[]): SnippetPart[] {
  const first = ranges[0]!;
  const from = startAtWord(text, first.start - SNIPPET_BEFORE, first.start);
  const to = endAtWord(text, first.end + SNIPPET_AFTER, first.end);
  const parts: SnippetPart[] = [];
  const add = (part: string, match: boolean) => {
    if (part === '') return;
    const previous = parts[parts.length - 1];
    if (previous && previous.match === match) previous.text += part;
    else parts.push({ text: part, match });
  };
  add(from > 0 ? ELLIPSIS : '', false);
  let at = from;
  for (const range of ranges) {
    if (range.start >= to) break;
    if (range.end <= at) continue;
    add(collapse(text.slice(at, Math.max(at, range.start))), false);
    add(collapse(text.slice(Math.max(at, range.start), Math.min(range.end, to))), true);
    at = Math.min(range.end, to);
  }
  add(collapse(text.slice(at, to)), false);
  add(to < text.length ? ELLIPSIS : '', false);
  const head = parts[0];
  if (head && !head.match) head.text = head.text.trimStart();
  const tail = parts[parts.length - 1];
  if (tail && !tail.match) tail.text = tail.text.trimEnd();
  return parts.filter((part) => part.text !== '');
}
