import {
  $createRangeSelection,
  $setSelection,
  HISTORY_PUSH_TAG,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { adaptCase } from '../../../../shared/search/match';
import { parseQuery, type ParsedQuery } from '../../../../shared/search/query';
import type { EditorRegistry } from '../editor/registry';
import { clearFindHighlights, matchRange, showFindHighlights } from './findHighlights';
import { $replaceMatches } from './replaceMatches';
import { $sectionMatches, type SectionMatch } from './sectionMatches';

/** Typing in the text updates the matches once it pauses, not on every key. */
const RECOMPUTE_DELAY = 150;

interface Found {
  matches: readonly SectionMatch[];
  /** Index of the current match; -1 when there is none. */
  current: number;
}

const NOTHING: Found = { matches: [], current: -1 };

export interface SectionFind {
  /** The section searched: the one whose text was focused last. */
  sectionId: string | null;
  /** Whether the query has words to find. */
  searching: boolean;
  /** Whether the query is one word or phrase, the only kind Replace takes. */
  replaceable: boolean;
  matches: readonly SectionMatch[];
  current: number;
  step: (direction: 1 | -1) => void;
  /** Replaces the current match (`all` false) or every match; returns how many were replaced. */
  replace: (replacement: string, all: boolean) => number;
  /** Puts the caret back in the text: the current match selected, or where it was. */
  returnToText: () => void;
}

/** Brings a match into view when it is outside the scrolled document. */
function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  const pane = element?.closest('.document-scroll');
  if (!element || !pane) return;
  const box = range.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  if (box.top < view.top || box.bottom > view.bottom) element.scrollIntoView({ block: 'center' });
}

function $select(match: SectionMatch): void {
  const selection = $createRangeSelection();
  selection.anchor.set(match.start.key, match.start.offset, 'text');
  selection.focus.set(match.end.key, match.end.offset, 'text');
  $setSelection(selection);
}

function matchesIn(editor: LexicalEditor | null, query: ParsedQuery): readonly SectionMatch[] {
  return editor ? editor.read(() => $sectionMatches(query)) : [];
}

/**
 * Finding in the active section's editor while the find bar is open: the matches of `query`,
 * kept up to date as she edits, highlighted (CSS Custom Highlight API), the current one stepped
 * through and replaced. Everything is read from and written to the live Lexical state.
 */
export function useSectionFind(editors: EditorRegistry, query: string, open: boolean): SectionFind {
  const active = useSyncExternalStore(editors.subscribe, editors.getActive);
  const editor = open ? (active?.editor ?? null) : null;
  const parsed = useMemo(() => parseQuery(query), [query]);
  const [found, setFound] = useState<Found>(NOTHING);
  /** Where in the section the current match is, so edits elsewhere do not lose her place. */
  const place = useRef(0);
  /** The current match should be scrolled to once it is known (a new query, a step). */
  const reveal = useRef(false);

  const compute = useCallback(() => {
    const matches = matchesIn(editor, parsed);
    const next = matches.findIndex((match) => match.position >= place.current);
    setFound({ matches, current: matches.length === 0 ? -1 : Math.max(next, 0) });
  }, [editor, parsed]);

  // A new query or another section starts from the section's beginning.
  useEffect(() => {
    place.current = 0;
    reveal.current = true;
  }, [editor, parsed]);

  useEffect(() => {
    compute();
    if (!editor) return;
    let timer = 0;
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(compute, RECOMPUTE_DELAY);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [editor, compute]);

  useEffect(() => {
    if (!editor) {
      clearFindHighlights();
      return;
    }
    const ranges = found.matches.map((match) => matchRange(editor, match));
    const current = ranges[found.current] ?? null;
    showFindHighlights(
      ranges.filter((range): range is Range => range !== null),
      current,
    );
    if (current && reveal.current) {
      reveal.current = false;
      scrollToRange(current);
    }
  }, [editor, found]);

  useEffect(() => clearFindHighlights, []);

  const step = (direction: 1 | -1) => {
    const count = found.matches.length;
    if (count === 0) return;
    const current = (found.current + direction + count) % count;
    place.current = found.matches[current]!.position;
    reveal.current = true;
    setFound({ ...found, current });
  };

  const replace = (replacement: string, all: boolean): number => {
    const target = found.matches[found.current];
    if (!editor || !target || parsed.terms.length !== 1) return 0;
    let replaced = 0;
    // One update, pushed as a step of its own: Ctrl+Z in the text takes it all back. The caret
    // stays in the find bar meanwhile.
    editor.update(
      () => {
        const matches = $sectionMatches(parsed);
        const chosen = all
          ? matches
          : matches.filter((match) => match.position === target.position);
        replaced = chosen.length;
        $replaceMatches(chosen, replacement);
      },
      { discrete: true, tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG] },
    );
    // After a single replacement the next match becomes current (not the new text itself).
    place.current = all ? 0 : target.position + adaptCase(target.text, replacement).length;
    reveal.current = true;
    compute();
    return replaced;
  };

  const returnToText = () => {
    const root = editor?.getRootElement();
    if (!editor || !root) return;
    const target = found.matches[found.current];
    root.focus({ preventScroll: true });
    if (!target) {
      editor.focus();
      return;
    }
    // Found again, as the text may have changed since the matches were last computed.
    editor.update(
      () => {
        const match = $sectionMatches(parsed).find((m) => m.position === target.position);
        if (match) $select(match);
      },
      { discrete: true },
    );
  };

  return {
    sectionId: open ? (active?.sectionId ?? null) : null,
    searching: parsed.terms.length > 0,
    replaceable: parsed.terms.length === 1,
    matches: found.matches,
    current: found.current,
    step,
    replace,
    returnToText,
  };
}
