import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/settings';
import { errorText } from '../../api/client';
import { Field, SelectField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { usePrefs } from './PrefsContext';

/** "Asetukset": her name (recorded as "who" by later features), organisation and UI language. */
export function PreferencesDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { prefs, update } = usePrefs();
  const [name, setName] = useState(prefs.name);
  const [organisation, setOrganisation] = useState(prefs.organisation);
  const [language, setLanguage] = useState<Language>(prefs.language);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const result = await update({ name, organisation, language });
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return;
    }
    onClose();
  };

  return (
    <FormDialog
      title={t('prefs.title')}
      description={t('prefs.description')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      onClose={onClose}
      failure={failure}
    >
      <Field
        label={t('prefs.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={120}
        autoComplete="name"
        autoFocus
      />
      <Field
        label={t('prefs.organisation')}
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
        maxLength={200}
        autoComplete="organization"
      />
      <SelectField
        label={t('prefs.language')}
        value={language}
        onChange={(value) => setLanguage(value as Language)}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languageName.${code}`)}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
