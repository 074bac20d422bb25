import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { api, errorText } from '../../api/client';
import { Field, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import type { SaveCoordinator } from '../autosave/saveCoordinator';
import { formatDate } from './versionFormat';

interface SaveVersionDialogProps {
  docId: string;
  saves: SaveCoordinator;
  onSaved: (version: VersionSummary) => void;
  onClose: () => void;
}

/** "Tallenna versio": a name (today's draft by default) and an optional note, then freeze. */
export function SaveVersionDialog({ docId, saves, onSaved, onClose }: SaveVersionDialogProps) {
  const { t, i18n } = useTranslation();
  const [label, setLabel] = useState(() =>
    t('versions.defaultLabel', { date: formatDate(new Date(), i18n.language) }),
  );
  const [note, setNote] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const { busy, failure, run } = useDialogSubmit(onClose);

  const submit = async () => {
    if (label.trim() === '') {
      setLabelError(t('versions.labelRequired'));
      return;
    }
    await run(async () => {
      // The version must hold what she sees, so the typing not yet saved goes in first.
      if (!(await saves.flushAll())) return t('versions.unsaved');
      const result = await api.versions.create({
        docId,
        label: label.trim(),
        note: note.trim() === '' ? undefined : note.trim(),
      });
      if (!result.ok) return errorText(i18n, result.error);
      onSaved(result.value);
      return null;
    });
  };

  return (
    <FormDialog
      title={t('versions.saveTitle')}
      description={t('versions.saveDescription')}
      submitLabel={t('versions.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <Field
        label={t('versions.label')}
        hint={t('versions.labelHint')}
        error={labelError}
        value={label}
        maxLength={200}
        autoFocus
        onChange={(event) => {
          setLabel(event.target.value);
          setLabelError(null);
        }}
      />
      <TextAreaField
        label={t('versions.note')}
        hint={t('versions.noteHint')}
        value={note}
        onChange={setNote}
        maxLength={2000}
      />
    </FormDialog>
  );
}
