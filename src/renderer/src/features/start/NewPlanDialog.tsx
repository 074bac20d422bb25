import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/settings';
import type { OpenedPlan } from '../../../../shared/ipc';
import { api, errorText } from '../../api/client';
import { SelectField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { usePrefs } from '../prefs/PrefsContext';
import { PlanFields, validatePlanFields, type PlanFieldErrors } from '../plan/PlanFields';

interface NewPlanDialogProps {
  /** Saves the plan open now; false stops the creation (saving failed). */
  beforeCreate: () => Promise<boolean>;
  onCreated: (plan: OpenedPlan) => void;
  onClose: () => void;
}

/**
 * "Uusi suunnitelma": the plan's basic facts, then where to save it. The new file starts with the
 * statutory template's sections, titled in the plan's language.
 */
export function NewPlanDialog({ beforeCreate, onCreated, onClose }: NewPlanDialogProps) {
  const { t, i18n } = useTranslation();
  const { prefs } = usePrefs();
  const [fields, setFields] = useState(() => ({
    title: t('newPlan.defaultTitle'),
    region: '',
    period: '',
  }));
  const [language, setLanguage] = useState<Language>(prefs.language);
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = validatePlanFields(fields, t);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    setFailure(null);
    setBusy(true);
    try {
      const chosen = await api.dialog.chooseNewPlanPath({
        // The save dialog makes a file name of the title.
        suggestedName: fields.title.trim().slice(0, 200),
      });
      if (!chosen.ok) {
        setFailure(errorText(i18n, chosen.error));
        return;
      }
      if (chosen.value.path === null || !(await beforeCreate())) return;
      const created = await api.plan.create({
        path: chosen.value.path,
        ...fields,
        period: checked.period,
        language,
      });
      if (!created.ok) {
        setFailure(errorText(i18n, created.error));
        return;
      }
      onCreated(created.value);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('newPlan.title')}
      description={t('newPlan.description')}
      submitLabel={t('newPlan.create')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <PlanFields values={fields} errors={errors} onChange={setFields} autoFocus regionHint />
      <SelectField
        label={t('planForm.language')}
        value={language}
        onChange={(value) => setLanguage(value as Language)}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
