import { useCallback, useEffect, useRef, useState } from 'react';
import type { Comment } from '../../../../shared/domain/rounds';
import type { EditorRegistry } from '../editor/registry';
import { quoteLocator, type QuoteLocator } from '../../../../shared/anchoring';
import { domText, rangeOf, type DomText } from './domText';

/** The CSS Custom Highlight names styled in review.css. */
export const HIGHLIGHT = 'suunta-comment';
export const HIGHLIGHT_SELECTED = 'suunta-comment-selected';

const RECOMPUTE_DELAY = 150;

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export interface LiveAnchors {
  /** Comments whose passage is in the editors' text now, with where it starts in its section. */
  found: ReadonlyMap<string, number>;
  /** The comment whose passage holds this DOM point (the first by number), if any. */
  commentAt: (node: Node, offset: number) => string | null;
}

/**
 * Highlights the passages of `comments` in the section editors without touching the documents
 * (CSS Custom Highlight API), and follows the text as she edits: each editor update recomputes
 * where the quotes stand, shortly after typing pauses.
 */
export function useCommentHighlights(
  editors: EditorRegistry,
  comments: readonly Comment[],
  selectedId: string | null,
): LiveAnchors {
  // Editors mount and unmount (sections loading, a section rebuilt after a restore).
  const [registryTick, setRegistryTick] = useState(0);
  useEffect(() => editors.subscribe(() => setRegistryTick((tick) => tick + 1)), [editors]);
  const ranges = useRef(new Map<string, Range>());
  const [found, setFound] = useState<ReadonlyMap<string, number>>(new Map());

  // Computed after the DOM has settled: at once, and again shortly after each edit.
  useEffect(() => {
    const compute = () => {
      const next = new Map<string, Range>();
      const starts = new Map<string, number>();
      const texts = new Map<string, { text: DomText; locate: QuoteLocator }>();
      for (const comment of comments) {
        if (!comment.quote || !comment.section || comment.parentId !== null) continue;
        const root = editors.get(comment.section.id)?.getRootElement();
        if (!root) continue;
        let section = texts.get(comment.section.id);
        if (!section) {
          const text = domText(root);
          section = { text, locate: quoteLocator(text.text) };
          texts.set(comment.section.id, section);
        }
        const { text, locate } = section;
        const location = locate(comment.quote);
        const range = location.found ? rangeOf(text, location.start, location.end) : null;
        if (!location.found || !range) continue;
        next.set(comment.id, range);
        starts.set(comment.id, location.start);
      }
      ranges.current = next;
      setFound((current) => {
        const same =
          current.size === starts.size &&
          [...starts].every(([id, start]) => current.get(id) === start);
        return same ? current : starts;
      });
      if (!highlightsSupported()) return;
      CSS.highlights.set(HIGHLIGHT, new Highlight(...next.values()));
      const selected = selectedId ? next.get(selectedId) : undefined;
      if (selected) CSS.highlights.set(HIGHLIGHT_SELECTED, new Highlight(selected));
      else CSS.highlights.delete(HIGHLIGHT_SELECTED);
    };
    let timer = window.setTimeout(compute, 0);
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(compute, RECOMPUTE_DELAY);
    };
    const sectionIds = new Set(comments.flatMap((comment) => comment.section?.id ?? []));
    const stops = [...sectionIds].flatMap((id) => {
      const editor = editors.get(id);
      return editor ? [editor.registerUpdateListener(schedule)] : [];
    });
    return () => {
      window.clearTimeout(timer);
      stops.forEach((stop) => stop());
    };
  }, [comments, selectedId, editors, registryTick]);

  useEffect(
    () => () => {
      if (!highlightsSupported()) return;
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(HIGHLIGHT_SELECTED);
    },
    [],
  );

  const commentAt = useCallback((node: Node, offset: number): string | null => {
    for (const [id, range] of ranges.current) {
      if (range.intersectsNode(node) && range.isPointInRange(node, offset)) return id;
    }
    return null;
  }, []);

  return { found, commentAt };
}
