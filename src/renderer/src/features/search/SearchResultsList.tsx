import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchGroup, SearchHit, SearchResults } from '../../../../shared/domain/search';
import { groupTitle, hitSourceText } from './hitSource';

interface SearchResultsListProps {
  results: SearchResults;
  onOpen: (group: SearchGroup, hit: SearchHit) => void;
}

const HIT = 'button[data-search-hit]';

/** Up and down arrows go from hit to hit across the groups; Home and End to the first and last. */
function moveBetweenHits(event: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const hits = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(HIT)];
  const at = hits.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? hits.length - 1
        : Math.min(hits.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  hits[next]?.focus();
}

/** Moves focus to the first hit of the list (from the query field's down arrow). */
export function focusFirstHit(list: HTMLElement | null): boolean {
  const first = list?.querySelector<HTMLButtonElement>(HIT);
  first?.focus();
  return Boolean(first);
}

/** The hits grouped by section, each with where it is and the words around the first match. */
export function SearchResultsList({ results, onOpen }: SearchResultsListProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="search-results" onKeyDown={moveBetweenHits}>
      {results.groups.map((group, index) => {
        const headingId = `${id}-group-${index}`;
        return (
          <section
            key={group.sectionId ?? `plan-${index}`}
            className="search-group"
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="search-group-title">
              <span className="search-group-name">{groupTitle(t, group)}</span>
              <span className="search-group-count">
                {t('search:panel.groupHits', { count: group.hits.length })}
              </span>
            </h3>
            <ul className="search-hits">
              {group.hits.map((hit, hitIndex) => (
                <li key={hitIndex}>
                  <button
                    type="button"
                    className="search-hit"
                    data-search-hit=""
                    onClick={() => onOpen(group, hit)}
                  >
                    <span className="search-hit-source">
                      {hitSourceText(t, hit.source)}
                      {hit.matches > 1 && (
                        <span className="search-hit-more">
                          {' '}
                          {t('search:panel.moreMatches', { count: hit.matches - 1 })}
                        </span>
                      )}
                    </span>
                    <span className="search-hit-snippet">
                      {hit.snippet.map((part, partIndex) =>
                        part.match ? (
                          <mark key={partIndex}>{part.text}</mark>
                        ) : (
                          <span key={partIndex}>{part.text}</span>
                        ),
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
