import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/domain/settings';
import { errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { usePrefs } from './PrefsContext';

/** Suomi / Svenska / English, each name in its own language; the choice is saved at once. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { prefs, update } = usePrefs();
  const report = useReportError();
  return (
    <div className="language-switcher" role="group" aria-label={t('prefs.language')}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-option"
          aria-pressed={prefs.language === code}
          onClick={() =>
            void update({ language: code }).then((result) => {
              if (!result.ok) report(errorText(i18n, result.error));
            })
          }
        >
          {t(`languageName.${code}`)}
        </button>
      ))}
    </div>
  );
}
