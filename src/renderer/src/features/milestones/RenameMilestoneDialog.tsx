import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../shared/domain/milestones';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useMilestoneText } from './milestoneText';
import { useDialogSubmit } from '../../ui/useDialogSubmit';

interface RenameMilestoneDialogProps {
  milestone: Milestone;
  /** Saves the name (null: back to the kind's label); answers a failure's text, or null. */
  onRename: (title: string | null) => Promise<string | null>;
  onClose: () => void;
}

/** Her own name for a step; emptying it restores the kind's label. */
export function RenameMilestoneDialog({
  milestone,
  onRename,
  onClose,
}: RenameMilestoneDialogProps) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const [title, setTitle] = useState(text.name(milestone));
  const { busy, failure, run } = useDialogSubmit(onClose);

  const submit = () => {
    const trimmed = title.trim();
    // Her own name only when it differs from the kind's label, which follows the UI language.
    return run(() => onRename(trimmed === '' || trimmed === text.kind(milestone) ? null : trimmed));
  };

  return (
    <FormDialog
      title={t('timeline.renameDialog.title')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <Field
        label={t('timeline.renameDialog.field')}
        hint={t('timeline.renameDialog.hint', { label: text.kind(milestone) })}
        value={title}
        maxLength={200}
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setTitle(event.target.value)}
      />
    </FormDialog>
  );
}
