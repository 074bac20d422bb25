import type { TFunction } from 'i18next';
import type { HitSource, SearchGroup } from '../../../../shared/domain/search';

/** Where a hit is, as the list says it: "Nykyinen teksti", "Versio 3: …", "Kommentti 12 – …". */
export function hitSourceText(t: TFunction, source: HitSource): string {
  switch (source.kind) {
    case 'text':
      return t('search:source.text');
    case 'title':
      return t('search:source.title');
    case 'version':
      return t('search:source.version', {
        number: source.versionNumber,
        label: source.versionLabel,
      });
    case 'comment': {
      const values = { number: source.commentNumber, respondent: source.respondent };
      if (source.field === 'proposal') return t('search:source.commentProposal', values);
      if (source.field === 'response') return t('search:source.commentResponse', values);
      return t('search:source.comment', values);
    }
  }
}

/** A group's heading: "3.1 Title", a section no longer in the plan, or the plan as a whole. */
export function groupTitle(t: TFunction, group: SearchGroup): string {
  if (group.sectionId === null) return t('search:panel.wholePlan');
  if (group.number === '') return t('search:panel.removedSection', { title: group.title });
  return `${group.number} ${group.title}`;
}
