import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareSide } from '../../../../shared/domain/versions';
import { CompareView } from './CompareView';
import { useVersionList } from './useVersionList';
import { VersionListScreen } from './VersionListScreen';
import { VersionReader } from './VersionReader';
import { currentText, type VersionsScreen } from './versionsScreen';

interface VersionsViewProps {
  docId: string;
  /** The language the plan is written in. */
  planLanguage: string;
  screen: VersionsScreen;
  onNavigate: (screen: VersionsScreen) => void;
  onSaveVersion: () => void;
  /** Grows with every version saved: the list is fetched again. */
  savedCount: number;
}

/** The plan's frozen versions: the list, one version read-only, or a comparison. */
export function VersionsView({
  docId,
  planLanguage,
  screen,
  onNavigate,
  onSaveVersion,
  savedCount,
}: VersionsViewProps) {
  const { t } = useTranslation();
  const list = useVersionList(docId, savedCount);
  const toList = useCallback(() => onNavigate({ name: 'list' }), [onNavigate]);
  const compare = useCallback(
    (from: CompareSide, to: CompareSide) => onNavigate({ name: 'compare', from, to }),
    [onNavigate],
  );

  return (
    <main className="plan-view-main versions-view" id="versions" aria-label={t('versions.heading')}>
      {screen.name === 'list' && (
        <VersionListScreen list={list} onNavigate={onNavigate} onSaveVersion={onSaveVersion} />
      )}
      {screen.name === 'version' && (
        <VersionReader
          docId={docId}
          versionId={screen.versionId}
          passage={screen.passage ?? null}
          onBack={toList}
          onCompareCurrent={() => compare({ versionId: screen.versionId }, currentText)}
        />
      )}
      {screen.name === 'compare' && (
        <CompareView
          docId={docId}
          list={list}
          from={screen.from}
          to={screen.to}
          planLanguage={planLanguage}
          onChange={compare}
          onBack={toList}
        />
      )}
    </main>
  );
}
