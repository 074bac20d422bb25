import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../shared/domain/versions';
import { DiffText } from './DiffText';

const statOrder = [
  'textChanged',
  'added',
  'removed',
  'moved',
  'renamed',
  'wordsInserted',
  'wordsDeleted',
] as const;

/** The plan details a comparison may report, by the core's field name → the form's label. */
const metaLabels: Record<string, string> = {
  title: 'planForm.title',
  region: 'planForm.region',
  period: 'planForm.period',
  language: 'planForm.language',
  helsinki: 'planMeta.helsinki',
};

/** "3 lukua muutettu · 1 luku lisätty · 42 sanaa lisätty …" and changed plan details. */
export function CompareSummary({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const stats = statOrder.filter((stat) => comparison.stats[stat] > 0);
  return (
    <section className="compare-summary" aria-labelledby="compare-summary-title">
      <h3 id="compare-summary-title" className="compare-summary-title">
        {t('versions.compare.summary')}
      </h3>
      {stats.length === 0 && comparison.meta.length === 0 ? (
        <p>{t('versions.compare.noChanges')}</p>
      ) : (
        <ul className="compare-stats">
          {stats.map((stat) => (
            <li key={stat} className={`compare-stat stat-${stat}`}>
              {t(`versions.compare.stats.${stat}`, { count: comparison.stats[stat] })}
            </li>
          ))}
        </ul>
      )}
      {comparison.meta.length > 0 && (
        <dl className="compare-meta">
          {comparison.meta.map((change) => (
            <div key={change.field}>
              <dt>{metaLabels[change.field] ? t(metaLabels[change.field]!) : change.field}</dt>
              <dd>
                <DiffText
                  parts={[
                    { op: 'delete', text: change.from },
                    { op: 'equal', text: ' → ' },
                    { op: 'insert', text: change.to },
                  ]}
                />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
