import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision, RevisionSummary } from '../../../../shared/domain/versions';
import { api } from '../../api/client';
import { DATA_BLOCK_TYPE } from '../../../../shared/domain/plan-data';
import { loadableContent } from '../../../../shared/domain/stored-content';
import { LiveDataSource } from '../plan-data/DataSource';
import { usePlan } from '../plan/PlanContext';
import { DiffText } from '../versions/DiffText';
import { LoadStatus } from '../versions/LoadStatus';
import { ReadOnlyText } from '../versions/ReadOnlyText';
import { useResult } from '../versions/useResult';
import { formatDateTime } from '../versions/versionFormat';
import { wordDiff } from './wordDiff';

interface RevisionPreviewProps {
  sectionId: string;
  revision: RevisionSummary;
  /** It is the section's text as it is now. */
  isCurrent: boolean;
  /** The section's plain text now, to show what changed since this revision. */
  currentText: string;
}

/** One saved revision: its text read-only, or the words changed since it. */
export function RevisionPreview({
  sectionId,
  revision,
  isCurrent,
  currentText,
}: RevisionPreviewProps) {
  const { t, i18n } = useTranslation();
  const { docId, planLanguage } = usePlan();
  const loaded = useResult(`${docId}/${sectionId}/${revision.revision}`, () =>
    api.history.get({ docId, sectionId, revision: revision.revision }),
  );
  const [mode, setMode] = useState<'text' | 'changes'>('text');
  const headingId = `revision-preview-${revision.revision}`;

  return (
    <section className="revision-preview" aria-labelledby={headingId}>
      <div className="revision-preview-head">
        <h3 id={headingId} className="revision-preview-title">
          {t('history.preview', { date: formatDateTime(revision.createdAt, i18n.language) })}
        </h3>
        {!isCurrent && (
          <div className="segmented" role="group" aria-label={t('history.previewModes')}>
            {(['text', 'changes'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segmented-option"
                aria-pressed={mode === option}
                onClick={() => setMode(option)}
              >
                {t(option === 'text' ? 'history.showText' : 'history.showChanges')}
              </button>
            ))}
          </div>
        )}
      </div>
      <LoadStatus loaded={loaded} loading={t('history.loading')} />
      {loaded.state === 'ready' && mode === 'text' && (
        <RevisionText revision={loaded.value} labelledBy={headingId} lang={planLanguage} />
      )}
      {loaded.state === 'ready' && mode === 'changes' && (
        <RevisionChanges before={loaded.value.plainText} after={currentText} lang={planLanguage} />
      )}
    </section>
  );
}

function RevisionText({
  revision,
  labelledBy,
  lang,
}: {
  revision: Revision;
  labelledBy: string;
  lang: string;
}) {
  const { t } = useTranslation();
  const { planData } = usePlan();
  const { readable, content } = loadableContent(revision.content);
  if (!readable) return <p className="section-error">{t('editor.unreadable')}</p>;
  if (content === null) return <p className="version-empty-section">{t('history.emptyText')}</p>;
  // Revisions keep only the text: its live blocks show the data as it is now, and say so.
  return (
    <div className="revision-body">
      {content.includes(`"${DATA_BLOCK_TYPE}"`) && (
        <p className="revision-data-note">{t('dataBlocks:revisionNote')}</p>
      )}
      <LiveDataSource store={planData}>
        <ReadOnlyText content={content} labelledBy={labelledBy} lang={lang} />
      </LiveDataSource>
    </div>
  );
}

function RevisionChanges({ before, after, lang }: { before: string; after: string; lang: string }) {
  const { t } = useTranslation();
  if (before === after) return <p>{t('history.noChanges')}</p>;
  return (
    <>
      <p className="revision-changes-hint">{t('history.changesHint')}</p>
      <div className="revision-body revision-changes" lang={lang}>
        <DiffText parts={wordDiff(before, after)} />
      </div>
    </>
  );
}
