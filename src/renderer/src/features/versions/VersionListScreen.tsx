import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { Icon } from '../../ui/Icon';
import { LoadStatus } from './LoadStatus';
import type { VersionList } from './useVersionList';
import { useScreenFocus } from './useScreenFocus';
import { VersionTable } from './VersionTable';
import { currentText, type VersionsScreen } from './versionsScreen';

interface VersionListScreenProps {
  list: VersionList;
  onNavigate: (screen: VersionsScreen) => void;
  onSaveVersion: () => void;
}

/** The two ticked versions, older first; a third tick replaces the earlier pick. */
function toggleSelection(selected: readonly string[], id: string): string[] {
  if (selected.includes(id)) return selected.filter((candidate) => candidate !== id);
  return [...selected, id].slice(-2);
}

function olderFirst(versions: VersionSummary[], ids: readonly string[]): VersionSummary[] {
  return versions.filter((version) => ids.includes(version.id)).sort((a, b) => a.number - b.number);
}

/** "Versiot": what versions are, the list of them, and the ways to compare. */
export function VersionListScreen({ list, onNavigate, onSaveVersion }: VersionListScreenProps) {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const [selected, setSelected] = useState<string[]>([]);
  const versions = list.state === 'ready' ? list.value.versions : [];
  const picked = olderFirst(versions, selected);

  return (
    <div className="versions-screen">
      <header className="versions-header">
        <div className="versions-heading-text">
          <h2 ref={heading} tabIndex={-1} className="screen-heading">
            {t('versions.heading')}
          </h2>
          <p className="versions-intro">{t('versions.intro')}</p>
        </div>
        {/* An empty list has its own, larger invitation to save the first version. */}
        {versions.length > 0 && (
          <button type="button" className="btn btn-primary" onClick={onSaveVersion}>
            <Icon name="plus" />
            {t('versions.save')}
          </button>
        )}
      </header>
      <LoadStatus loaded={list} loading={t('versions.loading')} />
      {list.state === 'ready' && versions.length === 0 && (
        <VersionsEmpty onSaveVersion={onSaveVersion} />
      )}
      {list.state === 'ready' && versions.length > 0 && (
        <>
          <div className="versions-compare-bar">
            <button
              type="button"
              className="btn"
              disabled={picked.length !== 2}
              onClick={() =>
                onNavigate({
                  name: 'compare',
                  from: { versionId: picked[0]!.id },
                  to: { versionId: picked[1]!.id },
                })
              }
            >
              {t('versions.compareSelected')}
            </button>
            <p className="versions-compare-hint" aria-live="polite">
              {picked.length === 2
                ? t('versions.selectedTwo', { from: picked[0]!.number, to: picked[1]!.number })
                : t('versions.selectTwo')}
            </p>
          </div>
          <VersionTable
            versions={versions}
            milestones={list.value.milestones}
            selected={selected}
            onToggle={(id) => setSelected((current) => toggleSelection(current, id))}
            onView={(versionId) => onNavigate({ name: 'version', versionId })}
            onCompareCurrent={(versionId) =>
              onNavigate({ name: 'compare', from: { versionId }, to: currentText })
            }
          />
        </>
      )}
    </div>
  );
}

function VersionsEmpty({ onSaveVersion }: { onSaveVersion: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="versions-empty" aria-labelledby="versions-empty-title">
      <Icon name="history" className="versions-empty-icon" />
      <h3 id="versions-empty-title">{t('versions.emptyTitle')}</h3>
      <p>{t('versions.emptyText')}</p>
      <button type="button" className="btn btn-primary" onClick={onSaveVersion}>
        {t('versions.emptyAction')}
      </button>
    </section>
  );
}
