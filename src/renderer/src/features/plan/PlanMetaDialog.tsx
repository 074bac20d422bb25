import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMeta } from '../../../../shared/domain/plan';
import { api, errorText } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { PlanFields, validatePlanFields, type PlanFieldErrors } from './PlanFields';

interface PlanMetaDialogProps {
  docId: string;
  meta: PlanMeta;
  onSaved: (meta: PlanMeta) => void;
  onClose: () => void;
}

/** "Suunnitelman tiedot": the plan's title, wellbeing county and period. */
export function PlanMetaDialog({ docId, meta, onSaved, onClose }: PlanMetaDialogProps) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState({
    title: meta.title,
    region: meta.region,
    period: meta.period ?? '',
  });
  const helsinkiId = useId();
  const [helsinki, setHelsinki] = useState(meta.helsinki);
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const { busy, failure, run } = useDialogSubmit(onClose);

  const submit = async () => {
    const checked = validatePlanFields(fields, t);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    await run(async () => {
      const result = await api.plan.updateMeta({
        docId,
        ...fields,
        period: checked.period,
        helsinki,
      });
      if (!result.ok) return errorText(i18n, result.error);
      onSaved(result.value);
      return null;
    });
  };

  return (
    <FormDialog
      title={t('planMeta.title')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <PlanFields values={fields} errors={errors} onChange={setFields} />
      <div className="check-field">
        <input
          id={helsinkiId}
          type="checkbox"
          checked={helsinki}
          aria-describedby={`${helsinkiId}-hint`}
          onChange={(event) => setHelsinki(event.target.checked)}
        />
        <label htmlFor={helsinkiId}>{t('planMeta.helsinki')}</label>
        <p id={`${helsinkiId}-hint`} className="field-hint">
          {t('planMeta.helsinkiHint')}
        </p>
      </div>
      <p className="dialog-note">
        {t('planMeta.language', { language: t(`language.${meta.language}`) })}
      </p>
    </FormDialog>
  );
}
