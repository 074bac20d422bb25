import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/settings';
import type { OpenedPlan } from '../../../../shared/ipc';
import { api, errorText } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { Field, SelectField } from '../../ui/Field';
import { usePrefs } from '../prefs/PrefsContext';
import { validatePlanFields, type PlanFieldErrors } from '../plan/planFields';

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
  const [title, setTitle] = useState(() => t('newPlan.defaultTitle'));
  const [region, setRegion] = useState('');
  const [period, setPeriod] = useState('');
  const [language, setLanguage] = useState<Language>(prefs.language);
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validatePlanFields({ title, region, period }, t);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    setFailure(null);
    setBusy(true);
    try {
      const chosen = await api.dialog.chooseNewPlanPath({
        // The save dialog makes a file name of the title.
        suggestedName: title.trim().slice(0, 200),
      });
      if (!chosen.ok) {
        setFailure(errorText(i18n, chosen.error));
        return;
      }
      if (chosen.value.path === null || !(await beforeCreate())) return;
      const created = await api.plan.create({
        path: chosen.value.path,
        title,
        region,
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
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('newPlan.title')}
      description={t('newPlan.description')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('planForm.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          maxLength={300}
          required
          autoFocus
        />
        <Field
          label={t('planForm.region')}
          hint={t('planForm.regionHint')}
          value={region}
          onChange={(event) => setRegion(event.target.value)}
          error={errors.region}
          maxLength={200}
          required
        />
        <Field
          label={t('planForm.period')}
          hint={t('planForm.periodHint')}
          value={period}
          onChange={(event) => setPeriod(event.target.value)}
          error={errors.period}
          maxLength={20}
        />
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
        <div role="alert" className="dialog-error">
          {failure}
        </div>
        <DialogButtons>
          <DialogClose className="btn">{t('common.cancel')}</DialogClose>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('newPlan.create')}
          </button>
        </DialogButtons>
      </form>
    </Dialog>
  );
}
