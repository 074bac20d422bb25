import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMeta } from '../../../../shared/domain/plan';
import { api, errorText } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { validatePlanFields, type PlanFieldErrors } from './planFields';

interface PlanMetaDialogProps {
  docId: string;
  meta: PlanMeta;
  onSaved: (meta: PlanMeta) => void;
  onClose: () => void;
}

/** "Suunnitelman tiedot": the plan's title, wellbeing county and period. */
export function PlanMetaDialog({ docId, meta, onSaved, onClose }: PlanMetaDialogProps) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(meta.title);
  const [region, setRegion] = useState(meta.region);
  const [period, setPeriod] = useState(meta.period ?? '');
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validatePlanFields({ title, region, period }, t);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    setBusy(true);
    const result = await api.plan.updateMeta({ docId, title, region, period: checked.period });
    setBusy(false);
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return;
    }
    onSaved(result.value);
    onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('planMeta.title')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('planForm.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          maxLength={300}
          required
        />
        <Field
          label={t('planForm.region')}
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
        <p className="dialog-note">
          {t('planMeta.language', { language: t(`language.${meta.language}`) })}
        </p>
        <div role="alert" className="dialog-error">
          {failure}
        </div>
        <DialogButtons>
          <DialogClose className="btn">{t('common.cancel')}</DialogClose>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('common.save')}
          </button>
        </DialogButtons>
      </form>
    </Dialog>
  );
}
