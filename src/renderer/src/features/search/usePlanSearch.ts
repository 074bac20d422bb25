import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResults, SearchSources } from '../../../../shared/domain/search';
import type { AppError } from '../../../../shared/result';
import { parseQuery } from '../../../../shared/search/query';
import { api } from '../../api/client';
import type { SaveCoordinator } from '../autosave/saveCoordinator';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 200;

export type PlanSearchState =
  | { state: 'idle' }
  | { state: 'searching'; previous: SearchResults | null }
  | { state: 'done'; results: SearchResults }
  | { state: 'failed'; error: AppError };

/**
 * Searches the plan as she types: after a short pause, with what she has typed in the editors
 * saved first (the core searches the stored text). An answer to an older query is dropped.
 */
export function usePlanSearch(
  docId: string,
  saves: SaveCoordinator,
  query: string,
  sources: SearchSources,
) {
  const [search, setSearch] = useState<PlanSearchState>({ state: 'idle' });
  const latest = useRef(0);
  const { versions, comments } = sources;

  const run = useCallback(async () => {
    const ticket = ++latest.current;
    const text = query.trim();
    if (parseQuery(text).terms.length === 0) {
      setSearch({ state: 'idle' });
      return;
    }
    setSearch((current) => ({
      state: 'searching',
      previous: current.state === 'done' ? current.results : null,
    }));
    await saves.flushAll();
    const result = await api.search.query({ docId, query: text, sources: { versions, comments } });
    if (ticket !== latest.current) return;
    setSearch(
      result.ok
        ? { state: 'done', results: result.value }
        : { state: 'failed', error: result.error },
    );
  }, [docId, saves, query, versions, comments]);

  useEffect(() => {
    const timer = window.setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [run]);

  return { search, refresh: run };
}
