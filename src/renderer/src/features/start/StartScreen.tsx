import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentPlan } from '../../../../shared/domain/settings';
import { api, errorText } from '../../api/client';
import { AlertBanner, useReportError } from '../../ui/AlertBanner';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { LanguageSwitcher } from '../prefs/LanguageSwitcher';

interface StartScreenProps {
  onNewPlan: () => void;
  onOpen: () => void;
  onOpenPath: (path: string) => void;
  onImportDocx: () => void;
  /** A Word file is being read for the import preview. */
  importing: boolean;
  onPreferences: () => void;
  onHelp: () => void;
}

/** The first screen: new plan, open a file, import a Word file, or continue with a recent plan. */
export function StartScreen({
  onNewPlan,
  onOpen,
  onOpenPath,
  onImportDocx,
  importing,
  onPreferences,
  onHelp,
}: StartScreenProps) {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const [recent, setRecent] = useState<RecentPlan[] | null>(null);

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  useEffect(() => {
    void api.recent.list({}).then((result) => {
      if (result.ok) setRecent(result.value);
      else {
        setRecent([]);
        report(errorText(i18n, result.error));
      }
    });
  }, [i18n, report]);

  const remove = async (path: string) => {
    const result = await api.recent.remove({ path });
    if (result.ok) setRecent(result.value);
    else report(errorText(i18n, result.error));
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <div className="start-screen">
      <header className="start-header">
        <div className="start-brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <span className="brand-name">{t('appName')}</span>
        </div>
        <div className="start-header-actions">
          <LanguageSwitcher />
          <IconButton icon="settings" label={t('prefs.open')} onClick={onPreferences} />
          <IconButton icon="help" label={t('help.open')} onClick={onHelp} />
        </div>
      </header>
      <main className="start-main">
        <h1 className="start-title">{t('start.heading')}</h1>
        <p className="start-intro">{t('start.intro')}</p>
        <AlertBanner />
        <div className="start-actions">
          <button type="button" className="start-action btn-primary" onClick={onNewPlan}>
            <Icon name="file" />
            <span className="start-action-text">
              <span className="start-action-title">{t('start.newPlan')}</span>
              <span className="start-action-hint">{t('start.newPlanHint')}</span>
            </span>
          </button>
          <button type="button" className="start-action" onClick={onOpen}>
            <Icon name="folder" />
            <span className="start-action-text">
              <span className="start-action-title">{t('start.open')}</span>
              <span className="start-action-hint">{t('start.openHint')}</span>
            </span>
          </button>
          <button
            type="button"
            className="start-action start-action-wide"
            aria-busy={importing}
            // Not `disabled`: focus stays on the button while the file is read.
            aria-disabled={importing}
            onClick={() => {
              if (!importing) onImportDocx();
            }}
          >
            <Icon name="fileImport" />
            <span className="start-action-text">
              <span className="start-action-title">{t('start.importDocx')}</span>
              <span className="start-action-hint">
                {importing ? t('importDocx.reading') : t('start.importDocxHint')}
              </span>
            </span>
          </button>
        </div>
        <section className="recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="recent-heading">
            {t('start.recent')}
          </h2>
          {recent !== null && recent.length === 0 && (
            <p className="recent-empty">{t('start.recentEmpty')}</p>
          )}
          {recent !== null && recent.length > 0 && (
            <ul className="recent-list">
              {recent.map((plan) => (
                <li key={plan.path} className={`recent-item${plan.exists ? '' : ' is-missing'}`}>
                  <button
                    type="button"
                    className="recent-open"
                    disabled={!plan.exists}
                    onClick={() => onOpenPath(plan.path)}
                  >
                    <span className="recent-title">{plan.title}</span>
                    <span className="recent-meta">
                      {plan.region}
                      {' · '}
                      {t('start.openedAt', { date: dateFormat.format(new Date(plan.openedAt)) })}
                    </span>
                    <span className="recent-path">{plan.path}</span>
                    {!plan.exists && <span className="recent-missing">{t('start.missing')}</span>}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet btn-icon recent-remove"
                    aria-label={t('start.removeRecent', { title: plan.title })}
                    title={t('start.removeRecentShort')}
                    onClick={() => void remove(plan.path)}
                  >
                    <Icon name="close" />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
