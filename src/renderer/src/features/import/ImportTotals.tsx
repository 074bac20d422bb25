import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocxPreview } from '../../../../shared/domain/docx-import';
import {
  coveredRequirementCount,
  importableRequirementIds,
  type SectionMapping,
} from './importModel';

/** Sections, words and how many of the plan's requirements the mapping covers so far. */
export function ImportTotals({
  preview,
  mapping,
}: {
  preview: DocxPreview;
  mapping: SectionMapping;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <section className="import-totals" aria-labelledby={headingId}>
      <h3 id={headingId} className="import-subheading">
        {t('importDocx.totals')}
      </h3>
      <dl className="import-totals-list">
        <div>
          <dt>{t('importDocx.totalSections')}</dt>
          <dd>{format.format(preview.sections.length)}</dd>
        </div>
        <div>
          <dt>{t('importDocx.totalWords')}</dt>
          <dd>{format.format(preview.words)}</dd>
        </div>
        <div>
          <dt>{t('importDocx.totalCovered')}</dt>
          <dd>
            {t('importDocx.covered', {
              covered: coveredRequirementCount(mapping),
              total: importableRequirementIds.length,
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
