import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  milestoneKinds,
  type Milestone,
  type MilestoneKind,
} from '../../../../shared/domain/milestones';
import { Field, SelectField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useMilestoneText } from './milestoneText';
import { useDialogSubmit } from '../../ui/useDialogSubmit';

/** The select's value for "first", since the others are milestone ids. */
const FIRST = '';

interface AddMilestoneDialogProps {
  milestones: Milestone[];
  /** Where the new step goes by default: after this one (null: first). */
  afterId: string | null;
  /** Adds it; answers a failure's text, or null when added. */
  onAdd: (
    kind: MilestoneKind,
    afterId: string | null,
    title: string | null,
  ) => Promise<string | null>;
  onClose: () => void;
}

/** "Lisää vaihe": a kind, an optional own name, and where in the process it goes. */
export function AddMilestoneDialog({
  milestones,
  afterId,
  onAdd,
  onClose,
}: AddMilestoneDialogProps) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const [kind, setKind] = useState<MilestoneKind>('other');
  const [title, setTitle] = useState('');
  const [after, setAfter] = useState(afterId ?? FIRST);
  const { busy, failure, run } = useDialogSubmit(onClose);

  const submit = () => run(() => onAdd(kind, after === FIRST ? null : after, title.trim() || null));

  return (
    <FormDialog
      title={t('timeline.addDialog.title')}
      submitLabel={t('timeline.addDialog.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <SelectField
        label={t('timeline.addDialog.kind')}
        value={kind}
        onChange={(value) => setKind(value as MilestoneKind)}
      >
        {milestoneKinds.map((option) => (
          <option key={option} value={option}>
            {t(`process:kind.${option}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('timeline.addDialog.ownTitle')}
        hint={t('timeline.addDialog.ownTitleHint')}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
      />
      <SelectField label={t('timeline.addDialog.position')} value={after} onChange={setAfter}>
        <option value={FIRST}>{t('timeline.addDialog.first')}</option>
        {milestones.map((milestone) => (
          <option key={milestone.id} value={milestone.id}>
            {t('timeline.addDialog.after', { title: text.name(milestone) })}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
