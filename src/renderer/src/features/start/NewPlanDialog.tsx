import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import type { OpenedPlan } from '../../../../shared/ipc';
import { api } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { usePrefs } from '../prefs/PrefsContext';
import {
  PlanFields,
  PlanLanguageField,
  validatePlanFields,
  type PlanFieldErrors,
} from '../plan/PlanFields';
import { usePlanCreation } from './usePlanCreation';

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
  const { t } = useTranslation();
  const { prefs } = usePrefs();
  const [fields, setFields] = useState(() => ({
    title: t('newPlan.defaultTitle'),
    region: '',
    period: '',
  }));
  const [language, setLanguage] = useState<Language>(prefs.language);
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const creation = usePlanCreation(beforeCreate);

  const submit = async () => {
    const checked = validatePlanFields(fields, t);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    const created = await creation.create(fields.title, (path) =>
      api.plan.create({ path, ...fields, period: checked.period, language }),
    );
    if (created) onCreated(created);
  };

  return (
    <FormDialog
      title={t('newPlan.title')}
      description={t('newPlan.description')}
      submitLabel={t('newPlan.create')}
      onSubmit={submit}
      onClose={onClose}
      busy={creation.busy}
      failure={creation.failure}
    >
      <PlanFields values={fields} errors={errors} onChange={setFields} autoFocus regionHint />
      <PlanLanguageField value={language} onChange={setLanguage} />
    </FormDialog>
  );
}
