import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareSide, Comparison } from '../../../../shared/domain/versions';
import { api } from '../../api/client';
import { Icon } from '../../ui/Icon';
import { BackButton } from '../../ui/BackButton';
import { LoadStatus } from './LoadStatus';
import { useResult } from './useResult';
import { ComparePickers } from './ComparePickers';
import { CompareSummary } from './CompareSummary';
import { isChanged, SectionDiffList } from './SectionDiffList';
import { useChangeNavigation } from './useChangeNavigation';
import { useEscapeBack } from './useEscapeBack';
import { useScreenFocus } from './useScreenFocus';
import type { VersionList } from './useVersionList';
import { sideKey } from './versionsScreen';

interface CompareViewProps {
  docId: string;
  list: VersionList;
  /** null: the newest version, once the list is there. */
  from: CompareSide | null;
  to: CompareSide;
  planLanguage: string;
  onChange: (from: CompareSide, to: CompareSide) => void;
  onBack: () => void;
}

/** Two texts side by side in time: what changed, section by section and word by word. */
export function CompareView({
  docId,
  list,
  from,
  to,
  planLanguage,
  onChange,
  onBack,
}: CompareViewProps) {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  useEscapeBack(onBack);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const versions = list.state === 'ready' ? list.value.versions : [];
  const newest = versions[0];

  // "Vertaa versioita" from the menu: the newest version against the text as it is now.
  useEffect(() => {
    if (from === null && newest) onChange({ versionId: newest.id }, to);
  }, [from, newest, to, onChange]);

  return (
    <div className="versions-screen compare-view">
      <BackButton label={t('versions.back')} onBack={onBack} />
      <header className="compare-header">
        <h2 ref={heading} tabIndex={-1} className="screen-heading">
          {t('versions.compare.heading')}
        </h2>
        {from && <ComparePickers versions={versions} from={from} to={to} onChange={onChange} />}
      </header>
      {list.state === 'failed' && <LoadStatus loaded={list} loading="" />}
      {list.state === 'ready' && !newest && <p>{t('versions.compare.noVersions')}</p>}
      {from &&
        (sideKey(from) === sideKey(to) ? (
          <p className="versions-status">{t('versions.compare.same')}</p>
        ) : (
          <ComparisonResult
            docId={docId}
            from={from}
            to={to}
            planLanguage={planLanguage}
            onlyChanges={onlyChanges}
            onOnlyChanges={setOnlyChanges}
          />
        ))}
    </div>
  );
}

interface ComparisonResultProps {
  docId: string;
  from: CompareSide;
  to: CompareSide;
  planLanguage: string;
  onlyChanges: boolean;
  onOnlyChanges: (onlyChanges: boolean) => void;
}

/** One comparison, fetched again whenever either side changes. */
function ComparisonResult({ docId, from, to, ...shown }: ComparisonResultProps) {
  const { t } = useTranslation();
  const compared = useResult(`${docId}/${sideKey(from)}>${sideKey(to)}`, () =>
    api.versions.compare({ docId, from, to }),
  );
  if (compared.state !== 'ready')
    return <LoadStatus loaded={compared} loading={t('versions.compare.loading')} />;
  return <ComparisonBody comparison={compared.value} {...shown} />;
}

interface ComparisonBodyProps {
  comparison: Comparison;
  planLanguage: string;
  onlyChanges: boolean;
  onOnlyChanges: (onlyChanges: boolean) => void;
}

function ComparisonBody({
  comparison,
  planLanguage,
  onlyChanges,
  onOnlyChanges,
}: ComparisonBodyProps) {
  const { t } = useTranslation();
  const changes = useRef<HTMLDivElement>(null);
  const navigation = useChangeNavigation(changes);
  const hasChanges = comparison.sections.some(isChanged);
  return (
    <>
      <CompareSummary comparison={comparison} />
      <div className="compare-toolbar" role="group" aria-label={t('versions.compare.sections')}>
        <label className="checkbox compare-only-changes">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(event) => onOnlyChanges(event.target.checked)}
          />
          {t('versions.compare.onlyChanges')}
        </label>
        <p className="compare-legend">
          <span aria-hidden="true">
            <ins className="diff-insert">{t('versions.compare.badge.added')}</ins>{' '}
            <del className="diff-delete">{t('versions.compare.badge.removed')}</del>
          </span>
          <span className="visually-hidden">{t('versions.compare.legend')}</span>
        </p>
        <div className="change-navigation">
          <span className="change-position" aria-live="polite">
            {!hasChanges
              ? t('versions.compare.noChangeStops')
              : navigation.index >= 0
                ? t('versions.compare.position', {
                    index: navigation.index + 1,
                    total: navigation.total,
                  })
                : ''}
          </span>
          <ChangeButton direction="previous" onClick={navigation.previous} disabled={!hasChanges} />
          <ChangeButton direction="next" onClick={navigation.next} disabled={!hasChanges} />
        </div>
      </div>
      <div ref={changes}>
        <SectionDiffList
          sections={comparison.sections}
          onlyChanges={onlyChanges}
          lang={planLanguage}
        />
      </div>
    </>
  );
}

const changeButtons = {
  previous: { icon: 'arrowUp', keys: 'Shift+F7', label: 'versions.compare.previousChange' },
  next: { icon: 'arrowDown', keys: 'F7', label: 'versions.compare.nextChange' },
} as const;

interface ChangeButtonProps {
  direction: keyof typeof changeButtons;
  onClick: () => void;
  disabled: boolean;
}

/** "Edellinen muutos" / "Seuraava muutos", with the shortcut in the tooltip. */
function ChangeButton({ direction, onClick, disabled }: ChangeButtonProps) {
  const { t } = useTranslation();
  const { icon, keys, label } = changeButtons[direction];
  return (
    <button
      type="button"
      className="btn btn-small"
      onClick={onClick}
      disabled={disabled}
      aria-keyshortcuts={keys}
      title={`${t(label)} (${keys})`}
    >
      <Icon name={icon} />
      {t(label)}
    </button>
  );
}
