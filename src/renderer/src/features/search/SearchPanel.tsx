import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplacedSection, SearchGroup, SearchHit } from '../../../../shared/domain/search';
import { errorText } from '../../api/client';
import { IconButton } from '../../ui/IconButton';
import { usePlan } from '../plan/PlanContext';
import { ReplaceRow } from './ReplaceRow';
import { SearchCheck } from './SearchCheck';
import { focusFirstHit, SearchResultsList } from './SearchResultsList';
import { usePlanSearch, type PlanSearchState } from './usePlanSearch';
import '../../styles/search.css';

interface SearchPanelProps {
  /** The query to start with (from the find bar or a new Ctrl+Shift+F); a new value replaces it. */
  request: { query: string; at: number };
  onOpenHit: (group: SearchGroup, hit: SearchHit) => void;
  onReplaced: (sections: ReplacedSection[]) => void;
  onClose: () => void;
}

/** "Haetaan…", "Ei osumia." or how many hits in how many sections. */
function StatusText({ search }: { search: PlanSearchState }) {
  const { t } = useTranslation();
  switch (search.state) {
    case 'idle':
      return null;
    case 'searching':
      return <>{t('search:panel.searching')}</>;
    case 'failed':
      return null;
    case 'done': {
      const { total, groups } = search.results;
      if (total === 0) return <>{t('search:panel.noHits')}</>;
      const summary = t('search:panel.summary', { count: total });
      return (
        <>
          {t('search:panel.summaryIn', { summary, count: groups.length })}
          {search.results.truncated && (
            <span className="search-truncated">
              {' '}
              {t('search:panel.truncated', {
                shown: groups.reduce((sum, group) => sum + group.hits.length, 0),
                total,
              })}
            </span>
          )}
        </>
      );
    }
  }
}

/**
 * "Hae suunnitelmasta" (Ctrl+Shift+F): the whole plan searched as she types, the hits grouped by
 * section, each opening its passage; and the found word replaced everywhere, with undo.
 */
export function SearchPanel({ request, onOpenHit, onReplaced, onClose }: SearchPanelProps) {
  const { t, i18n } = useTranslation();
  const { docId, saves } = usePlan();
  const id = useId();
  const [query, setQuery] = useState(request.query);
  const [versions, setVersions] = useState(true);
  const [comments, setComments] = useState(true);
  const [replaceShown, setReplaceShown] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const { search, refresh } = usePlanSearch(docId, saves, query, { versions, comments });

  // A new request with words (the selection, or the find bar's query) replaces the query.
  const [taken, setTaken] = useState(request);
  if (request !== taken) {
    setTaken(request);
    if (request.query !== '') setQuery(request.query);
  }
  // Every Ctrl+Shift+F brings the caret to the query.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [request]);

  // Other words: the list starts from the top again.
  useEffect(() => {
    list.current?.scrollTo({ top: 0 });
  }, [query]);

  const results =
    search.state === 'done'
      ? search.results
      : search.state === 'searching'
        ? search.previous
        : null;

  const onQueryKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && focusFirstHit(list.current)) event.preventDefault();
    if (event.key === 'Enter') {
      event.preventDefault();
      void refresh();
    }
  };

  return (
    <aside
      className="search-panel"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => {
        // Not from the confirm dialog, which is rendered elsewhere but bubbles through here.
        const inside = event.currentTarget.contains(event.target as Node);
        if (event.key === 'Escape' && inside && !event.defaultPrevented) onClose();
      }}
    >
      <div className="search-header">
        <h2 id={`${id}-heading`} className="search-heading">
          {t('search:panel.heading')}
        </h2>
        <div className="search-header-actions">
          <button
            type="button"
            className="btn btn-small btn-quiet"
            aria-expanded={replaceShown}
            onClick={() => setReplaceShown(!replaceShown)}
          >
            {replaceShown ? t('search:replace.hide') : t('search:replace.show')}
          </button>
          <IconButton icon="close" label={t('search:panel.close')} onClick={onClose} />
        </div>
      </div>
      <form className="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-query`} className="field-label">
            {t('search:panel.query')}
          </label>
          <input
            ref={input}
            id={`${id}-query`}
            className="field-input"
            type="search"
            value={query}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onQueryKey}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('search:panel.queryHint')}
          </p>
        </div>
        <fieldset className="search-sources">
          <legend className="search-sources-legend">{t('search:panel.alsoIn')}</legend>
          <SearchCheck
            label={t('search:panel.versions')}
            checked={versions}
            onChange={setVersions}
          />
          <SearchCheck
            label={t('search:panel.comments')}
            checked={comments}
            onChange={setComments}
          />
        </fieldset>
        {replaceShown && (
          <ReplaceRow
            docId={docId}
            query={query}
            results={search.state === 'done' ? search.results : null}
            onReplaced={(sections) => {
              onReplaced(sections);
              void refresh();
            }}
          />
        )}
      </form>
      <p className="search-status" role="status" aria-live="polite">
        <StatusText search={search} />
      </p>
      {search.state === 'failed' && (
        <p className="search-error" role="alert">
          {errorText(i18n, search.error)}
        </p>
      )}
      <div
        ref={list}
        className="search-scroll"
        aria-label={t('search:panel.results')}
        role="region"
        aria-busy={search.state === 'searching'}
      >
        {results && <SearchResultsList results={results} onOpen={onOpenHit} />}
      </div>
    </aside>
  );
}
