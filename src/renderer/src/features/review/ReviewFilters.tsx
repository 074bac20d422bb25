import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commentKinds,
  resolutions,
  type Comment,
  type CommentKind,
  type Resolution,
} from '../../../../shared/domain/rounds';
import {
  compareSectionNumbers,
  GENERAL,
  sortKeys,
  type ReviewFilter,
  type SortKey,
} from './reviewModel';

interface ReviewFiltersProps {
  comments: readonly Comment[];
  filter: ReviewFilter;
  onFilter: (filter: ReviewFilter) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
}

/** The sections and respondents that have comments, each once, in reading and name order. */
function choicesOf(comments: readonly Comment[]) {
  const sections = new Map<string, { id: string; number: string; title: string }>();
  const respondents = new Map<string, string>();
  for (const comment of comments) {
    if (comment.section) sections.set(comment.section.id, comment.section);
    respondents.set(comment.respondentId, comment.respondentName);
  }
  return {
    sections: [...sections.values()].sort((a, b) => compareSectionNumbers(a.number, b.number)),
    respondents: [...respondents.entries()].sort((a, b) => a[1].localeCompare(b[1], 'fi')),
  };
}

/** Section, respondent, kind and resolution selects, a search box and the order. */
export function ReviewFilters({ comments, filter, onFilter, sort, onSort }: ReviewFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const { sections, respondents } = choicesOf(comments);
  const all = t('review:filters.all');
  const select = (
    key: 'section' | 'respondent' | 'kind' | 'resolution',
    label: string,
    options: Array<[string, string]>,
  ) => (
    <div className="review-filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        className="field-input"
        value={filter[key]}
        onChange={(event) => onFilter({ ...filter, [key]: event.target.value })}
      >
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div role="group" aria-label={t('review:filters.label')} className="review-filters">
      {select('section', t('review:filters.section'), [
        ...sections.map((section): [string, string] => [
          section.id,
          `${section.number} ${section.title}`,
        ]),
        [GENERAL, t('review:filters.general')],
      ])}
      {select('respondent', t('review:filters.respondent'), respondents)}
      {select(
        'kind',
        t('review:filters.kind'),
        commentKinds.map((kind: CommentKind): [string, string] => [
          kind,
          t(`rounds:commentKind.${kind}`),
        ]),
      )}
      {select(
        'resolution',
        t('review:filters.resolution'),
        resolutions.map((resolution: Resolution): [string, string] => [
          resolution,
          t(`rounds:resolution.${resolution}`),
        ]),
      )}
      <div className="review-filter review-search">
        <label htmlFor={`${id}-search`}>{t('review:filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          className="field-input"
          value={filter.search}
          onChange={(event) => onFilter({ ...filter, search: event.target.value })}
        />
      </div>
      <div className="review-filter">
        <label htmlFor={`${id}-sort`}>{t('review:filters.sort')}</label>
        <select
          id={`${id}-sort`}
          className="field-input"
          value={sort}
          onChange={(event) => onSort(event.target.value as SortKey)}
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t(`review:sort.${key}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
